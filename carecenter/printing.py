"""Gathering the plain data each printed form needs, and writing the form (``carecenter.reports`` runs no queries)."""

from __future__ import annotations

from pathlib import Path

from carecenter import archive, audit, clock, permissions, settings
from carecenter.models import Customer
from carecenter.reports import customer_sheet
from carecenter.reports.form import FormHeader
from carecenter.store import write


def _date(value) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _km(value) -> str:
    return f"{value:,} 公里" if value is not None else ""


def header(title: str, number: str) -> FormHeader:
    return FormHeader(settings.get("dealership.name"), title, number, clock.today())


def customer_sheet_data(customer_id: int) -> customer_sheet.CustomerSheet:
    """The F1 sheet of one customer, every value as printed text."""
    record = archive.customer_record(customer_id)
    customer = record.customer
    referred = [c.name for c in Customer.select(Customer.name)
                .where((Customer.referred_by == customer.id) & Customer.deleted_at.is_null())]
    referrals = []
    if record.referred_by_name:
        referrals.append(f"由 {record.referred_by_name} 介绍")
    if referred:
        referrals.append(f"介绍了 {len(referred)} 位：{'、'.join(referred[:5])}{'…' if len(referred) > 5 else ''}")
    phones = "；".join(p for p in (customer.phone, customer.phone2) if p)
    cycle = f"{settings.get('maintenance.cycle_months')} 个月 / {settings.get('maintenance.cycle_km'):,} 公里"
    sheet = customer_sheet.CustomerSheet(
        header=header(customer_sheet.TITLE, f"F1-{customer.id:06d}"),
        name=customer.name, address=customer.address, phone=phones, visit_date=_date(customer.last_visit_date),
        birthday=_date(customer.birthday), occupation=customer.occupation, hobbies=customer.hobbies,
        family=customer.family, preferred_contact=customer.preferred_contact, contact_time=customer.contact_time,
        club_level=customer.club_level or "非会员", points=str(customer.points) if customer.club_level else "",
        referrals="；".join(referrals), wishes=customer.wishes,
    )
    for vehicle_record in record.vehicles:
        vehicle, visits = vehicle_record.vehicle, vehicle_record.visits
        latest = visits[0] if visits else None
        due = _date(vehicle_record.next_maintenance_date)
        if vehicle_record.next_maintenance_km:
            due += f" 或 {vehicle_record.next_maintenance_km:,} 公里"
        sheet.vehicles.append(customer_sheet.VehicleBlock(
            model=vehicle.model, plate=vehicle.plate, vehicle_type=vehicle.vehicle_type, vin=vehicle.vin,
            engine_no=vehicle.engine_no, mileage=_km(vehicle.mileage) if vehicle.mileage else "",
            visit_type=latest.visit_type if latest else "", items=latest.items if latest else "",
            cycle=cycle, next_due=due.strip(),
            visits=[(_date(v.visit_date), v.visit_type, v.items, _km(v.mileage), f"{v.amount:,.2f}")
                    for v in visits],
        ))
    return sheet


def print_customer(customer_id: int, out: Path | str) -> Path:
    """Write customer ``customer_id``'s F1 sheet to ``out``; the print is audited."""
    permissions.require("print")
    path = customer_sheet.write(customer_sheet_data(customer_id), out)
    with write():
        audit.record("print", "customer", customer_id, detail=f"F1 客户档案基本资料表 → {Path(out).name}")
    return path
