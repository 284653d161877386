"""The customer archive (客户档案): saving customers, vehicles and visits, finding customers, the archive flag.

Every write here is one call in one transaction. Input arrives as a dict of raw values (from a dialog, a file or the
command line) and is validated field by field; errors raise :class:`ValidationFailed` with every problem, warnings
raise it too unless the caller passes ``confirm=True``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee as pw

from carecenter import audit, clock, do_not_contact, permissions, privacy, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import (
    CLUB_LEVELS,
    CONTACT_METHODS,
    VISIT_TYPES,
    Customer,
    ServiceVisit,
    Vehicle,
    now,
)
from carecenter.search_keys import name_initials, name_pinyin, query_terms, search_text
from carecenter.store import is_server, write
from carecenter.validate import (
    InvalidValue,
    Problem,
    ValidationFailed,
    clean_multiline,
    clean_text,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    parse_amount,
    parse_date,
    parse_mileage,
)
from carecenter.i18n import N_, tr, tr_values

# --- validation of each record kind -----------------------------------------------------------------------------


def _choice(options: tuple[str, ...], label: str) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = clean_text(value)
        if text not in options:
            raise InvalidValue(
                tr("{label}“{text}”无效，可选：{v3}。").format(
                    label=label, text=text, v3=tr("、").join(tr_values(o for o in options if o))
                )
            )
        return text
    return parse


def _text(limit: int, label: str) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = clean_multiline(value)
        if len(text) > limit:
            raise InvalidValue(tr("{label}太长（最多 {limit} 个字）。").format(label=label, limit=limit))
        return text
    return parse


def _postcode(value: object) -> str:
    text = clean_text(value)
    if text and not (len(text) == 6 and text.isdigit()):
        raise InvalidValue(tr("邮编“{text}”应为 6 位数字。").format(text=text))
    return text


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return clean_text(value).lower() in ("1", "true", "yes", "y", "是", "√", "✓")


def _points(value: object) -> int:
    text = clean_text(value)
    if not text:
        return 0
    if not text.isdigit():
        raise InvalidValue(tr("积分“{text}”应为不小于 0 的整数。").format(text=text))
    return int(text)


def _past_date(label: str, earliest: datetime.date = datetime.date(1900, 1, 1)) -> Callable[[object], datetime.date | None]:
    """A date that has come, and not before ``earliest`` (0001-01-01 and 1900-01-01 are what empty date cells of
    other systems export as)."""
    def parse(value: object) -> datetime.date | None:
        day = parse_date(value, label)
        if day is not None and day > clock.today():
            raise InvalidValue(tr("{label} {day:%Y-%m-%d} 晚于今天。").format(label=label, day=day))
        if day is not None and day < earliest:
            raise InvalidValue(tr("{label} {day:%Y-%m-%d} 不可能（应不早于 {earliest:%Y-%m-%d}），请核对原始资料。").format(
                label=label, day=day, earliest=earliest))
        return day
    return parse


def _gender(value: object) -> str:
    text = clean_text(value)
    mapping = {"男": "男", "女": "女", "m": "男", "f": "女", "male": "男", "female": "女", "先生": "男", "女士": "女"}
    if text and text.lower() not in mapping:
        raise InvalidValue(tr("性别“{text}”应为 男 或 女。").format(text=text))
    return mapping.get(text.lower(), "")


#: Customer fields: name → (label shown to the user, parser). Labels follow FORMS.md F1.
CUSTOMER_FIELDS: dict[str, tuple[str, Callable]] = {
    "name": ("客户名称", _text(100, "客户名称")),
    "gender": ("性别", _gender),
    "phone": ("电话", normalize_phone),
    "phone2": ("其他电话", normalize_phone),
    "contact_name": ("联系人", _text(100, "联系人")),
    "address": ("地址", _text(300, "地址")),
    "postcode": ("邮编", _postcode),
    "birthday": ("生日", _past_date("生日", datetime.date(1900, 1, 2))),
    "occupation": ("职业", _text(100, "职业")),
    "hobbies": ("兴趣爱好", _text(300, "兴趣爱好")),
    "family": ("家庭情况", _text(300, "家庭情况")),
    "preferred_contact": ("偏好联系方式", _choice(CONTACT_METHODS, "偏好联系方式")),
    "contact_time": ("方便联系时间", _text(100, "方便联系时间")),
    "do_not_call": ("不接受电话回访", _boolean),
    "club_level": ("会员级别", _choice(CLUB_LEVELS, "会员级别")),
    "club_joined": ("入会日期", _past_date("入会日期")),
    "points": ("积分", _points),
    "wishes": ("客户希望得到的服务", _text(2000, "客户希望得到的服务")),
    "source": ("客户来源", _text(16, "客户来源")),
    "notes": ("备注", _text(2000, "备注")),
    "first_contact_date": ("建档日期", _past_date("建档日期")),
}

VEHICLE_FIELDS: dict[str, tuple[str, Callable]] = {
    "vin": ("底盘号", None),  # normalize_vin returns warnings too; handled in _validate
    "plate": ("车号", normalize_plate),
    "model": ("车型", _text(60, "车型")),
    "vehicle_type": ("车种", _text(30, "车种")),
    "engine_no": ("发动机编号", _text(30, "发动机编号")),
    "color": ("颜色", _text(20, "颜色")),
    "delivery_date": ("交车日期", _past_date("交车日期", datetime.date(1980, 1, 1))),
    "sales_consultant": ("销售顾问", _text(60, "销售顾问")),
    "mileage": ("行驶里程", None),
    "insurance_expiry": ("保险到期日", lambda value: parse_date(value, "保险到期日")),
    "inspection_due": ("年检到期日", lambda value: parse_date(value, "年检到期日")),
}

VISIT_FIELDS: dict[str, tuple[str, Callable]] = {
    "visit_date": ("送修或来访日期", _past_date("送修或来访日期", datetime.date(1980, 1, 1))),
    "visit_type": ("维修类型", _choice(VISIT_TYPES, "维修类型")),
    "items": ("维修养护项目", _text(2000, "维修养护项目")),
    "mileage": ("行驶里程", None),
    "amount": ("金额", parse_amount),
    "service_advisor": ("服务顾问", _text(60, "服务顾问")),
    "notes": ("备注", _text(2000, "备注")),
}


def _validate(data: dict, fields: dict[str, tuple[str, Callable]], special: dict[str, Callable] | None = None
              ) -> tuple[dict, list[Problem]]:
    """Parse every known key of ``data``; unknown keys are a programming error."""
    unknown = set(data) - set(fields)
    if unknown:
        raise KeyError(f"unknown fields: {sorted(unknown)}")
    clean: dict = {}
    problems: list[Problem] = []
    for key, value in data.items():
        parser = (special or {}).get(key) or fields[key][1]
        try:
            result = parser(value)
        except InvalidValue as error:
            problems.append(Problem(key, str(error)))
            continue
        if isinstance(result, tuple):
            result, warnings = result
            problems.extend(warnings)
        clean[key] = result
    return clean, problems


def _raise_if_needed(problems: list[Problem], confirm: bool) -> None:
    errors = [p for p in problems if p.severity == "error"]
    if errors or (problems and not confirm):
        raise ValidationFailed(errors or problems)


def validate_customer(data: dict, *, creating: bool) -> tuple[dict, list[Problem]]:
    clean, problems = _validate(data, CUSTOMER_FIELDS)
    if creating and not clean.get("name") and not any(p.field == "name" for p in problems):
        problems.append(Problem("name", tr("请填写客户名称。")))
    elif "name" in clean and not clean["name"]:
        problems.append(Problem("name", tr("客户名称不能为空。")))
    return clean, problems


def validate_vehicle(data: dict, last_mileage: int | None = None) -> tuple[dict, list[Problem]]:
    """Parse vehicle fields; a VIN check digit or a mileage below ``last_mileage`` only warns."""
    return _validate(data, VEHICLE_FIELDS, {
        "vin": normalize_vin,
        "mileage": lambda value: parse_mileage(value, last_mileage),
    })


def validate_visit(data: dict) -> tuple[dict, list[Problem]]:
    return _validate(data, VISIT_FIELDS, {"mileage": lambda value: parse_mileage(value)})


# --- writes ---------------------------------------------------------------------------------------------------


def _live_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
    if customer is None:
        raise NotFound(tr("找不到客户（编号 {customer_id}），可能已被删除。").format(customer_id=customer_id))
    return customer


def refresh_customer(customer: Customer) -> None:
    """Recompute a customer's derived columns (search keys, vehicle count, last visit) and save them."""
    refresh_customers([customer.id])
    fresh = Customer.get_by_id(customer.id)
    for name in ("name_pinyin", "name_initials", "search_text", "vehicle_count", "last_visit_date", "updated_at"):
        setattr(customer, name, getattr(fresh, name))


def refresh_customers(ids: list[int], chunk: int = 500) -> None:
    """Recompute the derived columns of many customers with a few queries (imports touch thousands at once)."""
    stamp = now()
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        vehicles: dict[int, list[tuple[str, str]]] = {}
        for customer_id, plate, vin in (Vehicle.select(Vehicle.customer, Vehicle.plate, Vehicle.vin)
                                        .where(Vehicle.customer.in_(part) & Vehicle.deleted_at.is_null()).tuples()):
            vehicles.setdefault(customer_id, []).append((plate, vin))
        last_visits = dict(ServiceVisit.select(ServiceVisit.customer, pw.fn.MAX(ServiceVisit.visit_date))
                           .where(ServiceVisit.customer.in_(part)).group_by(ServiceVisit.customer).tuples())
        updates = []
        for customer_id, name, phone, phone2 in (Customer.select(Customer.id, Customer.name, Customer.phone,
                                                                 Customer.phone2)
                                                 .where(Customer.id.in_(part)).tuples()):
            owned = vehicles.get(customer_id, [])
            last = last_visits.get(customer_id)
            updates.append((
                name_pinyin(name), name_initials(name),
                search_text(name, [phone, phone2], [p for p, _ in owned], [v for _, v in owned]),
                len(owned), Customer.last_visit_date.db_value(last), Customer.updated_at.db_value(stamp), customer_id,
            ))
        param = Customer._meta.database.param
        Customer._meta.database.cursor().executemany(
            f"UPDATE customer SET name_pinyin = {param}, name_initials = {param}, search_text = {param}, "
            f"vehicle_count = {param}, last_visit_date = {param}, updated_at = {param} WHERE id = {param}", updates)


def save_customer(data: dict, customer_id: int | None = None, *, confirm: bool = False) -> int:
    """Create a customer (``customer_id`` None) or change the given fields of one; returns its id."""
    actor = permissions.require("create" if customer_id is None else "edit")
    clean, problems = validate_customer(data, creating=customer_id is None)
    _raise_if_needed(problems, confirm)
    for derived in ("points", "club_level"):  # the ledger's sum and what it gives (carecenter.club): never typed
        clean.pop(derived, None)
    if clean.get("first_contact_date") is None:
        clean.pop("first_contact_date", None)  # left empty: today for a new customer, unchanged for an edit
    with write():
        if customer_id is None:
            clean.setdefault("first_contact_date", clock.today())
            customer = Customer(**clean)
            before: dict = {}
        else:
            customer = _live_customer(customer_id)
            before = {key: getattr(customer, key) for key in clean}
            for key, value in clean.items():
                setattr(customer, key, value)
            if "phone" in clean and clean["phone"] != before["phone"]:
                customer.phone_wrong = False  # the number a call found wrong has been corrected
        customer.save()
        if "do_not_call" in clean and clean["do_not_call"] != before.get("do_not_call", False):
            do_not_contact.mirror_archive_box(customer.id, clean["do_not_call"], actor.name)
        refresh_customer(customer)
        audit.record("create" if customer_id is None else "update", "customer", customer.id,
                     audit.changes(before, clean))
        if clean.get("club_joined") and not customer.member_number:  # joined: a member number and a level (RULES §5)
            from carecenter import club
            club.assign_numbers([customer.id])
            club.recompute_levels([customer.id])
    return customer.id


def delete_customer(customer_id: int) -> None:
    """Soft delete: the customer leaves every list and search; vehicles and visits stay for the record."""
    permissions.require("delete")
    with write():
        customer = _live_customer(customer_id)
        customer.deleted_at = now()
        customer.save()
        audit.record("delete", "customer", customer.id, detail=audit.mask("name", customer.name))


def _live_vehicle(vehicle_id: int) -> Vehicle:
    vehicle = Vehicle.get_or_none((Vehicle.id == vehicle_id) & Vehicle.deleted_at.is_null())
    if vehicle is None or vehicle.customer.deleted_at is not None:
        raise NotFound(tr("找不到车辆（编号 {vehicle_id}）。").format(vehicle_id=vehicle_id))
    return vehicle


def save_vehicle(customer_id: int, data: dict, vehicle_id: int | None = None, *, confirm: bool = False) -> int:
    """Add a vehicle to a customer or change one; VIN check digits and lower mileage warn, duplicates refuse."""
    permissions.require("create" if vehicle_id is None else "edit")
    last_mileage = None
    if vehicle_id is not None:
        last_mileage = _live_vehicle(vehicle_id).mileage or None
    clean, problems = validate_vehicle(data, last_mileage)
    if clean.get("vin"):
        owner = (Vehicle.select(Vehicle, Customer).join(Customer)
                 .where((Vehicle.vin == clean["vin"]) & (Vehicle.id != (vehicle_id or 0))
                        & Vehicle.deleted_at.is_null() & Customer.deleted_at.is_null()).first())
        if owner:
            problems.append(
                Problem(
                    "vin",
                    tr("车架号 {v1} 已登记在客户“{name}”名下。").format(v1=clean['vin'], name=owner.customer.name),
                )
            )
    if clean.get("plate"):
        owner = (Vehicle.select(Vehicle, Customer).join(Customer)
                 .where((Vehicle.plate == clean["plate"]) & (Vehicle.id != (vehicle_id or 0))
                        & Vehicle.deleted_at.is_null() & Customer.deleted_at.is_null()).first())
        if owner:
            problems.append(
                Problem(
                    "plate",
                    tr("车牌 {v1} 已登记在客户“{name}”名下，确定继续吗？").format(
                        v1=clean['plate'], name=owner.customer.name
                    ),
                    "warning",
                )
            )
    if vehicle_id is None and not clean.get("vin") and not clean.get("plate"):
        problems.append(Problem("plate", tr("请至少填写车号或底盘号中的一项。")))
    _raise_if_needed(problems, confirm)
    mileage_given = "mileage" in clean
    mileage = clean.pop("mileage", None) or 0
    with write():
        customer = _live_customer(customer_id)
        if vehicle_id is None:
            vehicle = Vehicle(customer=customer, **clean)
            before = {}
        else:
            vehicle = _live_vehicle(vehicle_id)
            before = {key: getattr(vehicle, key) for key in clean}
            for key, value in clean.items():
                setattr(vehicle, key, value)
            vehicle.updated_at = now()
        if mileage_given and mileage != (last_mileage or 0):
            vehicle.mileage = mileage
            vehicle.mileage_date = clock.today()
        vehicle.save()
        if customer.prospect and vehicle_id is None:  # the caller bought or brought a car: a customer now
            Customer.update(prospect=False).where(Customer.id == customer.id).execute()
        refresh_customer(customer)
        change = audit.changes(before, {**clean, **({"mileage": mileage} if mileage_given else {})})
        audit.record("create" if vehicle_id is None else "update", "vehicle", vehicle.id, change,
                     detail=f"客户 {customer.id}")
    return vehicle.id


def add_visit(vehicle_id: int, data: dict, *, confirm: bool = False) -> int:
    """Record a service visit; the vehicle's mileage and the customer's last visit follow it."""
    permissions.require("create")
    vehicle = _live_vehicle(vehicle_id)
    clean, problems = validate_visit(data)
    if not clean.get("visit_date") and not any(p.field == "visit_date" for p in problems):
        problems.append(Problem("visit_date", tr("请填写送修或来访日期。")))
    mileage = clean.get("mileage")
    if mileage is not None and clean.get("visit_date"):
        earlier = (ServiceVisit.select(pw.fn.MAX(ServiceVisit.mileage))
                   .where((ServiceVisit.vehicle == vehicle.id) & (ServiceVisit.visit_date <= clean["visit_date"]))
                   .scalar())
        if earlier and mileage < earlier:
            problems.append(
                Problem(
                    "mileage",
                    tr("行驶里程 {mileage} 公里低于之前记录的 {earlier} 公里，确定要保存吗？").format(
                        mileage=mileage, earlier=earlier
                    ),
                    "warning",
                )
            )
    _raise_if_needed(problems, confirm)
    with write():
        visit = ServiceVisit.create(customer=vehicle.customer_id, vehicle=vehicle, **clean)
        if mileage is not None and (vehicle.mileage_date is None or clean["visit_date"] >= vehicle.mileage_date):
            vehicle.mileage = mileage
            vehicle.mileage_date = clean["visit_date"]
            vehicle.save()
        refresh_customer(vehicle.customer)
        audit.record("create", "visit", visit.id, audit.changes({}, clean), detail=f"车辆 {vehicle.id}")
        from carecenter import club  # 消费 points for the bill (RULES §5)
        club.earn_for_visits(visit.id - 1)
        from carecenter import appointments  # the appointment of this car within ±1 day: arrived
        appointments.match_visit(visit)
    return visit.id


# --- reading ------------------------------------------------------------------------------------------------------

#: Sort keys the archive list offers, each a column in SQL.
SORT_COLUMNS = {
    "name": Customer.name_pinyin,
    "phone": Customer.phone,
    "vehicles": Customer.vehicle_count,
    "last_visit": Customer.last_visit_date,
    # 普卡 < 银卡 < 金卡 (their characters would sort 普 < 金 < 银); non-members first going up
    "club_level": pw.Case(Customer.club_level, [("普卡", 1), ("银卡", 2), ("金卡", 3)], 0),
    "first_contact": Customer.first_contact_date,
}


def incomplete_condition(today: datetime.date | None = None) -> pw.Expression:
    """RULES.md §1: no phone or no vehicle, and first met more than N days ago (the archive is overdue)."""
    days = settings.get("archive.complete_within_days")
    limit = (today or clock.today()) - datetime.timedelta(days=days)
    return (((Customer.phone == "") | (Customer.vehicle_count == 0)) & (Customer.first_contact_date < limit))


#: The archive's club filter (RULES §1: customers classified by level): code → what it keeps.
CLUB_FILTERS = {"": N_("全部客户"), "members": N_("会员"), "普卡": N_("普卡"), "银卡": N_("银卡"), "金卡": N_("金卡"),
                "non-members": N_("非会员")}


#: RULES §1 customer classification by visits: free maintenance, warranty and insurance visits do not count.
UNPAID_VISIT_TYPES = ("首保", "免费检测", "索赔(保修)", "事故车/保险")
#: The archive's value filter (RULES §1: by spend and by visit count, the last twelve months): code → its words.
VALUE_FILTERS = {"": N_("全部价值"), "spend:5000": N_("近12个月消费 ≥ 5 000 元"),
                 "spend:20000": N_("近12个月消费 ≥ 20 000 元"), "visits:2": N_("近12个月进厂 ≥ 2 次"),
                 "visits:4": N_("近12个月进厂 ≥ 4 次")}


def _value_condition(value: str, today: datetime.date) -> pw.Expression:
    kind, _, number = value.partition(":")
    if kind not in ("spend", "visits") or not number.isdigit():
        raise UserError(tr("价值筛选应写成 spend:金额 或 visits:次数，不是“{value}”。").format(value=value))
    since = today - datetime.timedelta(days=365)
    visits = ServiceVisit.select(ServiceVisit.customer).where(ServiceVisit.visit_date > since).group_by(
        ServiceVisit.customer)
    if kind == "spend":
        return Customer.id.in_(visits.having(pw.fn.SUM(ServiceVisit.amount) >= int(number)))
    return Customer.id.in_(visits.where(ServiceVisit.visit_type.not_in(UNPAID_VISIT_TYPES)).having(
        pw.fn.COUNT(ServiceVisit.id) >= int(number)))


def find_customers(text: str = "", *, incomplete_only: bool = False, lost_only: bool = False, order: str = "name",
                   descending: bool = False, club: str = "", value: str = "") -> list[int]:
    """The ids of live customers matching every word of ``text`` (name, pinyin, initials, phone digits, plate,
    VIN), in the given order; ``club`` one of :data:`CLUB_FILTERS`; ``value`` ``spend:N`` (at least N yuan in the
    last twelve months) or ``visits:N`` (at least N paid visits then). Sorting and filtering happen in SQL."""
    permissions.require("view")
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
    terms = query_terms(text)
    for term in terms:
        query = query.where(Customer.search_text.contains(term))
    if incomplete_only:
        query = query.where(incomplete_condition())
    if lost_only:  # 失联: calls went unanswered again and again (RULES §2), or the number was wrong (§8)
        query = query.where(Customer.lost_contact | Customer.phone_wrong)
    if club == "members":
        query = query.where(Customer.club_joined.is_null(False))
    elif club == "non-members":
        query = query.where(Customer.club_joined.is_null())
    elif club:
        if club not in CLUB_FILTERS:
            raise UserError(tr("会员筛选应为 members、non-members、普卡、银卡 或 金卡，不是“{club}”。").format(club=club))
        query = query.where(Customer.club_joined.is_null(False) & (Customer.club_level == club))
    if value:
        query = query.where(_value_condition(value, clock.today()))
    column = SORT_COLUMNS[order]
    if is_server():  # a customer with no visit sorts as the smallest value, as on SQLite: first up, last down
        ordering = [column.desc(nulls="LAST") if descending else column.asc(nulls="FIRST"), Customer.id]
    else:
        ordering = [column.desc() if descending else column.asc(), Customer.id]
    if terms and order == "name":
        # names that start with what was typed (张, zs, zhang) come before matches inside a phone, plate or VIN
        first = terms[0]
        name_first = pw.Case(None, [((Customer.name.startswith(first) | Customer.name_pinyin.startswith(first)
                                      | Customer.name_initials.startswith(first)), 0)], 1)
        ordering.insert(0, name_first)
    query = query.order_by(*ordering)
    return [row[0] for row in query.tuples()]


@dataclass
class CustomerRow:
    """One line of the archive list."""

    id: int
    name: str
    phone: str
    plates: str
    models: str
    last_visit_date: datetime.date | None
    club_level: str
    do_not_call: bool
    incomplete: bool
    lost_contact: bool = False
    phone_wrong: bool = False
    prospect: bool = False  # 潜在客户: first met as an unknown caller (RULES §9)


def customer_rows(ids: list[int]) -> list[CustomerRow]:
    """The list lines for the given ids, in the same order (one page of the lazy table)."""
    if not ids:
        return []
    flagged = {row[0] for row in Customer.select(Customer.id)
               .where(Customer.id.in_(ids) & incomplete_condition()).tuples()}
    vehicles: dict[int, list[tuple[str, str]]] = {}
    for customer_id, plate, model in (Vehicle.select(Vehicle.customer, Vehicle.plate, Vehicle.model)
                                      .where(Vehicle.customer.in_(ids) & Vehicle.deleted_at.is_null())
                                      .order_by(Vehicle.id).tuples()):
        vehicles.setdefault(customer_id, []).append((plate, model))
    customers = {c.id: c for c in Customer.select().where(Customer.id.in_(ids))}
    rows = []
    for customer_id in ids:
        customer = customers.get(customer_id)
        if customer is None:
            continue
        owned = vehicles.get(customer_id, [])
        rows.append(CustomerRow(
            id=customer.id, name=customer.name, phone=customer.phone,
            plates=tr("、").join(plate for plate, _ in owned if plate),
            models=tr("、").join(dict.fromkeys(model for _, model in owned if model)),
            last_visit_date=customer.last_visit_date, club_level=customer.club_level,
            do_not_call=customer.do_not_call, incomplete=customer_id in flagged,
            lost_contact=customer.lost_contact, phone_wrong=customer.phone_wrong, prospect=customer.prospect,
        ))
    return rows


def vehicle_owner(vehicle_id: int) -> int:
    """The customer a vehicle belongs to."""
    permissions.require("view")
    vehicle = Vehicle.get_or_none((Vehicle.id == vehicle_id) & Vehicle.deleted_at.is_null())
    if vehicle is None:
        raise NotFound(tr("找不到车辆（编号 {vehicle_id}）。").format(vehicle_id=vehicle_id))
    return vehicle.customer_id


def vehicle_choices(customer_id: int) -> list[tuple[int, str]]:
    """The customer's cars as a desk picks one: (id, "plate model"), the newest first."""
    permissions.require("view")
    return [(vehicle_id, " ".join(part for part in (plate, model) if part) or tr("（无车牌）"))
            for vehicle_id, plate, model in Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.model)
            .where((Vehicle.customer == customer_id) & Vehicle.deleted_at.is_null())
            .order_by(Vehicle.id.desc()).tuples()]


@dataclass
class VehicleRecord:
    vehicle: Vehicle
    visits: list[ServiceVisit]
    next_maintenance_date: datetime.date | None
    next_maintenance_km: int | None


@dataclass
class CustomerRecord:
    """Everything the detail pane and the F1 sheet show about one customer."""

    customer: Customer
    vehicles: list[VehicleRecord] = field(default_factory=list)
    incomplete: bool = False
    referred_by_name: str = ""
    refusals: list = field(default_factory=list)  # do not contact, per kind (do_not_contact.Refusal)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def next_maintenance(vehicle: Vehicle, visits: list[ServiceVisit]) -> tuple[datetime.date | None, int | None]:
    """下一次保养期: the last maintenance (or the delivery) plus the cycle, in months and kilometres."""
    months = settings.get("maintenance.cycle_months")
    kilometres = settings.get("maintenance.cycle_km")
    maintenance = [v for v in visits if v.visit_type in ("首保", "定期保养")]
    if maintenance:
        last = max(maintenance, key=lambda v: v.visit_date)
        base_km = last.mileage if last.mileage is not None else None
        return _add_months(last.visit_date, months), (base_km + kilometres) if base_km is not None else None
    if vehicle.delivery_date:
        return (_add_months(vehicle.delivery_date, settings.get("first_service.months")),
                settings.first_service_km(vehicle.model))
    return None, None


def customer_record(customer_id: int) -> CustomerRecord:
    permissions.require("view")
    customer = _live_customer(customer_id)
    record = CustomerRecord(customer=customer)
    record.incomplete = (Customer.select().where((Customer.id == customer_id) & incomplete_condition()).exists())
    if customer.referred_by_id:
        referrer = Customer.get_or_none(Customer.id == customer.referred_by_id)
        record.referred_by_name = referrer.name if referrer else ""
    record.refusals = do_not_contact.refusals(customer_id)
    visits_by_vehicle: dict[int | None, list[ServiceVisit]] = {}
    for visit in (ServiceVisit.select().where(ServiceVisit.customer == customer_id)
                  .order_by(ServiceVisit.visit_date.desc(), ServiceVisit.id.desc())):
        visits_by_vehicle.setdefault(visit.vehicle_id, []).append(visit)
    for vehicle in (Vehicle.select().where((Vehicle.customer == customer_id) & Vehicle.deleted_at.is_null())
                    .order_by(Vehicle.id)):
        visits = visits_by_vehicle.get(vehicle.id, [])
        due_date, due_km = next_maintenance(vehicle, visits)
        record.vehicles.append(VehicleRecord(vehicle, visits, due_date, due_km))
    return record


def count_customers() -> int:
    return Customer.select().where(Customer.deleted_at.is_null()).count()


def customer_summaries(ids: list[int]) -> list[dict]:
    """Customers with their vehicles as plain dicts (the ``customers --json`` contract of CLI.md)."""
    if not ids:
        return []
    vehicles: dict[int, list[dict]] = {}
    last_visits = dict(ServiceVisit.select(ServiceVisit.vehicle, pw.fn.MAX(ServiceVisit.visit_date))
                       .where(ServiceVisit.customer.in_(ids)).group_by(ServiceVisit.vehicle).tuples())
    for vehicle in (Vehicle.select().where(Vehicle.customer.in_(ids) & Vehicle.deleted_at.is_null())
                    .order_by(Vehicle.id)):
        vehicles.setdefault(vehicle.customer_id, []).append({
            "id": vehicle.id, "vin": vehicle.vin, "plate": vehicle.plate, "model": vehicle.model,
            "delivery_date": vehicle.delivery_date, "mileage": vehicle.mileage,
            "last_visit_date": last_visits.get(vehicle.id),
        })
    customers = {c.id: c for c in Customer.select(Customer.id, Customer.name, Customer.phone, Customer.address)
                 .where(Customer.id.in_(ids))}
    unmasked = privacy.may_unmask()
    return [privacy.for_export({"id": cid, "name": customers[cid].name, "phone": customers[cid].phone,
                                "address": customers[cid].address, "vehicles": vehicles.get(cid, [])}, unmasked)
            for cid in ids if cid in customers]
