"""The rules of the daily call list (RULES.md §2) as plain functions: facts about one vehicle (or customer) in,
the call tasks it should have by a given day out. No database here; ``carecenter.followup`` feeds and stores them.

Every task has a stable key, so running the rules again finds the same tasks (generation is idempotent) and a
changed fact (an edited delivery date) moves a task instead of adding another.
"""

from __future__ import annotations

import calendar
import datetime
import math
from dataclasses import dataclass, field

from carecenter.i18n import N_, StoredWords, tr

DAY = datetime.timedelta(days=1)
MAINTENANCE_TYPES = ("首保", "定期保养")

#: The lost-customer stages: (code, offset after the maintenance fell due). 003 逾15天/30天/1.5月/6/9/12個月,
#: 000 抓「3」控「6」.
# The notes a task carries to the call list ("why this call"): stored in these (Chinese) words, shown in the user's
# language by note_in_language(); the generated text never changes, so generation stays idempotent.
LAST_SERVICE_KM = N_("上次保养 {date}，{km} 公里")
LAST_SERVICE = N_("上次保养 {date}")
DELIVERED = N_("交车 {date}")
FIRST_SERVICE_EXPECTED = N_("首保预计 {date}")
WARRANTY_BY_KM = N_("质保期满（3年或10万公里），按里程估算")
WARRANTY = N_("质保期满（3年或10万公里）")
NO_VISIT_6M = N_("近6个月未到店")
NEXT_SERVICE = N_("下次保养 {date}（{basis}）")
NOT_BACK = N_("应保养日 {date} 后未到店")
INSURANCE = N_("保险到期 {date}")
INSPECTION = N_("年检到期 {date}")
BIRTHDAY = N_("生日 {month}月{day}日")
COMPLAINT_DONE = N_("投诉处理完毕，确认客户是否满意")
CALL_AGAIN = N_("上次回访客户不满意（{date}），再次回访直到满意")
VISIT = N_("{date} {kind}")
EVENT = N_("{name}（{date}）")
CONFIRM_APPOINTMENT = N_("确认 {when} 的预约（{kind}）")
NO_SHOW = N_("{when} 预约未到店（{kind}），请客户重新预约")
LATER = N_("客户{date}表示暂不需要，约定今天再提醒")
HOT_ALERT = N_("满意度回访有“一般”的回答（{when}），请跟进并记录处理结果")
ACADEMY = N_("入会 {date}：入会一个月，邀请参加车主学苑")
BENEFITS = N_("入会 {date}：会员礼遇推广（第 {n}/6 条）")
REFERRAL = N_("入会 {date}：入会满 {years} 年，推荐购车")
JOIN_INVITATION = N_("交车 {date} 已满30天，尚未入会：邀请加入车友会")
MESSAGE_NOTE = N_("{caller}（{phone}）来电留言：{about}")
CALLBACK_NOTE = N_("约定今天回电：{about}")
# the timeline's notes first: a looser template (交车 {date}, {date} {kind}) would take them for its own
NOTES = (ACADEMY, BENEFITS, REFERRAL, JOIN_INVITATION, MESSAGE_NOTE, CALLBACK_NOTE, LAST_SERVICE_KM, LAST_SERVICE,
         DELIVERED, FIRST_SERVICE_EXPECTED, WARRANTY_BY_KM, WARRANTY, NO_VISIT_6M, NEXT_SERVICE, NOT_BACK, INSURANCE,
         INSPECTION, BIRTHDAY, COMPLAINT_DONE, CALL_AGAIN, CONFIRM_APPOINTMENT, NO_SHOW, HOT_ALERT, EVENT, VISIT, LATER)


TASK_NOTES = StoredWords(*NOTES, fields={"kind": tr})
TASK_NOTES.fields["basis"] = TASK_NOTES.show  # a maintenance reminder's note holds the note of its basis


def note_in_language(note: str) -> str:
    """A stored task note in the current language."""
    return TASK_NOTES.show(note)


LOST_STAGES = (("lost_15d", (0, 15)), ("lost_30d", (0, 30)), ("lost_45d", (0, 45)), ("lost_3m", (3, 0)),
               ("lost_6m", (6, 0)), ("lost_9m", (9, 0)), ("lost_12m", (12, 0)))


@dataclass(frozen=True)
class RuleSettings:
    """Every number marked *(decided)* in RULES.md §2 (the settings module supplies the dealership's values)."""

    first_service_months: int = 3
    first_service_km: int = 5000
    maintenance_months: int = 6
    maintenance_km: int = 5000
    default_km_per_day: float = 40.0
    insurance_days_before: int = 30
    inspection_days_before: int = 30
    warranty_months: int = 35
    warranty_km: int = 100_000
    warranty_km_share: float = 0.95
    loyalty_months: int = 42
    complaint_followup_days: int = 7
    event_invitation_days: int = 14
    #: the line-up's own first-service mileages, (model, km) pairs (a setting; Skoda used 7500 km)
    first_service_km_by_model: tuple[tuple[str, int], ...] = ()

    def first_service_km_of(self, model: str) -> int:
        return dict(self.first_service_km_by_model).get(model.strip(), self.first_service_km)


@dataclass(frozen=True)
class Visit:
    id: int
    date: datetime.date
    kind: str
    mileage: int | None


@dataclass
class VehicleFacts:
    vehicle_id: int
    customer_id: int
    delivery_date: datetime.date | None
    visits: list[Visit] = field(default_factory=list)  # oldest first
    mileage: int = 0
    mileage_date: datetime.date | None = None
    insurance_expiry: datetime.date | None = None
    inspection_due: datetime.date | None = None
    first_calls_done: dict[int, datetime.date] = field(default_factory=dict)  # visit id → day the 1st call was done
    model: str = ""


@dataclass(frozen=True)
class Task:
    key: str
    reason: str
    customer_id: int
    vehicle_id: int | None
    due: datetime.date
    start: datetime.date
    end: datetime.date
    note: str = ""


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Calendar months, keeping the day where it exists (Jan 31 + 1 month → Feb 28/29)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if day.day <= 28:  # every month has the day (the figures call this a million times: no calendar lookup)
        return datetime.date(year, month, day.day)
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day_months_before(day: datetime.date, months: int) -> datetime.date:
    """The last day ``d`` with ``add_months(d, months) <= day`` (month ends clamp, so it is searched for): a vehicle
    due on or before it has been ``months`` months past its due date by ``day``."""
    found = add_months(day, -months) - datetime.timedelta(days=3)
    while add_months(found + DAY, months) <= day:
        found += DAY
    return found


def anniversary(day: datetime.date, year: int) -> datetime.date:
    """The same day in ``year``; Feb 29 becomes Feb 28 in a common year."""
    return datetime.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def km_per_day(facts: VehicleFacts, rules: RuleSettings) -> float:
    """Average kilometres a day, from the readings the archive has (visits, the vehicle's own), else the default."""
    readings = [(v.date, v.mileage) for v in facts.visits if v.mileage]
    if facts.mileage and facts.mileage_date:
        readings.append((facts.mileage_date, facts.mileage))
    if facts.delivery_date:
        readings.append((facts.delivery_date, 0))
    if len(readings) >= 2:
        return speed_between(min(readings), max(readings), rules)
    return rules.default_km_per_day


def speed_between(first: tuple[datetime.date, int], last: tuple[datetime.date, int], rules: RuleSettings) -> float:
    """Kilometres a day between the earliest and the latest (day, km) reading; the default when they are less than
    two weeks apart or show no distance."""
    (first_day, first_km), (last_day, last_km) = first, last
    days = (last_day - first_day).days
    if days >= 14 and last_km > first_km:
        return (last_km - first_km) / days
    return rules.default_km_per_day


def _date_at_km(start: datetime.date, start_km: int, target_km: int, speed: float) -> datetime.date:
    return start + datetime.timedelta(days=max(0, math.ceil((target_km - start_km) / max(speed, 0.1))))


def last_maintenance(facts: VehicleFacts) -> Visit | None:
    done = [v for v in facts.visits if v.kind in MAINTENANCE_TYPES]
    return done[-1] if done else None


def next_maintenance(facts: VehicleFacts, rules: RuleSettings) -> tuple[datetime.date | None, str]:
    """When the next maintenance falls due (time or estimated mileage, whichever comes first), and why."""
    last = last_maintenance(facts)
    due = maintenance_due(facts.delivery_date, facts.model, last.date if last else None,
                          last.mileage if last else None, km_per_day(facts, rules), rules)
    if last is not None:
        if last.mileage is None:
            return due, LAST_SERVICE.format(date=last.date)
        return due, LAST_SERVICE_KM.format(date=last.date, km=last.mileage)
    return due, DELIVERED.format(date=facts.delivery_date) if due else ""


def maintenance_due(delivered: datetime.date | None, model: str, last_date: datetime.date | None,
                    last_km: int | None, speed: float, rules: RuleSettings) -> datetime.date | None:
    """The rule of :func:`next_maintenance` on plain values (the figures call it for every vehicle): after the last
    maintenance (``last_date``, at ``last_km``) or, without one, after the delivery."""
    if last_date is not None:
        by_time = add_months(last_date, rules.maintenance_months)
        if last_km is None:
            return by_time
        return min(by_time, _date_at_km(last_date, last_km, last_km + rules.maintenance_km, speed))
    if delivered:
        return min(add_months(delivered, rules.first_service_months),
                   _date_at_km(delivered, 0, rules.first_service_km_of(model), speed))
    return None


def vehicle_tasks(
    facts: VehicleFacts, today: datetime.date, rules: RuleSettings, since: datetime.date | None = None
) -> tuple[list[Task], datetime.date | None]:
    """Every task this vehicle's facts call for (those due after ``today`` too, so that a task can be moved), and
    the next day one of them falls due (for incremental generation). ``since`` is the day of the last generation:
    the visits since then are followed however long the PC was off."""
    tasks: list[Task] = []
    upcoming: list[datetime.date] = []
    v, c = facts.vehicle_id, facts.customer_id

    def offer(key: str, reason: str, due: datetime.date, start: datetime.date, end: datetime.date, note: str = ""):
        tasks.append(Task(key, reason, c, v, due, start, end, note))
        if due > today:
            upcoming.append(due)

    delivered = facts.delivery_date
    if delivered:
        offer(f"delivery_24h:v{v}", "delivery_24h", delivered + DAY, delivered + DAY, delivered + 2 * DAY)
        offer(f"delivery_3d:v{v}", "delivery_3d", delivered + 3 * DAY, delivered + 2 * DAY, delivered + 7 * DAY)
        offer(f"thank_you_letter:v{v}", "thank_you_letter", delivered + DAY, delivered, delivered + 7 * DAY)
        if last_maintenance(facts) is None:
            due, note = next_maintenance(facts, rules)
            offer(
                f"first_service:v{v}",
                "first_service",
                due,
                due - 7 * DAY,
                due + 30 * DAY,
                FIRST_SERVICE_EXPECTED.format(date=due),
            )
        speed = km_per_day(facts, rules)
        by_time = add_months(delivered, rules.warranty_months)
        by_km = _date_at_km(delivered, 0, int(rules.warranty_km * rules.warranty_km_share), speed)
        due = min(by_time, by_km)
        offer(f"warranty_expiry:v{v}", "warranty_expiry", due, due, due + 30 * DAY,
              WARRANTY_BY_KM if by_km < by_time else WARRANTY)
        loyalty = add_months(delivered, rules.loyalty_months)
        recent = [x for x in facts.visits if add_months(loyalty, -6) <= x.date <= loyalty]
        if not recent:
            offer(f"loyalty_42m:v{v}", "loyalty_42m", loyalty, loyalty, loyalty + 30 * DAY, NO_VISIT_6M)

    # older visits' follow-up windows closed long ago; their tasks are history
    followed_since = min(today, since or today) - 60 * DAY
    for visit in facts.visits:
        if visit.kind == "免费检测" or visit.date < followed_since:
            continue
        offer(f"after_visit_1:visit{visit.id}", "after_visit_1", visit.date + 3 * DAY, visit.date + 3 * DAY,
              visit.date + 7 * DAY, VISIT.format(date=visit.date, kind=visit.kind))
        first_done = facts.first_calls_done.get(visit.id)
        if first_done:
            offer(f"after_visit_2:visit{visit.id}", "after_visit_2", first_done + 7 * DAY, first_done + 7 * DAY,
                  first_done + 14 * DAY, VISIT.format(date=visit.date, kind=visit.kind))

    last = last_maintenance(facts)
    due_on, basis = next_maintenance(facts, rules)
    if last is not None and due_on:
        offer(f"maintenance_due:v{v}:visit{last.id}", "maintenance_due", due_on - 7 * DAY, due_on - 7 * DAY,
              due_on + 14 * DAY, NEXT_SERVICE.format(date=due_on, basis=basis))
    if due_on:
        came_back = any(x.date >= due_on for x in facts.visits)
        if not came_back:
            stages = [(code, add_months(due_on, months) + days * DAY) for code, (months, days) in LOST_STAGES]
            for index, (code, stage_due) in enumerate(stages):
                end = stages[index + 1][1] - DAY if index + 1 < len(stages) else stage_due + 30 * DAY
                offer(f"{code}:v{v}:{due_on}", code, stage_due, stage_due, end, NOT_BACK.format(date=due_on))

    expiry = facts.insurance_expiry or (anniversary(delivered, delivered.year + 1) if delivered else None)
    if expiry:
        # policies run a year: last year's, this year's and next year's expiry around today
        for year in range(max(expiry.year, today.year - 1), today.year + 2):
            occurrence = anniversary(expiry, year)
            due = occurrence - rules.insurance_days_before * DAY
            offer(f"insurance_renewal:v{v}:{occurrence}", "insurance_renewal", due, due, occurrence,
                  INSURANCE.format(date=occurrence))
    if facts.inspection_due:
        due = facts.inspection_due - rules.inspection_days_before * DAY
        offer(f"inspection:v{v}:{facts.inspection_due}", "inspection", due, due, facts.inspection_due,
              INSPECTION.format(date=facts.inspection_due))
    return tasks, min(upcoming) if upcoming else None


def birthday_tasks(customer_id: int, birthday: datetime.date | None, today: datetime.date
                   ) -> tuple[list[Task], datetime.date | None]:
    """The birthday call (or message) on the day, this year's or last year's if still in its window."""
    if birthday is None:
        return [], None
    tasks = []
    for year in (today.year - 1, today.year, today.year + 1):
        day = anniversary(birthday, year)
        tasks.append(Task(f"birthday:c{customer_id}:{year}", "birthday", customer_id, None, day, day,
                          day + DAY, BIRTHDAY.format(month=birthday.month, day=birthday.day)))
    upcoming = anniversary(birthday, today.year)
    if upcoming <= today:
        upcoming = anniversary(birthday, today.year + 1)
    return tasks, upcoming


#: The member timeline (RULES §5, seed 003 車友匯): months after joining, and the days a buyer has to join before the
#: invitation (decided: 30).
ACADEMY_MONTHS = 1
BENEFITS_FROM_MONTH = 6
BENEFITS_MESSAGES = 6
REFERRAL_YEARS = 3
JOIN_INVITATION_DAYS = 30
#: How long each of the timeline's calls or messages stays on the list.
TIMELINE_WINDOW_DAYS = 14
#: Reasons of one customer rather than one vehicle (generated from the customer's facts).
CUSTOMER_REASONS = ("birthday", "academy_invitation", "benefits_promotion", "referral", "join_invitation")


def member_tasks(customer_id: int, joined: datetime.date | None, delivered: tuple[int, datetime.date] | None,
                 today: datetime.date) -> tuple[list[Task], datetime.date | None]:
    """The member timeline of RULES §5 for one customer: 学苑邀约 a month after joining, 礼遇推广 once a month from
    the sixth month for six months, 推荐购车 on each anniversary from the third year; a buyer who has not joined
    within 30 days of the latest delivery (``delivered``: vehicle id, day) is invited to join."""
    window = TIMELINE_WINDOW_DAYS * DAY
    tasks: list[Task] = []
    if joined is not None:
        due = add_months(joined, ACADEMY_MONTHS)
        tasks.append(Task(f"academy_invitation:c{customer_id}:{joined}", "academy_invitation", customer_id, None,
                          due, due, due + window, ACADEMY.format(date=joined)))
        for n in range(1, BENEFITS_MESSAGES + 1):
            due = add_months(joined, BENEFITS_FROM_MONTH + n - 1)
            tasks.append(Task(f"benefits_promotion:c{customer_id}:{joined}:{n}", "benefits_promotion", customer_id,
                              None, due, due, due + window, BENEFITS.format(date=joined, n=n)))
        years_in = max(REFERRAL_YEARS, today.year - joined.year + 1)
        for years in range(REFERRAL_YEARS, years_in + 1):
            due = add_months(joined, 12 * years)
            tasks.append(Task(f"referral:c{customer_id}:{joined}:{years}", "referral", customer_id, None, due, due,
                              due + 2 * window, REFERRAL.format(date=joined, years=years)))
    elif delivered is not None:
        vehicle_id, day = delivered
        due = day + JOIN_INVITATION_DAYS * DAY
        tasks.append(Task(f"join_invitation:c{customer_id}:{day}", "join_invitation", customer_id, vehicle_id, due,
                          due, due + window, JOIN_INVITATION.format(date=day)))
    upcoming = min((task.due for task in tasks if task.due > today), default=None)
    return tasks, upcoming


def complaint_task(complaint_id: int, customer_id: int, vehicle_id: int | None, closed: datetime.date,
                   rules: RuleSettings) -> Task:
    """002 處理完一星期內: the customer is called within a week of the complaint's closure — on the list from the
    next day, the window closing on the 7th."""
    return Task(f"complaint_followup:complaint{complaint_id}", "complaint_followup", customer_id, vehicle_id,
                closed + DAY, closed + DAY, closed + rules.complaint_followup_days * DAY,
                COMPLAINT_DONE)


def event_task(event_id: int, event_name: str, event_date: datetime.date, customer_id: int,
               rules: RuleSettings) -> Task:
    due = event_date - rules.event_invitation_days * DAY
    return Task(f"event_invitation:e{event_id}:c{customer_id}", "event_invitation", customer_id, None, due, due,
                event_date - DAY, EVENT.format(name=event_name, date=event_date))
