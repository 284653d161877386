"""Statistics for the manager (RULES.md §6), one function per figure. Started with F9 顾客统计表; the monthly summary
and the head-office workbook build on these."""

from __future__ import annotations

import datetime
from collections import defaultdict

from carecenter import clock, followup, permissions
from carecenter.followup_rules import add_months, next_maintenance
from carecenter.models import Customer, ServiceVisit, Vehicle

ROWS = ("展厅销售数", "首次进厂", "流失顾客")


def customer_statistics(year: int) -> dict[str, dict[str, list[int]]]:
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
    first_visits = dict(ServiceVisit.select(ServiceVisit.vehicle, ServiceVisit.visit_date)
                        .order_by(ServiceVisit.visit_date.desc()).tuples())  # the earliest wins (last written)
    for vehicle_id, day in first_visits.items():
        vehicle = vehicles.get(vehicle_id)
        if vehicle is not None and day.year == year:
            table[vehicle.model or "其他"]["首次进厂"][day.month - 1] += 1
    rules = followup.rule_settings()
    today = clock.today()  # a customer becomes lost on a day that has come, not one still ahead
    ids = list(vehicles)
    for facts in followup.vehicle_facts(ids):
        due, _ = next_maintenance(facts, rules)
        if due is None:
            continue
        lost_on = add_months(due, 12)
        if lost_on.year == year and lost_on <= today and not any(v.date >= due for v in facts.visits):
            table[vehicles[facts.vehicle_id].model or "其他"]["流失顾客"][lost_on.month - 1] += 1
    return {model: table[model] for model in sorted(table)}


def months_of(year: int) -> list[datetime.date]:
    return [datetime.date(year, month, 1) for month in range(1, 13)]
