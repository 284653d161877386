"""Gathering the plain data each printed form needs, and writing the form (``carecenter.reports`` runs no queries)."""

from __future__ import annotations

import datetime
from pathlib import Path

from carecenter import archive, audit, clock, complaints, permissions, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import (
    OUTCOMES,
    REASONS,
    CallLog,
    CallTask,
    Complaint,
    ComplaintSignature,
    Customer,
    Letter,
    Vehicle,
)
from carecenter.reports import call_forms, complaint_forms, customer_sheet
from carecenter.reports.form import FormHeader
from carecenter.store import write
from carecenter.i18n import N_, tr


def _date(value) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _km(value) -> str:
    return tr("{value:,} 公里").format(value=value) if value is not None else ""


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
        referrals.append(tr("由 {referred_by_name} 介绍").format(referred_by_name=record.referred_by_name))
    if referred:
        referrals.append(
            tr("介绍了 {v1} 位：{v2}{v3}").format(
                v1=len(referred), v2=tr("、").join(referred[:5]), v3='…' if len(referred) > 5 else ''
            )
        )
    phones = tr("；").join(p for p in (customer.phone, customer.phone2) if p)
    cycle = tr("{v1} 个月 / {v2:,} 公里").format(
        v1=settings.get('maintenance.cycle_months'), v2=settings.get('maintenance.cycle_km')
    )
    sheet = customer_sheet.CustomerSheet(
        header=header(customer_sheet.TITLE, f"F1-{customer.id:06d}"),
        name=customer.name,
        address=customer.address,
        phone=phones,
        visit_date=_date(customer.last_visit_date),
        birthday=_date(customer.birthday),
        occupation=customer.occupation,
        hobbies=customer.hobbies,
        family=customer.family,
        preferred_contact=tr(customer.preferred_contact),
        contact_time=customer.contact_time,
        club_level=tr(customer.club_level) if customer.club_level else tr("非会员"),
        points=str(customer.points) if customer.points or customer.club_joined else "",
        referrals=tr("；").join(referrals),
        wishes=customer.wishes,
    )
    for vehicle_record in record.vehicles:
        vehicle, visits = vehicle_record.vehicle, vehicle_record.visits
        latest = visits[0] if visits else None
        due = _date(vehicle_record.next_maintenance_date)
        if vehicle_record.next_maintenance_km:
            due += tr(" 或 {next_maintenance_km:,} 公里").format(next_maintenance_km=vehicle_record.next_maintenance_km)
        sheet.vehicles.append(customer_sheet.VehicleBlock(
            model=vehicle.model, plate=vehicle.plate, vehicle_type=vehicle.vehicle_type, vin=vehicle.vin,
            engine_no=vehicle.engine_no, mileage=_km(vehicle.mileage) if vehicle.mileage else "",
            visit_type=tr(latest.visit_type) if latest else "", items=latest.items if latest else "",
            cycle=cycle, next_due=due.strip(),
            visits=[(_date(v.visit_date), tr(v.visit_type), v.items, _km(v.mileage), f"{v.amount:,.2f}")
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


def print_membership(customer_id: int, out: Path | str) -> Path:
    """F11 会员入(转)会申请表 of a customer, filled from the archive (blank boxes where it knows nothing)."""
    from carecenter.reports import membership_form
    permissions.require("print")
    record = archive.customer_record(customer_id)
    customer = record.customer
    sheet = membership_form.MembershipSheet(
        header(membership_form.TITLE, f"F11-{customer.id:06d}"), name=customer.name,
        phone=tr("；").join(p for p in (customer.phone, customer.phone2) if p), hobbies=customer.hobbies,
        occupation=customer.occupation, family=customer.family, level=tr(customer.club_level),
        joined=_date(customer.club_joined), points=str(customer.points) if customer.club_joined else "",
        member_number=customer.member_number,
        vehicles=[(v.vehicle.model, v.vehicle.vin, _date(v.vehicle.delivery_date)) for v in record.vehicles])
    path = membership_form.write(sheet, out)
    _audit_print("customer", customer_id, membership_form.TITLE, out)
    return path


def print_event(event_id: int, out: Path | str) -> Path:
    """F16 活动总结表: an event's figures and who came."""
    from carecenter import club_events
    from carecenter.reports import event_form
    permissions.require("print")
    event = club_events.report(event_id)
    came = [g for g in event.guests if g.attended]
    sheet = event_form.EventSheet(
        header(event_form.TITLE, f"F16-{event.id:04d}"), event.name, _date(event.day), event.place, event.invited,
        event.confirmed, event.attended, event.new_members, event.points_given, event.owner,
        [(str(n), g.name, g.phone, g.member_number, str(g.points) if g.points else "")
         for n, g in enumerate(came, start=1)])
    path = event_form.write(sheet, out)
    _audit_print("event", event_id, event_form.TITLE, out)
    return path


def print_leads(month: str, out: Path | str) -> Path:
    """F17 销售线索登记表: the month's sales leads from the desk, for the sales department."""
    from carecenter import periods, phone
    from carecenter.reports import leads_form
    permissions.require("print")
    period = periods.month(month)
    lines = sorted(phone.leads(period.first, period.last), key=lambda line: (line.day, line.id))
    sheet = leads_form.LeadsSheet(
        header(leads_form.TITLE, f"F17-{period.first:%Y%m}"), f"{period.first:%Y-%m}",
        [(_date(line.day), line.name + (tr("（潜在客户）") if line.prospect else ""), line.phone, line.model,
          tr(line.need), line.call_time, line.by, line.handed_to, tr(line.outcome) if line.outcome else "")
         for line in lines])
    path = leads_form.write(sheet, out)
    _audit_print("leads", month, leads_form.TITLE, out)
    return path


# --- the call list's forms (F2–F5) ---------------------------------------------------------------------------


def _period(start: datetime.date, end: datetime.date) -> str:
    return f"{start:%Y-%m-%d}" if start == end else tr("{start:%Y-%m-%d} 至 {end:%Y-%m-%d}").format(start=start, end=end)


def parse_period(text: str) -> tuple[datetime.date, datetime.date]:
    """A day (``2026-11-20``) or a month (``2026-11``) as a first and last day."""
    try:
        if len(text) == 7:
            return clock.month_days(text)
        day = datetime.date.fromisoformat(text)
        return day, day
    except ValueError:
        raise UserError(tr("日期应写成 YYYY-MM-DD 或月份 YYYY-MM，不是“{text}”。").format(text=text)) from None


def print_call(call_id: int, out: Path | str) -> Path:
    """F2 for one logged call."""
    permissions.require("print")
    call = CallLog.get_or_none(CallLog.id == call_id)
    if call is None:
        raise NotFound(tr("找不到通话记录 {call_id}。").format(call_id=call_id))
    customer = Customer.get_by_id(call.customer_id)
    vehicle = Vehicle.get_or_none(Vehicle.id == call.vehicle_id) if call.vehicle_id else None
    what = call.what or (tr(REASONS.get(call.task.reason, "")) if call.task_id else "")
    outcome = tr(OUTCOMES.get(call.outcome, ""))
    record = call_forms.CallRecord(
        header=header(call_forms.F2_TITLE, f"F2-{call.id:06d}"), when=f"{call.at:%Y-%m-%d %H:%M}",
        who=customer.name + (f" / {customer.contact_name}" if customer.contact_name else ""),
        plate=vehicle.plate if vehicle else "", phone=customer.phone, where=call.where,
        what=what + (tr("（结果：{outcome}）").format(outcome=outcome) if outcome else ""), why=call.why, how=call.how,
        call_type=tr(call.call_type), handler=call.caller,
        request="\n".join(x for x in (
            call.request, call.feedback_product and tr("产品：{text}").format(text=call.feedback_product),
            call.feedback_service and tr("服务：{text}").format(text=call.feedback_service),
            call.feedback_other and tr("其他：{text}").format(text=call.feedback_other)) if x),
        answer=call.answer, open_question=call.open_question, reported_on=_date(call.reported_on),
        answered_on=_date(call.answered_on))
    path = call_forms.write_call(record, out)
    _audit_print("call", call.id, call_forms.F2_TITLE, out)
    return path


def print_call_register(period: str, out: Path | str) -> Path:
    """F3 for a day or a month."""
    permissions.require("print")
    first, last = parse_period(period)
    start, end = clock.day_bounds(first, last)
    calls = (CallLog.select(CallLog, Customer).join(Customer)
             .where((CallLog.at >= start) & (CallLog.at < end))
             .order_by(CallLog.at))
    plates = {v.id: v.plate for v in Vehicle.select(Vehicle.id, Vehicle.plate).where(
        Vehicle.id.in_([c.vehicle_id for c in calls if c.vehicle_id]))}
    rows = [(f"{c.at:%m-%d %H:%M}", c.customer.name, c.customer.phone, plates.get(c.vehicle_id, ""), tr(c.call_type),
             c.what or (tr(REASONS.get(c.task.reason, "")) if c.task_id else ""), tr(OUTCOMES.get(c.outcome, "")),
             c.caller, _date(c.next_contact)) for c in calls]
    path = call_forms.write_call_register(header(call_forms.F3_TITLE, f"F3-{period}"), rows, out,
                                          _period(first, last))
    _audit_print("calls", period, call_forms.F3_TITLE, out)
    return path


def print_letter_register(period: str, out: Path | str) -> Path:
    """F4 for a day or a month."""
    permissions.require("print")
    first, last = parse_period(period)
    letters = (Letter.select(Letter, Customer).join(Customer)
               .where((Letter.written_on >= first) & (Letter.written_on <= last)).order_by(Letter.written_on))
    rows = [(_date(x.written_on), x.customer.name, x.customer.address, tr(x.letter_type), x.summary, _date(x.sent_on),
             x.handler) for x in letters]
    path = call_forms.write_letter_register(header(call_forms.F4_TITLE, f"F4-{period}"), rows, out,
                                            _period(first, last))
    _audit_print("letters", period, call_forms.F4_TITLE, out)
    return path


def print_delivery_followup(vehicle_id: int, out: Path | str) -> Path:
    """F5 for one delivered car: its 24-hour, 3-day and 3-month calls and the expected first service."""
    permissions.require("print")
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise NotFound(tr("找不到车辆（编号 {vehicle_id}）。").format(vehicle_id=vehicle_id))
    customer = Customer.get_by_id(vehicle.customer_id)
    record = call_forms.DeliveryFollowup(
        header=header(call_forms.F5_TITLE, f"F5-{vehicle.id:06d}"), name=customer.name, phone=customer.phone,
        model=vehicle.model, plate=vehicle.plate, vin=vehicle.vin, delivery_date=_date(vehicle.delivery_date),
        consultant=vehicle.sales_consultant)
    for reason, title in (("delivery_24h", tr("新车交车24小时内回访")), ("delivery_3d", tr("新车交车3日内回访")),
                          ("first_service", tr("新车交车3个月内回访"))):
        call = (CallLog.select().join(CallTask).where((CallTask.vehicle == vehicle.id) & (CallTask.reason == reason))
                .order_by(CallLog.at.desc()).first())
        block = call_forms.FollowupBlock(title)
        if call is not None:
            block.date, block.caller = f"{call.at:%Y-%m-%d}", call.caller
            block.product, block.service, block.other = call.feedback_product, call.feedback_service, \
                call.feedback_other
        record.blocks.append(block)
    visits = [v for v in archive.customer_record(customer.id).vehicles if v.vehicle.id == vehicle.id]
    first_done = [x for x in (visits[0].visits if visits else []) if x.visit_type == "首保"]
    if first_done:
        record.first_service, record.first_service_date = tr("已完成"), _date(first_done[-1].visit_date)
    elif visits and visits[0].next_maintenance_date:
        record.first_service = tr("未完成")
        record.first_service_date = _date(visits[0].next_maintenance_date)
    path = call_forms.write_delivery_followup(record, out)
    _audit_print("vehicle", vehicle.id, call_forms.F5_TITLE, out)
    return path


def _audit_print(entity: str, entity_id, title: str, out: Path | str) -> None:
    with write():
        audit.record("print", entity, entity_id, detail=f"{title} → {Path(out).name}")


# --- complaints (F6, F7) ----------------------------------------------------------------------------------------


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _complaint_and_vehicle(complaint_id: int):
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
    customer = Customer.get_by_id(complaint.customer_id)
    vehicle = Vehicle.get_or_none(Vehicle.id == complaint.vehicle_id) if complaint.vehicle_id else \
        Vehicle.select().where(Vehicle.customer == customer.id).first()
    return complaint, customer, vehicle


def print_complaint(complaint_id: int, out: Path | str) -> Path:
    """F6 for one complaint, signatures with the signer's name and time."""
    permissions.require("print")
    number, values, signatures = complaint_sheet_values(complaint_id)
    sheet = complaint_forms.ComplaintSheet(header(complaint_forms.F6_TITLE, number), values, signatures)
    path = complaint_forms.write_complaint(sheet, out)
    _audit_print("complaint", complaint_id, complaint_forms.F6_TITLE, out)
    return path


def complaint_sheet_values(complaint_id: int) -> tuple[str, dict[str, str], dict[str, str]]:
    """F6 as text: the form number, every field, and each signed box's "name time" (the tab shows the same)."""
    permissions.require("view")
    complaint, customer, vehicle = _complaint_and_vehicle(complaint_id)
    accepted = complaint.accepted_at
    values = {
        "accepted_on": tr("{accepted:%Y}年{accepted:%m}月{accepted:%d}日").format(accepted=accepted) if accepted else "",
        "number": complaint.number or tr("（草稿）"),
        "response_due": _when(complaint.response_due), "closure_due": _closure(complaint),
        "name": customer.name, "contact": customer.contact_name,
        "address": customer.address, "postcode": customer.postcode, "phone": customer.phone, "fax": "",
        "bought_on": _date(vehicle.delivery_date) if vehicle else "", "complained_at": _when(complaint.accepted_at),
        "times": str(complaint.contact_count), "model": vehicle.model if vehicle else "",
        "vin": vehicle.vin if vehicle else "", "engine_no": vehicle.engine_no if vehicle else "",
        "sales_consultant": complaint.sales_consultant or (vehicle.sales_consultant if vehicle else ""),
        "handler": complaint.handler, "content": complaint.content, "analysis": complaint.analysis,
        "transferred_at": _when(complaint.transferred_at), "investigation": complaint.investigation,
        "measures": complaint.measures, "measures_done_at": _when(complaint.measures_done_at),
        "customer_feedback": complaint.customer_feedback, "feedback_at": _when(complaint.feedback_at),
        "root_cause": complaint.root_cause, "improvement": complaint.improvement,
        "improvement_dept": complaint.improvement_dept,
    }
    signatures = {}
    for signature in ComplaintSignature.select().where((ComplaintSignature.complaint == complaint.id)
                                                       & ComplaintSignature.withdrawn_at.is_null()):
        signatures[signature.box] = tr("{signer}　{signed_at:%Y-%m-%d %H:%M}").format(
            signer=signature.signer, signed_at=signature.signed_at
        )
        if signature.box == "implementing_manager":
            values["implemented_on"] = _date(signature.signed_at)
        if signature.box == "final_director":
            values["final_on"] = _date(signature.signed_at)
    return complaint.number or f"F6-{complaint.id}", values, signatures


def _closure(complaint) -> str:
    """The closure deadline as F6 shows it: 不限 for C, marked 估算 when counted without the year's notice."""
    if complaint.accepted_at is None:
        return ""
    if complaint.closure_due is None:
        return tr("不限")
    text = _when(complaint.closure_due)
    return text + tr("（估算）") if complaint.closure_estimated else text


def print_escalation(complaint_id: int, out: Path | str) -> Path:
    """F7 for a complaint with a warning or an escalation, the reason filled in."""
    permissions.require("print")
    complaint, customer, vehicle = _complaint_and_vehicle(complaint_id)
    original = Complaint.get_or_none(Complaint.id == complaint.escalated_from_id) if complaint.escalated_from_id \
        else complaint
    reason = complaints.escalation_reason(complaint)
    if not reason and complaint.state != "已升级":  # the form reports an escalation: blank for any other complaint
        raise UserError(tr("投诉 {number} 没有升级，也没有升级预警：没有可打印的升级预警单（F7）。").format(
            number=complaint.number or tr("草稿")))
    values = {
        "work_order": complaint.work_order or complaint.number or "",
        "name": customer.name,
        "phone": customer.phone,
        "plate": vehicle.plate if vehicle else "",
        "model": vehicle.model if vehicle else "",
        "mileage": tr("{mileage:,} 公里").format(mileage=vehicle.mileage) if vehicle and vehicle.mileage else "",
        "sst": "",
        "first_on": _date(original.accepted_at.date()) if original and original.accepted_at else "",
        "bought_on": _date(vehicle.delivery_date) if vehicle else "",
        "departments": "",
        "again": complaint.content if complaint.escalated_from_id else "",
        "reason": reason,
        "csr": "",
        "supervisor": "",
        "result": "",
        "handled_by": "",
        "handled_on": "",
    }
    sheet = complaint_forms.EscalationSheet(header(complaint_forms.F7_TITLE, f"F7-{complaint.number or complaint.id}"),
                                            values)
    path = complaint_forms.write_escalation(sheet, out)
    _audit_print("complaint", complaint.id, complaint_forms.F7_TITLE, out)
    return path


# --- the lounge (F8) and the spot check (F10) ---------------------------------------------------------------------


def print_lounge(day_text: str, out: Path | str) -> Path:
    """F8 for a day: the morning round (and the afternoon one, if made), or the blank list to fill in by pen."""
    from carecenter import lounge
    from carecenter.models import F8_NOTES
    from carecenter.reports import lounge_forms
    permissions.require("print")
    day, _ = parse_period(day_text)
    rows, totals = [], []
    for round_name in lounge.ROUNDS:
        found = lounge.round_of(day, round_name)
        if found is None:
            continue
        for score in found.scores:
            item = f"{tr(score.title)} — {tr(score.description)}" + (
                tr("（{round_name}）").format(round_name=tr(round_name)) if round_name == "下午" else ""
            )
            remark = tr("；").join(x for x in (score.remark, score.repair) if x)
            rows.append((str(score.position), item, remark, found.check.checker,
                         "" if score.score is None else str(score.score)))
        totals.append(
            tr("{round_name}合计 {total} / {maximum}").format(
                round_name=tr(round_name), total=found.total, maximum=found.maximum
            )
        )
    if not rows:
        rows = [(str(i.position), f"{tr(i.title)} — {tr(i.description)}", "", "", "") for i in lounge.items()]
    path = lounge_forms.write_lounge(
        header(lounge_forms.F8_TITLE, f"F8-{day:%Y%m%d}"),
        tr("检查日期：{day:%Y-%m-%d}").format(day=day),
        rows,
        [tr(note) for note in F8_NOTES],
        "　".join(totals) or tr("评分：0–5 分"),
        out,
    )
    _audit_print("lounge", f"{day}", lounge_forms.F8_TITLE, out)
    return path


def print_spot_check(check_id: int, out: Path | str) -> Path:
    """F10 for one spot check."""
    import json

    from carecenter.models import SPOT_CHECK_ITEMS, SpotCheck
    from carecenter.reports import lounge_forms
    permissions.require("print")
    check = SpotCheck.get_or_none(SpotCheck.id == check_id)
    if check is None:
        raise NotFound(tr("找不到抽查记录 {check_id}。").format(check_id=check_id))
    words = {"yes": tr("是"), "no": tr("否"), "na": tr("不适用")}
    answers, notes = json.loads(check.answers), json.loads(check.notes)
    rows = [(tr("是否关爱人员") if index == 0 else "", tr(item),
             words[answers[index]] + (tr("（{v1}）").format(v1=notes[index]) if notes[index] else ""))
            for index, item in enumerate(SPOT_CHECK_ITEMS)]
    heading = tr("被检查人：{specialist}　检查人：{checker}　检查时间：{checked_at:%Y-%m-%d %H:%M}").format(
        specialist=check.specialist, checker=check.checker, checked_at=check.checked_at
    )
    path = lounge_forms.write_spot_check(header(lounge_forms.F10_TITLE, f"F10-{check.id:05d}"), heading, rows, out)
    _audit_print("spot_check", check.id, lounge_forms.F10_TITLE, out)
    return path


def print_statistics(year_text: str, out: Path | str) -> Path:
    """F9 for a year (``2026``; a month ``2026-11`` prints its year)."""
    from carecenter import stats
    from carecenter.reports import statistics_form
    permissions.require("reports")  # F9 is a manager's report, not a desk form
    try:
        year = int(year_text[:4])
        if len(year_text) not in (4, 7) or not 2000 <= year <= 2100:
            raise ValueError
    except ValueError:
        raise UserError(tr("年份应写成 YYYY（或月份 YYYY-MM），不是“{year_text}”。").format(year_text=year_text)) from None
    table = stats.customer_statistics(year)
    path = statistics_form.write(header(statistics_form.TITLE, f"F9-{year}"), year, table, stats.ROWS, out)
    _audit_print("statistics", year, statistics_form.TITLE, out)
    return path


def print_monthly(month: str, out: Path | str, *, progress=None, cancel=None, summary=None) -> Path:
    """F12 月度工作小结 of ``YYYY-MM`` (RULES §6), with charts; nothing is written when cancelled. A ``summary``
    already computed (the statistics tab has one) is printed as it is."""
    from carecenter import monthly, periods
    return print_period(periods.month(monthly.parse_month(month)), out, progress=progress, cancel=cancel,
                        summary=summary)


def print_period(period, out: Path | str, *, progress=None, cancel=None, summary=None) -> Path:
    """F12 for a week (calls and complaints), a month, a quarter or a year (RULES §6)."""
    from carecenter import monthly
    from carecenter.reports import monthly_summary
    permissions.require("reports")
    if summary is None or summary.period != period:
        summary = monthly.period_summary(period, progress=progress, cancel=cancel)
    elif summary.partial:  # the statistics tab's first figures: the rest is read now
        summary = monthly.complete(summary, progress=progress, cancel=cancel)
    if progress is not None:
        progress(tr("正在生成 PDF…"), 90)
    path = monthly_summary.write(header(period.title, f"F12-{period.label}"), summary, out)
    _audit_print("monthly_summary", period.label, period.title, out)
    return path


# --- appointments (F13, F14) ---------------------------------------------------------------------------------------
def print_appointment(appointment_id: int, out: Path | str) -> Path:
    """F13 维修预约单: the slip the customer keeps."""
    from carecenter import appointments
    from carecenter.reports import appointment_forms
    permissions.require("print")
    values = appointments.slip_values(appointment_id)
    sheet = appointment_forms.Slip(header(appointment_forms.SLIP_TITLE, f"F13-{values['number']}"), values)
    path = appointment_forms.write_slip(sheet, out)
    _audit_print("appointment", appointment_id, appointment_forms.SLIP_TITLE, out)
    return path


def slip_message(appointment_id: int) -> str:
    """F13 as the SMS text to the customer."""
    from carecenter import appointments
    from carecenter.reports import appointment_forms
    values = appointments.slip_values(appointment_id)
    return appointment_forms.slip_text({**values, "dealer": settings.get("dealership.name")})


def print_appointments(day_text: str, out: Path | str) -> Path:
    """F14 预约登记表: a day's appointments by time, for the front desk."""
    from carecenter import appointments
    from carecenter.models import APPOINTMENT_SOURCES
    from carecenter.reports import appointment_forms
    permissions.require("print")
    day, last = parse_period(day_text)
    if day != last:
        raise UserError(tr("预约登记表按天打印：请写日期 YYYY-MM-DD，不是“{text}”。").format(text=day_text))
    rows = appointments.day_list(day)
    totals = {"booked": sum(1 for r in rows if r.status != "已取消"),
              "confirmed": sum(1 for r in rows if r.status == "已确认"),
              "arrived": sum(1 for r in rows if r.status == "已到店"), "no_show": sum(1 for r in rows if r.status == "爽约")}
    sheet = appointment_forms.DaySheet(
        header(appointment_forms.DAY_TITLE, f"F14-{day:%Y%m%d}"), f"{day:%Y-%m-%d}",
        [(n, f"{r.start:%H:%M}", r.name, r.phone, r.plate, r.model, tr(r.kind), r.words,
          appointments.documents_in_language(r.documents), r.advisor,
          tr(APPOINTMENT_SOURCES.get(r.source, r.source)), tr(r.status), r.booked_by) for n, r in enumerate(rows, 1)],
        totals)
    path = appointment_forms.write_day(sheet, out)
    _audit_print("appointments", f"{day}", appointment_forms.DAY_TITLE, out)
    return path


# --- satisfaction surveys (F15) ---------------------------------------------------------------------------------

#: Who the customer judged, per questionnaire (F15's 服务顾问/销售顾问 column).
_STAFF_LABELS = {"ssi": N_("销售顾问"), "csi": N_("服务顾问")}


def _answer_words(answer: int, factor: bool) -> str:
    from carecenter.surveys import NOT_APPLICABLE, SCALE
    return "—" if answer == NOT_APPLICABLE else f"{answer} {tr(SCALE[answer])}"


def print_survey(which: str | int, out: Path | str) -> Path:
    """F15 满意度回访记录表: one surveyed call (a call id), or a month's register (YYYY-MM), landscape, one table per
    questionnaire with a column per question as it was asked."""
    from carecenter import surveys
    from carecenter.reports import survey_forms
    permissions.require("print")
    text = str(which).strip()
    titles = {code: q.title for code, q in surveys.questionnaires().items()}
    if text.isdigit():
        [record] = surveys.survey_records(call_id=int(text))
        values = {"name": record.name, "plate": record.plate, "kind": tr(REASONS.get(record.reason, record.reason)),
                  "date": f"{record.at:%Y-%m-%d %H:%M}", "caller": record.caller,
                  "staff_label": _STAFF_LABELS.get(record.questionnaire, N_("服务顾问/销售顾问")),
                  "staff": record.staff, "questionnaire": tr(titles.get(record.questionnaire, record.questionnaire)),
                  "opinion": record.opinion, "done": record.done}
        sheet = survey_forms.OneSurvey(header(survey_forms.TITLE, f"F15-{record.call_id}"), values,
                                       [(tr(q), _answer_words(a, f)) for q, a, f in record.answers])
        path = survey_forms.write_one(sheet, out)
        _audit_print("survey", record.call_id, survey_forms.TITLE, out)
        return path
    if len(text) != 7:
        raise UserError(tr("满意度回访记录表：请写通话编号，或月份 YYYY-MM，不是“{text}”。").format(text=text))
    first, last = parse_period(text)
    records = surveys.survey_records(first, last)
    parts = []
    for code, title in titles.items():
        mine = [r for r in records if r.questionnaire == code]
        if not mine:
            continue
        questions: list[str] = []
        for record in mine:  # every question asked this month, in the order asked (a changed questionnaire too)
            for question, _, factor in record.answers:
                if factor and question not in questions:
                    questions.append(question)
        overall = mine[-1].answers[-1][0] if mine[-1].answers else surveys.OVERALL
        columns = questions + [overall]
        rows = []
        for r in mine:
            given = {q: ("—" if a == surveys.NOT_APPLICABLE else str(a)) for q, a, f in r.answers}  # the key below
            given[overall] = str(r.answers[-1][1]) if r.answers else ""
            rows.append((r.name, r.plate, tr(REASONS.get(r.reason, r.reason)), f"{r.at:%m-%d}", r.caller, r.staff,
                         *[given.get(q, "") for q in columns], r.opinion, r.done))
        parts.append(survey_forms.RegisterPart(tr(title), _STAFF_LABELS.get(code, N_("服务顾问/销售顾问")),
                                               columns, rows))
    figures = surveys.figures(first, last, trend=False)
    by_code = figures.by_questionnaire
    summary = tr("本月回访问卷 {responses} 份；SSI {ssi}；CSI {csi}；满意率 {rate}").format(
        responses=figures.responses, ssi=_figure(by_code["ssi"].index), csi=_figure(by_code["csi"].index),
        rate=_figure(figures.satisfied_rate, "%"))
    sheet = survey_forms.Register(header(survey_forms.TITLE, f"F15-{first:%Y%m}"), text, parts, summary)
    path = survey_forms.write_register(sheet, out)
    _audit_print("surveys", text, survey_forms.TITLE, out)
    return path


def _figure(value: float | None, unit: str = "") -> str:
    return "—" if value is None else f"{value:.1f}{unit}"
