"""The phone at the desk (RULES §9): an incoming call logged in seconds, from a known customer or from someone new
(who becomes a prospect), with what follows from its type — a complaint draft, a booking, a message for a colleague,
a sales lead — and a call back on the day promised. Seeds 000 (打入的諮詢電話或投訴電話登記入表; 不在崗時代理), 002
(來電登記; 購車意向轉銷售), 003 (代接: 回電人, 號碼; 意向車型).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from carecenter import archive, audit, clock, followup, permissions
from carecenter.errors import NotFound, UserError
from carecenter.followup_rules import CALLBACK_NOTE, MESSAGE_NOTE
from carecenter.i18n import N_, tr, tr_values
from carecenter.models import LEAD_NEEDS, LEAD_OUTCOMES, CallLog, CallTask, Complaint, Customer, Lead, Staff, now
from carecenter.store import write
from carecenter.validate import clean_multiline, clean_text, required_phone

#: The types of an incoming call: code (the command line's word) → the call type stored (F2/F3's 通话类型).
INCOMING_TYPES = {N_("咨询"): "客户来电咨询", N_("投诉"): "客户来电投诉", N_("预约"): "预约", N_("留言"): "代接留言",
                  N_("购车意向"): "购车意向"}
#: The same types in English words for the command line.
TYPE_WORDS = {"enquiry": "咨询", "complaint": "投诉", "booking": "预约", "message": "留言", "lead": "购车意向"}
PROSPECT_SOURCE = N_("来电")


@dataclass(frozen=True)
class Caller:
    """Who is calling from a number: the customers that number belongs to (usually one)."""

    phone: str
    customers: list[tuple[int, str]]  # (id, name)


def _phone(text: str) -> str:
    return required_phone(text, tr("请填写来电号码。"))


def find_caller(phone: str) -> Caller:
    """The live customers with this number as their phone or second phone."""
    permissions.require("view")
    number = _phone(phone)
    rows = Customer.select(Customer.id, Customer.name).where(
        Customer.deleted_at.is_null() & ((Customer.phone == number) | (Customer.phone2 == number))
    ).order_by(Customer.id).tuples()
    return Caller(number, [(customer_id, name) for customer_id, name in rows])


@dataclass
class Incoming:
    customer_id: int
    prospect: bool  # a new customer made from this call
    call_id: int
    lead_id: int | None = None
    task_id: int | None = None  # the message for a colleague, or the call back
    complaint_id: int | None = None

    def as_json(self) -> dict:
        return {"customer_id": self.customer_id, "prospect": self.prospect, "call_id": self.call_id,
                "lead_id": self.lead_id, "task_id": self.task_id, "complaint_id": self.complaint_id}


def _staff_names() -> list[str]:
    return [row[0] for row in Staff.select(Staff.name).where(Staff.active).tuples()]


def incoming(phone: str, *, call_type: str = "咨询", name: str = "", customer_id: int | None = None,
             notes: dict | None = None, lead: dict | None = None, message: dict | None = None,
             at: datetime.datetime | None = None) -> Incoming:
    """Log an incoming call in one transaction. The caller is the customer given, else the one with this number;
    an unknown number with a name becomes a prospect. ``call_type`` (RULES §9): 咨询, 投诉 (a complaint draft),
    预约 (the booking follows on screen), 留言 (``message``: ``for`` the colleague, ``about``, ``by`` the day to call
    back), 购车意向 (``lead``: ``model``, ``need`` 新购/置换/推荐, ``call_time``). A 下次联系日期 in ``notes``
    (``next_contact``) puts a call back on the list that day."""
    actor = permissions.require("create")
    call_type = TYPE_WORDS.get(call_type, call_type)
    if call_type not in INCOMING_TYPES:
        raise UserError(tr("来电类型应为 {types} 之一，不是“{value}”。").format(
            types=tr("、").join(INCOMING_TYPES), value=call_type))
    number = _phone(phone) if phone or customer_id is None else ""  # a customer picked on screen: their number
    name = clean_text(name)[:100]
    at = at or now()
    message = dict(message or {})
    lead = dict(lead or {})
    if call_type == "留言":
        message["for"] = clean_text(message.get("for", ""))
        if not message["for"]:
            raise UserError(tr("留言请写明给谁（回电人）。"))
        if message["for"] not in _staff_names():
            raise UserError(tr("“{name}”不是本店的用户；留言请给本店的同事。").format(name=message["for"]))
        message["about"] = clean_multiline(message.get("about", "") or (notes or {}).get("what", ""))[:150]
        if not message["about"]:
            raise UserError(tr("请写明留言的内容（来电事由）。"))
        due = message.get("by") or at.date()
        if isinstance(due, str):
            due = datetime.date.fromisoformat(due)
        if due < at.date():
            raise UserError(tr("回电日期不能早于今天。"))
        message["by"] = due
    if call_type == "购车意向":
        need = TYPE_NEEDS.get(lead.get("need") or "新购", lead.get("need") or "新购")
        if need not in LEAD_NEEDS:
            raise UserError(tr("需求应为 {needs} 之一，不是“{value}”。").format(
                needs=tr("、").join(tr_values(LEAD_NEEDS)), value=lead.get("need")))
        lead["need"] = need
    values = followup.call_values({k: v for k, v in (notes or {}).items() if v not in (None, "")})
    next_contact = values.get("next_contact")
    if next_contact is not None and next_contact <= at.date():
        raise UserError(tr("下次联系日期应在今天以后，不是 {day}。").format(day=next_contact))
    with write():
        prospect = False
        if customer_id is not None:
            customer = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
            if customer is None:
                raise NotFound(tr("找不到客户（编号 {customer_id}）。").format(customer_id=customer_id))
        else:
            known = find_caller(number).customers
            if known:
                customer_id = known[0][0]
            else:
                if not name:
                    raise UserError(tr("档案里没有号码 {phone}：请填写来电人的姓名，登记为潜在客户。").format(phone=number))
                customer_id = archive.save_customer({"name": name, "phone": number, "source": PROSPECT_SOURCE},
                                                    confirm=True)
                Customer.update(prospect=True).where(Customer.id == customer_id).execute()
                prospect = True
        values["call_type"] = INCOMING_TYPES[call_type]
        if call_type == "留言" and not values.get("what"):
            values["what"] = message["about"]
        call = CallLog.create(customer=customer_id, at=at, caller=actor.name, **values)
        result = Incoming(customer_id, prospect, call.id)
        if call_type == "投诉":  # a complaint phoned in becomes a draft to accept on the complaints tab
            text = "\n".join(x for x in (values.get("what"), values.get("request")) if x) or tr("客户来电投诉")
            result.complaint_id = Complaint.create(customer=customer_id, source_call=call, content=text).id
        if call_type == "留言":
            caller = Customer.get_by_id(customer_id)
            caller_name, number = name or caller.name, number or caller.phone
            result.task_id = task("message", f"message:call{call.id}", customer_id, message["by"], message["for"],
                                   MESSAGE_NOTE.format(caller=caller_name, phone=number, about=message["about"]))
        if call_type == "购车意向":
            result.lead_id = Lead.create(customer=customer_id, call=call, day=at.date(),
                                         model=clean_text(lead.get("model", ""))[:60], need=lead["need"],
                                         call_time=clean_text(lead.get("call_time", ""))[:60],
                                         note=clean_multiline(lead.get("note", "") or values.get("request", "")),
                                         by=actor.name, created_at=now()).id
        if next_contact is not None:
            result.task_id = result.task_id or task(
                "callback", f"callback:call{call.id}", customer_id, next_contact, actor.name,
                CALLBACK_NOTE.format(about=(values.get("what") or values.get("request") or "")[:150]))
        audit.record("call", "customer", customer_id, detail=INCOMING_TYPES[call_type]
                     + ("（潜在客户）" if prospect else ""))
    return result


#: The command line's English words for a lead's need.
TYPE_NEEDS = {"new": "新购", "trade-in": "置换", "referral": "推荐"}


#: How long a message or a call back stays on the list before it counts as missed: a message until it is done
#: (a year at most), a call back a week.
OPEN_DAYS = {"message": 365, "callback": 7}


def task(reason: str, key: str, customer_id: int, day: datetime.date, assignee: str, note: str) -> int:
    stamp = now()
    return CallTask.create(key=key, customer=customer_id, reason=reason, due_date=day, window_start=day,
                           window_end=day + datetime.timedelta(days=OPEN_DAYS[reason]), assignee=assignee,
                           note=note[:200], created_at=stamp, updated_at=stamp).id


@dataclass
class LeadLine:
    """One line of F17 and of the leads list."""

    id: int
    day: datetime.date
    customer_id: int
    name: str
    phone: str
    model: str
    need: str
    call_time: str
    by: str
    handed_to: str
    outcome: str
    outcome_note: str
    prospect: bool


def leads(first: datetime.date | None = None, last: datetime.date | None = None, *, open_only: bool = False
          ) -> list[LeadLine]:
    """The sales leads registered in [first, last] (all without dates), newest first."""
    permissions.require("view")
    query = Lead.select(Lead, Customer).join(Customer)
    if first is not None:
        query = query.where(Lead.day >= first)
    if last is not None:
        query = query.where(Lead.day <= last)
    if open_only:
        query = query.where(Lead.outcome.in_(["", "跟进中"]))
    return [LeadLine(lead.id, lead.day, lead.customer_id, lead.customer.name, lead.customer.phone, lead.model,
                     lead.need, lead.call_time, lead.by, lead.handed_to, lead.outcome, lead.outcome_note,
                     bool(lead.customer.prospect))
            for lead in query.order_by(Lead.day.desc(), Lead.id.desc())]


def hand_over(lead_id: int, consultant: str) -> None:
    """The lead passed to a sales consultant (F17 转交销售顾问)."""
    actor = permissions.require("edit")
    consultant = clean_text(consultant)[:60]
    if not consultant:
        raise UserError(tr("请写明转交给哪位销售顾问。"))
    with write():
        lead = _lead(lead_id)
        Lead.update(handed_to=consultant).where(Lead.id == lead_id).execute()
        audit.record("update", "lead", lead_id, {"handed_to": [lead.handed_to, consultant]}, detail=actor.name)


def record_outcome(lead_id: int, outcome: str, note: str = "") -> None:
    """What sales reports back (F17 跟进结果): 跟进中, 已到店, 已成交, 无意向."""
    permissions.require("edit")
    if outcome not in LEAD_OUTCOMES:
        raise UserError(tr("跟进结果应为 {outcomes} 之一，不是“{value}”。").format(
            outcomes=tr("、").join(tr_values(LEAD_OUTCOMES)), value=outcome))
    with write():
        lead = _lead(lead_id)
        Lead.update(outcome=outcome, outcome_note=clean_text(note)[:200], outcome_at=now()).where(
            Lead.id == lead_id).execute()
        audit.record("update", "lead", lead_id, {"outcome": [lead.outcome, outcome]})


def _lead(lead_id: int) -> Lead:
    lead = Lead.get_or_none(Lead.id == lead_id)
    if lead is None:
        raise NotFound(tr("找不到销售线索（编号 {lead_id}）。").format(lead_id=lead_id))
    return lead


def answer_question(call_id: int, day: datetime.date | None = None) -> None:
    """A researched question answered: the day the customer was told (F2 答复客户日期, 000 rule 4)."""
    permissions.require("edit")
    day = day or clock.today()
    with write():
        call = CallLog.get_or_none(CallLog.id == call_id)
        if call is None or not call.open_question:
            raise NotFound(tr("找不到需研究的问题（通话 {call_id}）。").format(call_id=call_id))
        if day < call.at.date():
            raise UserError(tr("答复日期不能早于来电日期 {day}。").format(day=call.at.date()))
        CallLog.update(answered_on=day).where(CallLog.id == call_id).execute()
        audit.record("update", "call_log", call_id, {"answered_on": [call.answered_on, day]})


def caller_summary(customer_id: int) -> str:
    """What the desk should know before saying hello (来电弹屏): open calls owed, open complaints, coming
    appointments — one line in the user's language."""
    permissions.require("view")
    from carecenter.models import Appointment
    today = clock.today()
    tasks = CallTask.select().where((CallTask.customer == customer_id) & (CallTask.status == "open")
                                    & (CallTask.due_date <= today + datetime.timedelta(days=7))).count()
    open_complaints = [number for (number,) in Complaint.select(Complaint.number).where(
        (Complaint.customer == customer_id) & Complaint.state.not_in(["已封闭", "草稿"])).tuples()]
    coming = [start for (start,) in Appointment.select(Appointment.start).where(
        (Appointment.customer == customer_id) & (Appointment.status.in_(["已预约", "已确认"]))
        & (Appointment.start >= datetime.datetime.combine(today, datetime.time.min))).order_by(
        Appointment.start).tuples()]
    customer = Customer.get_by_id(customer_id)
    parts = [tr("待回访 {count} 项").format(count=tasks)]
    parts.append(tr("未结投诉：{numbers}").format(numbers=tr("、").join(open_complaints)) if open_complaints
                 else tr("无未结投诉"))
    parts.append(tr("预约：{when}").format(when=f"{coming[0]:%m-%d %H:%M}") if coming else tr("无预约"))
    if customer.prospect:
        parts.insert(0, tr("潜在客户"))
    if customer.club_level:
        parts.insert(0, tr(customer.club_level))
    return tr("；").join(parts)


def log_incoming(customer_id: int, call_type: str, notes: dict | None = None,
                 at: datetime.datetime | None = None) -> int:
    """A call a known customer made, by the call type stored on F2/F3 (客户来电咨询, 客户来电投诉, 预约, …) or its
    short word: :func:`incoming` for that customer; returns the call's id."""
    code = STORED_TYPES.get(call_type, call_type)
    return incoming("", call_type=code, customer_id=customer_id, notes=notes, at=at).call_id


#: The call types as stored → the short words of :data:`INCOMING_TYPES`.
STORED_TYPES = {stored: code for code, stored in INCOMING_TYPES.items()}


def questions_to_report(day: datetime.date | None = None) -> list[CallLog]:
    """000 rule 4: a question still open 2 days after the call goes to the supervisor."""
    permissions.require("view")
    day = day or clock.today()
    limit = datetime.datetime.combine(day - datetime.timedelta(days=2), datetime.time.max)
    return list(CallLog.select().where((CallLog.open_question != "") & CallLog.answered_on.is_null()
                                       & CallLog.reported_on.is_null() & (CallLog.at <= limit))
                .order_by(CallLog.at))


def mark_reported(call_id: int, day: datetime.date | None = None) -> None:
    """上报主管: the open question of a call has been reported to the supervisor."""
    permissions.require("edit")
    with write():
        CallLog.update(reported_on=day or clock.today()).where(CallLog.id == call_id).execute()
        audit.record("update", "call", call_id, {"reported_on": [None, str(day or clock.today())]})
