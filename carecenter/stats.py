"""Statistics for the manager (RULES.md §6), one function per figure. Started with F9 顾客统计表; the monthly summary
and the head-office workbook build on these."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from carecenter import clock, complaints, due_dates, lounge, permissions
from carecenter.followup_rules import add_months, last_day_months_before
from carecenter.models import (
    CallLog, CallTask, Complaint, Customer, LoungeCheck, LoungeScore, REASONS, ServiceVisit, Vehicle,
)
from carecenter.models.complaints import CATEGORIES, CHANNELS
from carecenter.models.followup import LETTER_REASONS, SURVEYED_REASONS
from carecenter.i18n import N_
from carecenter.store import DAYS, date_of

ROWS = (N_("展厅销售数"), N_("首次进厂"), N_("流失顾客"))


#: The specialist column's name for tasks nobody was assigned (a program word, shown translated).
UNASSIGNED = N_("（未分配）")


def customer_statistics(year: int, dues: due_dates.Dues | None = None,
                        as_of: datetime.date | None = None) -> dict[str, dict[str, list[int]]]:
    """F9: per model, per month of ``year`` (index 0 = January): showroom deliveries (展厅销售数), vehicles whose
    first workshop visit falls in the month (首次进厂), and vehicles that became lost customers that month (流失顾客:
    twelve months past the due maintenance without a visit, RULES §2) — judged as the store stood at the end of
    ``as_of`` (today when None or later), so a month's report does not change when a lost customer comes back
    later. Three grouped queries and the due dates of :mod:`carecenter.due_dates`."""
    permissions.require("view")
    today = clock.today()  # a customer becomes lost on a day that has come, not one still ahead
    as_of = min(as_of or today, today)
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: {row: [0] * 12 for row in ROWS})
    # the live customers' vehicles: "not one of the few deleted" is a small list where "one of the 100 000 live"
    # made SQLite build a large one (a third of the time at L)
    live = Vehicle.customer.not_in(Customer.select(Customer.id).where(Customer.deleted_at.is_null(False)))
    for (model,) in (Vehicle.select(Vehicle.model).distinct()
                     .where(Vehicle.deleted_at.is_null() & live).tuples()):
        table[model or "其他"]  # every model the dealership has appears, with zeros if need be
    first_day, last_day = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    for model, day, count in (Vehicle.select(Vehicle.model, Vehicle.delivery_date, pw.fn.COUNT(Vehicle.id))
                              .where(Vehicle.deleted_at.is_null() & live
                                     & Vehicle.delivery_date.between(first_day, last_day))
                              .group_by(Vehicle.model, Vehicle.delivery_date).tuples()):
        table[model or "其他"]["展厅销售数"][date_of(day).month - 1] += count
    firsts = (ServiceVisit.select(ServiceVisit.vehicle, pw.fn.MIN(ServiceVisit.visit_date).alias("first"))
              .where(ServiceVisit.vehicle.is_null(False)).group_by(ServiceVisit.vehicle).alias("firsts"))
    for model, day, count in (Vehicle.select(Vehicle.model, firsts.c.first, pw.fn.COUNT(Vehicle.id))
                              .join(firsts, on=(firsts.c.vehicle_id == Vehicle.id))
                              .where(Vehicle.deleted_at.is_null() & live
                                     & firsts.c.first.between(first_day, last_day))
                              .group_by(Vehicle.model, firsts.c.first).tuples()):
        table[model or "其他"]["首次进厂"][date_of(day).month - 1] += count
    for one in (dues or due_dates.Dues()).on(as_of).values():
        lost_on = add_months(one.due, 12)
        if lost_on.year == year and lost_on <= as_of and (one.last_visit is None or one.last_visit < one.due):
            table[one.model or "其他"]["流失顾客"][lost_on.month - 1] += 1
    return {model: table[model] for model in sorted(table)}


def months_of(year: int) -> list[datetime.date]:
    return [datetime.date(year, month, 1) for month in range(1, 13)]


def f9_month_and_year(month: str, dues: due_dates.Dues | None = None) -> dict[str, dict[str, tuple[int, int]]]:
    """F9 for one month and the year to date (RULES §6.1): per model and row, (the month, January to the month)."""
    return f9_period(*clock.month_days(month), dues)


def f9_period(first: datetime.date, last: datetime.date, dues: due_dates.Dues | None = None
              ) -> dict[str, dict[str, tuple[int, int]]]:
    """F9 for the months of [first, last] (a month, a quarter, a year: within one year) and the year to date: per
    model and row, (the period, January to the period's last month)."""
    table = customer_statistics(last.year, dues, last)
    months = slice(first.month - 1 if first.year == last.year else 0, last.month)
    return {model: {row: (sum(values[months]), sum(values[:last.month])) for row, values in rows.items()}
            for model, rows in table.items()}


# --- calls (RULES §6.2) ------------------------------------------------------------------------------------------

@dataclass
class CallCounts:
    """What happened to the call tasks due in a period: 应回访, 已回访, 按时, and the final outcome of each."""

    due: int = 0
    done: int = 0
    on_time: int = 0
    satisfied: int = 0  # of the satisfaction calls made, how many ended 满意
    unsatisfied: int = 0  # … and 不满意
    lost: int = 0  # 失联: three unanswered attempts
    missed: int = 0  # 已过期: the window closed without a call (the PC off for all of it included)
    unlisted: int = 0  # of those, created after their window closed: never on any day's list
    open: int = 0  # not reached yet (待回访)
    attempts: int = 0

    @property
    def rate(self) -> float:
        """回访率: calls made ÷ calls due."""
        return _percent(self.done, self.due)

    @property
    def on_time_rate(self) -> float:
        return _percent(self.on_time, self.due)

    @property
    def satisfied_rate(self) -> float:
        """满意率: 满意 ÷ satisfaction calls made (满意 or 不满意; RULES §8)."""
        return _percent(self.satisfied, self.satisfied + self.unsatisfied)


@dataclass
class CallFigures:
    total: CallCounts
    warranty: CallCounts  # vehicles under warranty (three years from delivery): RULES §2 wants 100 % of them
    by_reason: dict[str, CallCounts]  # reason code → counts, in REASONS order
    by_specialist: dict[str, CallCounts]


#: The warranty: three years (003 入會3年, 3 years or 100 000 km).
WARRANTY_MONTHS = 36


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def call_figures(first: datetime.date, last: datetime.date) -> CallFigures:
    """Call tasks due in [first, last] (letters and cancelled tasks aside): due, done, on time, the outcome split,
    回访率 and 满意率 — overall, per reason and per specialist (the task's assignee). One grouped query: a few
    hundred rows whatever the size of the store."""
    permissions.require("view")
    # a task is within the warranty when the vehicle was delivered after the last day three years before it
    low, high = last_day_months_before(first, WARRANTY_MONTHS), last_day_months_before(last, WARRANTY_MONTHS)
    total, warranty = CallCounts(), CallCounts()
    by_reason, by_specialist = defaultdict(CallCounts), defaultdict(CallCounts)
    for reason, assignee, status, outcome, on_time, unlisted, band, delivered, due, count, attempts in _call_groups(
            first, last, low, high):
        groups = [total, by_reason[reason], by_specialist[assignee or UNASSIGNED]]
        if band == "w" or (band == "b" and date_of(due) < add_months(date_of(delivered), WARRANTY_MONTHS)):
            groups.append(warranty)
        for counts in groups:
            _add(counts, status, outcome, on_time, unlisted, count, attempts)
    return CallFigures(total, warranty, {code: by_reason[code] for code in REASONS if code in by_reason},
                       dict(sorted(by_specialist.items())))


def call_totals_by_month(first: datetime.date, last: datetime.date) -> dict[str, CallCounts]:
    """The overall counts of :func:`call_figures` for each month (``YYYY-MM``) of [first, last], in one query (the
    twelve-month trend; without the attempts)."""
    permissions.require("view")
    months: dict[str, CallCounts] = defaultdict(CallCounts)
    for due, status, outcome, on_time, unlisted, count, attempts in _call_groups(first, last, by_day=True):
        _add(months[f"{date_of(due):%Y-%m}"], status, outcome, on_time, unlisted, count, attempts)
    return months


def _add(counts: CallCounts, status: str, outcome: str, on_time, unlisted, count: int, attempts) -> None:
    counts.due += count
    counts.attempts += int(attempts or 0)
    if status == "done":
        counts.done += count
        counts.on_time += count if on_time else 0
        counts.satisfied += count if outcome == "satisfied" else 0
        counts.unsatisfied += count if outcome == "unsatisfied" else 0
    elif status == "lost":
        counts.lost += count
    elif status == "missed":
        counts.missed += count
        counts.unlisted += count if unlisted else 0
    else:
        counts.open += count


def _call_groups(first: datetime.date, last: datetime.date, low: datetime.date | None = None,
                 high: datetime.date | None = None, *, by_day: bool = False) -> list[tuple]:
    """The grouped counts behind the call figures. Per group: reason, assignee, status, the satisfaction outcome,
    on time, never listed, the warranty band (w: within for every day of the period, o: out, n: no delivery date,
    b: decided per day: the delivery and due day come with it), count and attempts; ``by_day``: due day, status,
    outcome, on time, never listed, count, attempts."""
    db = CallTask._meta.database
    mark = db.param
    letters = ", ".join(f"'{code}'" for code in LETTER_REASONS)
    surveyed = ", ".join(f"'{code}'" for code in SURVEYED_REASONS)
    tasks = f"t.due_date >= {mark} AND t.due_date <= {mark} AND t.reason NOT IN ({letters}) AND t.status <> 'cancelled'"
    outcome = (f"CASE WHEN t.status = 'done' AND t.reason IN ({surveyed}) AND t.outcome IN ('satisfied', "
               f"'unsatisfied') THEN t.outcome ELSE '' END")
    on_time = ("CASE WHEN t.status = 'done' AND t.completed_at IS NOT NULL AND DATE(t.completed_at) <= t.window_end "
               "THEN 1 ELSE 0 END")
    unlisted = "CASE WHEN t.status = 'missed' AND t.never_listed THEN 1 ELSE 0 END"
    # the attempts of the period's tasks, counted once per task before the join
    attempts = (f"LEFT JOIN (SELECT l.task_id, COUNT(*) AS n FROM call_log l JOIN call_task t ON t.id = l.task_id "
                f"WHERE {tasks} GROUP BY l.task_id) a ON a.task_id = t.id")
    params: list = [first, last]
    if by_day:  # the trend: no attempts (they cost a join over a year of calls: 0.8 s at L, 0.1 s without)
        columns = f"t.due_date, t.status, {outcome}, {on_time}, {unlisted}"
        sql = f"SELECT {columns}, COUNT(*), 0 FROM call_task t WHERE {tasks} GROUP BY 1, 2, 3, 4, 5"
        return list(db.execute_sql(sql, params))
    band = (f"CASE WHEN v.delivery_date IS NULL THEN 'n' WHEN v.delivery_date > {mark} THEN 'w' "
            f"WHEN v.delivery_date <= {mark} THEN 'o' ELSE 'b' END")
    undecided = f"v.delivery_date > {mark} AND v.delivery_date <= {mark}"
    delivered = f"CASE WHEN {undecided} THEN v.delivery_date END"
    due = f"CASE WHEN {undecided} THEN t.due_date END"
    groups = f"t.reason, t.assignee, t.status, {outcome}, {on_time}, {unlisted}, {band}, {delivered}, {due}"
    sql = (f"SELECT {groups}, COUNT(*), SUM(COALESCE(a.n, 0)) FROM call_task t "
           f"LEFT JOIN vehicle v ON v.id = t.vehicle_id {attempts} WHERE {tasks} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9")
    marks = [high, low, low, high, low, high]  # the band and the two undecided cases, in the order they appear
    return list(db.execute_sql(sql, marks + params + params))


# --- complaints (RULES §6.3) -------------------------------------------------------------------------------------

@dataclass
class ComplaintLine:
    """One complaint as the summary lists it (plain data: the report modules run no queries)."""

    id: int
    number: str
    category: str
    channel: str
    state: str
    accepted_at: datetime.datetime | None
    response_due: datetime.datetime | None
    closure_due: datetime.datetime | None
    repeat_of: str  # the number of the earlier complaint this one escalates, or ""
    warning: str
    content: str
    root_cause: str
    improvement: str

    @classmethod
    def of(cls, c: Complaint, numbers: dict[int, str]) -> "ComplaintLine":
        return cls(c.id, c.number or "", c.category, c.channel, c.state, c.accepted_at, c.response_due,
                   c.closure_due, numbers.get(c.escalated_from_id, "") if c.escalated_from_id else "", c.warning,
                   c.content, c.root_cause, c.improvement)


@dataclass
class ComplaintFigures:
    kpis: complaints.Kpis
    by_category: dict[str, int]  # category code → complaints accepted in the period (repeats aside, as in the KPIs)
    by_channel: dict[str, int]
    overdue: list[ComplaintLine]  # still open at the period's end and past a deadline then
    escalations: list[ComplaintLine]  # accepted in the period and escalated, linked to an earlier one, or warned
    lessons: list[ComplaintLine]  # resolved in the period: their root cause and improvement measure (F6)
    #: quality complaints (000 WI-xG-S6: closed within 3 days, reported weekly and monthly): accepted, closed within
    #: their 3 working days, still open
    quality: tuple[int, int, int] = (0, 0, 0)


#: The quality complaints (decided): 维修质量 and 产品瑕疵或配置.
QUALITY_CATEGORIES = ("S1", "A4e")


def complaint_figures(first: datetime.date, last: datetime.date) -> ComplaintFigures:
    """Complaints accepted in [first, last] by category and channel, the three KPIs, those open past a deadline at
    the end of the period, escalations, and the root causes and improvement measures of those resolved."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    accepted = list(Complaint.select().where((Complaint.accepted_at >= start) & (Complaint.accepted_at < end))
                    .order_by(Complaint.accepted_at))
    new = [c for c in accepted if c.escalated_from_id is None]  # a repeat is listed with the escalations instead
    by_category = {code: n for code in CATEGORIES if (n := sum(1 for c in new if c.category == code))}
    by_channel = {name: n for name in CHANNELS if (n := sum(1 for c in new if c.channel == name))}
    # judged at the period's end, or now when the period is not over
    as_of = min(end, datetime.datetime.combine(clock.today(), clock.now().time()))
    # open at that moment and past a deadline then (unanswered in time, or not closed in time)
    overdue = list(Complaint.select().where(
        (Complaint.accepted_at < as_of) & Complaint.number.is_null(False)
        & (Complaint.resolved_at.is_null() | (Complaint.resolved_at >= as_of))
        & (Complaint.closed_at.is_null() | (Complaint.closed_at >= as_of))
        & ((Complaint.closure_due.is_null(False) & (Complaint.closure_due < as_of))
           | (Complaint.response_due.is_null(False) & (Complaint.response_due < as_of)
              & (Complaint.first_response_at.is_null() | (Complaint.first_response_at >= as_of)))))
        .order_by(Complaint.accepted_at))
    escalations = [c for c in accepted if c.state == "已升级" or c.escalated_from_id or c.warning or c.level == "C"]
    lessons = list(Complaint.select().where((Complaint.resolved_at >= start) & (Complaint.resolved_at < end))
                   .order_by(Complaint.resolved_at))
    linked = {c.escalated_from_id for c in escalations if c.escalated_from_id}
    numbers = dict(Complaint.select(Complaint.id, Complaint.number).where(Complaint.id.in_(list(linked))).tuples()) \
        if linked else {}
    quality = [c for c in new if c.category in QUALITY_CATEGORIES or c.category_before_upgrade in QUALITY_CATEGORIES]
    in_time = sum(1 for c in quality if c.closed_at is not None and c.closure_due is not None
                  and c.closed_at <= c.closure_due)
    still_open = sum(1 for c in quality if c.closed_at is None)
    return ComplaintFigures(complaints.kpis(first, last), by_category, by_channel,
                            [ComplaintLine.of(c, numbers) for c in overdue],
                            [ComplaintLine.of(c, numbers) for c in escalations],
                            [ComplaintLine.of(c, numbers) for c in lessons], (len(quality), in_time, still_open))


# --- the customers' requests and suggestions from calls (RULES §6.5) -----------------------------------------

FEEDBACK_KINDS = (("feedback_product", N_("产品")), ("feedback_service", N_("服务")), ("feedback_other", N_("其他")),
                  ("request", N_("要求/希望")))


@dataclass
class Remark:
    day: datetime.date
    customer: str
    kind: str  # 产品 / 服务 / 其他 / 要求/希望
    text: str
    caller: str


def customer_remarks(first: datetime.date, last: datetime.date) -> list[Remark]:
    """客户对店内的期望及意见: every product, service or other feedback and every request recorded in a call of the
    period, oldest first."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    db = CallLog._meta.database
    fields = [field for field, _ in FEEDBACK_KINDS]
    said = " OR ".join(f"l.{field} <> ''" for field in fields)
    rows = db.execute_sql(  # plain rows: 21 000 remarks a month at L
        f"SELECT l.at, c.name, l.caller, {', '.join('l.' + f for f in fields)} FROM call_log l "
        f"JOIN customer c ON c.id = l.customer_id WHERE l.at >= {db.param} AND l.at < {db.param} "
        f"AND ({said}) ORDER BY l.at",
        (CallLog.at.db_value(start), CallLog.at.db_value(end)))
    kinds = [kind for _, kind in FEEDBACK_KINDS]
    remarks = []
    for at, name, caller, *texts in rows:
        for kind, text in zip(kinds, texts):
            text = text.strip()
            if text:
                remarks.append(Remark(DAYS[at], name, kind, text, caller))
    return remarks


@dataclass
class RemarkGroup:
    kind: str
    text: str
    count: int
    customers: int


def group_remarks(remarks: list[Remark]) -> list[RemarkGroup]:
    """The same remark said by several customers, counted once: most frequent first (the manager reads what most
    customers want before the one-offs)."""
    groups: dict[tuple[str, str], list[Remark]] = defaultdict(list)
    for remark in remarks:
        groups[(remark.kind, " ".join(remark.text.split()))].append(remark)
    return sorted((RemarkGroup(kind, text, len(items), len({r.customer for r in items}))
                   for (kind, text), items in groups.items()), key=lambda g: (-g.count, g.kind, g.text))


# --- the lounge (RULES §6.6) ---------------------------------------------------------------------------------

@dataclass
class LoungeFigures:
    averages: dict[tuple[int, str], float]  # (position, item) → average score of the month's rounds
    rounds: int
    repairs: list[tuple[datetime.date, str, str, str]]  # day, item, remark, 已报修 / 已修复


def lounge_figures(month: str) -> LoungeFigures:
    return lounge_period(*clock.month_days(month))


def lounge_period(first: datetime.date, last: datetime.date) -> LoungeFigures:
    """The lounge rounds of [first, last]: average score per item, rounds, what was reported for repair."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    rounds = LoungeCheck.select().where((LoungeCheck.day >= first) & (LoungeCheck.day <= last)).count()
    repairs = [(s.check.day, s.title, s.remark, s.repair)
               for s in LoungeScore.select(LoungeScore, LoungeCheck).join(LoungeCheck)
               .where((LoungeScore.reported_at >= start) & (LoungeScore.reported_at < end))
               .order_by(LoungeCheck.day, LoungeScore.position)]
    return LoungeFigures(lounge.averages(first, last), rounds, repairs)
