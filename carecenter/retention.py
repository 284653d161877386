"""保有客户 (RULES §6 item 9): how large the dealership's base of customers is and whether it holds — seed 000's
基盘 (1 500 active customers), 首保进场率 and 返修率 < 2 %, seed 003's 新增顾客与流失顾客统计 and 保有顾客结构 — with
why customers went (the calls' loss outcomes) and the maintenance falling due next month (当月到期保养客户).

Every figure is a grouped query; the due dates come from :mod:`carecenter.due_dates` (shared with F9 and the
funnel when the monthly summary asks)."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

import peewee as pw

from carecenter import clock, due_dates, followup, permissions
from carecenter.followup_rules import add_months, last_day_months_before, maintenance_due
from carecenter.i18n import N_
from carecenter.store import date_of, plus_days
from carecenter.models import Customer, ServiceVisit, Vehicle

#: A customer is active (基盘) with a visit in the last twelve months (RULES §6 item 9, decided).
ACTIVE_MONTHS = 12
#: A first service counts as on time when it is done by its due date plus these days (RULES §6 item 9).
FIRST_SERVICE_GRACE_DAYS = 30
#: A repair is returned (返修) when the same vehicle comes for a repair again within these days.
RETURN_DAYS = 30
#: The visit types that are repairs (维修), for 返修率.
REPAIR_TYPES = (N_("一般维修"), N_("事故车/保险"), N_("索赔(保修)"))
#: How the structure names a customer whose gender or occupation the archive does not know.
UNKNOWN = N_("未填写")


@dataclass
class DueLine:
    """A vehicle whose maintenance falls due next month (当月到期保养客户), for the list head office and the desk use."""

    customer_id: int
    name: str
    phone: str
    plate: str
    model: str
    due: datetime.date
    last_visit: datetime.date | None


@dataclass
class RetentionFigures:
    first: datetime.date
    last: datetime.date
    as_of: datetime.date  # the figures are judged at the end of the period, or today when it is not over
    active: int = 0  # customers with a visit in the twelve months up to as_of (基盘)
    active_vehicles: int = 0
    new: int = 0  # customers whose first contact (首次接触日期) falls in the period
    lost: int = 0  # customers who left the active base in the period: their last visit is twelve months old
    first_service_due: int = 0  # vehicles whose first service fell due in the period
    first_service_on_time: int = 0  # … done by the due date + 30 days
    first_service_waiting: int = 0  # … not done, and their 30 days have not all passed
    repairs: int = 0  # repair visits in the period
    returns: int = 0  # … followed by another repair of the same vehicle within 30 days
    by_model: dict[str, int] = field(default_factory=dict)  # active vehicles per model
    by_occupation: dict[str, int] = field(default_factory=dict)  # active customers
    by_gender: dict[str, int] = field(default_factory=dict)
    loss_reasons: dict[str, int] = field(default_factory=dict)  # outcome code → calls of the period that said so
    next_month: str = ""
    due_next: list[DueLine] = field(default_factory=list)

    @property
    def first_service_rate(self) -> float | None:
        """首保进场率: on time ÷ the first services due whose 30 days are over."""
        judged = self.first_service_due - self.first_service_waiting
        return round(100.0 * self.first_service_on_time / judged, 1) if judged else None

    @property
    def return_rate(self) -> float | None:
        """返修率: returns ÷ repairs."""
        return round(100.0 * self.returns / self.repairs, 1) if self.repairs else None


def retention(first: datetime.date, last: datetime.date, dues: due_dates.Dues | None = None) -> RetentionFigures:
    """Every figure of RULES §6 item 9 for the period [first, last]."""
    return with_due_dates(counted(first, last), dues or due_dates.Dues())


def counted(first: datetime.date, last: datetime.date) -> RetentionFigures:
    """The figures that need no due dates (the monthly summary counts them while the due dates are read)."""
    permissions.require("view")
    as_of = min(last, clock.today())
    figures = RetentionFigures(first, last, as_of)
    since = last_day_months_before(as_of, ACTIVE_MONTHS)  # active: the last visit is not yet twelve months old
    db = Customer._meta.database
    mark = db.param
    # active: a visit in the twelve months (EXISTS per customer on the (customer, visit_date) index: half the time of
    # a DISTINCT over the year's visits at L)
    for gender, occupation, count in db.execute_sql(
            f"SELECT c.gender, c.occupation, COUNT(*) FROM customer c WHERE c.deleted_at IS NULL AND EXISTS "
            f"(SELECT 1 FROM service_visit s WHERE s.customer_id = c.id AND s.visit_date > {mark} "
            f"AND s.visit_date <= {mark}) GROUP BY c.gender, c.occupation", (since, as_of)):
        figures.by_gender[gender or UNKNOWN] = figures.by_gender.get(gender or UNKNOWN, 0) + count
        figures.by_occupation[occupation or UNKNOWN] = figures.by_occupation.get(occupation or UNKNOWN, 0) + count
        figures.active += count
    figures.by_gender = dict(sorted(figures.by_gender.items(), key=lambda item: -item[1]))
    figures.by_occupation = dict(sorted(figures.by_occupation.items(), key=lambda item: -item[1]))
    models = Counter()
    for model, count in db.execute_sql(
            f"SELECT v.model, COUNT(*) FROM vehicle v WHERE v.deleted_at IS NULL AND v.customer_id NOT IN "
            f"(SELECT id FROM customer WHERE deleted_at IS NOT NULL) AND EXISTS (SELECT 1 FROM service_visit s "
            f"WHERE s.vehicle_id = v.id AND s.visit_date > {mark} AND s.visit_date <= {mark}) GROUP BY v.model",
            (since, as_of)):
        models[model or "其他"] += count
    figures.by_model = dict(models.most_common())
    figures.active_vehicles = sum(models.values())
    figures.new = (Customer.select().where(Customer.deleted_at.is_null()
                                           & Customer.first_contact_date.between(first, last)).count())
    figures.lost = _lost(first, last, as_of)
    figures.repairs, figures.returns = _repairs(first, last)
    figures.loss_reasons = followup.loss_reasons(first, last)
    return figures


def with_due_dates(figures: RetentionFigures, dues: due_dates.Dues) -> RetentionFigures:
    """首保进场率 and next month's due maintenance, from the due dates as they stood at the period's end."""
    on_day = dues.on(figures.as_of)
    _first_services(figures, on_day.values())
    _due_next(figures, on_day.values())
    return figures


def _lost(first: datetime.date, last: datetime.date, as_of: datetime.date) -> int:
    """Customers whose last visit (up to as_of) turned twelve months old during the period: the customers with a
    visit in the days that can be that last visit and none after them up to as_of, grouped by that last visit's
    day, the calendar arithmetic done on the few hundred days (a month at L: 40 ms where the last visit of every
    customer took 120)."""
    margin = datetime.timedelta(days=3)  # month ends clamp (2024-02-29 turns twelve months on 2025-02-28)
    low, high = add_months(first, -ACTIVE_MONTHS) - margin, add_months(last, -ACTIVE_MONTHS) + margin
    db = ServiceVisit._meta.database
    mark = db.param
    rows = db.execute_sql(
        f"SELECT x.lv, COUNT(*) FROM (SELECT s.customer_id, MAX(s.visit_date) AS lv FROM service_visit s "
        f"WHERE s.visit_date >= {mark} AND s.visit_date <= {mark} GROUP BY s.customer_id) x "
        f"JOIN customer c ON c.id = x.customer_id WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
        f"service_visit t WHERE t.customer_id = x.customer_id AND t.visit_date > {mark} AND t.visit_date <= {mark}) "
        f"GROUP BY x.lv", (low, min(high, as_of), high, as_of))
    return sum(count for day, count in rows if first <= add_months(date_of(day), ACTIVE_MONTHS) <= min(last, as_of))


def _repairs(first: datetime.date, last: datetime.date) -> tuple[int, int]:
    """Repair visits in the period, and those the same vehicle came back to repair within RETURN_DAYS days."""
    db = ServiceVisit._meta.database
    mark = db.param
    kinds = ", ".join(f"'{kind}'" for kind in REPAIR_TYPES)
    until = plus_days("s.visit_date", RETURN_DAYS)
    sql = (f"SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM service_visit r WHERE r.vehicle_id = s.vehicle_id "
           f"AND r.visit_type IN ({kinds}) AND r.visit_date > s.visit_date AND r.visit_date <= {until}) "
           f"THEN 1 ELSE 0 END) FROM service_visit s JOIN customer c ON c.id = s.customer_id "
           f"WHERE s.visit_date >= {mark} AND s.visit_date <= {mark} AND s.visit_type IN ({kinds}) "
           f"AND s.vehicle_id IS NOT NULL AND c.deleted_at IS NULL")
    repairs, returns = db.execute_sql(sql, (first, last)).fetchone()
    return int(repairs or 0), int(returns or 0)


def _first_services(figures: RetentionFigures, dues) -> None:
    """首保进场率: the vehicles whose first service fell due in the period (the rules' first-service date: months
    after the delivery, or sooner by the estimated mileage), done on time by a maintenance visit within 30 days."""
    rules = followup.rule_settings()
    earliest = add_months(figures.first, -max(rules.first_service_months, 1)) - datetime.timedelta(days=1)
    grace = datetime.timedelta(days=FIRST_SERVICE_GRACE_DAYS)
    for one in dues:
        if one.delivery_date is None or not earliest <= one.delivery_date <= figures.last:
            continue  # the first service falls due within months of the delivery: most vehicles are not looked at
        due = maintenance_due(one.delivery_date, one.model, None, None, one.speed, rules)
        if due is None or not figures.first <= due <= figures.last:
            continue
        figures.first_service_due += 1
        if one.first_service is not None and one.first_service <= due + grace:
            figures.first_service_on_time += 1
        elif one.first_service is None and due + grace > figures.as_of:
            figures.first_service_waiting += 1


def _due_next(figures: RetentionFigures, dues) -> None:
    """The vehicles (not sold or scrapped) whose maintenance falls due in the month after the period."""
    start = figures.last + datetime.timedelta(days=1)
    first, last = clock.month_days(f"{start:%Y-%m}")
    figures.next_month = f"{start:%Y-%m}"
    chosen = {one.vehicle_id: one for one in dues if first <= one.due <= last and one.gone_on is None}
    ids = sorted(chosen)
    lines = []
    db = Vehicle._meta.database
    for chunk in range(0, len(ids), 900):
        part = ids[chunk:chunk + 900]
        marks = ", ".join([db.param] * len(part))
        for vid, customer_id, name, phone, plate in db.execute_sql(  # plain rows: 16 000 lines a month at L
                f"SELECT v.id, c.id, c.name, c.phone, v.plate FROM vehicle v JOIN customer c ON c.id = v.customer_id "
                f"WHERE v.id IN ({marks})", part):
            one = chosen[vid]
            lines.append(DueLine(customer_id, name, phone, plate, one.model, one.due, one.last_visit))
    figures.due_next = sorted(lines, key=lambda line: (line.due, line.name, line.plate))
