"""The demo dealership (演示经销商): deterministic, realistic data for trying CareCenter out and for benchmarks.

The same size, seed and "today" always give the same store. Customers, phones, plates and VINs look real (VIN check
digits are valid, plates follow the mainland format, mostly the dealership's own city), deliveries spread over the
last four years, and each vehicle visits the workshop as a real one would: a first service after about three months,
maintenance about every six months, repairs now and then, some customers drifting away.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass

from peewee import chunked

from carecenter import audit, clock, demo_club, demo_records, permissions, settings
from carecenter.errors import UserError
from carecenter.followup_rules import HOT_ALERT as HOT_ALERT_NOTE
from carecenter.followup_rules import LATER as LATER_NOTE
from carecenter.i18n import N_
from carecenter.models import Customer, ServiceVisit, Staff, Vehicle, now
from carecenter.search_keys import name_initials, name_pinyin, search_text
from carecenter.store import bulk_insert, sync_ids, write
from carecenter.validate import vin_check_digit

SIZES = {"S": 2_000, "M": 20_000, "L": 100_000}

DEALERSHIP = {
    "dealership.name": "杭州明湖汽车销售服务有限公司",
    "dealership.address": "浙江省杭州市西湖区文一西路 888 号",
    "dealership.phone": "0571-88886666",
}

_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
             "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤")
_GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文斌辉宇浩鹏晨欣怡婷雪琳思博宏海波丹"
          "玲飞佳慧俊凯健亮峰燕颖萍琴云春晓梅成林龙华嘉子轩睿晴悦瑶涵瑞泽铭昊天宁")
_MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                    "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185", "186",
                    "187", "188", "189", "191", "195", "198", "199")
_CITY_LETTERS = "ABCDEFGHJKL"
_OTHER_PROVINCES = "沪苏皖赣闽京粤鲁豫湘鄂川"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_CHARS = _PLATE_LETTERS + "0123456789"
_STREETS = ("文一西路", "文三路", "天目山路", "莫干山路", "延安路", "解放路", "庆春路", "凤起路", "江南大道", "滨盛路",
            "古墩路", "余杭塘路", "石桥路", "秋涛路", "钱江路", "学院路", "教工路", "建国北路")
_DISTRICTS = ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区", "萧山区", "临平区", "钱塘区")
_OCCUPATIONS = ("教师", "医生", "工程师", "公务员", "个体经营", "企业管理", "销售", "设计师", "财务", "律师", "退休",
                "自由职业", "程序员", "护士", "司机")
_HOBBIES = ("自驾游", "摄影", "钓鱼", "羽毛球", "跑步", "登山", "读书", "茶艺", "高尔夫", "音乐", "美食", "骑行",
            "游泳", "书法")
_FAMILIES = ("已婚，一个孩子", "已婚，两个孩子", "已婚", "单身", "三代同堂", "已婚，孩子上大学")
_CONTACT_TIMES = ("工作日 9:00–11:30", "工作日 14:00–17:00", "晚上 19:00 以后", "周末全天", "中午 12:00–13:30", "")
_STAFF = (("李婷", "specialist", "KF001"), ("王芳", "specialist", "KF002"), ("陈静", "specialist", "KF003"),
          ("赵敏", "manager", "KF010"), ("周建国", "director", "KF020"), ("管理员", "admin", "ADMIN"))
_ADVISORS = ("孙浩", "钱鹏", "吴凯", "郑磊", "冯涛", "何亮")
_CONSULTANTS = ("马俊", "朱丽", "胡斌", "郭欣", "林峰", "罗佳", "高晨")
_REPAIRS = ("更换刹车片", "空调清洗", "更换雨刮", "四轮定位", "更换蓄电池", "更换轮胎", "异响检查", "钣金喷漆",
            "更换火花塞", "更换大灯", "节气门清洗", "更换前减震器")


@dataclass(frozen=True)
class CarModel:
    name: str
    vehicle_type: str
    vds: str
    engine_prefix: str
    weight: int


MODELS = (
    CarModel("明锐", "轿车", "AB41Z", "DJS", 30),
    CarModel("速派", "轿车", "BC63Z", "DKX", 12),
    CarModel("柯迪亚克", "SUV", "CD75N", "DKV", 14),
    CarModel("柯珞克", "SUV", "DA45N", "DJN", 14),
    CarModel("柯米克", "SUV", "EA25N", "DLF", 12),
    CarModel("昊锐", "轿车", "FB63Z", "CEA", 6),
    CarModel("晶锐", "两厢轿车", "GA22Z", "CSR", 6),
    CarModel("柯迪亚克 GT", "SUV", "CG75N", "DKW", 6),
)
_YEAR_CODES = {2020: "L", 2021: "M", 2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V"}


def make_vin(rng: random.Random, model: CarModel, year: int, serial: int) -> str:
    """A VIN with a valid GB 16735 check digit: WMI LSV, the model's VDS, model year, plant, serial."""
    body = "LSV" + model.vds + "0" + _YEAR_CODES.get(year, "T") + rng.choice("ABCN") + f"{serial:06d}"
    return body[:8] + vin_check_digit(body) + body[9:]


def _plate(rng: random.Random, used: set[str]) -> str:
    while True:
        roll = rng.random()
        if roll < 0.8:
            prefix = "浙A"
        elif roll < 0.92:
            prefix = "浙" + rng.choice(_CITY_LETTERS[1:])
        else:
            prefix = rng.choice(_OTHER_PROVINCES) + rng.choice(_CITY_LETTERS[:4])
        if rng.random() < 0.12:
            tail = rng.choice("DF") + rng.choice(_PLATE_CHARS) + f"{rng.randrange(10000):04d}"
        else:
            tail = "".join(rng.choice(_PLATE_LETTERS) if rng.random() < 0.2 else rng.choice("0123456789")
                           for _ in range(4)) + rng.choice("0123456789")
        plate = prefix + tail
        if plate not in used:
            used.add(plate)
            return plate


def _add_days(day: datetime.date, days: float) -> datetime.date:
    return day + datetime.timedelta(days=int(days))


class _Builder:
    """Builds every row in memory from one random generator, then writes them in one transaction."""

    def __init__(self, count: int, seed: int, today: datetime.date):
        self.rng = random.Random(seed)
        self.count = count
        self.today = today
        self.customers: list[dict] = []
        self.vehicles: list[dict] = []
        self.visits: list[dict] = []
        self.used_phones: set[str] = set()
        self.used_plates: set[str] = set()

    def phone(self) -> str:
        while True:
            number = self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(100_000_000):08d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def name(self) -> tuple[str, str]:
        rng = self.rng
        surname = rng.choice(_SURNAMES)
        given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.75 else "")
        return surname + given, rng.choice("男男男女女")

    def build(self, report: Callable[[str, int], None]) -> None:
        step = max(1, self.count // 40)
        for customer_id in range(1, self.count + 1):
            self.customer(customer_id)
            if customer_id % step == 0:
                report(N_("生成客户资料"), 40 * customer_id // self.count)

    def customer(self, customer_id: int) -> None:
        rng, today = self.rng, self.today
        name, gender = self.name()
        if rng.random() < 0.03:
            name = name[0] + ("先生" if gender == "男" else "女士")
        phone = "" if rng.random() < 0.02 else self.phone()
        vehicle_count = 0 if rng.random() < 0.015 else (2 if rng.random() < 0.09 else 1)
        first_delivery = None
        plates, vins, last_visit = [], [], None
        for _ in range(vehicle_count):
            delivery, plate, vin, latest = self.vehicle(customer_id)
            first_delivery = min(filter(None, (first_delivery, delivery)))
            plates.append(plate)
            vins.append(vin)
            if latest and (last_visit is None or latest > last_visit):
                last_visit = latest
        first_contact = first_delivery or _add_days(today, -rng.randrange(0, 400))
        level_roll = rng.random()
        level = "金卡" if level_roll < 0.05 else "银卡" if level_roll < 0.2 else "普卡" if level_roll < 0.6 else ""
        birthday = None
        if rng.random() < 0.7:
            birthday = datetime.date(rng.randrange(1960, 2002), rng.randrange(1, 13), rng.randrange(1, 29))
        phone2 = f"0571-{rng.randrange(81000000, 89999999)}" if rng.random() < 0.08 else ""
        self.customers.append({
            "id": customer_id, "name": name, "name_pinyin": name_pinyin(name),
            "name_initials": name_initials(name), "gender": gender,
            "phone": phone, "phone2": phone2, "contact_name": "",
            "address": f"浙江省杭州市{rng.choice(_DISTRICTS)}{rng.choice(_STREETS)}{rng.randrange(1, 999)}号"
            if rng.random() < 0.85 else "",
            "postcode": f"310{rng.randrange(0, 100):03d}" if rng.random() < 0.5 else "",
            "birthday": birthday,
            "occupation": rng.choice(_OCCUPATIONS) if rng.random() < 0.6 else "",
            "hobbies": "、".join(rng.sample(_HOBBIES, rng.randrange(1, 4))) if rng.random() < 0.5 else "",
            "family": rng.choice(_FAMILIES) if rng.random() < 0.4 else "",
            "preferred_contact": rng.choice(("电话", "电话", "电话", "短信", "微信")),
            "contact_time": rng.choice(_CONTACT_TIMES),
            "do_not_call": rng.random() < 0.04,
            "club_level": "", "points": _no_typed_points(rng, level),  # the ledger gives both (demo_club)
            "club_joined": first_contact if level else None,  # joined at delivery (003 車友匯)
            "referred_by": customer_id - rng.randrange(1, customer_id) if customer_id > 10 and rng.random() < 0.05
            else None,
            "wishes": rng.choice(("", "", "", "希望保养时提供代步车", "希望提前一天短信提醒", "周末保养",
                                  "希望有上门取送车服务")),
            "source": "销售" if first_delivery else rng.choice(("来访", "来电", "售后")),
            "notes": "", "first_contact_date": first_contact, "last_visit_date": last_visit,
            "vehicle_count": vehicle_count,
            "search_text": search_text(name, [phone, phone2], plates, vins),
            "created_at": datetime.datetime.combine(first_contact, datetime.time(10, 0)),
            "updated_at": datetime.datetime.combine(first_contact, datetime.time(10, 0)),
        })

    def vehicle(self, customer_id: int) -> tuple[datetime.date, str, str, datetime.date | None]:
        rng, today = self.rng, self.today
        vehicle_id = len(self.vehicles) + 1
        model = rng.choices(MODELS, weights=[m.weight for m in MODELS])[0]
        delivery = _add_days(today, -rng.randrange(1, 4 * 365))
        plate = _plate(rng, self.used_plates)
        vin = make_vin(rng, model, delivery.year, vehicle_id)
        km_per_day = max(8.0, rng.gauss(42, 18))
        lost_after = None
        if rng.random() < 0.22:
            lost_after = _add_days(delivery, rng.randrange(120, 4 * 365))
        visits = self.visits_of(customer_id, vehicle_id, delivery, km_per_day, lost_after)
        mileage, mileage_date = (visits[-1]["mileage"], visits[-1]["visit_date"]) if visits else (0, None)
        insurance = delivery.replace(year=today.year) if (delivery.month, delivery.day) != (2, 29) else \
            datetime.date(today.year, 3, 1)
        if insurance <= today:
            insurance = insurance.replace(year=today.year + 1)
        self.vehicles.append({
            "id": vehicle_id, "customer": customer_id, "vin": vin, "plate": plate, "model": model.name,
            "vehicle_type": model.vehicle_type,
            "engine_no": f"{model.engine_prefix}{rng.randrange(100000, 999999)}",
            "color": rng.choice(("白色", "黑色", "灰色", "银色", "蓝色", "红色")),
            "delivery_date": delivery, "sales_consultant": rng.choice(_CONSULTANTS),
            "mileage": mileage, "mileage_date": mileage_date,
            "insurance_expiry": insurance, "inspection_due": _add_days(delivery, 6 * 365),
            "created_at": datetime.datetime.combine(delivery, datetime.time(15, 0)),
            "updated_at": datetime.datetime.combine(delivery, datetime.time(15, 0)),
        })
        return delivery, plate, vin, visits[-1]["visit_date"] if visits else None

    def visits_of(self, customer_id: int, vehicle_id: int, delivery: datetime.date, km_per_day: float,
                  lost_after: datetime.date | None) -> list[dict]:
        """First service after about 3 months, maintenance about every 6, repairs now and then; the odometer
        only moves forward, at the vehicle's own pace."""
        rng, today = self.rng, self.today
        stop = min(today, lost_after) if lost_after else today
        events: list[tuple[datetime.date, str, str, int]] = []
        day = _add_days(delivery, rng.gauss(92, 15))
        kind = "首保"
        while day < stop:
            if kind == "首保":
                events.append((day, kind, "首次保养：更换机油、机滤，全车检查", 0))
            else:
                items = "更换机油、机滤" + ("、空滤、空调滤芯" if rng.random() < 0.4 else "") + "，常规检查"
                events.append((day, kind, items, rng.randrange(450, 1500)))
            if rng.random() < 0.25:
                repair_day = _add_days(day, rng.randrange(20, 150))
                if repair_day < stop:
                    roll = rng.random()
                    repair_kind = "事故车/保险" if roll < 0.2 else "索赔(保修)" if roll < 0.35 else "一般维修"
                    amount = (rng.randrange(2000, 30000) if repair_kind == "事故车/保险" else
                              0 if repair_kind == "索赔(保修)" else rng.randrange(150, 4000))
                    events.append((repair_day, repair_kind, rng.choice(_REPAIRS), amount))
            kind = "定期保养"
            day = _add_days(day, rng.gauss(183, 25))
        events.sort(key=lambda event: event[0])
        rows: list[dict] = []
        odometer, previous = 0, delivery
        for day, kind, items, amount in events:
            odometer += max(1, int((day - previous).days * km_per_day * rng.uniform(0.85, 1.15)))
            previous = day
            rows.append(self.visit_row(customer_id, vehicle_id, day, kind, items, odometer, amount))
        self.visits.extend(rows)
        return rows

    def visit_row(self, customer_id, vehicle_id, day, kind, items, mileage, amount) -> dict:
        return {"customer": customer_id, "vehicle": vehicle_id, "visit_date": day, "visit_type": kind,
                "items": items, "mileage": mileage, "amount": amount,
                "service_advisor": self.rng.choice(_ADVISORS), "notes": "",
                "created_at": datetime.datetime.combine(day, datetime.time(17, 0))}


#: The demo desk's PC was off for the days before today (a broken PC): the calls whose whole window fell in them
#: were never listed and are 已过期 (RULES §2), for the manager's list.
PC_OFF_DAYS = 2


def _call_history(rng: random.Random, today: datetime.date) -> None:
    """Today's tasks, with the calls of the past days made: most satisfied, a few not, some never reached; a small
    backlog stays open. The list was last made before the PC was off for :data:`PC_OFF_DAYS` days, so what fell
    due and closed in between is missed. Two planned events invite their guests."""
    from carecenter import followup

    last_list = today - datetime.timedelta(days=PC_OFF_DAYS + 1)
    outing = demo_club.past_event_planned(today)
    followup.generate(last_list, full=True)
    booked = _calls_made(rng, last_list + datetime.timedelta(days=1))
    _events(today)
    demo_club.past_event_held(random.Random(today.toordinal()), outing)  # its own draws: the call history stays as it was
    _appointment_book(rng, today, booked)
    followup.generate(today)  # back on: what closed while it was off is created as missed; the rest is today's


def _no_typed_points(rng: random.Random, level: str) -> int:
    """0: a balance is the ledger's sum (:func:`carecenter.demo_club.club_history`). The number once typed for a member is still drawn, at the same place, so
    that every later demo customer stays who they were."""
    if level:
        rng.randrange(0, 5000)
    return 0


def _events(today: datetime.date) -> None:
    from carecenter.models import Event
    Event.create(name="晶锐车主冬季关爱检测", event_date=today + datetime.timedelta(days=10), audience="model:晶锐",
                 description="免费检测 20 项，赠送玻璃水", place="本店售后车间", points=100, owner="马丽")
    Event.create(name="柯迪亚克 GT 车主学苑", event_date=today + datetime.timedelta(days=30), audience="model:柯迪亚克 GT",
                 place="本店二楼培训室", points=200, owner="马丽")


def _calls_made(rng: random.Random, before: datetime.date) -> list[tuple[int, int, int | None, datetime.datetime, str]]:
    """The calls of the open tasks due before ``before``, made on their due day, each with an outcome that fits its
    purpose; nearly half the reminders end with a booking; those calls are returned (task, customer, vehicle,
    when, caller) for the booking book."""
    from carecenter.models import BOOKING_REASONS, CallLog, CallTask

    updates, logs, booked = [], [], []
    query = CallTask.select(CallTask.id, CallTask.customer, CallTask.vehicle, CallTask.due_date, CallTask.assignee,
                            CallTask.reason).where(CallTask.status == "open", CallTask.due_date < before)
    later, wrong_numbers = [], set()
    for task_id, customer_id, vehicle_id, due, assignee, reason in query.tuples():
        roll = rng.random()
        when = datetime.datetime.combine(due, datetime.time(rng.randrange(9, 17), rng.randrange(60)))
        caller = assignee or "李婷"
        if roll < 0.93:
            status, attempts = "done", 1
            outcome = _fitting_outcome(rng, reason)
            if outcome == "booked" and vehicle_id:
                booked.append((task_id, customer_id, vehicle_id, when, caller))
            elif outcome == "booked":
                outcome = "not-needed"
            if outcome == "not-needed":  # the next reminder on the day the customer gave (RULES §8)
                again = due + datetime.timedelta(days=rng.choice((30, 45, 60)))
                later.append({"key": f"{reason}:later:{task_id}#1", "customer": customer_id, "vehicle": vehicle_id,
                              "reason": reason, "due_date": again, "window_start": again,
                              "window_end": again + datetime.timedelta(days=7), "assignee": assignee,
                              "note": LATER_NOTE.format(date=due)})
            elif outcome == "wrong-number":
                status = "lost"
                wrong_numbers.add(customer_id)
        elif roll < 0.97 and reason != "birthday":
            outcome, status, attempts = "no-answer", "lost", 3
        else:
            continue  # the backlog: still to call
        updates.append((status, outcome, attempts, CallTask.completed_at.db_value(when), task_id))
        for attempt in range(attempts):
            logs.append({"task": task_id, "customer": customer_id, "vehicle": vehicle_id,
                         "at": when + datetime.timedelta(days=attempt), "caller": caller,
                         "outcome": outcome, "what": followup_text(reason),
                         "feedback_service": rng.choice(("", "", "接待热情", "等待时间有点长", "洗车很干净"))
                         if outcome != "no-answer" else "",
                         "request": _REQUESTS[task_id % len(_REQUESTS)] if outcome != "no-answer" else "",
                         "feedback_product": _PRODUCT_FEEDBACK[task_id * 7 % len(_PRODUCT_FEEDBACK)]
                         if outcome != "no-answer" else ""})
    param = CallTask._meta.database.param
    CallTask._meta.database.cursor().executemany(
        f"UPDATE call_task SET status = {param}, outcome = {param}, attempts = {param}, completed_at = {param} "
        f"WHERE id = {param}", updates)
    bulk_insert(CallLog, logs)
    bulk_insert(CallTask, later)
    if wrong_numbers:
        Customer.update(phone_wrong=True).where(Customer.id.in_(sorted(wrong_numbers))).execute()
    return booked


def _fitting_outcome(rng: random.Random, reason: str) -> str:
    """What a call of this reason ended with, as the desk's calls do (RULES §8's outcomes per purpose)."""
    from carecenter.models import BOOKING_REASONS
    if reason in BOOKING_REASONS:
        return rng.choices(("booked", "not-needed", "serviced-elsewhere", "wrong-number"), (45, 40, 12, 3))[0]
    if reason == "insurance_renewal":
        return rng.choices(("renewed-here", "renewed-elsewhere"), (70, 30))[0]
    if reason in ("event_invitation", "academy_invitation"):
        return rng.choices(("attending", "not-attending"), (45, 55))[0]
    if reason in ("benefits_promotion", "referral", "join_invitation"):
        rng.random()  # one draw, as for every reason: the later customers' calls stay as they were
        # an invitation to join accepted is a club.join at the counter (a number); the list's history says no
        return "declined" if reason == "join_invitation" else "informed"
    if reason == "delivery_24h":
        return rng.choices(("sales-called", "satisfied"), (85, 15))[0]
    special = {"birthday": "greeted", "appointment_confirm": "confirmed", "hot_alert": "handled"}
    if reason in special:
        return special[reason]
    return "satisfied" if rng.random() < 0.95 else "unsatisfied"


#: What customers say about their car when they book (the front desk reads it; 002 避免客户重复陈述维修项目).
_WORDS = ("", "", "", "左前轮有异响", "空调制冷效果差", "仪表盘保养灯亮了", "刹车时方向盘抖动", "顺便做一下四轮定位",
          "雨刮器刮不干净", "希望上午能交车")


def _appointment_book(rng: random.Random, today: datetime.date,
                      booked: list[tuple[int, int, int | None, datetime.datetime, str]]) -> None:
    """The booking book: the reminders that ended 已预约 booked a few working days later, plus bookings from the
    customers' own calls and at the desk for the days around today. Past appointments mostly arrived, some were
    cancelled, some are no-shows; the ones of the days the PC was off are left for the morning's sweep, which turns
    them into no-shows with their call."""
    from carecenter import complaints
    from carecenter.followup_rules import CONFIRM_APPOINTMENT
    from carecenter.models import Appointment, AppointmentEvent, CallTask, Vehicle

    calendar = complaints.calendar()
    per_slot = settings.get("appointments.bays_per_slot")
    per_day = settings.get("appointments.bays_per_day")
    opens = datetime.datetime.combine(today, calendar.hours.opens).time()
    starts = [datetime.datetime.combine(today, opens) + datetime.timedelta(minutes=30 * n) for n in range(19)]
    times = [s.time() for s in starts if s.time() < calendar.hours.closes]
    taken: dict[datetime.datetime, int] = {}
    per_day_count: dict[datetime.date, int] = {}

    def slot_on(day: datetime.date) -> datetime.datetime | None:
        for _ in range(40):
            if calendar.is_working_day(day) and per_day_count.get(day, 0) < per_day:
                for _ in range(6):
                    start = datetime.datetime.combine(day, rng.choice(times))
                    if taken.get(start, 0) < per_slot:
                        taken[start] = taken.get(start, 0) + 1
                        per_day_count[day] = per_day_count.get(day, 0) + 1
                        return start
            day += datetime.timedelta(days=1)
        return None

    kinds = {"first_service": "首保", "inspection": "年检"}
    reasons = dict(CallTask.select(CallTask.id, CallTask.reason).where(CallTask.outcome == "booked").tuples())
    rows: list[dict] = []
    for task_id, customer_id, vehicle_id, when, caller in booked:
        start = slot_on(when.date() + datetime.timedelta(days=rng.randrange(1, 6)))
        if start is not None:
            rows.append({"customer": customer_id, "vehicle": vehicle_id, "start": start, "source": "reminder",
                         "task": task_id, "kind": kinds.get(reasons.get(task_id, ""), "定期保养"), "booked_by": caller,
                         "booked_at": when})
    owners = list(Vehicle.select(Vehicle.id, Vehicle.customer).where(Vehicle.deleted_at.is_null())
                  .order_by(Vehicle.id).limit(5000).tuples())
    for offset in range(-20, 12):  # the customers' own calls and walk-ins, around today
        day = today + datetime.timedelta(days=offset)
        if not calendar.is_working_day(day) or not owners:
            continue
        for _ in range(rng.randrange(3, 9)):
            start = slot_on(day)
            if start is None or start.date() != day:
                break
            vehicle_id, customer_id = rng.choice(owners)
            rows.append({"customer": customer_id, "vehicle": vehicle_id, "start": start,
                         "source": rng.choice(("incoming", "incoming", "desk", "other")),
                         "task": None, "kind": rng.choice(("定期保养", "定期保养", "一般维修", "钣金喷漆", "保险理赔")),
                         "booked_by": rng.choice(("李婷", "王芳", "陈静")),
                         "booked_at": start - datetime.timedelta(days=rng.randrange(1, 8), hours=rng.randrange(5))})
    last_list = today - datetime.timedelta(days=PC_OFF_DAYS)
    for row in rows:
        row["cancel_reason"], row["arrived_at"] = "", None
        row["words"] = rng.choice(_WORDS)
        row["documents"] = "行驶证、保养手册"
        row["updated_at"] = row["booked_at"]
        day = row["start"].date()
        roll = rng.random()
        if day == today and row["start"] < datetime.datetime.combine(today, now().time()):  # already this morning
            row["status"], row["arrived_at"] = ("已到店", row["start"]) if roll < 0.9 else ("已确认", None)
        elif day >= today:
            row["status"] = "已确认" if day == today and roll < 0.6 else "已预约"
        elif day >= last_list:
            row["status"] = "已到店" if roll < 0.7 else "已预约"  # the rest: no-shows found by the morning's sweep
        elif roll < 0.8:
            row["status"], row["arrived_at"] = "已到店", row["start"] + datetime.timedelta(minutes=rng.randrange(-20, 25))
        elif roll < 0.9:
            row["status"] = "爽约"
        else:
            row["status"], row["cancel_reason"] = "已取消", rng.choice(("客户出差", "车已在外地保养", "临时有事，改天再约"))
        if row["status"] == "已到店" and row["arrived_at"] is None:
            row["arrived_at"] = row["start"]
    for batch in chunked(rows, 5000):
        bulk_insert(Appointment, batch)
    sync_ids(Appointment)
    events = [{"appointment": appointment_id, "at": booked_at, "actor": booked_by, "kind": "booked",
               "detail": f"{start:%Y-%m-%d %H:%M}"}
              for appointment_id, booked_at, booked_by, start in Appointment.select(
                  Appointment.id, Appointment.booked_at, Appointment.booked_by, Appointment.start).tuples()]
    for batch in chunked(events, 5000):
        bulk_insert(AppointmentEvent, batch)
    confirmations = []  # the working day before, for what is still to come (today's list has tomorrow's)
    for appointment_id, customer_id, vehicle_id, start, kind, booked_by in Appointment.select(
            Appointment.id, Appointment.customer, Appointment.vehicle, Appointment.start, Appointment.kind,
            Appointment.booked_by).where((Appointment.status == "已预约") & (Appointment.start >= datetime.datetime.combine(
                today + datetime.timedelta(days=1), datetime.time()))).tuples():
        due = start.date() - datetime.timedelta(days=1)
        while not calendar.is_working_day(due):
            due -= datetime.timedelta(days=1)
        if due >= today:
            confirmations.append({"key": f"appointment_confirm:{appointment_id}", "customer": customer_id,
                                  "vehicle": vehicle_id, "reason": "appointment_confirm", "due_date": due,
                                  "window_start": due, "window_end": start.date() - datetime.timedelta(days=1),
                                  "assignee": booked_by,
                                  "note": CONFIRM_APPOINTMENT.format(when=f"{start:%m-%d %H:%M}", kind=kind)})
    for batch in chunked(confirmations, 5000):
        bulk_insert(CallTask, batch)
    sync_ids(CallTask)


#: The F6 root cause and improvement measure the demo writes for each category once a complaint is handled.
_LESSONS = {
    "S1": ("技师未按标准力矩紧固底盘螺栓", "底盘作业增加终检签字，质检员每日抽查 5 台"),
    "S2": ("高峰时段前台只有一名接待", "周末上午增加一名服务顾问值班，等候超过 10 分钟主动致歉"),
    "S3": ("追加项目未经客户确认即结算", "追加项目必须客户签字确认后施工，结算前逐项讲解"),
    "S4": ("常用配件安全库存设置过低", "按近三个月用量调整安全库存，缺件当天告知客户预计到货日"),
    "S5": ("交车前未预留洗车与终检时间", "承诺交车时间预留 30 分钟，延误时提前一小时电话说明"),
    "S6": ("服务顾问对保修政策理解有误", "组织保修政策培训并考试，疑难案例由索赔员确认后答复"),
    "A4a": ("销售顾问口头承诺未写入合同", "所有赠品与优惠必须写入订单，交车前核对"),
    "A4d": ("门店宣传价格未及时更新", "价格调整当天更新展厅与网络宣传，由市场专员复核"),
    "B4": ("客户诉求未在首次来电时得到回应", "网络舆情每日两次巡查，2 小时内联系客户"),
}
#: Requests and wishes customers voice in calls (RULES §6.5), picked by task number so the demo stays repeatable.
_REQUESTS = ("", "", "", "", "", "希望周末也能做保养", "希望增加快修通道", "希望保养前能发短信告知费用", "休息区希望提供充电接口",
             "希望能上门取送车")
_PRODUCT_FEEDBACK = ("", "", "", "", "", "", "车机偶尔卡顿", "后排空调出风小", "油耗比宣传的高")

_COMPLAINTS = (("S1", "保养后仍有异响，怀疑没有处理到位"), ("S2", "前台接待态度冷淡，等了很久没人理"),
               ("S3", "结算金额与报价不一致"), ("S4", "配件缺货，等了两周"), ("S5", "说好下午交车，晚上才交"),
               ("S6", "保修期内的问题被要求自费"), ("A4a", "销售顾问承诺的赠品没有兑现"), ("A4d", "价格与宣传不一致"),
               ("B4", "客户在网上发帖投诉服务"))


def _complaint_history(rng: random.Random, today: datetime.date, customers: int) -> None:
    """About one customer in seventy complained in the last three months: most handled in time and closed, some
    still open (a few past their deadline), some reopened, and some repeats that became escalations."""
    from carecenter import complaints
    from carecenter.models import Complaint

    count = max(12, customers // 70)
    picked = rng.sample(range(1, customers + 1), count)
    cases = []
    for customer_id in picked:
        day = today - datetime.timedelta(days=rng.randrange(0, 90))
        accepted = datetime.datetime.combine(day, datetime.time(rng.randrange(8, 19), rng.randrange(60)))
        category, content = rng.choice(_COMPLAINTS)
        cases.append((accepted, customer_id, category, content))
    repeats = []
    for accepted, customer_id, category, content in sorted(cases):
        complaint_id = Complaint.create(customer=customer_id, content=content, created_at=accepted).id
        complaints.accept(complaint_id, category, rng.choice(("电话", "电话", "面谈", "网站/媒体/消协")), accepted)
        roll = rng.random()
        if roll < 0.08 and accepted.date() >= today - datetime.timedelta(days=3):
            continue  # 未处理, just in
        response = accepted + datetime.timedelta(minutes=rng.choice((20, 45, 90, 100, 150, 240)))
        complaints.contact(complaint_id, response, "已电话联系客户，了解情况")
        complaints.move(complaint_id, "处理中", response)
        if roll < 0.2 and (accepted.date() >= today - datetime.timedelta(days=12) or roll < 0.03):
            if rng.random() < 0.5:
                complaints.customer_called(complaint_id, response + datetime.timedelta(hours=3), "客户催促")
            continue  # still 处理中
        resolved = response + datetime.timedelta(days=rng.choice((0, 1, 1, 2, 3, 5)), hours=2)
        if resolved.date() > today:
            continue
        complaints.move(complaint_id, "处理完成", resolved)
        root_cause, improvement = _LESSONS[category]
        complaints.update_form(complaint_id, {"root_cause": root_cause, "improvement": improvement})
        closed = resolved + datetime.timedelta(days=rng.randrange(0, 3))
        if closed.date() <= today:
            complaints.move(complaint_id, "已封闭", closed)
        if roll > 0.95:
            repeats.append((resolved + datetime.timedelta(days=rng.randrange(1, 7)), customer_id, category))
    for accepted, customer_id, category in repeats:
        if accepted.date() <= today:
            complaint_id = Complaint.create(customer=customer_id, content="同一问题再次投诉").id
            complaints.accept(complaint_id, category, "电话", accepted)  # linked as an escalation


#: How a customer felt about a delivery or a visit: (share of customers, factor answers and weights, overall answers
#: and weights). Most answer 4–5, some 3s (the manager's hot alerts), a few 1–2 that became complaints.
_MOODS = ((0.60, ((5, 4), (78, 22)), ((5, 4), (88, 12))),
          (0.30, ((5, 4, 3), (25, 66, 9)), ((4, 5, 3), (80, 12, 8))),
          (0.096, ((4, 3), (55, 45)), ((3, 4), (60, 40))),
          (0.004, ((3, 2, 1), (30, 50, 20)), ((2, 1), (60, 40))))
_FOLLOW_UPS = ("经理致电客户致歉，说明改进措施", "已与服务顾问沟通，下次交车时详细说明", "安排免费复检，客户表示认可",
               "赠送一次免费洗车，客户满意")


def _survey_history(rng: random.Random, today: datetime.date, builder) -> None:
    """A year of satisfaction surveys (RULES §8): the 3-day call after most deliveries (SSI) and the first call after
    a third of the visits (CSI), answered as customers do — mostly 4–5, some 3s whose hot alerts the manager followed
    up, a few 1–2 that became complaints and were handled. Calls still on the list are left to the desk."""
    from carecenter import complaints, surveys
    from carecenter.models import CallLog, CallTask, Complaint, SurveyAnswer

    start = today - datetime.timedelta(days=365)
    recent = today - datetime.timedelta(days=PC_OFF_DAYS + 12)  # the list's own calls (and their windows) stay
    taken = {key for (key,) in CallTask.select(CallTask.key).where(
        CallTask.reason.in_(["delivery_3d", "after_visit_1"])).tuples()}
    owners = {vehicle["id"]: vehicle["customer"] for vehicle in builder.vehicles}
    occasions = []  # (key, reason, customer, vehicle, the day of the call, the person the customer judges)
    for vehicle in builder.vehicles:
        delivered = vehicle["delivery_date"]
        if delivered and start <= delivered < recent and rng.random() < 0.6:
            occasions.append((f"delivery_3d:v{vehicle['id']}", "delivery_3d", vehicle["customer"], vehicle["id"],
                              delivered + datetime.timedelta(days=3), vehicle["sales_consultant"]))
    for visit_id, visit in enumerate(builder.visits, start=1):
        day = visit["visit_date"]
        if start <= day < recent and visit["vehicle"] in owners and rng.random() < 0.33:
            occasions.append((f"after_visit_1:visit{visit_id}", "after_visit_1", visit["customer"], visit["vehicle"],
                              day + datetime.timedelta(days=3), visit["service_advisor"]))
    occasions = [o for o in occasions if o[0] not in taken]
    occasions.sort(key=lambda o: o[4])
    callers = [name for name, role, _ in _STAFF if role == "specialist"]
    by_code = surveys.questionnaires()
    task_id = (CallTask.select(CallTask.id).order_by(CallTask.id.desc()).scalar() or 0) + 1
    call_id = (CallLog.select(CallLog.id).order_by(CallLog.id.desc()).scalar() or 0) + 1
    tasks, calls, answers, complaints_to_open, alerts = [], [], [], [], []
    sums: dict = {}  # the month sums the figures read (surveys.SurveyTotal), added up as the answers are made
    for key, reason, customer, vehicle, day, person in occasions:
        questionnaire = by_code["ssi" if reason == "delivery_3d" else "csi"]
        roll, mood = rng.random(), _MOODS[-1]
        for candidate in _MOODS:
            if roll < candidate[0]:
                mood = candidate
                break
            roll -= candidate[0]
        given = [rng.choices(*mood[1])[0] if rng.random() > 0.03 else 0 for _ in questionnaire.factors]
        given.append(rng.choices(*mood[2])[0])
        judged = surveys.verdict(questionnaire, given)
        at = datetime.datetime.combine(day, datetime.time(rng.randrange(9, 17), rng.randrange(60)))
        outcome = "satisfied" if judged.satisfied else "unsatisfied"
        caller = callers[customer % len(callers)]
        tasks.append({"id": task_id, "key": key, "customer": customer, "vehicle": vehicle, "reason": reason,
                      "due_date": day, "window_start": day, "window_end": day + datetime.timedelta(days=4),
                      "assignee": caller, "status": "done", "attempts": 1, "outcome": outcome, "completed_at": at,
                      "note": "", "created_at": at, "updated_at": at})
        calls.append({"id": call_id, "task": task_id, "customer": customer, "vehicle": vehicle, "at": at,
                      "caller": caller, "outcome": outcome, "what": followup_text(reason),
                      "feedback_service": rng.choice(("", "", "", "接待热情", "等待时间有点长", "洗车很干净"))
                      if judged.satisfied else "、".join(q for q, _ in judged.low) + "不满意", "how": ""})
        for position, (question, answer) in enumerate(zip(questionnaire.questions, given), start=1):
            factor = position <= len(questionnaire.factors)
            answers.append({"call": call_id, "questionnaire": questionnaire.code, "position": position,
                            "question": question, "factor": factor, "answer": answer})
            surveys.add_to_totals(sums, f"{at:%Y-%m}", questionnaire.code, question, factor, caller, person, answer)
        if judged.complaint:
            complaints_to_open.append((call_id, customer, vehicle, at, judged))
        elif judged.hot_alert:
            alerts.append((call_id, customer, vehicle, at))
        task_id += 1
        call_id += 1
    for alert_call, customer, vehicle, at in alerts:  # followed up within the week, the last days' still waiting
        done = at.date() < today - datetime.timedelta(days=7)
        handled = at + datetime.timedelta(days=rng.randrange(1, 5), hours=1)
        tasks.append({"id": task_id, "key": f"hot_alert:{alert_call}", "customer": customer, "vehicle": vehicle,
                      "reason": "hot_alert", "due_date": at.date(), "window_start": at.date(),
                      "window_end": at.date() + datetime.timedelta(days=7), "assignee": "",
                      "status": "done" if done else "open", "attempts": 1 if done else 0,
                      "outcome": "handled" if done else "", "completed_at": handled if done else None,
                      "note": HOT_ALERT_NOTE.format(when=f"{at:%m-%d}"), "created_at": at, "updated_at": at})
        if done:
            calls.append({"id": call_id, "task": task_id, "customer": customer, "vehicle": vehicle, "at": handled,
                          "caller": "赵敏", "outcome": "handled", "what": "满意度跟进", "feedback_service": "",
                          "how": rng.choice(_FOLLOW_UPS)})
            call_id += 1
        task_id += 1
    for batch in chunked(tasks, 5000):
        bulk_insert(CallTask, batch)
    for batch in chunked(calls, 5000):
        bulk_insert(CallLog, batch)
    for batch in chunked(answers, 5000):
        bulk_insert(SurveyAnswer, batch)
    sync_ids(CallTask, CallLog, SurveyAnswer)
    surveys.store_totals(sums)
    for source_call, customer, vehicle, at, judged in complaints_to_open:  # accepted and handled like any other
        content = "满意度回访时客户不满意。\n" + "；".join(f"{q}：{surveys.SCALE[a]}" for q, a in judged.low)
        complaint_id = Complaint.create(customer=customer, vehicle=vehicle, source_call=source_call, content=content,
                                        created_at=at).id
        accepted = at + datetime.timedelta(minutes=rng.randrange(10, 60))
        complaints.accept(complaint_id, "S2" if "接待" in content or "销售人员" in content else "S1", "电话", accepted)
        response = accepted + datetime.timedelta(minutes=rng.choice((30, 60, 90)))
        complaints.contact(complaint_id, response, "已电话联系客户，了解情况")
        complaints.move(complaint_id, "处理中", response)
        resolved = response + datetime.timedelta(days=rng.choice((1, 2, 3)))
        if resolved.date() >= today:
            continue
        complaints.move(complaint_id, "处理完成", resolved)
        complaints.update_form(complaint_id, {"root_cause": "交车说明不到位", "improvement": "交车时逐项讲解并请客户确认"})
        if resolved.date() + datetime.timedelta(days=2) <= today:
            complaints.move(complaint_id, "已封闭", resolved + datetime.timedelta(days=2))


_LOUNGE_REMARKS = {"空调": "温度偏高", "电视": "画面有雪花", "网吧": "一台电脑无法开机", "茶水": "饮水机不制热",
                   "报纸、杂志": "杂志未更新"}


def _lounge_history(rng: random.Random, today: datetime.date, vehicles: list[dict]) -> None:
    """Sixty days of lounge rounds (an afternoon re-check now and then), a few faults reported and fixed, and the
    day's guest meals against plates, most of them the dealership's own customers."""
    from carecenter import lounge
    from carecenter.models import GuestMeal, LoungeCheck, LoungeScore

    items = lounge.items()
    checkers = ("陈静", "王芳", "李婷")
    for back in range(60, -1, -1):
        day = today - datetime.timedelta(days=back)
        for round_name in ("上午", "下午"):
            if round_name == "下午" and rng.random() > 0.3 or (back == 0 and round_name == "上午"):
                continue  # today's morning round is left for the desk to do
            check = LoungeCheck.create(day=day, round=round_name, checker=rng.choice(checkers),
                                       created_at=datetime.datetime.combine(day, datetime.time(8, 40)))
            for item in items:
                score, remark, repair, reported, fixed = 5, "", "", None, None
                roll = rng.random()
                if roll < 0.12:
                    score = 4
                elif roll < 0.15 and item.title in _LOUNGE_REMARKS:
                    score, remark = rng.choice((1, 2)), _LOUNGE_REMARKS[item.title]
                    repair, reported = "已报修", datetime.datetime.combine(day, datetime.time(9, 0))
                    fixed_day = day + datetime.timedelta(days=rng.randrange(1, 4))
                    if fixed_day < today:
                        repair, fixed = "已修复", datetime.datetime.combine(fixed_day, datetime.time(15, 0))
                LoungeScore.create(check=check, position=item.position, title=item.title,
                                   description=item.description, score=score, remark=remark, repair=repair,
                                   reported_at=reported, fixed_at=fixed)
        if back == 0:
            continue
        for number in range(1, rng.randrange(5, 21)):
            vehicle = rng.choice(vehicles) if rng.random() < 0.7 else None
            plate = vehicle["plate"] if vehicle else _plate(rng, set())
            GuestMeal.create(day=day, ticket=f"餐{day:%Y%m%d}-{number:03d}", plate=plate,
                             customer=vehicle["customer"] if vehicle else None, handler=rng.choice(checkers),
                             created_at=datetime.datetime.combine(day, datetime.time(12, rng.randrange(0, 50))))


def followup_text(reason: str) -> str:
    from carecenter.models import REASONS
    return REASONS.get(reason, reason)


@dataclass
class DemoSummary:
    customers: int
    vehicles: int
    visits: int


def load_demo(size: str = "S", seed: int = 1, progress: Callable[[str, int], None] | None = None) -> DemoSummary:
    """Fill an empty store with the demo dealership, in one transaction. ``progress(step, percent)`` is told how far
    it has got."""
    permissions.require("load_demo")
    if size not in SIZES:
        raise UserError(f"演示数据规模应为 S、M 或 L，不是“{size}”。")
    if Customer.select().exists():
        raise UserError("数据库中已有客户资料；演示经销商只能载入空数据库（请用 --db 指定一个新文件）。")
    last: list[int] = [-1]

    def report(step: str, percent: int) -> None:
        if progress is not None and percent != last[0]:
            last[0] = percent
            progress(step, percent)

    report(N_("生成客户资料"), 0)
    builder = _Builder(SIZES[size], seed, clock.today())
    builder.build(report)
    tables = ((Customer, builder.customers), (Vehicle, builder.vehicles), (ServiceVisit, builder.visits))
    total = sum(len(rows) for _, rows in tables)
    written = 0
    with write():
        for key, value in DEALERSHIP.items():
            settings.set_value(key, value)
        for name, role, number in _STAFF:  # without passwords: an administrator sets them
            if not Staff.select().where(Staff.name == name).exists():
                Staff.create(name=name, role=role, employee_no=number, created_at=now())
        for model, rows in tables:
            for batch in chunked(rows, 5000):
                bulk_insert(model, batch)
                written += len(batch)
                report(N_("写入数据库"), 40 + int(60 * written / max(1, total)))
        sync_ids(Customer, Vehicle, ServiceVisit)  # rows were written with their ids
        demo_club.club_history(random.Random(seed + 5), clock.today())
        audit.record("demo", "store", "", detail=f"演示经销商 {size}（种子 {seed}）：{len(builder.customers)} 位客户")
        from carecenter import do_not_contact
        do_not_contact.sync_archive_boxes("演示数据")  # the customers who asked for no follow-up calls
        report(N_("生成回访记录"), 95)
        _call_history(random.Random(seed + 1), clock.today())
        report(N_("生成投诉记录"), 98)
        _complaint_history(random.Random(seed + 2), clock.today(), len(builder.customers))
        demo_records.complaint_desk(clock.today())
        demo_records.phone_calls(clock.today())
        _survey_history(random.Random(seed + 4), clock.today(), builder)
        _lounge_history(random.Random(seed + 3), clock.today(), builder.vehicles)
        demo_club.campaign_history(clock.today())
    report(N_("完成"), 100)
    return DemoSummary(len(builder.customers), len(builder.vehicles), len(builder.visits))
