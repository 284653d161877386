"""Letters (信函, F4) and text messages (短信) for the dealership's SMS platform.

CareCenter sends nothing itself: messages are filled in from the templates of seed 003 and exported as a batch file
(phone and text per line) that the SMS platform imports; the batch is recorded against each customer.
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass
from pathlib import Path

from carecenter import audit, call_scripts, clock, permissions, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import LETTER_TYPES, CallTask, Customer, Letter, Message, Vehicle, now
from carecenter.store import bulk_insert, write
from carecenter.validate import clean_multiline, is_mobile, parse_date
from carecenter.i18n import tr, tr_values


def record_letter(customer_id: int, letter_type: str, summary: str = "", written_on=None, sent_on=None,
                  task_id: int | None = None) -> int:
    """Enter a letter in the register; a letter task (感谢信) it answers is done with it."""
    actor = permissions.require("create")
    if letter_type not in LETTER_TYPES:
        raise UserError(tr("信函类型应为 {v1} 之一。").format(v1=tr("、").join(tr_values(LETTER_TYPES))))
    written = parse_date(written_on, "日期") or clock.today()
    sent = parse_date(sent_on, "寄出日期")
    if sent and sent < written:
        raise UserError(tr("寄出日期不能早于写信日期。"))
    with write():
        if Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null()) is None:
            raise NotFound(tr("找不到客户（编号 {customer_id}）。").format(customer_id=customer_id))
        letter = Letter.create(customer=customer_id, task=task_id, letter_type=letter_type,
                               summary=clean_multiline(summary), written_on=written, sent_on=sent, handler=actor.name)
        if task_id is not None:
            CallTask.update(status="done", outcome="", attempts=CallTask.attempts + 1, completed_at=now(),
                            updated_at=now()).where((CallTask.id == task_id) & (CallTask.status == "open")).execute()
        audit.record("create", "letter", letter.id, detail=letter_type)
    return letter.id


@dataclass
class MessagePreview:
    customer_id: int
    name: str
    phone: str
    text: str


class Previews(list):
    """The filled messages, and how many customers were left out because they refused such messages."""

    refused: int = 0


#: The do-not-contact kinds a text message of each template respects (RULES §8): every text message is left out for
#: a customer who refused 营销/短信; a reminder's also for one who refused reminders.
TEMPLATE_KINDS = {"first_service": ("marketing", "reminder"), "insurance_renewal": ("marketing", "reminder"),
                  "warranty_expiry": ("marketing", "reminder")}


def prepare_messages(template_code: str, customer_ids: list[int], extra: dict | None = None) -> Previews:
    """Fill a template for each customer with a mobile number (others are left out: no number to text) who has not
    refused such messages (left out and counted in ``refused``)."""
    from carecenter import do_not_contact
    permissions.require("view")
    template = next((t for t in call_scripts.message_templates() if t.code == template_code), None)
    if template is None:
        raise UserError(tr("没有短信模板“{template_code}”。").format(template_code=template_code))
    dealer = settings.get("dealership.name")
    phone = settings.get("dealership.hotline") or settings.get("dealership.phone") or "本店服务热线"
    previews = Previews()
    kinds = set(TEMPLATE_KINDS.get(template_code, ("marketing",)))
    refused = {cid for cid, refused_kinds in do_not_contact.refused_kinds(customer_ids).items()
               if refused_kinds & kinds}
    previews.refused = len(refused)
    for start in range(0, len(customer_ids), 900):
        part = [cid for cid in customer_ids[start:start + 900] if cid not in refused]
        models = {}
        for customer_id, model, delivered in (Vehicle.select(Vehicle.customer, Vehicle.model, Vehicle.delivery_date)
                                              .where(Vehicle.customer.in_(part)).order_by(Vehicle.id).tuples()):
            models.setdefault(customer_id, (model, delivered))
        for customer_id, name, gender, mobile, number, points, level in Customer.select(
                Customer.id, Customer.name, Customer.gender, Customer.phone, Customer.member_number, Customer.points,
                Customer.club_level).where(Customer.id.in_(part) & Customer.deleted_at.is_null()).order_by(
                Customer.id).tuples():
            if not is_mobile(mobile):
                continue
            model, delivered = models.get(customer_id, ("爱车", None))
            months = max(1, (clock.today() - delivered).days // 30) if delivered else ""
            values = {"model": model or "爱车", "months": months, "phone": phone, "dealer": dealer, "date": "",
                      "name": call_scripts.polite_name(name, gender), "member_number": number, "points": points,
                      "level": level, **(extra or {})}
            previews.append(MessagePreview(customer_id, name, mobile, template.text.format_map(values)))
    return previews


def export_messages(template_code: str, previews: list[MessagePreview], path: Path | str, *,
                    task_ids: list[int] | None = None, also=None) -> Path:
    """Write the batch file for the SMS platform (.csv or .xlsx: phone, text) and record each message. The file
    carries full phone numbers, so it needs the unmask right. ``task_ids``: the open tasks of the call list the
    messages answer (done as 已告知 in the same transaction); ``also``: more to write in that transaction."""
    permissions.require("export_unmasked")
    target = Path(path)
    if not previews:
        raise UserError(tr("没有可以发送短信的客户（需要手机号码）。"))
    if target.suffix.lower() == ".csv":
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["手机号码", "短信内容"])
            writer.writerows([(p.phone, p.text) for p in previews])
    elif target.suffix.lower() == ".xlsx":
        from carecenter.reports.workbook import SheetData  # openpyxl loads on first use, not at start-up
        from carecenter.reports.workbook import write as write_workbook
        write_workbook(target, [SheetData("短信", ["手机号码", "客户姓名", "短信内容"],
                                          [(p.phone, p.name, p.text) for p in previews], [16, 12, 100])])
    else:
        raise UserError(tr("短信批量文件应为 .csv 或 .xlsx。"))
    stamp = now()
    with write():
        bulk_insert(Message, [{"customer": p.customer_id, "template": template_code, "phone": p.phone,
                               "text": p.text, "batch": target.name, "created_at": stamp} for p in previews])
        audit.record("export", "messages", target.name, detail=f"短信 {template_code} × {len(previews)}")
        if task_ids:
            texted = {p.customer_id for p in previews}
            done = [task_id for task_id, customer_id in CallTask.select(CallTask.id, CallTask.customer).where(
                CallTask.id.in_(task_ids) & (CallTask.status == "open")).tuples() if customer_id in texted]
            for start in range(0, len(done), 900):
                CallTask.update(status="done", outcome="informed", attempts=CallTask.attempts + 1, completed_at=stamp,
                                updated_at=stamp).where(CallTask.id.in_(done[start:start + 900])).execute()
        if also is not None:
            also()
    return target


def letters_between(first: datetime.date, last: datetime.date) -> list[Letter]:
    permissions.require("view")
    return list(Letter.select().where((Letter.written_on >= first) & (Letter.written_on <= last))
                .order_by(Letter.written_on))
