"""Exports for head office (RULES §6): the raw sheets — customers and vehicles whole, the month's calls, complaints,
visits and appointments — as row generators streamed into a workbook, and the whole monthly workbook with the
summary's sheets.

Personal data follows :mod:`carecenter.privacy`: without the unmask right phones come out as ``138****1234`` and
addresses empty. Every export is written to the audit trail with whether it was masked.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from carecenter import audit, clock, monthly, periods, permissions, privacy
from carecenter.models import (
    APPOINTMENT_SOURCES, Appointment, CallLog, CallTask, Complaint, Customer, OUTCOMES, REASONS, ServiceVisit, Vehicle,
)
from carecenter.models.complaints import CATEGORIES
from carecenter.reports import head_office
from carecenter.reports.workbook import SheetData, write
from carecenter.store import write as write_transaction
from carecenter.validate import mask_phone

CUSTOMER_HEADERS = ("客户编号", "姓名", "性别", "电话", "电话2", "地址", "邮编", "生日", "职业", "偏好联系方式",
                    "不接受电话回访", "失联", "会员级别", "入会日期", "积分", "客户来源", "首次接触日期", "最近进厂日期",
                    "车辆数")
VEHICLE_HEADERS = ("车辆编号", "客户编号", "客户姓名", "车架号", "车牌号", "车型", "颜色", "交车日期", "销售顾问",
                   "里程（公里）", "里程日期", "保险到期", "年检到期")
CALL_HEADERS = ("回访时间", "客户编号", "客户姓名", "电话", "车牌号", "回访原因", "类型", "结果", "回访人", "产品反馈",
                "服务反馈", "其他反馈", "客户要求", "待研究问题")
VISIT_HEADERS = ("进厂日期", "客户编号", "客户姓名", "电话", "车牌号", "车型", "维修类型", "行驶里程", "金额", "服务顾问",
                 "项目", "备注")
APPOINTMENT_HEADERS = ("预约时间", "客户编号", "客户姓名", "电话", "车牌号", "预约项目", "客户描述", "服务顾问", "来源",
                       "状态", "取消原因", "预约人", "预约于", "到店时间")
COMPLAINT_HEADERS = ("受理编号", "工单号", "客户编号", "客户姓名", "电话", "类别", "类别名称", "级别", "投诉方式", "状态",
                     "受理时间", "响应期限", "首次响应", "及时响应", "封闭期限", "处理完成", "封闭时间", "及时封闭",
                     "升级自", "预警原因", "投诉内容", "根本原因", "改进措施")


def _masker(unmasked: bool):
    return (lambda phone: phone or "") if unmasked else (lambda phone: mask_phone(phone) if phone else "")


def customer_rows(unmasked: bool) -> Iterator[tuple]:
    """Every customer in the archive (deleted ones aside), in number order."""
    mask = _masker(unmasked)
    query = (Customer.select(Customer.id, Customer.name, Customer.gender, Customer.phone, Customer.phone2,
                             Customer.address, Customer.postcode, Customer.birthday, Customer.occupation,
                             Customer.preferred_contact, Customer.do_not_call, Customer.lost_contact,
                             Customer.club_level, Customer.club_joined, Customer.points, Customer.source,
                             Customer.first_contact_date, Customer.last_visit_date, Customer.vehicle_count)
             .where(Customer.deleted_at.is_null()).order_by(Customer.id).tuples().iterator())
    for (cid, name, gender, phone, phone2, address, postcode, birthday, occupation, contact, no_call, lost, level,
         joined, points, source, first, last, vehicles) in query:
        yield (cid, name, gender, mask(phone), mask(phone2), address if unmasked else "",
               postcode if unmasked else "", birthday, occupation, contact, "是" if no_call else "",
               "是" if lost else "", level, joined, points, source, first, last, vehicles)


def vehicle_rows() -> Iterator[tuple]:
    query = (Vehicle.select(Vehicle.id, Vehicle.customer, Customer.name, Vehicle.vin, Vehicle.plate, Vehicle.model,
                            Vehicle.color, Vehicle.delivery_date, Vehicle.sales_consultant, Vehicle.mileage,
                            Vehicle.mileage_date, Vehicle.insurance_expiry, Vehicle.inspection_due)
             .join(Customer).where(Vehicle.deleted_at.is_null() & Customer.deleted_at.is_null())
             .order_by(Vehicle.id).tuples().iterator())
    yield from query


def call_rows(first: datetime.date, last: datetime.date, unmasked: bool) -> Iterator[tuple]:
    """Every call made in [first, last] (回访 and incoming), oldest first."""
    mask = _masker(unmasked)
    start, end = clock.day_bounds(first, last)
    query = (CallLog.select(CallLog.at, CallLog.customer, Customer.name, Customer.phone, Vehicle.plate,
                            CallTask.reason, CallLog.call_type, CallLog.outcome, CallLog.caller,
                            CallLog.feedback_product, CallLog.feedback_service, CallLog.feedback_other,
                            CallLog.request, CallLog.open_question)
             .join(Customer, on=(CallLog.customer == Customer.id))
             .switch(CallLog).join(Vehicle, pw.JOIN.LEFT_OUTER, on=(CallLog.vehicle == Vehicle.id))
             .switch(CallLog).join(CallTask, pw.JOIN.LEFT_OUTER, on=(CallLog.task == CallTask.id))
             .where((CallLog.at >= start) & (CallLog.at < end)).order_by(CallLog.at).tuples().iterator())
    for at, cid, name, phone, plate, reason, kind, outcome, caller, product, service, other, request, question in query:
        yield (at, cid, name, mask(phone), plate or "", REASONS.get(reason, "") if reason else "", kind,
               OUTCOMES.get(outcome, outcome), caller, product, service, other, request, question)


def visit_rows(first: datetime.date, last: datetime.date, unmasked: bool) -> Iterator[tuple]:
    """Every workshop visit of [first, last], oldest first."""
    mask = _masker(unmasked)
    query = (ServiceVisit.select(ServiceVisit.visit_date, ServiceVisit.customer, Customer.name, Customer.phone,
                                 Vehicle.plate, Vehicle.model, ServiceVisit.visit_type, ServiceVisit.mileage,
                                 ServiceVisit.amount, ServiceVisit.service_advisor, ServiceVisit.items,
                                 ServiceVisit.notes)
             .join(Customer, on=(ServiceVisit.customer == Customer.id))
             .switch(ServiceVisit).join(Vehicle, pw.JOIN.LEFT_OUTER, on=(ServiceVisit.vehicle == Vehicle.id))
             .where((ServiceVisit.visit_date >= first) & (ServiceVisit.visit_date <= last))
             .order_by(ServiceVisit.visit_date, ServiceVisit.id).tuples().iterator())
    for day, cid, name, phone, plate, model, kind, mileage, amount, advisor, items, notes in query:
        yield (day, cid, name, mask(phone), plate or "", model or "", kind, mileage,
               float(amount) if amount is not None else None, advisor, items, notes)


def appointment_rows(first: datetime.date, last: datetime.date, unmasked: bool) -> Iterator[tuple]:
    """Every appointment booked for a day of [first, last] (cancelled ones too, with why), in time order."""
    mask = _masker(unmasked)
    start, end = clock.day_bounds(first, last)
    query = (Appointment.select(Appointment.start, Appointment.customer, Customer.name, Customer.phone, Vehicle.plate,
                                Appointment.kind, Appointment.words, Appointment.advisor, Appointment.source,
                                Appointment.status, Appointment.cancel_reason, Appointment.booked_by,
                                Appointment.booked_at, Appointment.arrived_at)
             .join(Customer, on=(Appointment.customer == Customer.id))
             .switch(Appointment).join(Vehicle, on=(Appointment.vehicle == Vehicle.id))
             .where((Appointment.start >= start) & (Appointment.start < end))
             .order_by(Appointment.start, Appointment.id).tuples().iterator())
    for at, cid, name, phone, plate, kind, words, advisor, source, status, reason, by, booked, arrived in query:
        yield (at, cid, name, mask(phone), plate, kind, words, advisor, APPOINTMENT_SOURCES.get(source, source),
               status, reason, by, booked, arrived)


def complaint_rows(first: datetime.date, last: datetime.date, unmasked: bool) -> Iterator[tuple]:
    """Complaints accepted in [first, last], and older ones still open at its end."""
    mask = _masker(unmasked)
    start, end = clock.day_bounds(first, last)
    earlier = Complaint.alias()
    query = (Complaint.select(Complaint, Customer.name, Customer.phone, earlier.number.alias("repeat_of"))
             .join(Customer, on=(Complaint.customer == Customer.id))
             .switch(Complaint).join(earlier, pw.JOIN.LEFT_OUTER, on=(Complaint.escalated_from == earlier.id))
             .where(Complaint.number.is_null(False) & (Complaint.accepted_at < end)
                    & ((Complaint.accepted_at >= start) | Complaint.closed_at.is_null()
                       | (Complaint.closed_at >= start)))
             .order_by(Complaint.accepted_at).objects())

    def yes(done, due):
        if done is None:
            return ""
        return "是" if due is None or done <= due else "否"

    for c in query:
        yield (c.number, c.work_order, c.customer_id, c.name, mask(c.phone), c.category, CATEGORIES.get(c.category, ""),
               c.level, c.channel, c.state, c.accepted_at, c.response_due, c.first_response_at,
               yes(c.first_response_at, c.response_due), c.closure_due, c.resolved_at, c.closed_at,
               yes(c.closed_at, c.closure_due), c.repeat_of or "", c.warning, c.content, c.root_cause, c.improvement)


def raw_sheets(month: str | None, unmasked: bool,
               days: tuple[datetime.date, datetime.date] | None = None) -> list[SheetData]:
    """Customers and vehicles whole; with a month (or ``days``, a period's first and last day) its calls,
    complaints, visits and appointments."""
    customers = Customer.select().where(Customer.deleted_at.is_null()).count()
    vehicles = Vehicle.select().where(Vehicle.deleted_at.is_null()).count()
    sheets = [SheetData("客户", CUSTOMER_HEADERS, customer_rows(unmasked), head_office.CUSTOMER_WIDTHS,
                        count=customers),
              SheetData("车辆", VEHICLE_HEADERS, vehicle_rows(), head_office.VEHICLE_WIDTHS, count=vehicles)]
    if month or days:
        first, last = days or clock.month_days(month)
        sheets += [SheetData("回访明细", CALL_HEADERS, call_rows(first, last, unmasked), head_office.CALL_WIDTHS),
                   SheetData("投诉明细", COMPLAINT_HEADERS, complaint_rows(first, last, unmasked),
                             head_office.COMPLAINT_WIDTHS),
                   SheetData("进厂明细", VISIT_HEADERS, visit_rows(first, last, unmasked), head_office.VISIT_WIDTHS),
                   SheetData("预约明细", APPOINTMENT_HEADERS, appointment_rows(first, last, unmasked),
                             head_office.APPOINTMENT_WIDTHS)]
    return sheets


def _audit(kind: str, month: str | None, out: Path | str, unmasked: bool) -> None:
    with write_transaction():
        audit.record("export", kind, month or "", detail=f"{Path(out).name}（{'未遮挡' if unmasked else '已遮挡'}）")


def export_raw(out: Path | str, month: str | None = None, *, progress=None, cancel=None) -> Path:
    """`carecenter export`: customers and vehicles, and with a month its calls and complaints."""
    permissions.require("export")
    if month:
        month = monthly.parse_month(month)
    unmasked = privacy.may_unmask()
    path = write(out, raw_sheets(month, unmasked), progress=progress, cancel=cancel)
    _audit("raw", month, out, unmasked)
    return path


def export_monthly(month: str, out: Path | str, *, progress=None, cancel=None,
                   summary: monthly.MonthlySummary | None = None) -> Path:
    """The head-office workbook of a month: one sheet per section of the summary, then the raw sheets."""
    return export_period(periods.month(monthly.parse_month(month)), out, progress=progress, cancel=cancel,
                         summary=summary)


def export_period(period: periods.Period, out: Path | str, *, progress=None, cancel=None,
                  summary: monthly.MonthlySummary | None = None) -> Path:
    """The head-office workbook of a week, a month, a quarter or a year: one sheet per section of the summary (a
    week: calls and complaints), then the raw sheets — customers and vehicles whole, the period's rows."""
    permissions.require("export")
    unmasked = privacy.may_unmask()

    def summary_progress(step: str, percent: int) -> None:
        if progress is not None:
            progress(step, percent * 30 // 100)

    def sheet_progress(step: str, percent: int) -> None:
        if progress is not None:
            progress(step, 30 + percent * 70 // 100)

    if summary is None or summary.period != period:
        summary = monthly.period_summary(period, progress=summary_progress, cancel=cancel)
    elif summary.partial:  # the statistics tab's first figures: the rest is read now
        summary = monthly.complete(summary, progress=summary_progress, cancel=cancel)
    if summary.retention is not None and not unmasked:  # the list of next month's maintenance carries phones
        mask = _masker(False)
        summary = dataclasses.replace(summary, retention=dataclasses.replace(summary.retention, due_next=[
            dataclasses.replace(line, phone=mask(line.phone)) for line in summary.retention.due_next]))
    if period.full:
        sheets = head_office.summary_sheets(summary) + raw_sheets(None, unmasked, (period.first, period.last))
    else:
        sheets = head_office.week_sheets(summary) + [
            SheetData("回访明细", CALL_HEADERS, call_rows(period.first, period.last, unmasked), head_office.CALL_WIDTHS),
            SheetData("投诉明细", COMPLAINT_HEADERS, complaint_rows(period.first, period.last, unmasked),
                      head_office.COMPLAINT_WIDTHS)]
    path = write(out, sheets, progress=sheet_progress, cancel=cancel)
    _audit(period.kind, period.label, out, unmasked)
    return path


LEAD_HEADERS = ("序号", "登记日期", "客户编号", "客户姓名", "电话", "意向车型", "需求", "方便联系时间", "登记人", "转交销售顾问",
                "跟进结果", "结果说明", "潜在客户")


def export_leads(out: Path | str, month: str | None = None) -> Path:
    """F17 as a workbook for the sales department: the leads of a month (all without one); phones masked for a
    role without the unmask right."""
    from carecenter import phone
    permissions.require("export")
    unmasked = privacy.may_unmask()
    mask = _masker(unmasked)
    first = last = None
    if month:
        period = periods.month(monthly.parse_month(month))
        first, last = period.first, period.last
    lines = sorted(phone.leads(first, last), key=lambda line: (line.day, line.id))
    rows = [(n, line.day, line.customer_id, line.name, mask(line.phone), line.model, line.need, line.call_time,
             line.by, line.handed_to, line.outcome or "待跟进", line.outcome_note, "是" if line.prospect else "")
            for n, line in enumerate(lines, start=1)]
    path = write(out, [SheetData("销售线索", LEAD_HEADERS, rows, (6, 12, 10, 12, 16, 14, 8, 14, 10, 12, 10, 24, 8))])
    _audit("leads", month, out, unmasked)
    return path
