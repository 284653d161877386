"""招揽客户未来店分析 (RULES §6.4): did the reminders bring customers back, and how many are drifting away — the
lost-customer funnel at 3, 6, 9 and 12 months past the due maintenance (000 抓「3」控「6」)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


from carecenter import clock, due_dates, permissions
from carecenter.followup_rules import add_months, last_day_months_before
from carecenter.models import CallTask
from carecenter.i18n import N_
from carecenter.store import date_of, plus_days

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
    reminder named none). One grouped query: per reason, day of the call and whether a visit followed."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    db = CallTask._meta.database
    mark = db.param
    reasons = ", ".join(f"'{code}'" for code in RECALL_REASONS)
    called = "DATE(t.completed_at)"
    until = plus_days("t.completed_at", CAME_BACK_DAYS)
    window = f"s.visit_date >= {called} AND s.visit_date <= {until}"
    back = (f"CASE WHEN t.vehicle_id IS NOT NULL THEN (SELECT COUNT(*) FROM (SELECT 1 FROM service_visit s "
            f"WHERE s.vehicle_id = t.vehicle_id AND {window} LIMIT 1) x) ELSE (SELECT COUNT(*) FROM (SELECT 1 FROM "
            f"service_visit s JOIN vehicle o ON o.id = s.vehicle_id WHERE o.customer_id = t.customer_id AND {window} "
            f"LIMIT 1) y) END")
    # read through the completion-date index: with the status or the reason in the WHERE, SQLite picks their
    # indexes and reads a million calls (1.3 s at L); they are grouped and kept apart below instead
    sql = (f"SELECT t.reason, t.status, {called}, CASE WHEN t.status = 'done' AND t.reason IN ({reasons}) "
           f"THEN {back} ELSE 0 END, COUNT(*) FROM call_task t WHERE t.completed_at >= {mark} "
           f"AND t.completed_at < {mark} GROUP BY 1, 2, 3, 4")
    today = clock.today()
    results: dict[str, ReminderCounts] = {code: ReminderCounts() for code in RECALL_REASONS}
    total = ReminderCounts()
    for reason, status, day, came, count in db.execute_sql(sql, (start, end)):
        if status != "done" or reason not in results:
            continue
        day = date_of(day)
        waiting = not came and day + datetime.timedelta(days=CAME_BACK_DAYS) > today
        for counts in (results[reason], total):
            counts.reminded += count
            counts.came_back += count if came else 0
            counts.waiting += count if waiting else 0
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


def lost_funnel(month: str, dues: due_dates.Dues | None = None) -> Funnel:
    """The funnel at the end of ``month`` (or today, when the month is not over): how many vehicles are 3, 6, 9 and
    12 months past their due maintenance without a visit, and how many at each stage came back during the month."""
    return funnel_of(*clock.month_days(month), dues)


def funnel_of(first: datetime.date, last: datetime.date, dues: due_dates.Dues | None = None,
              returns: list[tuple[datetime.date, datetime.date]] | None = None) -> Funnel:
    """The funnel at the end of [first, last] (or today), and the vehicles that came back during the period
    (``returns``: :func:`carecenter.due_dates.due_before_return` of the period, when already read)."""
    permissions.require("view")
    as_of = min(last, clock.today())
    on_day = (dues or due_dates.Dues()).on(as_of)
    # a stage of m months is reached on as_of by every vehicle due on or before the last day d with d + m ≤ as_of
    reached_by = {months: last_day_months_before(as_of, months) for months, _ in FUNNEL}
    stages = {months: sum(1 for one in on_day.values() if one.due <= reached_by[months]) for months, _ in FUNNEL}
    won_back = {months: 0 for months, _ in FUNNEL}
    for due, came in returns if returns is not None else due_dates.due_before_return(first, as_of):
        reached = _stage(due, came)
        if reached:
            won_back[reached] += 1
    return Funnel(as_of, stages, won_back, len(on_day))

