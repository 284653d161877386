"""Service appointments (预约, RULES §7): the booking book with its capacity, booking from a reminder call, the
confirmation call the working day before, arrival (by hand or matched from a visit), no-shows and their call, and the
manager's figures. Qt-free; every write is one transaction."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import peewee as pw

from carecenter import audit, clock, complaints, permissions, session, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import (
    APPOINTMENT_KINDS,
    APPOINTMENT_SOURCES,
    BOOKING_REASONS,
    KIND_CODES,
    REASONS,
    Appointment,
    AppointmentEvent,
    CallLog,
    CallTask,
    Customer,
    ServiceVisit,
    Vehicle,
    now,
)
from carecenter.followup_rules import CONFIRM_APPOINTMENT, NO_SHOW
from carecenter.store import key_prefix, serialize, write
from carecenter.validate import clean_multiline, clean_text
from carecenter.i18n import N_, tr

#: A slot is 30 minutes (RULES §7, decided).
SLOT_MINUTES = 30
#: States that hold a bay.
HOLDING = (N_("已预约"), N_("已确认"), N_("已到店"))
#: States an appointment can still move from.
OPEN = (N_("已预约"), N_("已确认"))
#: A visit this many days either side of the appointment marks it arrived (RULES §7, decided).
ARRIVAL_DAYS = 1
#: The confirmation and no-show calls' windows, in days.
CONFIRM_REASON, NO_SHOW_REASON = "appointment_confirm", "no_show_followup"
NO_SHOW_WINDOW_DAYS = 7
#: What the kind of a booking from a reminder is, by the reminder's reason.
KIND_OF_REASON = {"first_service": N_("首保"), "inspection": N_("年检")}

EVENT_TITLES = {"booked": N_("预约"), "confirmed": N_("确认"), "moved": N_("改约"), "cancelled": N_("取消"),
                "arrived": N_("到店"), "no_show": N_("爽约"), "override": N_("满额加约")}


@dataclass
class Slot:
    start: datetime.datetime
    booked: int
    capacity: int
    day_room: int = 10 ** 6  # what the day's limit still allows
    past: bool = False  # today's slots that have begun cannot be booked any more

    @property
    def free(self) -> int:
        return 0 if self.past else max(0, min(self.capacity - self.booked, self.day_room))


@dataclass
class AppointmentRow:
    """One line of the day view, F14 and ``appointments --json``."""

    id: int
    customer_id: int
    vehicle_id: int
    start: datetime.datetime
    name: str
    phone: str
    plate: str
    model: str
    kind: str
    words: str
    documents: str
    advisor: str
    source: str
    task_id: int | None
    status: str
    booked_by: str
    cancel_reason: str = ""

    def as_json(self) -> dict:
        return {"id": self.id, "customer_id": self.customer_id, "vehicle_id": self.vehicle_id,
                "start": self.start.isoformat(timespec="minutes"), "kind": self.kind, "status": self.status,
                "source": self.source, "task_id": self.task_id, "words": self.words}


# --- the book: slots and capacity -------------------------------------------------------------------------------
def _day_slots(day: datetime.date) -> list[datetime.datetime]:
    """The day's slot starts inside opening hours; none on a closed day."""
    calendar = complaints.calendar()
    if not calendar.is_working_day(day):
        return []
    start = datetime.datetime.combine(day, calendar.hours.opens)
    end = datetime.datetime.combine(day, calendar.hours.closes)
    starts = []
    while start + datetime.timedelta(minutes=SLOT_MINUTES) <= end:
        starts.append(start)
        start += datetime.timedelta(minutes=SLOT_MINUTES)
    return starts


def _booked_by_slot(day: datetime.date, ignore: int | None = None) -> Counter:
    first = datetime.datetime.combine(day, datetime.time())
    query = Appointment.select(Appointment.start).where(
        (Appointment.start >= first) & (Appointment.start < first + datetime.timedelta(days=1))
        & Appointment.status.in_(HOLDING))
    if ignore is not None:
        query = query.where(Appointment.id != ignore)
    return Counter(start for (start,) in query.tuples())


def slots(day: datetime.date) -> list[Slot]:
    """The day by slot: what is booked and the bays of each (RULES §7)."""
    permissions.require("view")
    per_slot = settings.get("appointments.bays_per_slot")
    booked = _booked_by_slot(day)
    room = max(0, settings.get("appointments.bays_per_day") - sum(booked.values()))
    moment = _moment()
    return [Slot(start, booked.get(start, 0), per_slot, room, start <= moment) for start in _day_slots(day)]


def day_load(day: datetime.date) -> tuple[int, int]:
    """(appointments holding a bay, the day's limit)."""
    permissions.require("view")
    return sum(_booked_by_slot(day).values()), settings.get("appointments.bays_per_day")


def free_slots(day: datetime.date, count: int = 2) -> list[datetime.datetime]:
    """The first ``count`` free slots of the day (F10 item 8: at least two to offer); none once the day is full.
    Slots already past are not offered."""
    permissions.require("view")
    booked = _booked_by_slot(day)
    if sum(booked.values()) >= settings.get("appointments.bays_per_day"):
        return []
    per_slot = settings.get("appointments.bays_per_slot")
    moment = _moment()
    return [start for start in _day_slots(day) if start > moment and booked.get(start, 0) < per_slot][:count]


def next_free_slots(day: datetime.date, count: int = 2, days: int = 14) -> list[datetime.datetime]:
    """The first free slots from ``day`` on (the desk offers the next ones when a day is full)."""
    found: list[datetime.datetime] = []
    for offset in range(days):
        found += free_slots(day + datetime.timedelta(days=offset), count - len(found))
        if len(found) >= count:
            break
    return found


def _check_slot(at: datetime.datetime, override: bool, ignore: int | None = None) -> bool:
    """Inside a write: refuse a slot in the past, outside opening hours, on a closed day, or full (unless a manager
    overrides it). Returns whether the booking overrides a full slot."""
    if at < _moment():
        raise UserError(tr("预约时间 {at:%Y-%m-%d %H:%M} 已经过去，请选择以后的时段。").format(at=at))
    starts = _day_slots(at.date())
    if not starts:
        raise UserError(tr("{day:%Y-%m-%d} 本店不营业，没有可预约的时段。").format(day=at.date()))
    if at not in starts:
        raise UserError(tr("{at:%H:%M} 不是预约时段：时段每 {minutes} 分钟一个，从 {first:%H:%M} 到 {last:%H:%M}。").format(
            at=at, minutes=SLOT_MINUTES, first=starts[0], last=starts[-1]))
    serialize(f"appointments-{at.date()}")  # two desks booking the last bay: one after the other
    booked = _booked_by_slot(at.date(), ignore)
    full_slot = booked.get(at, 0) >= settings.get("appointments.bays_per_slot")
    full_day = sum(booked.values()) >= settings.get("appointments.bays_per_day")
    if not (full_slot or full_day):
        return False
    if override and permissions.allowed("override_slot"):
        return True
    offered = next_free_slots(at.date())
    alternatives = tr("、").join(f"{slot:%m-%d %H:%M}" for slot in offered) or tr("近两周没有空闲时段")
    if full_day:
        message = tr("{day:%Y-%m-%d} 的预约已满。可预约：{alternatives}。").format(day=at.date(), alternatives=alternatives)
    else:
        message = tr("{at:%m-%d %H:%M} 这个时段已约满。可预约：{alternatives}。").format(at=at, alternatives=alternatives)
    if override:
        message += tr("（只有经理可以在已满的时段加约。）")
    raise UserError(message)


def _moment() -> datetime.datetime:
    """Now, on the day the rules see (``--today`` moves the day, not the time of day)."""
    return datetime.datetime.combine(clock.today(), now().time())


def _event(appointment_id: int, kind: str, actor: str, detail: str = "") -> None:
    AppointmentEvent.create(appointment=appointment_id, kind=kind, actor=actor, detail=detail, at=now())


def _previous_working_day(day: datetime.date) -> datetime.date:
    calendar = complaints.calendar()
    day -= datetime.timedelta(days=1)
    for _ in range(30):
        if calendar.is_working_day(day):
            return day
        day -= datetime.timedelta(days=1)
    return day


def _plan_confirmation(appointment: Appointment, actor: str) -> None:
    """The confirmation call on the working day before, for a booking more than a day ahead (RULES §7)."""
    key = f"{CONFIRM_REASON}:{appointment.id}"
    tasks = list(CallTask.select().where(_key_and_repeats(key)).order_by(CallTask.id))
    task = next((t for t in tasks if t.status == "open"), None)
    due = _previous_working_day(appointment.start.date())
    if due <= clock.today():
        _cancel_confirmation(appointment.id)
        return
    note = CONFIRM_APPOINTMENT.format(when=f"{appointment.start:%m-%d %H:%M}", kind=appointment.kind)  # stored words
    # the window runs to the appointment's day: a confirmation call not answered is tried again on the day (RULES §7)
    if task is None:  # the first, or a fresh one after a move (a call already made keeps its record)
        CallTask.create(key=key if not tasks else f"{key}#{len(tasks) + 1}", customer=appointment.customer_id,
                        vehicle=appointment.vehicle_id, reason=CONFIRM_REASON, due_date=due, window_start=due,
                        window_end=appointment.start.date(), assignee=actor, note=note)
    else:
        task.due_date = task.window_start = due
        task.window_end = appointment.start.date()
        task.note, task.next_try, task.updated_at = note, None, now()
        task.save()


def _key_and_repeats(key: str):
    """A task key and its repeats (``key#2``, ``key#3`` …): on SQLite a range the unique key index answers (a LIKE
    would read every call task: 30 ms at 200 000, more at a million); see ``store.key_prefix``."""
    return (CallTask.key == key) | key_prefix(CallTask.key, key + "#")


def _cancel_confirmation(appointment_id: int) -> None:
    key = f"{CONFIRM_REASON}:{appointment_id}"
    CallTask.update(status="cancelled", updated_at=now()).where(
        _key_and_repeats(key) & (CallTask.status == "open")).execute()


def appointment_of_task(key: str) -> int:
    """The appointment a confirmation or no-show call is about (its key: ``reason:ID`` or ``reason:ID#n``)."""
    return int(key.split(":")[1].split("#")[0])


def _clean_kind(kind: str) -> str:
    kind = clean_text(kind) or N_("定期保养")
    kind = KIND_CODES.get(kind, kind)
    if kind not in APPOINTMENT_KINDS:
        raise UserError(tr("预约项目应为 {v1} 之一，不是“{kind}”。").format(
            v1=tr("、").join(tr(k) for k in APPOINTMENT_KINDS), kind=kind))
    return kind


def documents_in_language(documents: str) -> str:
    """The stored checklist (the program's words, 、-separated) in the user's language."""
    return tr("、").join(tr(item) for item in documents.split("、") if item)


def _clean_documents(documents) -> str:
    items = [clean_text(d) for d in (documents.split("、") if isinstance(documents, str) else documents or [])]
    return _limited("、".join(d for d in items if d), 120, N_("需携带证件"))


def _limited(text: str, limit: int, what: str) -> str:
    if len(text) > limit:
        raise UserError(tr("“{what}”最多 {limit} 个字，现在是 {length} 个。").format(what=tr(what), limit=limit,
                                                                          length=len(text)))
    return text


def book(vehicle_id: int, at: datetime.datetime, kind: str = N_("定期保养"), words: str = "", *, advisor: str = "",
         documents=(N_("行驶证"), N_("保养手册")), source: str = "desk", task_id: int | None = None,
         override: bool = False) -> Appointment:
    """Book a car into a slot (one transaction). A full slot is refused with the next free ones named, unless a
    manager overrides it (audited)."""
    actor = permissions.require("create")
    kind = _clean_kind(kind)
    if source not in APPOINTMENT_SOURCES:
        raise UserError(tr("预约来源应为 {v1} 之一。").format(v1=tr("、").join(APPOINTMENT_SOURCES)))
    at = at.replace(second=0, microsecond=0)
    with write():
        vehicle = Vehicle.get_or_none((Vehicle.id == vehicle_id) & Vehicle.deleted_at.is_null())
        if vehicle is None:
            raise NotFound(tr("找不到车辆（编号 {vehicle_id}）。").format(vehicle_id=vehicle_id))
        if Customer.get_or_none((Customer.id == vehicle.customer_id) & Customer.deleted_at.is_null()) is None:
            raise NotFound(tr("这辆车的客户已删除，不能预约。"))
        overridden = _check_slot(at, override)
        appointment = Appointment.create(
            customer=vehicle.customer_id, vehicle=vehicle.id, start=at, kind=kind, words=clean_multiline(words),
            advisor=_limited(clean_text(advisor), 60, N_("服务顾问")), documents=_clean_documents(documents),
            source=source, task=task_id,
            overridden=overridden, booked_by=actor.name, booked_at=now(), updated_at=now())
        _event(appointment.id, "booked", actor.name, f"{at:%Y-%m-%d %H:%M}")
        if overridden:
            _event(appointment.id, "override", actor.name, f"{at:%Y-%m-%d %H:%M}")
            audit.record("override", "appointment", appointment.id, detail=f"满额加约 {at:%Y-%m-%d %H:%M}")
        _plan_confirmation(appointment, actor.name)
        audit.record("create", "appointment", appointment.id, detail=f"{vehicle.plate} {at:%Y-%m-%d %H:%M} {kind}")
    return appointment


def booking_kind(task_id: int) -> str:
    """What a booking from this call is for: 首保 and 年检 by their reminder, a no-show's original kind, else 定期保养."""
    permissions.require("view")
    task = CallTask.get_or_none(CallTask.id == task_id)
    if task is None:
        return N_("定期保养")
    if task.reason == NO_SHOW_REASON:
        missed = Appointment.get_or_none(Appointment.id == appointment_of_task(task.key))
        if missed is not None:
            return missed.kind
    return KIND_OF_REASON.get(task.reason, N_("定期保养"))


def book_from_call(task_id: int, at: datetime.datetime, kind: str | None = None, words: str = "",
                   notes: dict | None = None, *, advisor: str = "", documents=(N_("行驶证"), N_("保养手册")),
                   override: bool = False, vehicle_id: int | None = None) -> Appointment:
    """A reminder call ending 已预约: the call logged, the task done and the appointment booked — one transaction."""
    from carecenter import followup

    actor = permissions.require("create")
    with write():
        task = CallTask.get_or_none(CallTask.id == task_id)
        if task is None:
            raise NotFound(tr("找不到回访任务 {task_id}。").format(task_id=task_id))
        if task.reason not in BOOKING_REASONS:
            raise UserError(tr("“{reason}”不是提醒预约的回访，不能以“已预约”结束。").format(
                reason=tr(REASONS.get(task.reason, task.reason))))
        if task.status != "open":
            raise UserError(tr("回访任务 {task_id} 已是“{status}”状态，不能再登记。").format(task_id=task_id, status=task.status))
        if vehicle_id is not None and vehicle_id != task.vehicle_id and (
                task.vehicle_id is not None or Vehicle.get_or_none(
                    (Vehicle.id == vehicle_id) & (Vehicle.customer == task.customer_id)) is None):
            raise UserError(tr("回访任务 {task_id} 不是这辆车（编号 {vehicle_id}）的。").format(task_id=task_id,
                                                                                  vehicle_id=vehicle_id))
        vehicle_id = vehicle_id or task.vehicle_id or (Vehicle.select(Vehicle.id).where(
            (Vehicle.customer == task.customer_id) & Vehicle.deleted_at.is_null()).order_by(Vehicle.id.desc())
            .scalar())
        if vehicle_id is None:
            raise UserError(tr("这位客户还没有登记车辆，不能预约。"))
        appointment = book(vehicle_id, at, kind or booking_kind(task.id), words,
                           advisor=advisor, documents=documents, source="reminder", task_id=task.id,
                           override=override)
        values = followup.call_values(notes or {})
        values.setdefault("what", tr("已预约 {at:%m-%d %H:%M}").format(at=appointment.start))
        CallLog.create(task=task, customer=task.customer_id, vehicle=vehicle_id, at=now(), caller=actor.name,
                       outcome="booked", **values)
        task.attempts += 1
        task.outcome, task.status, task.completed_at, task.updated_at = "booked", "done", now(), now()
        task.save()
        Customer.update(lost_contact=False).where(Customer.id == task.customer_id).execute()
        audit.record("call", "call_task", task.id, {"outcome": [None, "已预约"]},
                     detail=REASONS.get(task.reason, task.reason))
    return appointment


# --- changes ------------------------------------------------------------------------------------------------------
def _live(appointment_id: int) -> Appointment:
    appointment = Appointment.get_or_none(Appointment.id == appointment_id)
    if appointment is None:
        raise NotFound(tr("找不到预约（编号 {appointment_id}）。").format(appointment_id=appointment_id))
    return appointment


def _must_be_open(appointment: Appointment) -> None:
    if appointment.status not in OPEN:
        raise UserError(tr("预约 {id} 已是“{status}”，不能再更改。").format(id=appointment.id, status=tr(appointment.status)))


def move(appointment_id: int, at: datetime.datetime, override: bool = False) -> None:
    """改约: a new slot; the history keeps where it was."""
    actor = permissions.require("edit")
    at = at.replace(second=0, microsecond=0)
    with write():
        appointment = _live(appointment_id)
        _must_be_open(appointment)
        if at == appointment.start:
            raise UserError(tr("新的时段与原来的相同。"))
        overridden = _check_slot(at, override, ignore=appointment.id)
        before = appointment.start
        appointment.start, appointment.status, appointment.updated_at = at, N_("已预约"), now()
        appointment.overridden = appointment.overridden or overridden
        appointment.save()
        _event(appointment.id, "moved", actor.name, f"{before:%Y-%m-%d %H:%M} → {at:%Y-%m-%d %H:%M}")
        _plan_confirmation(appointment, actor.name)
        audit.record("update", "appointment", appointment.id,
                     {"start": [f"{before:%Y-%m-%d %H:%M}", f"{at:%Y-%m-%d %H:%M}"]})


def cancel(appointment_id: int, reason: str) -> None:
    actor = permissions.require("edit")
    reason = clean_text(reason)
    if not reason:
        raise UserError(tr("请填写取消预约的原因。"))
    reason = _limited(reason, 200, N_("取消原因"))
    with write():
        appointment = _live(appointment_id)
        _must_be_open(appointment)
        appointment.status, appointment.cancel_reason, appointment.updated_at = N_("已取消"), reason, now()
        appointment.save()
        _event(appointment.id, "cancelled", actor.name, reason)
        _cancel_confirmation(appointment.id)
        audit.record("update", "appointment", appointment.id, {"status": ["", "已取消"]}, detail=reason)


def confirm(appointment_id: int) -> None:
    actor = permissions.require("edit")
    with write():
        appointment = _live(appointment_id)
        _must_be_open(appointment)
        appointment.status, appointment.updated_at = N_("已确认"), now()
        appointment.save()
        _event(appointment.id, "confirmed", actor.name)
        _cancel_confirmation(appointment.id)  # confirmed: nobody needs to call to confirm it
        audit.record("update", "appointment", appointment.id, {"status": ["已预约", "已确认"]})


def arrive(appointment_id: int, at: datetime.datetime | None = None, visit_id: int | None = None) -> None:
    """已到店, by hand or from a matching visit."""
    actor = permissions.require("edit")
    with write():
        appointment = _live(appointment_id)
        if appointment.status == N_("已到店"):
            raise UserError(tr("预约 {id} 已登记到店。").format(id=appointment.id))
        _must_be_open(appointment)
        if abs((appointment.start.date() - clock.today()).days) > ARRIVAL_DAYS:
            raise UserError(tr("这个预约在 {day:%Y-%m-%d}，今天不能登记到店。").format(day=appointment.start.date()))
        _arrived(appointment, at or now(), visit_id, actor.name)


def _arrived(appointment: Appointment, at: datetime.datetime, visit_id: int | None, actor: str) -> None:
    appointment.status, appointment.arrived_at, appointment.visit = N_("已到店"), at, visit_id
    appointment.updated_at = now()
    appointment.save()
    _event(appointment.id, "arrived", actor, "" if visit_id is None else "visit")  # shown in words by the screen
    _cancel_confirmation(appointment.id)
    audit.record("update", "appointment", appointment.id, {"status": ["", "已到店"]})


def match_visit(visit: ServiceVisit) -> int | None:
    """Inside the write that records a visit: the appointment of that car within ±1 day is marked arrived. Returns
    its id."""
    day = visit.visit_date
    first = datetime.datetime.combine(day - datetime.timedelta(days=ARRIVAL_DAYS), datetime.time())
    last = datetime.datetime.combine(day + datetime.timedelta(days=ARRIVAL_DAYS + 1), datetime.time())
    candidates = list(Appointment.select().where(
        (Appointment.vehicle == visit.vehicle_id) & Appointment.status.in_(OPEN + (N_("爽约"),))
        & (Appointment.start >= first) & (Appointment.start < last)
        & (Appointment.booked_at < (visit.created_at or now()))))  # a visit before the booking is another visit
    if not candidates:
        return None
    appointment = min(candidates, key=lambda a: abs((a.start.date() - day).days))
    if appointment.status == N_("爽约"):  # came the day after: not a no-show after all, and no call to ask why
        CallTask.update(status="cancelled", updated_at=now()).where(
            (CallTask.key == f"{NO_SHOW_REASON}:{appointment.id}") & (CallTask.status == "open")).execute()
    actor = session.current_or_none()
    _arrived(appointment, datetime.datetime.combine(day, appointment.start.time()), visit.id,
             actor.name if actor else "")
    return appointment.id


def match_open_visits(vehicle_ids: set[int] | None = None) -> int:
    """Inside a write (an import, the morning's sweep): open appointments up to tomorrow whose car has a visit within
    ±1 day are marked arrived. Returns how many."""
    horizon = datetime.datetime.combine(clock.today() + datetime.timedelta(days=2), datetime.time())
    if vehicle_ids is not None and not vehicle_ids:
        return 0
    # the open appointments are few and the vehicles of an import many (100 000 ids in one IN list cost 24 MB)
    query = Appointment.select().where(Appointment.status.in_(OPEN) & (Appointment.start < horizon))
    matched = 0
    for appointment in list(query):
        if vehicle_ids is not None and appointment.vehicle_id not in vehicle_ids:
            continue
        day = appointment.start.date()
        visit = (ServiceVisit.select().where(
            (ServiceVisit.vehicle == appointment.vehicle_id)
            & (ServiceVisit.visit_date >= day - datetime.timedelta(days=ARRIVAL_DAYS))
            & (ServiceVisit.visit_date <= day + datetime.timedelta(days=ARRIVAL_DAYS))
            & (ServiceVisit.created_at > appointment.booked_at))  # recorded after the booking, not before it
            .order_by(ServiceVisit.id).first())
        if visit is not None:
            _arrived(appointment, datetime.datetime.combine(visit.visit_date, appointment.start.time()), visit.id,
                     "")
            matched += 1
    return matched


def mark_no_shows(today: datetime.date | None = None) -> int:
    """The morning after: appointments neither arrived nor cancelled are 爽约, their bays free, and a 爽约回访 call
    asks the customer to book again (RULES §7). Returns how many."""
    today = today or clock.today()
    start_of_today = datetime.datetime.combine(today, datetime.time())
    with write():
        match_open_visits()  # a visit recorded or imported since: arrived, not a no-show
        late = list(Appointment.select().where(Appointment.status.in_(OPEN) & (Appointment.start < start_of_today)))
        for appointment in late:
            appointment.status, appointment.updated_at = N_("爽约"), now()
            appointment.save()
            _event(appointment.id, "no_show", "", f"{appointment.start:%Y-%m-%d %H:%M}")
            _cancel_confirmation(appointment.id)
            key = f"{NO_SHOW_REASON}:{appointment.id}"
            if CallTask.get_or_none(CallTask.key == key) is None:
                CallTask.create(key=key, customer=appointment.customer_id, vehicle=appointment.vehicle_id,
                                reason=NO_SHOW_REASON, due_date=today, window_start=today,
                                window_end=today + datetime.timedelta(days=NO_SHOW_WINDOW_DAYS),
                                assignee=appointment.booked_by,
                                note=NO_SHOW.format(when=f"{appointment.start:%m-%d %H:%M}", kind=appointment.kind))
    return len(late)


# --- lists ------------------------------------------------------------------------------------------------------
def _rows(query) -> list[AppointmentRow]:
    rows = []
    for a in query:
        rows.append(AppointmentRow(
            id=a.id, customer_id=a.customer_id, vehicle_id=a.vehicle_id, start=a.start, name=a.customer.name,
            phone=a.customer.phone, plate=a.vehicle.plate, model=a.vehicle.model, kind=a.kind, words=a.words,
            documents=a.documents, advisor=a.advisor, source=a.source, task_id=a.task_id, status=a.status,
            booked_by=a.booked_by, cancel_reason=a.cancel_reason))
    return rows


def _joined():
    return (Appointment.select(Appointment, Customer, Vehicle)
            .join(Customer, on=(Appointment.customer == Customer.id))
            .switch(Appointment).join(Vehicle, on=(Appointment.vehicle == Vehicle.id)))


def day_list(day: datetime.date, include_cancelled: bool = True) -> list[AppointmentRow]:
    """The day's appointments by time (the day view, F14, ``appointments --json``)."""
    permissions.require("view")
    first = datetime.datetime.combine(day, datetime.time())
    query = _joined().where((Appointment.start >= first) & (Appointment.start < first + datetime.timedelta(days=1)))
    if not include_cancelled:
        query = query.where(Appointment.status != N_("已取消"))
    return _rows(query.order_by(Appointment.start, Appointment.id))


def week_counts(first: datetime.date, days: int = 7) -> list[tuple[datetime.date, int, int]]:
    """(day, appointments holding a bay, the day's limit; 0 when closed) for the week at a glance."""
    permissions.require("view")
    start = datetime.datetime.combine(first, datetime.time())
    counts: Counter = Counter()
    for (moment,) in Appointment.select(Appointment.start).where(
            (Appointment.start >= start) & (Appointment.start < start + datetime.timedelta(days=days))
            & Appointment.status.in_(HOLDING)).tuples():
        counts[moment.date()] += 1
    limit = settings.get("appointments.bays_per_day")
    result = []
    for offset in range(days):
        day = first + datetime.timedelta(days=offset)
        result.append((day, counts.get(day, 0), limit if _day_slots(day) else 0))
    return result


def find(text: str, limit: int = 50) -> list[AppointmentRow]:
    """Appointments by plate or phone (any part), from today on first, then the most recent."""
    permissions.require("view")
    term = clean_text(text).upper().replace(" ", "")
    if not term:
        return []
    today = datetime.datetime.combine(clock.today(), datetime.time())
    matches = _joined().where(Vehicle.plate.contains(term) | Customer.phone.contains(term))
    upcoming = list(matches.where(Appointment.start >= today).order_by(Appointment.start).limit(limit))
    past = list(matches.where(Appointment.start < today).order_by(Appointment.start.desc()).limit(limit))
    return _rows(upcoming + past)[:limit]


def day_view(day: datetime.date, text: str = ""):
    """What the appointments tab shows at once: the day's slots and appointments, its week from Monday, and the
    matches of a search (None without one)."""
    monday = day - datetime.timedelta(days=day.weekday())
    found = find(text) if text.strip() else None
    return slots(day), day_list(day), week_counts(monday), found


def history(appointment_id: int) -> list[AppointmentEvent]:
    permissions.require("view")
    return list(AppointmentEvent.select().where(AppointmentEvent.appointment == appointment_id)
                .order_by(AppointmentEvent.at, AppointmentEvent.id))


def today_count(day: datetime.date | None = None) -> tuple[int, int]:
    """(today's appointments still to come, arrived) for the status bar."""
    permissions.require("view")
    rows = day_list(day or clock.today(), include_cancelled=False)
    return sum(1 for r in rows if r.status in OPEN), sum(1 for r in rows if r.status == N_("已到店"))


# --- figures ------------------------------------------------------------------------------------------------------
@dataclass
class AppointmentKpis:
    booked: int = 0
    arrived: int = 0
    no_show: int = 0
    cancelled: int = 0
    by_source: dict[str, int] = field(default_factory=dict)
    #: reminder reason → [reminder calls made, bookings from them, arrivals of those]
    funnel: dict[str, list[int]] = field(default_factory=dict)

    @property
    def show_rate(self) -> float | None:
        """Arrived ÷ (arrived + no-shows): of the appointments whose day came, how many came."""
        settled = self.arrived + self.no_show
        return round(100.0 * self.arrived / settled, 1) if settled else None

    def as_json(self) -> dict:
        return {"booked": self.booked, "arrived": self.arrived, "no_show": self.no_show, "cancelled": self.cancelled,
                "show_rate": self.show_rate}


def kpis(first: datetime.date, last: datetime.date) -> AppointmentKpis:
    """The period's appointments by their day: booked (not cancelled), arrived, no-shows, cancelled, by source; and
    reminders → bookings → arrivals per reason (calls made in the period)."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    figures = AppointmentKpis()
    by_source: Counter = Counter()
    counts = (Appointment.select(Appointment.status, Appointment.source, pw.fn.COUNT(Appointment.id))
              .where((Appointment.start >= start) & (Appointment.start < end))
              .group_by(Appointment.status, Appointment.source).tuples())
    for status, source, count in counts:
        if status == N_("已取消"):
            figures.cancelled += count
            continue
        figures.booked += count
        by_source[source] += count
        if status == N_("已到店"):
            figures.arrived += count
        elif status == N_("爽约"):
            figures.no_show += count
    figures.by_source = {source: by_source.get(source, 0) for source in APPOINTMENT_SOURCES}
    funnel: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    # the month's completed calls by reason and status, read through the completed_at index (with the reason or the
    # status in the WHERE, SQLite picks their indexes and reads a million calls: 1.9 s at L instead of 40 ms)
    for reason, status, count in (CallTask.select(CallTask.reason, CallTask.status, pw.fn.COUNT(CallTask.id))
                                  .where((CallTask.completed_at >= start) & (CallTask.completed_at < end))
                                  .group_by(CallTask.reason, CallTask.status).tuples()):
        if reason in BOOKING_REASONS and status == "done":
            funnel[reason][0] += count
    for reason, status, count in (Appointment.select(CallTask.reason, Appointment.status, pw.fn.COUNT(Appointment.id))
                                  .join(CallTask, on=(Appointment.task == CallTask.id))
                                  .where((Appointment.source == "reminder") & (CallTask.completed_at >= start)
                                         & (CallTask.completed_at < end))
                                  .group_by(CallTask.reason, Appointment.status).tuples()):
        if status != N_("已取消"):
            funnel[reason][1] += count
        if status == N_("已到店"):
            funnel[reason][2] += count
    figures.funnel = {reason: funnel[reason] for reason in BOOKING_REASONS if reason in funnel}
    return figures


def slip_values(appointment_id: int) -> dict:
    """What F13 prints (and the SMS says)."""
    permissions.require("view")
    appointment = _live(appointment_id)
    customer, vehicle = Customer.get_by_id(appointment.customer_id), Vehicle.get_by_id(appointment.vehicle_id)
    return {"number": f"YY{appointment.start:%Y%m%d}-{appointment.id:05d}", "name": customer.name,
            "phone": customer.phone, "plate": vehicle.plate, "model": vehicle.model,
            "date": f"{appointment.start:%Y-%m-%d}", "time": f"{appointment.start:%H:%M}", "kind": appointment.kind,
            "words": appointment.words, "advisor": appointment.advisor,
            "documents": documents_in_language(appointment.documents),
            "documents_stored": appointment.documents,  # the SMS to the customer stays in Chinese
            "handler": appointment.booked_by, "status": appointment.status,
            "address": settings.get("dealership.address"),
            "hotline": settings.get("dealership.hotline") or settings.get("dealership.phone")}
