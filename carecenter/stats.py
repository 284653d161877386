"""Statistics for the manager (RULES.md §6), one function per figure. Started with F9 顾客统计表; the monthly summary
and the head-office workbook build on these."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from carecenter import clock, complaints, followup, lounge, permissions
from carecenter.followup_rules import add_months, next_maintenance
from carecenter.models import (
    CallLog, CallTask, Complaint, Customer, LoungeCheck, LoungeScore, REASONS, Vehicle,
)
from carecenter.models.complaints import CATEGORIES, CHANNELS
from carecenter.models.followup import LETTER_REASONS, SURVEYED_REASONS
from carecenter.i18n import N_

ROWS = (N_("展厅销售数"), N_("首次进厂"), N_("流失顾客"))


#: The specialist column's name for tasks nobody was assigned (a program word, shown translated).
UNASSIGNED = N_("（未分配）")


def customer_statistics(year: int, facts: list | None = None) -> dict[str, dict[str, list[int]]]:
    """F9: per model, per month of ``year`` (index 0 = January): showroom deliveries (展厅销售数), vehicles whose
    first workshop visit falls in the month (首次进厂), and vehicles that became lost customers that month (流失顾客:
    twelve months past the due maintenance without a visit, RULES §2)."""
    permissions.require("view")
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: {row: [0] * 12 for row in ROWS})
    live = {row[0] for row in Customer.select(Customer.id).where(Customer.deleted_at.is_null()).tuples()}
    vehicles = {v.id: v for v in Vehicle.select(Vehicle.id, Vehicle.customer, Vehicle.model, Vehicle.delivery_date)
                .where(Vehicle.deleted_at.is_null()) if v.customer_id in live}
    for vehicle in vehicles.values():
        figures = table[vehicle.model or "其他"]  # every model the dealership has appears, with zeros if need be
        if vehicle.delivery_date and vehicle.delivery_date.year == year:
            figures["展厅销售数"][vehicle.delivery_date.month - 1] += 1
    rules = followup.rule_settings()
    today = clock.today()  # a customer becomes lost on a day that has come, not one still ahead
    if facts is None:
        facts = followup.vehicle_facts(list(vehicles), with_calls=False)
    for one in facts:
        if one.vehicle_id not in vehicles:
            continue
        if one.visits and one.visits[0].date.year == year:  # visits are oldest first: the first workshop visit
            table[vehicles[one.vehicle_id].model or "其他"]["首次进厂"][one.visits[0].date.month - 1] += 1
        due, _ = next_maintenance(one, rules)
        if due is None:
            continue
        lost_on = add_months(due, 12)
        if lost_on.year == year and lost_on <= today and not any(v.date >= due for v in one.visits):
            table[vehicles[one.vehicle_id].model or "其他"]["流失顾客"][lost_on.month - 1] += 1
    return {model: table[model] for model in sorted(table)}


def months_of(year: int) -> list[datetime.date]:
    return [datetime.date(year, month, 1) for month in range(1, 13)]


def f9_month_and_year(month: str, facts: list | None = None) -> dict[str, dict[str, tuple[int, int]]]:
    """F9 for one month and the year to date (RULES §6.1): per model and row, (the month, January to the month)."""
    first, _ = clock.month_days(month)
    table = customer_statistics(first.year, facts)
    return {model: {row: (values[first.month - 1], sum(values[:first.month])) for row, values in rows.items()}
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
    回访率 and 满意率 — overall, per reason and per specialist (the task's assignee)."""
    permissions.require("view")
    tasks = list(
        CallTask.select(
            CallTask.id,
            CallTask.reason,
            CallTask.assignee,
            CallTask.status,
            CallTask.outcome,
            CallTask.completed_at,
            CallTask.window_end,
            CallTask.due_date,
            CallTask.never_listed,
            Vehicle.delivery_date.alias("delivered"),
        )
        .join(Vehicle, pw.JOIN.LEFT_OUTER, on=(CallTask.vehicle == Vehicle.id))
        .objects()
        .where(
            (CallTask.due_date >= first)
            & (CallTask.due_date <= last)
            & (CallTask.reason.not_in(list(LETTER_REASONS)))
            & (CallTask.status != "cancelled")
        )
    )
    attempts: dict[int, int] = defaultdict(int)
    ids = [t.id for t in tasks]
    for chunk in range(0, len(ids), 900):
        for task_id, count in (CallLog.select(CallLog.task, pw.fn.COUNT(CallLog.id))
                               .where(CallLog.task.in_(ids[chunk:chunk + 900])).group_by(CallLog.task).tuples()):
            attempts[task_id] = count
    total, warranty = CallCounts(), CallCounts()
    by_reason, by_specialist = defaultdict(CallCounts), defaultdict(CallCounts)
    for task in tasks:
        groups = [total, by_reason[task.reason], by_specialist[task.assignee or UNASSIGNED]]
        if task.delivered and task.due_date < add_months(task.delivered, WARRANTY_MONTHS):
            groups.append(warranty)
        for counts in groups:
            counts.due += 1
            counts.attempts += attempts[task.id]
            if task.status == "done":
                counts.done += 1
                counts.on_time += bool(task.completed_at and task.completed_at.date() <= task.window_end)
                if task.reason in SURVEYED_REASONS:
                    counts.satisfied += task.outcome == "satisfied"
                    counts.unsatisfied += task.outcome == "unsatisfied"
            elif task.status == "lost":
                counts.lost += 1
            elif task.status == "missed":
                counts.missed += 1
                counts.unlisted += bool(task.never_listed)
            else:
                counts.open += 1
    return CallFigures(total, warranty, {code: by_reason[code] for code in REASONS if code in by_reason},
                       dict(sorted(by_specialist.items())))


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
    overdue = []
    for c in Complaint.select().where((Complaint.accepted_at < as_of) & Complaint.number.is_null(False))\
            .order_by(Complaint.accepted_at):
        open_then = all(moment is None or moment >= as_of for moment in (c.resolved_at, c.closed_at))
        unanswered = c.response_due and c.response_due < as_of and (c.first_response_at is None
                                                                   or c.first_response_at >= as_of)
        late = c.closure_due is not None and c.closure_due < as_of
        if open_then and (late or unanswered):
            overdue.append(c)
    escalations = [c for c in accepted if c.state == "已升级" or c.escalated_from_id or c.warning or c.level == "C"]
    lessons = list(Complaint.select().where((Complaint.resolved_at >= start) & (Complaint.resolved_at < end))
                   .order_by(Complaint.resolved_at))
    linked = {c.escalated_from_id for c in escalations if c.escalated_from_id}
    numbers = dict(Complaint.select(Complaint.id, Complaint.number).where(Complaint.id.in_(list(linked))).tuples()) \
        if linked else {}
    return ComplaintFigures(complaints.kpis(first, last), by_category, by_channel,
                            [ComplaintLine.of(c, numbers) for c in overdue],
                            [ComplaintLine.of(c, numbers) for c in escalations],
                            [ComplaintLine.of(c, numbers) for c in lessons])


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
    nonempty = [getattr(CallLog, field) != "" for field, _ in FEEDBACK_KINDS]
    rows = (CallLog.select(CallLog, Customer.name).join(Customer)
            .where((CallLog.at >= start) & (CallLog.at < end) & (nonempty[0] | nonempty[1] | nonempty[2] | nonempty[3]))
            .order_by(CallLog.at))
    remarks = []
    for call in rows:
        for field, kind in FEEDBACK_KINDS:
            text = getattr(call, field).strip()
            if text:
                remarks.append(Remark(call.at.date(), call.customer.name, kind, text, call.caller))
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
    permissions.require("view")
    first, last = clock.month_days(month)
    start, end = clock.day_bounds(first, last)
    rounds = LoungeCheck.select().where((LoungeCheck.day >= first) & (LoungeCheck.day <= last)).count()
    repairs = [(s.check.day, s.title, s.remark, s.repair)
               for s in LoungeScore.select(LoungeScore, LoungeCheck).join(LoungeCheck)
               .where((LoungeScore.reported_at >= start) & (LoungeScore.reported_at < end))
               .order_by(LoungeCheck.day, LoungeScore.position)]
    return LoungeFigures(lounge.monthly_averages(month), rounds, repairs)
