"""The figures of the monthly summary as CareCenter computed them before they came from aggregate queries (issue
20): every vehicle's history loaded into Python and walked. Kept here, unchanged but for names, as the reference
the SQL figures are compared with, figure by figure, on the M demo (tests/reports/test_figures_sql.py)."""

from __future__ import annotations

import dataclasses
import datetime
from collections import defaultdict

import peewee as pw

from carecenter import clock, complaints, followup, lounge
from carecenter.followup_rules import add_months, next_maintenance
from carecenter.models import CallLog, CallTask, Complaint, Customer, REASONS, ServiceVisit, Vehicle
from carecenter.models.followup import LETTER_REASONS, SURVEYED_REASONS
from carecenter.monthly import MonthTrend, months_back
from carecenter.recall import CAME_BACK_DAYS, FUNNEL, RECALL_REASONS, Funnel, ReminderCounts, _stage
from carecenter.stats import ROWS, UNASSIGNED, WARRANTY_MONTHS, CallCounts, CallFigures


def customer_statistics(year: int, facts: list | None = None) -> dict[str, dict[str, list[int]]]:
    """F9: per model, per month of ``year`` (index 0 = January): showroom deliveries (展厅销售数), vehicles whose
    first workshop visit falls in the month (首次进厂), and vehicles that became lost customers that month (流失顾客:
    twelve months past the due maintenance without a visit, RULES §2)."""
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


def call_figures(first: datetime.date, last: datetime.date) -> CallFigures:
    """Call tasks due in [first, last] (letters and cancelled tasks aside): due, done, on time, the outcome split,
    回访率 and 满意率 — overall, per reason and per specialist (the task's assignee)."""
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


def reminder_results(first: datetime.date, last: datetime.date) -> dict[str, ReminderCounts]:
    """Per reminder reason (and "total"): reminder calls completed in [first, last] against the customers who came
    back within :data:`CAME_BACK_DAYS` days (a visit of that vehicle, or of any of the customer's vehicles when the
    reminder named none)."""
    start, end = clock.day_bounds(first, last)
    tasks = list(CallTask.select(CallTask.reason, CallTask.customer, CallTask.vehicle, CallTask.completed_at)
                 .where((CallTask.completed_at >= start) & (CallTask.completed_at < end)
                        & (CallTask.status == "done") & CallTask.reason.in_(RECALL_REASONS)).tuples())
    customers = list({t[1] for t in tasks})
    visits_by_vehicle: dict[int, list[datetime.date]] = defaultdict(list)
    visits_by_customer: dict[int, list[datetime.date]] = defaultdict(list)
    horizon = last + datetime.timedelta(days=CAME_BACK_DAYS)
    for chunk in range(0, len(customers), 900):
        for vehicle_id, customer_id, day in (ServiceVisit.select(ServiceVisit.vehicle, Vehicle.customer,
                                                                 ServiceVisit.visit_date)
                                             .join(Vehicle).where(Vehicle.customer.in_(customers[chunk:chunk + 900])
                                                                  & (ServiceVisit.visit_date >= first)
                                                                  & (ServiceVisit.visit_date <= horizon)).tuples()):
            visits_by_vehicle[vehicle_id].append(day)
            visits_by_customer[customer_id].append(day)
    today = clock.today()
    results: dict[str, ReminderCounts] = {code: ReminderCounts() for code in RECALL_REASONS}
    total = ReminderCounts()
    for reason, customer_id, vehicle_id, completed in tasks:
        called = completed.date()
        until = called + datetime.timedelta(days=CAME_BACK_DAYS)
        days = visits_by_vehicle[vehicle_id] if vehicle_id else visits_by_customer[customer_id]
        back = any(called <= day <= until for day in days)
        for counts in (results[reason], total):
            counts.reminded += 1
            counts.came_back += back
            counts.waiting += (not back and until > today)
    kept = {code: counts for code, counts in results.items() if counts.reminded}
    kept["total"] = total
    return kept


def live_vehicle_facts() -> list:
    """What the rules know of every live vehicle (visits, mileage), for the funnel and F9 to share."""
    ids = [row[0] for row in Vehicle.select(Vehicle.id).where(Vehicle.deleted_at.is_null()).tuples()]
    return followup.vehicle_facts(ids, with_calls=False)


def lost_funnel(month: str, facts: list | None = None) -> Funnel:
    """The funnel at the end of ``month`` (or today, when the month is not over): how many vehicles are 3, 6, 9 and
    12 months past their due maintenance without a visit, and how many at each stage came back during the month."""
    first, last = clock.month_days(month)
    as_of = min(last, clock.today())
    rules = followup.rule_settings()
    stages = {months: 0 for months, _ in FUNNEL}
    won_back = {months: 0 for months, _ in FUNNEL}
    counted = 0
    for one in facts if facts is not None else live_vehicle_facts():
        before = [v for v in one.visits if v.date <= as_of]
        due, _ = next_maintenance(dataclasses.replace(one, visits=before), rules)
        if due is None:
            continue
        counted += 1
        for months in stages:
            if months <= _stage(due, as_of):
                stages[months] += 1
        came = next((v for v in before if first <= v.date <= as_of), None)
        if came is not None:
            earlier = [v for v in one.visits if v.date < came.date]
            due_then, _ = next_maintenance(dataclasses.replace(one, visits=earlier), rules)
            reached = _stage(due_then, came.date) if due_then else 0
            if reached:
                won_back[reached] += 1
    return Funnel(as_of, stages, won_back, counted)


def _trend(month: str) -> list[MonthTrend]:
    rows = []
    for label in months_back(month, 12):
        first, last = clock.month_days(label)
        calls = call_figures(first, last).total
        accepted = kpis(first, last)
        averages = list(lounge.monthly_averages(label).values())
        rows.append(MonthTrend(label, calls.rate, calls.satisfied_rate, calls.due, accepted.count,
                               accepted.rate(accepted.responded_on_time),
                               round(sum(averages) / len(averages), 2) if averages else None))
    return rows


def kpis(first: datetime.date, last: datetime.date) -> complaints.Kpis:
    start, end = clock.day_bounds(first, last)
    accepted = list(Complaint.select().where((Complaint.accepted_at >= start) & (Complaint.accepted_at < end)
                                             & Complaint.escalated_from.is_null()))
    repeated = {c.escalated_from_id for c in Complaint.select(Complaint.escalated_from)
                .where(Complaint.escalated_from.is_null(False))}
    return complaints.Kpis(len(accepted),
                           sum(1 for c in accepted if c.first_response_at and c.first_response_at <= c.response_due),
                           sum(1 for c in accepted if c.closed_at and (c.closure_due is None
                                                                        or c.closed_at <= c.closure_due)),
                           sum(1 for c in accepted if c.resolved_at and c.id not in repeated and not c.reopened))


def overdue_numbers(first: datetime.date, last: datetime.date) -> list[str]:
    """The complaints open past a deadline at the period's end, as complaint_figures listed them."""
    _, end = clock.day_bounds(first, last)
    as_of = min(end, datetime.datetime.combine(clock.today(), clock.now().time()))
    overdue = []
    for c in Complaint.select().where((Complaint.accepted_at < as_of) & Complaint.number.is_null(False))\
            .order_by(Complaint.accepted_at):
        open_then = all(moment is None or moment >= as_of for moment in (c.resolved_at, c.closed_at))
        unanswered = c.response_due and c.response_due < as_of and (c.first_response_at is None
                                                                   or c.first_response_at >= as_of)
        late = c.closure_due is not None and c.closure_due < as_of
        if open_then and (late or unanswered):
            overdue.append(c.number)
    return overdue
