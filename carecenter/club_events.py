"""Club events (车友会活动, RULES §5, F16): who was invited, who said they would come (the invitation call's outcome
参加), who came (签到 at the door), the event's points given to those who came — once, in one transaction — and the
event report (活动总结) for the form, the monthly summary and the head-office workbook."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from carecenter import audit, clock, club, permissions, session
from carecenter.errors import UserError
from carecenter.i18n import tr
from carecenter.models import CallTask, Customer, Event, EventAttendance, PointEntry, Vehicle, now
from carecenter.store import write
from carecenter.validate import clean_multiline, parse_date


@dataclass
class Guest:
    customer_id: int
    name: str
    phone: str
    member_number: str
    confirmed: bool  # the invitation call ended 参加
    attended: bool
    points: int  # the event's points given to this guest (0 until given)


@dataclass
class EventReport:
    """活动总结 (F16): the figures of one event and its guests (those invited who said yes, and all who came)."""

    id: int
    name: str
    day: datetime.date
    place: str
    owner: str
    points: int  # per attendee
    audience: str
    invited: int = 0
    confirmed: int = 0
    attended: int = 0
    new_members: int = 0  # attendees who joined the club on the day
    points_given: int = 0
    guests: list[Guest] = field(default_factory=list)

    @property
    def points_pending(self) -> bool:
        """Someone came who has not had the event's points yet."""
        return self.points > 0 and any(g.attended and not g.points for g in self.guests)


def _event(event_id: int) -> Event:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise UserError(tr("没有编号为 {event_id} 的活动。").format(event_id=event_id))
    return event


def events(first: datetime.date | None = None, last: datetime.date | None = None) -> list[tuple[int, str, datetime.date]]:
    """(id, name, day) of the events in [first, last] (all when None), latest first."""
    permissions.require("view")
    query = Event.select(Event.id, Event.name, Event.event_date)
    if first is not None:
        query = query.where(Event.event_date >= first)
    if last is not None:
        query = query.where(Event.event_date <= last)
    return list(query.order_by(Event.event_date.desc(), Event.id.desc()).tuples())


def report(event_id: int) -> EventReport:
    permissions.require("view")
    event = _event(event_id)
    result = EventReport(event.id, event.name, event.event_date, event.place, event.owner, event.points,
                         event.audience)
    prefix = f"event_invitation:e{event.id}:"
    invitations = list(CallTask.select(CallTask.customer, CallTask.outcome, CallTask.status)
                       .where(CallTask.key.startswith(prefix) & (CallTask.status != "cancelled")).tuples())
    result.invited = len(invitations)
    confirmed = {customer for customer, outcome, status in invitations if status == "done" and outcome == "attending"}
    result.confirmed = len(confirmed)
    came = dict(EventAttendance.select(EventAttendance.customer, EventAttendance.points_entry)
                .where(EventAttendance.event == event.id).tuples())
    given = dict(PointEntry.select(PointEntry.customer, PointEntry.points)
                 .where(PointEntry.event_id == event.id).tuples())
    ids = sorted(confirmed | set(came))
    people = {row[0]: row for row in Customer.select(Customer.id, Customer.name, Customer.phone, Customer.member_number,
                                                     Customer.club_joined).where(Customer.id.in_(ids)).tuples()}
    for customer_id in ids:
        _, name, phone, number, joined = people[customer_id]
        result.guests.append(Guest(customer_id, name, phone, number, customer_id in confirmed, customer_id in came,
                                   given.get(customer_id, 0)))
        if customer_id in came and joined == event.event_date:
            result.new_members += 1
    result.guests.sort(key=lambda g: (not g.attended, not g.confirmed, g.name))
    result.attended = len(came)
    result.points_given = sum(given.values())
    return result


def reports(first: datetime.date, last: datetime.date) -> list[EventReport]:
    """The reports of the events held in [first, last], by day (the monthly summary, the head-office workbook)."""
    return [report(event_id) for event_id, _, _ in reversed(events(first, last))]


def arrive(event_id: int, customer_id: int) -> None:
    """签到: the customer came to the event (on its day, or recorded afterwards)."""
    permissions.require("edit")
    with write():
        event = _event(event_id)
        if event.event_date > clock.today():
            raise UserError(tr("活动“{name}”在 {day} 举行，还不能签到。").format(name=event.name, day=event.event_date))
        customer = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
        if customer is None:
            raise UserError(tr("没有编号为 {customer_id} 的客户。").format(customer_id=customer_id))
        if EventAttendance.select().where((EventAttendance.event == event_id)
                                          & (EventAttendance.customer == customer_id)).exists():
            raise UserError(tr("{name} 已签到。").format(name=customer.name))
        EventAttendance.create(event=event_id, customer=customer_id, arrived_at=now(),
                               recorded_by=session.current().name)
        audit.record("create", "event_attendance", event_id, detail=f"{customer.name}（客户 {customer_id}）签到")


def undo_arrival(event_id: int, customer_id: int) -> None:
    """A 签到 recorded by mistake is taken back, as long as the event's points have not been given to them."""
    permissions.require("edit")
    with write():
        row = EventAttendance.get_or_none((EventAttendance.event == event_id)
                                          & (EventAttendance.customer == customer_id))
        if row is None:
            raise UserError(tr("这位客户没有签到记录。"))
        if row.points_entry is not None:
            raise UserError(tr("活动积分已发放给这位客户，不能撤销签到（如需更正请由经理调整积分）。"))
        row.delete_instance()
        audit.record("delete", "event_attendance", event_id, detail=f"客户 {customer_id} 撤销签到")


def give_points(event_id: int) -> int:
    """The event's points to everyone who came and has not had them, in one transaction. Returns how many."""
    permissions.require("edit")
    with write():
        event = _event(event_id)
        if event.points <= 0:
            raise UserError(tr("活动“{name}”没有设置积分。").format(name=event.name))
        waiting = list(EventAttendance.select().where((EventAttendance.event == event_id)
                                                     & EventAttendance.points_entry.is_null()))
        if not waiting:
            raise UserError(tr("没有待发放积分的签到客户。"))
        for row in waiting:
            row.points_entry = club.award_event(row.customer_id, event.points, event.name, event.event_date, event.id)
            row.save()
    return len(waiting)


# --- planning an event and its invitations' answers -----------------------------------------------------------

@dataclass
class Attendee:
    customer_id: int
    name: str
    phone: str
    answered_at: datetime.datetime


def event_attendance(event_id: int) -> list[Attendee]:
    """The customers whose invitation call ended 参加 (RULES §8 → the event's attendance list), in answering order."""
    permissions.require("view")
    rows = (CallTask.select(CallTask.customer, Customer.name, Customer.phone, CallTask.completed_at)
            .join(Customer, on=(CallTask.customer == Customer.id))
            .where(CallTask.key.startswith(f"event_invitation:e{event_id}:") & (CallTask.outcome == "attending")
                   & (CallTask.status == "done"))
            .order_by(CallTask.completed_at, CallTask.id).tuples())
    return [Attendee(*row) for row in rows]


def vehicle_models() -> list[str]:
    """The models of the archive's vehicles (an event's audience), A to Z."""
    permissions.require("view")
    return [row[0] for row in Vehicle.select(Vehicle.model).where(Vehicle.model != "").distinct()
            .order_by(Vehicle.model).tuples()]


def create_event(name: str, event_date, audience: str = "members", description: str = "", *, place: str = "",
                 points=0, owner: str = "") -> int:
    """A planned event (活动): invitations fall due 14 days before it; those who come earn ``points``."""
    permissions.require("create")
    name = clean_multiline(name)
    if not name:
        raise UserError(tr("请填写活动名称。"))
    day = parse_date(event_date, "活动日期")
    if day is None or day < clock.today():
        raise UserError(tr("活动日期应为今天或以后的日期。"))
    if audience not in ("all", "members") and not audience.startswith("model:"):
        raise UserError(tr("邀请对象应为 全部客户、会员，或某一车型的车主。"))
    text = str(points or 0).strip()
    if not text.isdigit() or int(text) > 100_000:
        raise UserError(tr("活动积分应为 0 到 100000 的整数，不是“{points}”。").format(points=points))
    with write():
        event = Event.create(name=name, event_date=day, audience=audience, description=clean_multiline(description),
                             place=clean_multiline(place), points=int(text), owner=clean_multiline(owner))
        audit.record("create", "event", event.id, detail=f"{name} {day}")
    return event.id
