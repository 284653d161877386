"""The demo dealership's complaint desk beyond the history (RULES §3): a B complaint past its deadline upgraded to C,
a warning heard on the phone, a reply time promised, and a closed case with its reply letter and the customer's
photo kept. Called by :func:`carecenter.demo.load_demo` after the complaint history (its own choices: the history
stays as it was)."""

from __future__ import annotations

import datetime
import struct
import tempfile
import zlib
from pathlib import Path

from carecenter import clock
from carecenter.models import Complaint, Customer


def _photo() -> bytes:
    """A small PNG: the scratch on the customer's door, as far as a demo can show it."""
    width, height = 64, 40
    rows = b"".join(b"\x00" + b"".join(b"\xb0\xb8\xc0" if abs(y - x * 0.5 - 5) > 1.5 else b"\x40\x40\x40"
                                       for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _reply_letter(path: Path, name: str, number: str, day: datetime.date) -> None:
    """The dealership's reply letter (回函) as the desk would scan or print it to PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from carecenter.reports import form
    font = form.register()
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont(font, 16)
    page.drawString(72, 770, "致客户的回函")
    page.setFont(font, 11)
    for index, line in enumerate((f"尊敬的{name}：", f"关于您反映的问题（受理编号 {number}），我店已完成调查并采取了改进措施。",
                                  "感谢您的理解与支持，如有任何疑问，请随时致电我店服务热线。",
                                  f"{day:%Y年%m月%d日}　客户关爱部")):
        page.drawString(72, 730 - 22 * index, line)
    page.save()


def complaint_desk(today: datetime.date) -> None:
    from carecenter import complaint_files, complaints
    now = clock.now().replace(microsecond=0)
    open_cases = list(Complaint.select().where(Complaint.state == "处理中").order_by(Complaint.accepted_at))
    late = [c for c in open_cases if c.closure_due is not None and c.closure_due < now]
    if late:  # the oldest case past its deadline needs the maker's engineers: the manager upgrades it to C
        complaints.upgrade_to_c(late[0].id, "需厂家技术支持，无法在时限内解决", now)
    fresh = [c for c in open_cases if c.closure_due is not None and c.closure_due >= now and c.accepted_at <= now]
    if fresh:
        heard = max(fresh[-1].accepted_at, now - datetime.timedelta(hours=1))
        complaints.warn(fresh[-1].id, "emotion", "客户来电语气激动", heard)
        answer_by = datetime.datetime.combine(max(today, now.date()) + datetime.timedelta(days=1),
                                              datetime.time(10, 0))
        complaints.promise_reply(fresh[-1].id, answer_by)
    closed = Complaint.select().where(Complaint.state == "已封闭").order_by(Complaint.closed_at.desc()).first()
    if closed is not None:
        name = Customer.get_by_id(closed.customer_id).name
        with tempfile.TemporaryDirectory() as folder:
            letter = Path(folder) / f"回函_{closed.number}.pdf"
            _reply_letter(letter, name, closed.number, closed.closed_at.date())
            photo = Path(folder) / "客户发来的照片.png"
            photo.write_bytes(_photo())
            complaint_files.attach(closed.id, photo, "客户微信发来")
            complaint_files.attach(closed.id, letter, "已寄出")


def phone_calls(today: datetime.date) -> None:
    """Today's calls in (RULES §9): a prospect asking about a trade-in (a lead for sales), a customer
    recommending a friend (a lead, handed over and already in the showroom), a message taken for a colleague."""
    from carecenter import phone
    from carecenter.models import Staff
    staff = [row[0] for row in Staff.select(Staff.name).where(Staff.role == "specialist").order_by(Staff.id).tuples()]
    at = min(clock.now().replace(microsecond=0), datetime.datetime.combine(today, datetime.time(10, 30)))
    # someone the archive knows only from an enquiry (no car yet): the desk had registered them as a prospect
    enquirer = Customer.select().where(Customer.deleted_at.is_null() & (Customer.vehicle_count == 0)
                                       & (Customer.phone != "")).order_by(Customer.id).first()
    stranger = None
    if enquirer is not None:
        Customer.update(prospect=True).where(Customer.id == enquirer.id).execute()
        stranger = phone.incoming(enquirer.phone, call_type="购车意向", customer_id=enquirer.id,
                                  notes={"what": "想把老车置换成七座SUV", "request": "希望周末来店看车"},
                                  lead={"model": "柯迪亚克", "need": "置换", "call_time": "工作日晚上"}, at=at)
    regular = Customer.select().where(Customer.deleted_at.is_null() & (Customer.phone != "")).order_by(
        Customer.id).first()
    if regular is not None:
        friend = phone.incoming(regular.phone, call_type="购车意向", customer_id=regular.id,
                                notes={"what": "朋友想买车，请销售联系"},
                                lead={"model": "明锐", "need": "推荐", "call_time": "随时"}, at=at)
        phone.hand_over(friend.lead_id, "马俊")
        phone.record_outcome(friend.lead_id, "已到店", "朋友已到店试驾")
        if staff:
            phone.incoming(regular.phone, call_type="留言", customer_id=regular.id,
                           message={"for": staff[-1], "about": "问上次维修的发票能否重开"}, at=at)
    return stranger
