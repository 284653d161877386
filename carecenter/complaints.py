"""Complaint handling (投诉处理), RULES.md §3: acceptance with a gap-free number, the 120-minute / 3-or-7-working-day
clock, the states, escalation and warnings, the KPIs.

States: 草稿 → 未处理 → 处理中 → 处理完成 → 已封闭; any open state → 已升级; 处理完成 or 已封闭 → 处理中 is a
reopening, counted and recorded.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import peewee as pw

from carecenter import audit, clock, permissions, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import (
    CATEGORIES,
    CHANNELS,
    SIGNATURE_BOXES,
    CallTask,
    Complaint,
    ComplaintEvent,
    ComplaintSignature,
    Customer,
    Vehicle,
    level_of,
    now,
)
from carecenter.store import date_of, serialize, write
from carecenter.validate import clean_multiline
from carecenter.workdays import Calendar, OpeningHours
from carecenter.i18n import N_, StoredWords, tr, tr_values

RESPONSE_MINUTES = 120
CLOSURE_DAYS = {"A": 3, "B": 7}  # C: no limit
REPEAT_DAYS = 7
OVERRIDES_KEY = "calendar.overrides"

#: Legal moves between states (reopening is 处理完成/已封闭 → 处理中).
TRANSITIONS = {
    "未处理": {"处理中", "已升级"},
    "处理中": {"处理完成", "已升级"},
    "处理完成": {"已封闭", "处理中", "已升级"},
    "已封闭": {"处理中"},
    # an escalated complaint goes on (RULES §3: no state is a dead end): worked on, solved and closed
    "已升级": {"处理中", "处理完成", "已封闭"},
}


NOTICES_KEY = "calendar.notices"


def calendar() -> Calendar:
    """The dealership's calendar: its own overrides (a setting), the official notices it loaded (a setting), the
    library's holidays, its opening hours."""
    overrides = {datetime.date.fromisoformat(day): bool(working)
                 for day, working in settings.get(OVERRIDES_KEY).items()}
    notices = {int(year): {datetime.date.fromisoformat(day): bool(working) for day, working in notice["days"].items()}
               for year, notice in settings.get(NOTICES_KEY).items()}
    return Calendar(overrides=overrides, notices=notices,
                    hours=OpeningHours.parse(settings.get("hours.opens"), settings.get("hours.closes")))


def set_override(day: datetime.date, working: bool | None) -> int:
    """Mark a day working or not (None removes the mark); every open complaint's deadlines are recomputed with it
    (deadlines stored once and never again is how other systems went wrong). Returns how many moved."""
    with write():
        overrides = dict(settings.get(OVERRIDES_KEY))
        if working is None:
            overrides.pop(day.isoformat(), None)
        else:
            overrides[day.isoformat()] = working
        settings.set_value(OVERRIDES_KEY, overrides)  # checks the settings right and audits
        return recompute_deadlines()


def deadlines(accepted: datetime.datetime, level: str, cal: Calendar | None = None
              ) -> tuple[datetime.datetime, datetime.datetime | None, bool]:
    """The response and closure deadlines, and whether the closure deadline is an estimate (counted through a year
    whose official schedule is not loaded)."""
    cal = cal or calendar()
    days = CLOSURE_DAYS.get(level)
    closure, estimated = cal.closure_deadline_estimated(accepted, days) if days else (None, False)
    return cal.response_deadline(accepted, RESPONSE_MINUTES), closure, estimated


def recompute_deadlines() -> int:
    """Recompute the stored deadlines of every complaint not yet closed; returns how many changed."""
    cal = calendar()
    moved = 0
    for complaint in Complaint.select().where(Complaint.accepted_at.is_null(False)
                                              & Complaint.state.not_in(["已封闭", "已升级"])):
        response, closure, estimated = deadlines(complaint.accepted_at, complaint.level, cal)
        if (response, closure, estimated) != (complaint.response_due, complaint.closure_due,
                                              complaint.closure_estimated):
            Complaint.update(response_due=response, closure_due=closure, closure_estimated=estimated,
                             updated_at=now()).where(Complaint.id == complaint.id).execute()
            moved += 1
    return moved


def _event(complaint_id: int, kind: str, actor: str, detail: str = "", at: datetime.datetime | None = None) -> None:
    ComplaintEvent.create(complaint=complaint_id, at=at or now(), kind=kind, actor=actor, detail=detail)


def _next_number(year: int) -> str:
    """TS-<year>-NNNN, gap-free: the next after the year's highest (inside the write lock)."""
    prefix = f"TS-{year}-"
    serialize("complaint-number")  # two desks accepting at once still get consecutive numbers
    last = (Complaint.select(pw.fn.MAX(Complaint.number)).where(Complaint.number.startswith(prefix)).scalar())
    return f"{prefix}{(int(last[len(prefix):]) if last else 0) + 1:04d}"


def accept(complaint_id: int, category: str, channel: str, accepted_at: datetime.datetime | None = None,
           content: str | None = None) -> str:
    """Accept a draft (受理): number, level, clock. Returns the number."""
    actor = permissions.require("create")
    if category not in CATEGORIES:
        raise UserError(tr("投诉类别“{category}”无效。").format(category=category))
    if category == UPGRADED_CATEGORY:
        raise UserError(tr("C类投诉是主管从已受理的投诉升级而来的（投诉页的“升级为C类”），受理时请选 A 或 B 类。"))
    if channel not in CHANNELS:
        raise UserError(tr("投诉渠道应为 {v1} 之一。").format(v1=tr("、").join(tr_values(CHANNELS))))
    accepted_at = accepted_at or now()
    with write():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
        if complaint.state != "草稿":
            raise UserError(tr("投诉 {v1} 已受理。").format(v1=complaint.number or complaint_id))
        level = level_of(category)
        response, closure, estimated = deadlines(accepted_at, level)
        complaint.closure_estimated = estimated
        complaint.number = _next_number(accepted_at.year)
        complaint.category, complaint.channel, complaint.level = category, channel, level
        complaint.accepted_at, complaint.response_due, complaint.closure_due = accepted_at, response, closure
        complaint.state, complaint.handler, complaint.updated_at = "未处理", actor.name, now()
        original = repeat_of(complaint.customer_id, category, accepted_at)
        if original is not None and original.id != complaint.id:
            complaint.escalated_from = original  # 升级处理: the original was not solved the first time
        if content is not None:
            complaint.content = clean_multiline(content)
        complaint.save()
        _event(complaint.id, "accepted", actor.name, ACCEPTED_EVENT.format(category=category, channel=channel),
               accepted_at)
        audit.record("update", "complaint", complaint.id, {"state": ["草稿", "未处理"]}, detail=complaint.number)
    return complaint.number


def file(customer_id: int, content: str, category: str, channel: str,
         accepted_at: datetime.datetime | None = None, vehicle_id: int | None = None) -> int:
    """A complaint taken at the desk (a walk-in, a call, a letter): the draft and its acceptance in one transaction.
    ``vehicle_id`` is the car it is about (one of the customer's; without it, their newest). Returns the id."""
    permissions.require("create")
    text = clean_multiline(content)
    if not text:
        raise UserError(tr("请填写抱怨/投诉内容。"))
    with write():
        if Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null()) is None:
            raise NotFound(tr("找不到客户（编号 {customer_id}）。").format(customer_id=customer_id))
        cars = Vehicle.select(Vehicle.id).where((Vehicle.customer == customer_id) & Vehicle.deleted_at.is_null())
        if vehicle_id is not None:
            cars = cars.where(Vehicle.id == vehicle_id)
        vehicle = cars.order_by(Vehicle.id.desc()).first()
        if vehicle_id is not None and vehicle is None:
            raise UserError(tr("这辆车不属于该客户，请重新选择车辆。"))
        complaint = Complaint.create(customer=customer_id, vehicle=vehicle.id if vehicle else None, content=text)
        accept(complaint.id, category, channel, accepted_at)
    return complaint.id


def move(complaint_id: int, state: str, at: datetime.datetime | None = None, note: str = "") -> None:
    """Change the state along a legal move; reopening (back to 处理中) is counted."""
    actor = permissions.require("edit")
    at = at or now()
    with write():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
        allowed = TRANSITIONS.get(complaint.state, set())
        if state not in allowed:
            raise UserError(
                tr("投诉 {number} 不能从“{state}”改为“{state2}”。").format(
                    number=complaint.number, state=complaint.state, state2=state
                )
            )
        before = complaint.state
        if state == "处理中" and before in ("处理完成", "已封闭"):
            complaint.reopened += 1
            complaint.closed_at = None
        if state == "处理完成":
            complaint.resolved_at = at
        if state == "已封闭":
            complaint.closed_at = at
        complaint.state, complaint.updated_at = state, now()
        complaint.save()
        _event(complaint.id, "reopened" if complaint.reopened and state == "处理中" and before != "未处理"
               else "state", actor.name, f"{before} → {state}" + (f"：{note}" if note else ""), at)
        audit.record("update", "complaint", complaint.id, {"state": [before, state]}, detail=complaint.number)


def contact(complaint_id: int, at: datetime.datetime | None = None, note: str = "") -> None:
    """The desk reached the customer; the first contact answers the 120-minute clock."""
    actor = permissions.require("edit")
    at = at or now()
    with write():
        complaint = Complaint.get_by_id(complaint_id)
        if complaint.first_response_at is None:
            Complaint.update(first_response_at=at, updated_at=now()).where(Complaint.id == complaint_id).execute()
        if complaint.promised_reply_at is not None and complaint.promise_kept_at is None:  # the answer given
            Complaint.update(promise_kept_at=at).where(Complaint.id == complaint_id).execute()
            CallTask.update(status="done", outcome="informed", attempts=CallTask.attempts + 1, completed_at=at,
                            updated_at=now()).where(
                (CallTask.reason == "complaint_reply") & (CallTask.status == "open")
                & CallTask.key.startswith(f"complaint_reply:complaint{complaint_id}:")).execute()
        _event(complaint_id, "contact", actor.name, note, at)


def customer_called(complaint_id: int, at: datetime.datetime | None = None, note: str = "") -> str:
    """The customer called again about it; returns the warning raised, if any (RULES §3 升级预警)."""
    actor = permissions.require("edit")
    with write():
        complaint = Complaint.get_by_id(complaint_id)
        complaint.contact_count += 1
        complaint.warning = complaint.warning or warning_for(complaint)
        complaint.updated_at = now()
        complaint.save()
        _event(complaint_id, "customer_call", actor.name, note, at)
    return complaint.warning


#: The reasons for an escalation warning, stored in these words and shown in the user's language.
CALLED_WHILE_OPEN = N_("状态为未处理，客户已来电 {count} 次")
CALLED_WHILE_IN_PROGRESS = N_("状态为处理中，客户已来电 {count} 次")
NOBODY_CALLED = N_("客户表示无人与其联系")
STRONG_EMOTION = N_("客户情绪激动，要求立即答复")
CLAIMS_MEDIA = N_("客户自称媒体")
REPEATED = N_("同一问题在处理完成后 7 天内再次投诉")
MANAGER_MARKED = N_("经理标记为特殊情况：{note}")
PROMISE_MISSED = N_("承诺 {when} 答复客户，已过时未答复")
UPGRADED_EVENT = N_("{old} → C4：{reason}")
PROMISED_EVENT = N_("承诺 {when} 前答复客户")
ATTACHED_EVENT = N_("附件：{name}")
#: What the history of a complaint says of an event, stored in these words (the values as they were).
ACCEPTED_EVENT = N_("{category} {channel}")
IMPORTED_EVENT = N_("工单 {work_order}（导入）")
WITHDRAWN_EVENT = N_("{box}：{reason}")
STORED = StoredWords(CALLED_WHILE_OPEN, CALLED_WHILE_IN_PROGRESS, NOBODY_CALLED, STRONG_EMOTION, CLAIMS_MEDIA,
                     REPEATED, MANAGER_MARKED, PROMISE_MISSED, UPGRADED_EVENT, PROMISED_EVENT, ATTACHED_EVENT,
                     IMPORTED_EVENT,
                     WITHDRAWN_EVENT, ACCEPTED_EVENT,
                     fields={"channel": tr, "box": tr})


def in_language(text: str) -> str:
    """A warning or an event's detail as stored, in the current language."""
    return STORED.show(text)


def escalation_reason(complaint: Complaint) -> str:
    """Why the complaint is escalated or warned about, in the user's language (F7's 升级预警原因描述); empty when it
    is neither."""
    return in_language(complaint.warning or (REPEATED if complaint.escalated_from_id else ""))


def warning_for(complaint: Complaint, *, says_nobody_called: bool = False, strong_emotion: bool = False,
                claims_media: bool = False, manager_mark: str = "") -> str:
    """The reason for an escalation warning, or "" (RULES §3)."""
    if complaint.state == "未处理" and complaint.contact_count >= 2:
        return CALLED_WHILE_OPEN.format(count=complaint.contact_count)
    if complaint.state == "处理中" and complaint.contact_count >= 3:
        return CALLED_WHILE_IN_PROGRESS.format(count=complaint.contact_count)
    if says_nobody_called:
        return NOBODY_CALLED
    if strong_emotion:
        return STRONG_EMOTION
    if claims_media:
        return CLAIMS_MEDIA
    return manager_mark


#: The warning conditions a person sets when they hear them (RULES §3 升级预警): code → the words stored.
WARNING_KINDS = {"nobody": NOBODY_CALLED, "emotion": STRONG_EMOTION, "media": CLAIMS_MEDIA, "manager": MANAGER_MARKED}
WARNING_TITLES = {"nobody": N_("客户表示无人联系"), "emotion": N_("客户情绪激动，要求立即答复"), "media": N_("客户自称媒体"),
                  "manager": N_("经理标记特殊情况")}
#: The category of a complaint upgraded to C (003 C4 升级至C类的投诉).
UPGRADED_CATEGORY = "C4"
#: States from which a complaint is still being worked on.
OPEN_STATES = ("未处理", "处理中", "已升级")


def _accepted(complaint_id: int) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
    if complaint.state == "草稿":
        raise UserError(tr("投诉尚未受理：请先受理。"))
    return complaint


def _when(at: datetime.datetime | None) -> datetime.datetime:
    moment = at or now()
    if moment > now() + datetime.timedelta(minutes=1):
        raise UserError(tr("时间不能晚于现在（{at:%Y-%m-%d %H:%M}）。").format(at=moment))
    return moment


def warn(complaint_id: int, kind: str, note: str = "", at: datetime.datetime | None = None) -> str:
    """Whoever hears it records a warning condition (RULES §3): the customer says nobody contacted them, strong
    emotion demanding an immediate answer, claims to be media, or a special case the manager marks (with its
    words). The complaint shows it, F7 prints it; the event keeps who and when. Returns the warning's words."""
    actor = permissions.require("edit")
    if kind not in WARNING_KINDS:
        raise UserError(tr("预警情况应为 {kinds} 之一，不是“{kind}”。").format(kinds=tr("、").join(WARNING_KINDS), kind=kind))
    note = clean_multiline(note)[:200]
    if kind == "manager":
        permissions.require("supervise_complaints")
        if not note:
            raise UserError(tr("请写明经理标记的特殊情况。"))
    at = _when(at)
    text = MANAGER_MARKED.format(note=note) if kind == "manager" else WARNING_KINDS[kind]
    with write():
        complaint = _accepted(complaint_id)
        if complaint.state == "已封闭":
            raise UserError(tr("投诉 {number} 已封闭，不能再标记预警。").format(number=complaint.number))
        before = complaint.warning
        Complaint.update(warning=text, updated_at=now()).where(Complaint.id == complaint_id).execute()
        _event(complaint_id, "warning", actor.name, text if kind == "manager" or not note else f"{text}：{note}", at)
        audit.record("update", "complaint", complaint_id, {"warning": [before, text]}, detail=complaint.number)
    return text


def upgrade_to_c(complaint_id: int, reason: str, at: datetime.datetime | None = None) -> None:
    """A supervisor upgrades a complaint that cannot be solved in its time to C (RULES §3): it keeps its number and
    history, loses its closure deadline and goes on to 处理完成 and 已封闭; a deadline it had already missed still
    counts as missed in 及时封闭率."""
    actor = permissions.require("supervise_complaints")
    reason = clean_multiline(reason)[:200]
    if not reason:
        raise UserError(tr("请写明升级为C类的原因。"))
    at = _when(at)
    with write():
        complaint = _accepted(complaint_id)
        if complaint.level == "C":
            raise UserError(tr("投诉 {number} 已是C类。").format(number=complaint.number))
        if complaint.state not in OPEN_STATES:
            raise UserError(tr("投诉 {number} 是“{state}”状态：只有处理中的投诉可以升级为C类。").format(
                number=complaint.number, state=tr(complaint.state)))
        late = complaint.closure_due is not None and at > complaint.closure_due
        old = complaint.category
        Complaint.update(category=UPGRADED_CATEGORY, level="C", closure_due=None, closure_estimated=False,
                         upgraded_at=at, late_when_upgraded=late, category_before_upgrade=old,
                         updated_at=now()).where(
            Complaint.id == complaint_id).execute()
        _event(complaint_id, "upgraded", actor.name, UPGRADED_EVENT.format(old=old, reason=reason), at)
        audit.record("update", "complaint", complaint_id, {"category": [old, UPGRADED_CATEGORY], "level":
                                                           [complaint.level, "C"]}, detail=complaint.number)


def promise_reply(complaint_id: int, when: datetime.datetime | str) -> int:
    """明确回复客户时间 (003): the desk promised the customer an answer by ``when``. It is kept with the complaint and
    becomes a call on the handler's list that day; the next contact with the customer keeps the promise; past it
    unkept, the complaint shows a warning. Returns the reminder's task id."""
    actor = permissions.require("edit")
    when = _parse_time(when)
    if when is None:
        raise UserError(tr("请填写约定答复客户的时间（YYYY-MM-DD HH:MM）。"))
    if when <= now():
        raise UserError(tr("答复客户的时间应在现在之后，不是 {when:%Y-%m-%d %H:%M}。").format(when=when))
    with write():
        complaint = _accepted(complaint_id)
        if complaint.state not in OPEN_STATES:
            raise UserError(tr("投诉 {number} 是“{state}”状态，不需要再约定答复时间。").format(
                number=complaint.number, state=tr(complaint.state)))
        Complaint.update(promised_reply_at=when, promise_kept_at=None, updated_at=now()).where(
            Complaint.id == complaint_id).execute()
        # one reminder per complaint: a new promise moves it
        CallTask.update(status="cancelled", updated_at=now()).where(
            (CallTask.reason == "complaint_reply") & (CallTask.status == "open")
            & CallTask.key.startswith(f"complaint_reply:complaint{complaint_id}:")).execute()
        day = when.date()
        task = CallTask.create(key=f"complaint_reply:complaint{complaint_id}:{when:%Y%m%d%H%M}",
                               customer=complaint.customer_id, vehicle=complaint.vehicle_id, reason="complaint_reply",
                               due_date=day, window_start=day, window_end=day + datetime.timedelta(days=1),
                               assignee=complaint.handler or actor.name,
                               note=PROMISED_EVENT.format(when=f"{when:%Y-%m-%d %H:%M}") + f"（{complaint.number}）")
        _event(complaint_id, "promise", actor.name, PROMISED_EVENT.format(when=f"{when:%Y-%m-%d %H:%M}"))
        audit.record("update", "complaint", complaint_id, {"promised_reply_at": [complaint.promised_reply_at, when]},
                     detail=complaint.number)
    return task.id


def promise_missed(complaint: Complaint, at: datetime.datetime | None = None) -> bool:
    """A promised reply time passed without a contact with the customer since the promise."""
    return (complaint.promised_reply_at is not None and complaint.promise_kept_at is None
            and complaint.state in OPEN_STATES and (at or now()) > complaint.promised_reply_at)


def repeat_of(customer_id: int, category: str, at: datetime.datetime) -> Complaint | None:
    """The complaint a new one repeats: same customer, same issue, within 7 days of 处理完成 (RULES §3)."""
    since = at - datetime.timedelta(days=REPEAT_DAYS)
    return (Complaint.select().where((Complaint.customer == customer_id) & (Complaint.category == category)
                                     & Complaint.resolved_at.between(since, at))
            .order_by(Complaint.resolved_at.desc()).first())


@dataclass
class Kpis:
    count: int
    responded_on_time: int
    closed_on_time: int
    solved_first_time: int

    def rate(self, part: int) -> float:
        return round(100.0 * part / self.count, 1) if self.count else 0.0

    def as_json(self) -> dict:
        return {"count": self.count,
                "response_on_time_rate": self.rate(self.responded_on_time),
                "closure_on_time_rate": self.rate(self.closed_on_time),
                "first_time_resolution_rate": self.rate(self.solved_first_time)}


def kpis(first: datetime.date, last: datetime.date) -> Kpis:
    """RULES §3 KPIs for complaints accepted in [first, last]."""
    permissions.require("view")
    return add_kpis(_kpi_groups(*clock.day_bounds(first, last), "0").values())


# --- the F6 form's fields and its signatures ------------------------------------------------------------------

F6_TEXT_FIELDS = ("content", "analysis", "investigation", "measures", "customer_feedback", "root_cause", "improvement",
                  "improvement_dept")
F6_TIME_FIELDS = ("transferred_at", "measures_done_at", "feedback_at")
BOXES = {box: (label, permission, locks) for box, label, permission, locks in SIGNATURE_BOXES}


def _live_signatures(complaint_id: int) -> list[ComplaintSignature]:
    return list(ComplaintSignature.select().where((ComplaintSignature.complaint == complaint_id)
                                                  & ComplaintSignature.withdrawn_at.is_null()))


def locked_fields(complaint_id: int) -> set[str]:
    """Fields a signature covers: they cannot change until it is withdrawn."""
    return {name for signature in _live_signatures(complaint_id) for name in BOXES[signature.box][2]}


def update_form(complaint_id: int, data: dict) -> None:
    """Fill in F6 fields; a field under a signature is refused with the name of the box."""
    permissions.require("edit")
    unknown = set(data) - set(F6_TEXT_FIELDS) - set(F6_TIME_FIELDS)
    if unknown:
        raise KeyError(f"unknown complaint fields: {sorted(unknown)}")
    with write():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
        locked = locked_fields(complaint_id) & set(data)
        if locked:
            boxes = sorted({BOXES[s.box][0] for s in _live_signatures(complaint_id) if set(BOXES[s.box][2]) & locked})
            raise UserError(tr("这些内容已由“{v1}”签名确认，需先撤回签名才能修改。").format(v1=tr("、").join(tr_values(boxes))))
        clean = {}
        for name, value in data.items():
            if name in F6_TIME_FIELDS:
                clean[name] = _parse_time(value)
            else:
                clean[name] = clean_multiline(value)
        before = {name: getattr(complaint, name) for name in clean}
        Complaint.update(**clean, updated_at=now()).where(Complaint.id == complaint_id).execute()
        audit.record("update", "complaint", complaint_id, audit.changes(before, clean), detail=complaint.number or "")


def _parse_time(value) -> datetime.datetime | None:
    if value is None or isinstance(value, datetime.datetime):
        return value
    text = str(value).strip().replace("/", "-")
    if not text:
        return None
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(tr("时间“{value}”应写成 YYYY-MM-DD HH:MM。").format(value=value)) from None


def sign(complaint_id: int, box: str, at: datetime.datetime | None = None) -> None:
    """Sign one F6 box; only a role holding that box may (RULES §3)."""
    if box not in BOXES:
        raise UserError(tr("没有签名栏“{box}”。").format(box=box))
    label, permission, _ = BOXES[box]
    actor = permissions.require(permission)
    with write():
        if any(s.box == box for s in _live_signatures(complaint_id)):
            raise UserError(tr("“{label}”已签名。").format(label=label))
        ComplaintSignature.create(complaint=complaint_id, box=box, signer=actor.name, role=actor.role,
                                  signed_at=at or now())
        _event(complaint_id, "signed", actor.name, label, at)
        audit.record("sign", "complaint", complaint_id, detail=label)


def withdraw(complaint_id: int, box: str, reason: str) -> None:
    """Withdraw a signature to change what it locked: the signer, or a director; always audited with the reason."""
    actor = permissions.require("edit")
    if not reason.strip():
        raise UserError(tr("撤回签名需要说明原因。"))
    with write():
        signature = next((s for s in _live_signatures(complaint_id) if s.box == box), None)
        if signature is None:
            raise UserError(tr("这一栏没有签名。"))
        if signature.signer != actor.name and not permissions.allowed("sign_director"):
            raise permissions.PermissionDenied(tr("只有签名人本人或关爱总监可以撤回签名。"))
        ComplaintSignature.update(withdrawn_at=now()).where(ComplaintSignature.id == signature.id).execute()
        _event(complaint_id, "withdrawn", actor.name, WITHDRAWN_EVENT.format(box=BOXES[box][0], reason=reason))
        audit.record("withdraw", "complaint", complaint_id, detail=f"{BOXES[box][0]}（{signature.signer}）：{reason}")


# --- the list -----------------------------------------------------------------------------------------------------


@dataclass
class ComplaintRow:
    id: int
    number: str
    customer_id: int
    name: str
    phone: str
    category: str
    channel: str
    state: str
    accepted_at: datetime.datetime | None
    deadline: datetime.datetime | None  # the clock that matters now: response until answered, then closure
    deadline_kind: str
    clock: str  # ok / soon (within 25 % of the time left) / overdue / none
    remaining: str
    warning: str
    escalated: bool
    deadline_estimated: bool = False  # the closure deadline was counted without the year's official notice


def _clock(accepted: datetime.datetime, deadline: datetime.datetime | None, at: datetime.datetime) -> tuple[str, str]:
    if deadline is None:
        return "none", tr("不限")
    left = deadline - at
    if left.total_seconds() < 0:
        hours = int(-left.total_seconds() // 3600)
        return "overdue", (tr("超时 {days} 天 {hours} 小时").format(days=hours // 24, hours=hours % 24) if hours >= 24
                           else tr("超时 {hours} 小时").format(hours=hours))
    span = (deadline - accepted).total_seconds() or 1
    hours = int(left.total_seconds() // 3600)
    text = (tr("剩 {days} 天 {hours} 小时").format(days=hours // 24, hours=hours % 24) if hours >= 24
            else tr("剩 {minutes} 分钟").format(minutes=int(left.total_seconds() // 60)))
    return ("soon" if left.total_seconds() <= 0.25 * span else "ok"), text


def complaint_rows(state: str = "", *, open_only: bool = False, overdue_only: bool = False, category: str = "",
                   handler: str = "", at: datetime.datetime | None = None, limit: int | None = None
                   ) -> list[ComplaintRow]:
    """The complaints list: each with the clock that matters now, overdue first. ``limit`` keeps the most recently
    accepted ones (a decade of closed complaints is not one screen)."""
    permissions.require("view")
    at = at or now()
    query = Complaint.select(Complaint, Customer).join(Customer)
    if state:
        query = query.where(Complaint.state == state)
    if category:
        query = query.where(Complaint.category == category)
    if handler:
        query = query.where(Complaint.handler == handler)
    if open_only:
        query = query.where(Complaint.state.not_in(["已封闭", "已升级"]))
    if limit is not None:
        # drafts (not accepted yet) first, then the most recent: on SQLite and PostgreSQL alike
        query = query.order_by(Complaint.accepted_at.is_null().desc(), Complaint.accepted_at.desc()).limit(limit)
    rows = []
    for c in query:
        if c.state in ("草稿",):
            deadline, kind, clock_state, remaining = None, "", "none", tr("待受理")
        elif c.state in ("已封闭", "已升级"):
            deadline, kind, clock_state, remaining = c.closure_due, N_("封闭"), "none", tr(c.state)
        else:
            if c.first_response_at is None:
                deadline, kind = c.response_due, N_("响应")
            else:
                deadline, kind = c.closure_due, N_("封闭")
            clock_state, remaining = _clock(c.accepted_at, deadline, at)
        warning = c.warning or (PROMISE_MISSED.format(when=f"{c.promised_reply_at:%Y-%m-%d %H:%M}")
                                if promise_missed(c, at) else "")
        rows.append(ComplaintRow(c.id, c.number or "", c.customer_id, c.customer.name, c.customer.phone, c.category,
                                 c.channel, c.state, c.accepted_at, deadline, kind, clock_state, remaining, warning,
                                 c.escalated_from_id is not None,
                                 kind == N_("封闭") and bool(c.closure_estimated)))
    if overdue_only:
        rows = [r for r in rows if r.clock == "overdue"]
    order = {"overdue": 0, "soon": 1, "ok": 2, "none": 3}
    rows.sort(key=lambda r: (order[r.clock], r.deadline or datetime.datetime.max, -r.id))
    return rows


def complaint_detail(complaint_id: int) -> tuple[Complaint, list[ComplaintEvent], dict[str, ComplaintSignature]]:
    permissions.require("view")
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
    events = list(ComplaintEvent.select().where(ComplaintEvent.complaint == complaint_id).order_by(ComplaintEvent.at))
    return complaint, events, {s.box: s for s in _live_signatures(complaint_id)}


def overdue_count(at: datetime.datetime | None = None) -> int:
    return sum(1 for row in complaint_rows(open_only=True, at=at) if row.clock == "overdue")


# --- work orders from the service centre (import) --------------------------------------------------------------

_CATEGORY_BY_CODE = {code.upper(): code for code in CATEGORIES}
_TITLE_CODES: dict[str, list[str]] = {}
for _code, _title in CATEGORIES.items():
    _TITLE_CODES.setdefault(_title, []).append(_code)


def parse_category(text: str) -> tuple[str, str]:
    """A category as a person or another system writes it: the code in any case (``a4a``, ``A4A``), the code and
    its title (``A4a 经销商销售服务``), or the title alone. Returns (code, "") or ("", why not, in the user's
    words); a title two categories share (其他: A4z and S9) needs its code."""
    text = " ".join(text.split())
    if not text:
        return "", tr("投诉类别为空（如 A4a、B4、S1 或其名称）。")
    head = text.replace("：", " ").replace(":", " ").split(" ")[0]
    if head.upper() in _CATEGORY_BY_CODE:
        return _CATEGORY_BY_CODE[head.upper()], ""
    codes = _TITLE_CODES.get(text) or _TITLE_CODES.get(text.split(" ")[-1], [])
    if len(codes) == 1:
        return codes[0], ""
    if codes:
        return "", tr("投诉类别“{text}”可指 {codes}，请写明代码。").format(text=text, codes="、".join(codes))
    return "", tr("投诉类别“{text}”无法识别（如 A4a、B4、S1 或其名称）。").format(text=text)
_CHANNEL_WORDS = {"电话": "电话", "400": "电话", "热线": "电话", "来电": "电话", "面谈": "面谈", "到店": "面谈",
                  "信函": "信函", "来信": "信函", "网站": "网站/媒体/消协", "媒体": "网站/媒体/消协",
                  "消协": "网站/媒体/消协", "网络": "网站/媒体/消协"}


def parse_work_order(values: dict) -> tuple[dict, list[tuple[str, str, str]]]:
    """A work order's fields as the import reads them: (clean values, [(field, message, severity)])."""
    from carecenter.validate import clean_text, parse_date
    problems: list[tuple[str, str, str]] = []
    clean: dict = {"work_order": clean_text(values.get("work_order"))}
    code, why_not = parse_category(clean_text(values.get("category")))
    if not code:
        problems.append(("category", why_not, "error"))
    clean["category"] = code
    raw_channel = clean_text(values.get("channel"))
    channel = raw_channel if raw_channel in CHANNELS else next(
        (value for word, value in _CHANNEL_WORDS.items() if word in raw_channel), "")
    if not channel:
        channel = "电话"
        if raw_channel:
            problems.append(("channel", f"投诉渠道“{raw_channel}”无法识别，已记为“电话”。", "warning"))
    clean["channel"] = channel
    accepted = values.get("accepted_at")
    if isinstance(accepted, datetime.datetime):
        clean["accepted_at"] = accepted.replace(microsecond=0)
    else:
        text = clean_text(accepted)
        try:
            clean["accepted_at"] = datetime.datetime.fromisoformat(text.replace("/", "-")) if text else None
        except ValueError:
            try:
                day = parse_date(text, "受理时间")
                clean["accepted_at"] = datetime.datetime.combine(day, datetime.time(9, 0)) if day else None
            except ValueError as error:
                problems.append(("accepted_at", str(error), "error"))
                clean["accepted_at"] = None
    if clean.get("accepted_at") is None and not any(p[0] == "accepted_at" for p in problems):
        problems.append(("accepted_at", "缺少受理时间。", "error"))
    clean["content"] = clean_multiline(values.get("content"))
    if not clean["content"]:
        problems.append(("content", "缺少投诉内容。", "error"))
    return clean, problems


def create_accepted(rows: list[dict], actor: str) -> int:
    """Write imported work orders as accepted complaints, in the order they were accepted (inside the import's
    transaction): numbers, deadlines, the acceptance event."""
    cal = calendar()
    for row in sorted(rows, key=lambda r: r["accepted_at"]):
        level = level_of(row["category"])
        response, closure, estimated = deadlines(row["accepted_at"], level, cal)
        complaint = Complaint.create(
            customer=row["customer"], vehicle=row.get("vehicle"), number=_next_number(row["accepted_at"].year),
            work_order=row["work_order"], category=row["category"], channel=row["channel"], level=level,
            state="未处理", content=row["content"], accepted_at=row["accepted_at"], response_due=response,
            closure_due=closure, closure_estimated=estimated, handler=actor)
        _event(complaint.id, "accepted", actor, IMPORTED_EVENT.format(work_order=row["work_order"]), row["accepted_at"])
    return len(rows)


def kpis_by(first: datetime.date, last: datetime.date, key: str) -> dict[str, Kpis]:
    """The same KPIs per category or per channel (``key`` is "category" or "channel")."""
    permissions.require("view")
    if key not in ("category", "channel"):
        raise ValueError(key)
    return dict(sorted(_kpi_groups(*clock.day_bounds(first, last), f"c.{key}").items()))


def kpis_by_day(first: datetime.date, last: datetime.date) -> dict[datetime.date, Kpis]:
    """The KPIs of the complaints accepted on each day of [first, last] that had any (the trend adds them up)."""
    permissions.require("view")
    return {date_of(day): figures
            for day, figures in _kpi_groups(*clock.day_bounds(first, last), "DATE(c.accepted_at)").items()}


def add_kpis(parts) -> Kpis:
    parts = list(parts)
    return Kpis(*(sum(getattr(k, name) for k in parts)
                  for name in ("count", "responded_on_time", "closed_on_time", "solved_first_time")))


def _kpi_groups(start: datetime.datetime, end: datetime.datetime, group: str) -> dict:
    """The KPIs of the complaints accepted in [start, end) (repeats aside) per value of the SQL ``group``, counted
    by the database: a repeat (a later complaint escalating this one) or a reopening spoils 一次解决."""
    db = Complaint._meta.database
    mark = db.param
    sql = (f"SELECT {group}, COUNT(*), "
           "SUM(CASE WHEN c.first_response_at IS NOT NULL AND c.first_response_at <= c.response_due THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN c.closed_at IS NOT NULL AND NOT c.late_when_upgraded "
           "AND (c.closure_due IS NULL OR c.closed_at <= c.closure_due) THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN c.resolved_at IS NOT NULL AND c.reopened = 0 AND NOT EXISTS (SELECT 1 FROM complaint r "
           "WHERE r.escalated_from_id = c.id) THEN 1 ELSE 0 END) "
           f"FROM complaint c WHERE c.accepted_at >= {mark} AND c.accepted_at < {mark} "
           "AND c.escalated_from_id IS NULL GROUP BY 1")
    return {key: Kpis(int(n), int(a or 0), int(b or 0), int(d or 0))
            for key, n, a, b, d in db.execute_sql(sql, (start, end))}
