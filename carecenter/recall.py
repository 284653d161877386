"""招揽客户未来店分析 (RULES §6.4): did the reminders bring customers back, and how many are drifting away — the
lost-customer funnel at 3, 6, 9 and 12 months past the due maintenance (000 抓「3」控「6」)."""

from __future__ import annotations

import dataclasses
import datetime
from collections import defaultdict
from dataclasses import dataclass

from carecenter import clock, followup, permissions
from carecenter.followup_rules import add_months, next_maintenance
from carecenter.models import CallTask, ServiceVisit, Vehicle
from carecenter.i18n import N_

#: Reasons whose call invites the customer to the workshop (招揽).
RECALL_REASONS = ("first_service", "maintenance_due", "lost_15d", "lost_30d", "lost_45d", "lost_3m", "lost_6m",
                  "lost_9m", "lost_12m", "warranty_expiry", "loyalty_42m")
#: A reminder counts as successful when the customer comes within this many days of the call.
CAME_BACK_DAYS = 30
#: The funnel's stages: months past the due maintenance without a visit, and their names (003, 000).
FUNNEL = ((3, N_("拟流失（3个月）")), (6, N_("准流失（6个月）")), (9, N_("9个月")), (12, N_("流失（12个月）")))


@dataclass
class ReminderCounts:
    reminded: int = 0  # customers reached by a reminder call in the period
    came_back: int = 0  # of them, came to the workshop within 30 days of the call
    waiting: int = 0  # not back yet, and their 30 days have not all passed

    @property
    def rate(self) -> float:
        return round(100.0 * self.came_back / self.reminded, 1) if self.reminded else 0.0


def reminder_results(first: datetime.date, last: datetime.date) -> dict[str, ReminderCounts]:
    """Per reminder reason (and "total"): reminder calls completed in [first, last] against the customers who came
    back within :data:`CAME_BACK_DAYS` days (a visit of that vehicle, or of any of the customer's vehicles when the
    reminder named none)."""
    permissions.require("view")
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


@dataclass
class Funnel:
    as_of: datetime.date
    stages: dict[int, int]  # months overdue (3/6/9/12) → vehicles at least that far past the due maintenance
    won_back: dict[int, int]  # the stage a vehicle had reached → vehicles that came back during the month
    vehicles: int  # live vehicles with a maintenance due date


def _stage(due: datetime.date, day: datetime.date) -> int:
    """The deepest funnel stage a vehicle due on ``due`` has reached on ``day`` (0: none)."""
    if day < add_months(due, FUNNEL[0][0]):  # most vehicles: not even the first stage
        return 0
    reached = 0
    for months, _ in FUNNEL:
        if day >= add_months(due, months):
            reached = months
    return reached


def live_vehicle_facts() -> list:
    """What the rules know of every live vehicle (visits, mileage), for the funnel and F9 to share."""
    ids = [row[0] for row in Vehicle.select(Vehicle.id).where(Vehicle.deleted_at.is_null()).tuples()]
    return followup.vehicle_facts(ids, with_calls=False)


def lost_funnel(month: str, facts: list | None = None) -> Funnel:
    """The funnel at the end of ``month`` (or today, when the month is not over): how many vehicles are 3, 6, 9 and
    12 months past their due maintenance without a visit, and how many at each stage came back during the month."""
    permissions.require("view")
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
