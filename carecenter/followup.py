"""The daily call list (每日回访): generating the tasks from the archive, the day's list, logging calls.

Generation is idempotent (stable task keys), incremental (after the first run only vehicles and customers that
changed, or whose next task falls due, are looked at again) and re-plans open tasks when their facts change. Done
tasks are never touched; open tasks whose window has closed become 已过期 (missed); open tasks whose reason is gone
(the customer came back) are cancelled.
"""

from __future__ import annotations

import datetime
import re
import json
import time
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from carecenter import appointments, audit, clock, do_not_contact, permissions, settings
from carecenter.errors import NotFound, UserError
from carecenter.followup_rules import (
    CALL_AGAIN,
    LATER,
    RuleSettings,
    Task,
    VehicleFacts,
    Visit,
    CUSTOMER_REASONS,
    birthday_tasks,
    complaint_task,
    event_task,
    member_tasks,
    vehicle_tasks,
)
from carecenter.models import (
    BOOKING_REASONS,
    DATED_OUTCOMES,
    LOSS_OUTCOMES,
    OUTCOMES,
    REASONS,
    CallLog,
    CallTask,
    Complaint,
    Customer,
    Event,
    RuleCursor,
    ServiceVisit,
    Setting,
    Staff,
    Vehicle,
    now,
    outcomes_for,
)
from carecenter.models.followup import SURVEYED_REASONS
from carecenter.store import bulk_insert, id_list, key_prefix, serialize, write
from carecenter.validate import clean_multiline, parse_date, parse_mileage
from carecenter.i18n import tr

LAST_RUN_KEY = "calls.last_generation"  # the moment of the last run (what changed since is looked at again)
LAST_DAY_KEY = "calls.last_generation_day"  # the day the rules saw then (what fell due since is created)
REASON_ORDER = {code: index for index, code in enumerate(REASONS)}


def rule_settings() -> RuleSettings:
    return RuleSettings(
        first_service_months=settings.get("first_service.months"),
        first_service_km=settings.get("first_service.km"),
        maintenance_months=settings.get("maintenance.cycle_months"),
        maintenance_km=settings.get("maintenance.cycle_km"),
        default_km_per_day=float(settings.get("mileage.default_km_per_day")),
        insurance_days_before=settings.get("calls.insurance_days_before"),
        inspection_days_before=settings.get("calls.inspection_days_before"),
        complaint_followup_days=settings.get("calls.complaint_followup_days"),
        event_invitation_days=settings.get("calls.event_invitation_days"),
        first_service_km_by_model=tuple(sorted((model, int(km)) for model, km
                                               in settings.get("models.first_service_km").items())),
    )


# --- generation -------------------------------------------------------------------------------------------------


@dataclass
class GenerationReport:
    full: bool
    vehicles: int = 0
    customers: int = 0
    created: int = 0
    created_missed: int = 0  # tasks whose whole window passed since the last run: created as 已过期
    moved: int = 0
    cancelled: int = 0
    missed: int = 0
    seconds: float = 0.0


def _last_run() -> datetime.datetime | None:
    row = Setting.get_or_none(Setting.key == LAST_RUN_KEY)
    return datetime.datetime.fromisoformat(json.loads(row.value)) if row else None


def _last_day(last: datetime.datetime | None) -> datetime.date | None:
    """The day the rules saw at the last run (its moment's date for a store from before this was kept)."""
    row = Setting.get_or_none(Setting.key == LAST_DAY_KEY)
    if row is not None:
        return datetime.date.fromisoformat(json.loads(row.value))
    return last.date() if last is not None else None


def _remember(key: str, value: str) -> None:
    text = json.dumps(value)
    Setting.insert(key=key, value=text, updated_at=now()).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text, Setting.updated_at: now()}).execute()


def _changed_since(stamp: datetime.datetime) -> tuple[set[int], set[int]]:
    """Vehicles and customers whose facts changed since ``stamp``."""
    vehicles = {row[0] for row in Vehicle.select(Vehicle.id).where(Vehicle.updated_at >= stamp).tuples()}
    vehicles |= {row[0] for row in ServiceVisit.select(ServiceVisit.vehicle).where(
        ServiceVisit.created_at >= stamp, ServiceVisit.vehicle.is_null(False)).tuples()}
    # a first follow-up call logged since (whatever time the caller gave it) plans the second one; reason and
    # status are checked here, so that SQLite walks the few tasks changed since, not the million done ones
    vehicles |= {vehicle for vehicle, reason, status in CallTask.select(
        CallTask.vehicle, CallTask.reason, CallTask.status).where(CallTask.updated_at >= stamp).tuples()
        if reason == "after_visit_1" and status == "done"}
    customers = {row[0] for row in Customer.select(Customer.id).where(Customer.updated_at >= stamp).tuples()}
    return vehicles, customers


#: The visit a first after-visit call is for, in its key (``after_visit_1:v12:visit345``, ``…#1`` for a call again).
_VISIT_IN_KEY = re.compile(r"visit(\d+)(?:#\d+)?$")


def vehicle_facts(ids: list[int], *, with_calls: bool = True) -> list[VehicleFacts]:
    """What the rules know of each vehicle; ``with_calls=False`` leaves out the first follow-up calls (statistics do
    not need them)."""
    facts: dict[int, VehicleFacts] = {}
    for chunk in range(0, len(ids), 900):
        part = ids[chunk:chunk + 900]
        rows = list(Vehicle.select(Vehicle.id, Vehicle.customer, Vehicle.delivery_date, Vehicle.mileage,
                                   Vehicle.mileage_date, Vehicle.insurance_expiry, Vehicle.inspection_due,
                                   Vehicle.model)
                    .where(Vehicle.id.in_(part) & Vehicle.deleted_at.is_null()).tuples())
        # two plain lookups by primary key: a join here makes SQLite walk every live customer
        live = {row[0] for row in Customer.select(Customer.id).where(
            Customer.id.in_(list({r[1] for r in rows})) & Customer.deleted_at.is_null()).tuples()}
        for vid, cid, delivered, mileage, mileage_date, insurance, inspection, model in rows:
            if cid in live:
                facts[vid] = VehicleFacts(vid, cid, delivered, [], mileage or 0, mileage_date, insurance, inspection,
                                          model=model or "")
        for vid, visit_id, day, kind, mileage in (ServiceVisit.select(
                ServiceVisit.vehicle, ServiceVisit.id, ServiceVisit.visit_date, ServiceVisit.visit_type,
                ServiceVisit.mileage).where(ServiceVisit.vehicle.in_(part))
                .order_by(ServiceVisit.visit_date, ServiceVisit.id).tuples()):
            if vid in facts:
                facts[vid].visits.append(Visit(visit_id, day, kind, mileage))
        if not with_calls:
            continue
        # filtered on reason and status in Python, so that SQLite uses the vehicle index
        for vid, key, completed, reason, status in (CallTask.select(
                CallTask.vehicle, CallTask.key, CallTask.completed_at, CallTask.reason, CallTask.status)
                .where(CallTask.vehicle.in_(part)).tuples()):
            if vid in facts and reason == "after_visit_1" and status == "done":
                visit = _VISIT_IN_KEY.search(key)
                if visit:  # a task of this reason made by hand (the benchmark's surveys) names no visit
                    facts[vid].first_calls_done[int(visit.group(1))] = completed.date()
    return list(facts.values())


def _assignees() -> list[str]:
    return [s.name for s in Staff.select(Staff.name).where((Staff.role == "specialist") & Staff.active)
            .order_by(Staff.id)]


class _Reconciler:
    """Brings the stored tasks of the entities looked at in line with what the rules want."""

    def __init__(self, today: datetime.date, report: GenerationReport, since: datetime.date | None = None):
        self.today = today
        self.since = since  # the day of the last run: a task due after it and closed before today was never listed
        self.report = report
        self.assignees = _assignees()
        self.refused = do_not_contact.refused_kinds()  # RULES §8: a refused kind of contact is not planned
        self.new_rows: list[dict] = []
        self.cursors: dict[str, datetime.date] = {}

    def apply(self, wanted: list[Task], existing: list[CallTask]) -> None:
        if self.refused:
            wanted = [task for task in wanted if do_not_contact.allows(self.refused, task.customer_id, task.reason)]
        by_key = {task.key: task for task in existing}
        wanted_keys = set()
        stamp = now()
        for task in wanted:
            wanted_keys.add(task.key)
            stored = by_key.get(task.key)
            if stored is None:
                if task.due <= self.today <= task.end:
                    self.new_rows.append(self._row(task, stamp))
                    self.report.created += 1
                elif self.since is not None and self.since < task.due and task.end < self.today:
                    # RULES §2 nothing falls between two days: the PC was off for the whole window
                    self.new_rows.append(self._row(task, stamp, "missed"))
                    self.report.created_missed += 1
                continue
            if stored.status not in ("open", "cancelled"):
                continue  # done, 失联 and missed tasks are history
            changed = (stored.due_date, stored.window_start, stored.window_end) != (task.due, task.start, task.end)
            status = "missed" if task.end < self.today else "open"
            if changed or stored.status != status:
                CallTask.update(due_date=task.due, window_start=task.start, window_end=task.end, status=status,
                                note=task.note, updated_at=stamp).where(CallTask.id == stored.id).execute()
                if status == "missed":
                    self.report.missed += 1
                elif changed:
                    self.report.moved += 1
        for stored in existing:
            if stored.status == "open" and stored.key not in wanted_keys and "#" not in stored.key:
                CallTask.update(status="cancelled", updated_at=stamp).where(CallTask.id == stored.id).execute()
                self.report.cancelled += 1

    def _row(self, task: Task, stamp: datetime.datetime, status: str = "open") -> dict:
        assignee = self.assignees[task.customer_id % len(self.assignees)] if self.assignees else ""
        return {"key": task.key, "customer": task.customer_id, "vehicle": task.vehicle_id, "reason": task.reason,
                "due_date": task.due, "window_start": task.start, "window_end": task.end, "assignee": assignee,
                "status": status, "never_listed": status == "missed", "note": task.note[:200], "created_at": stamp,
                "updated_at": stamp}

    def cursor(self, entity: str, upcoming: datetime.date | None) -> None:
        self.cursors[entity] = upcoming or datetime.date(9999, 12, 31)

    def flush(self) -> None:
        bulk_insert(CallTask, self.new_rows)
        self.new_rows = []
        if self.cursors:
            rows = [(entity, RuleCursor.next_check.db_value(day)) for entity, day in self.cursors.items()]
            param = RuleCursor._meta.database.param
            RuleCursor._meta.database.cursor().executemany(
                f'INSERT INTO "rule_cursor" ("entity", "next_check") VALUES ({param}, {param}) '
                f'ON CONFLICT ("entity") DO UPDATE SET "next_check" = excluded."next_check"', rows)
            self.cursors = {}


def _existing(query) -> dict[object, list[CallTask]]:
    grouped: dict[object, list[CallTask]] = defaultdict(list)
    for task in query:
        grouped[task.customer_id if task.reason in CUSTOMER_REASONS else task.vehicle_id].append(task)
    return grouped


def generate(today: datetime.date | None = None, *, full: bool = False, progress=None) -> GenerationReport:
    """Bring the call tasks up to date for ``today`` (one transaction). The first run, or ``full``, looks at every
    vehicle and customer; later runs only at what changed or falls due."""
    permissions.require("view")
    started = time.perf_counter()
    today = today or clock.today()
    progress = progress or (lambda step, percent: None)
    rules = rule_settings()
    with write():
        serialize("call-generation")  # one desk generates at a time; the next one sees its tasks
        # yesterday's no-shows get their call on today's list (looking at a later day's list sweeps nothing ahead)
        appointments.mark_no_shows(min(today, clock.today()))
        last = _last_run()
        run_started = now()  # a change made while this run reads is looked at again next time
        report = GenerationReport(full=full or last is None)
        if report.full:
            vehicle_ids = [row[0] for row in Vehicle.select(Vehicle.id).where(Vehicle.deleted_at.is_null()).tuples()]
            customer_ids = [row[0] for row in Customer.select(Customer.id).where(Customer.deleted_at.is_null())
                            .tuples()]
        else:
            changed_vehicles, changed_customers = _changed_since(last)
            due = [row[0] for row in RuleCursor.select(RuleCursor.entity).where(RuleCursor.next_check <= today)
                   .tuples()]
            vehicle_ids = sorted(changed_vehicles | {int(e[2:]) for e in due if e.startswith("v:")})
            customer_ids = sorted(changed_customers | {int(e[2:]) for e in due if e.startswith("c:")})
            if changed_customers:  # a customer deleted or restored: their vehicles' tasks follow
                vehicle_ids = sorted(set(vehicle_ids) | {row[0] for row in Vehicle.select(Vehicle.id).where(
                    Vehicle.customer.in_(list(changed_customers))).tuples()})
            if changed_vehicles:  # a delivery: the buyer's invitation to join follows
                customer_ids = sorted(set(customer_ids) | {row[0] for row in Vehicle.select(Vehicle.customer).where(
                    Vehicle.id.in_(list(changed_vehicles))).tuples()})
        last_day = _last_day(last)
        since = last_day if last_day is not None and last_day < today else None
        reconciler = _Reconciler(today, report, since)
        step = 2000
        for start in range(0, len(vehicle_ids), step):
            part = vehicle_ids[start:start + step]
            facts = {f.vehicle_id: f for f in vehicle_facts(part)}
            # sold or scrapped (RULES §8): no more reminders; its after-visit calls stand, the statistics keep it
            gone = {row[0] for row in Vehicle.select(Vehicle.id).where(
                Vehicle.id.in_(part) & Vehicle.gone_on.is_null(False)).tuples()}
            existing = _existing(CallTask.select().where(CallTask.vehicle.in_(part) & ~CallTask.reason.in_(
                ["complaint_followup", "event_invitation", *CUSTOMER_REASONS, *OWN_TASK_REASONS])))
            for vehicle_id in part:
                fact = facts.get(vehicle_id)
                wanted, upcoming = vehicle_tasks(fact, today, rules, since) if fact else ([], None)
                if vehicle_id in gone:
                    wanted = [task for task in wanted if task.reason not in VEHICLE_REMINDERS]
                reconciler.apply(wanted, existing.get(vehicle_id, []))
                reconciler.cursor(f"v:{vehicle_id}", upcoming)
            reconciler.flush()
            report.vehicles += len(part)
            progress(tr("生成回访任务"), int(80 * (start + len(part)) / max(1, len(vehicle_ids))))
        for start in range(0, len(customer_ids), step):
            part = customer_ids[start:start + step]
            facts = {customer_id: (birthday, joined) for customer_id, birthday, joined in Customer.select(
                Customer.id, Customer.birthday, Customer.club_joined).where(
                Customer.id.in_(part) & Customer.deleted_at.is_null()).tuples()}
            delivered: dict[int, tuple[int, datetime.date]] = {}  # the latest delivery of a car still theirs
            for customer_id, vehicle_id, day in Vehicle.select(Vehicle.customer, Vehicle.id, Vehicle.delivery_date).where(
                    Vehicle.customer.in_(part) & Vehicle.deleted_at.is_null() & Vehicle.gone_on.is_null()
                    & Vehicle.delivery_date.is_null(False)).tuples():
                if customer_id not in delivered or day > delivered[customer_id][1]:
                    delivered[customer_id] = (vehicle_id, day)
            existing = _existing(CallTask.select().where(CallTask.customer.in_(part)
                                                         & CallTask.reason.in_(list(CUSTOMER_REASONS))))
            for customer_id in part:
                birthday, joined = facts.get(customer_id, (None, None))
                wanted, upcoming = birthday_tasks(customer_id, birthday, today)
                if customer_id in facts:
                    timeline, next_due = member_tasks(customer_id, joined, delivered.get(customer_id), today)
                    wanted += timeline
                    upcoming = min(filter(None, (upcoming, next_due)), default=None)
                reconciler.apply(wanted, existing.get(customer_id, []))
                reconciler.cursor(f"c:{customer_id}", upcoming)
            reconciler.flush()
            report.customers += len(part)
        _complaint_and_event_tasks(reconciler, today, rules, None if report.full else last, since)
        reconciler.flush()
        _close_windows(today, report)
        from carecenter import due_dates  # every vehicle's due date kept for the manager's figures
        due_dates.store(full=report.full)
        _remember(LAST_RUN_KEY, run_started.isoformat())
        if last_day is None or today > last_day:  # a look at a past day (--today) does not move it back
            _remember(LAST_DAY_KEY, today.isoformat())
    report.seconds = time.perf_counter() - started
    progress(tr("完成"), 100)
    return report


def _complaint_and_event_tasks(reconciler: _Reconciler, today: datetime.date, rules: RuleSettings,
                               last: datetime.datetime | None, since: datetime.date | None) -> None:
    # complaints changed since the last run, and those whose follow-up window is open today; a full run: all
    query = Complaint.select(Complaint.id, Complaint.customer, Complaint.vehicle, Complaint.state, Complaint.closed_at)
    if last is not None:
        recent = datetime.datetime.combine(today - datetime.timedelta(days=rules.complaint_followup_days + 1),
                                           datetime.time())
        query = query.where((Complaint.updated_at >= last) | (Complaint.closed_at >= recent))
    seen = list(query)
    wanted = [complaint_task(c.id, c.customer_id, c.vehicle_id, c.closed_at.date(), rules) for c in seen
              if c.state == "已封闭" and c.closed_at is not None]
    keys = [f"complaint_followup:complaint{c.id}" for c in seen]
    existing = [task for start in range(0, len(keys), 900)
                for task in CallTask.select().where(CallTask.key.in_(keys[start:start + 900]))]
    reconciler.apply(wanted, existing)
    cursors = dict(RuleCursor.select(RuleCursor.entity, RuleCursor.next_check).where(
        RuleCursor.entity.startswith("e:")).tuples())
    # events since the last run: an invitation window that passed while the PC was off is still created (missed)
    for event in Event.select().where(Event.event_date >= (since or today) - datetime.timedelta(days=1)):
        # an event is looked at when it is new or changed, and on the day its invitations fall due
        looked = cursors.get(f"e:{event.id}")
        if last is not None and event.created_at < last and looked is not None and looked > today:
            continue
        invitations_due = event.event_date - datetime.timedelta(days=rules.event_invitation_days)
        reconciler.cursor(f"e:{event.id}", invitations_due if invitations_due > today else None)
        if invitations_due > today:
            continue
        audience = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
        if event.audience == "members":
            audience = audience.where(Customer.club_joined.is_null(False))  # members: those who joined
        elif event.audience.startswith("model:"):
            audience = audience.where(Customer.id.in_(Vehicle.select(Vehicle.customer).where(
                Vehicle.model == event.audience[6:])))
        wanted = [event_task(event.id, event.name, event.event_date, cid, rules) for (cid,) in audience.tuples()]
        existing = list(CallTask.select().where(CallTask.key.startswith(f"event_invitation:e{event.id}:")))
        reconciler.apply(wanted, existing)


def _close_windows(today: datetime.date, report: GenerationReport) -> None:
    """Open tasks whose window closed without a call are marked 已过期, whoever's they were."""
    report.missed += (CallTask.update(status="missed", updated_at=now())
                      .where((CallTask.status == "open") & (CallTask.window_end < today)).execute())


# --- the day's list ---------------------------------------------------------------------------------------------


@dataclass
class CallRow:
    """One line of the call list: everything the caller needs at a glance."""

    task_id: int
    reason: str
    reason_title: str
    due_date: datetime.date
    window_end: datetime.date
    status: str
    attempts: int
    assignee: str
    overdue: bool
    customer_id: int
    vehicle_id: int | None
    name: str
    phone: str
    plate: str
    model: str
    last_visit: datetime.date | None
    last_call: datetime.datetime | None
    contact_time: str
    preferred_contact: str
    do_not_call: bool
    lost_contact: bool
    open_complaints: int
    note: str
    never_listed: bool = False  # 已过期 from the start: its whole window passed while no list was made
    phone_wrong: bool = False  # a call found the number wrong (RULES §8): check it before dialling
    call_back: bool = False  # the call again after 不满意 (task key "…#n"): its questionnaire was answered before


def day_tasks(day: datetime.date | None = None, *, assignee: str = "", reason: str = "", status: str = ""
              ) -> list[CallTask]:
    """CLI.md: open tasks due on or before ``day`` whose window has not closed (overdue first), and the tasks
    completed on ``day``."""
    permissions.require("view")
    day = day or clock.today()
    start = datetime.datetime.combine(day, datetime.time())
    open_now = ((CallTask.status == "open") & (CallTask.due_date <= day) & (CallTask.window_end >= day)
                & (CallTask.next_try.is_null() | (CallTask.next_try <= day)))
    done_today = (CallTask.completed_at >= start) & (CallTask.completed_at < start + datetime.timedelta(days=1))
    query = CallTask.select().where(open_now | done_today)
    if assignee:
        query = query.where(CallTask.assignee == assignee)
    if reason:
        query = query.where(CallTask.reason == reason)
    if status:
        query = query.where(CallTask.status == status)
    tasks = list(query)
    tasks.sort(key=lambda t: (t.status != "open", not (t.due_date < day), REASON_ORDER.get(t.reason, 99),
                              t.due_date, t.id))
    return tasks


def open_counts(day: datetime.date | None = None) -> tuple[int, int]:
    """The day's calls still to make and how many of them are overdue, whatever a list shows (the status bar)."""
    permissions.require("view")
    day = day or clock.today()
    open_now = ((CallTask.status == "open") & (CallTask.due_date <= day) & (CallTask.window_end >= day)
                & (CallTask.next_try.is_null() | (CallTask.next_try <= day)))
    overdue = pw.fn.SUM(pw.Case(None, [(CallTask.due_date < day, 1)], 0))
    total, late = CallTask.select(pw.fn.COUNT(CallTask.id), overdue).where(open_now).tuples().get()
    return int(total or 0), int(late or 0)


MISSED_LOOKBACK_DAYS = 31


def missed_tasks(day: datetime.date | None = None, *, days: int = MISSED_LOOKBACK_DAYS, assignee: str = "",
                 reason: str = "") -> list[CallTask]:
    """已过期 for the manager: tasks whose window closed without a call in the ``days`` before ``day`` — those the
    desk let pass and those created after the PC was off for their whole window — by reason, then specialist."""
    permissions.require("view")
    day = day or clock.today()
    query = CallTask.select().where((CallTask.status == "missed") & (CallTask.window_end < day)
                                    & (CallTask.window_end >= day - datetime.timedelta(days=days)))
    if assignee:
        query = query.where(CallTask.assignee == assignee)
    if reason:
        query = query.where(CallTask.reason == reason)
    return sorted(query, key=lambda t: (REASON_ORDER.get(t.reason, 99), t.assignee, t.due_date, t.id))


def created_missed(task: CallTask) -> bool:
    """Whether the task was created after its window had closed (the list was not made while it was open)."""
    return bool(task.never_listed)


def call_rows(tasks: list[CallTask], day: datetime.date | None = None) -> list[CallRow]:
    day = day or clock.today()
    customer_ids = list({t.customer_id for t in tasks})
    customers: dict[int, tuple] = {}
    vehicles: dict[int, tuple] = {}
    first_vehicle: dict[int, tuple] = {}
    last_calls: dict[int, datetime.datetime] = {}
    complaints: dict[int, int] = {}
    for start in range(0, len(customer_ids), 900):
        part = customer_ids[start:start + 900]
        customers.update(
            {
                c.id: c
                for c in Customer.select(
                    Customer.id,
                    Customer.name,
                    Customer.phone,
                    Customer.last_visit_date,
                    Customer.contact_time,
                    Customer.preferred_contact,
                    Customer.do_not_call,
                    Customer.lost_contact,
                    Customer.phone_wrong,
                ).where(Customer.id.in_(id_list(part))).namedtuples()  # plain rows: 21 000 calls a day at L
            }
        )
        for vehicle in Vehicle.select(Vehicle.id, Vehicle.customer, Vehicle.plate, Vehicle.model).where(
                Vehicle.customer.in_(id_list(part)) & Vehicle.deleted_at.is_null()).namedtuples():
            vehicles[vehicle.id] = vehicle
            first_vehicle.setdefault(vehicle.customer, vehicle)
        last_calls.update(dict(CallLog.select(CallLog.customer, pw.fn.MAX(CallLog.at)).where(
            CallLog.customer.in_(id_list(part))).group_by(CallLog.customer).tuples()))
        complaints.update(
            dict(
                Complaint.select(Complaint.customer, pw.fn.COUNT(Complaint.id))
                .where(Complaint.customer.in_(id_list(part)) & ~Complaint.state.in_(["已封闭"]))
                .group_by(Complaint.customer)
                .tuples()
            )
        )
    rows = []
    for task in tasks:
        customer = customers.get(task.customer_id)
        if customer is None:
            continue
        vehicle = vehicles.get(task.vehicle_id) or first_vehicle.get(task.customer_id)
        rows.append(CallRow(
            task.id, task.reason, REASONS.get(task.reason, task.reason), task.due_date, task.window_end, task.status,
            task.attempts, task.assignee, task.status == "open" and task.due_date < day, customer.id, task.vehicle_id,
            customer.name, customer.phone, vehicle.plate if vehicle else "", vehicle.model if vehicle else "",
            customer.last_visit_date, last_calls.get(customer.id), customer.contact_time, customer.preferred_contact,
            customer.do_not_call, customer.lost_contact, complaints.get(customer.id, 0), task.note,
            bool(task.never_listed), customer.phone_wrong, "#" in task.key))
    return rows


# --- logging a call ---------------------------------------------------------------------------------------------

CALL_FIELDS = ("where", "what", "why", "how", "feedback_product", "feedback_service", "feedback_other", "request",
               "answer", "open_question")


@dataclass
class CallResult:
    task_status: str
    attempts: int
    complaint_id: int | None = None
    follow_up_task: int | None = None


#: Reasons whose tasks the appointments module plans itself (not the rules): the call-list refresh leaves them.
OWN_TASK_REASONS = ("appointment_confirm", "no_show_followup", "hot_alert", "complaint_reply", "callback", "message")


def call_values(notes: dict) -> dict:
    """The 5W1H notes of a call, cleaned (the booking from a call logs them too)."""
    return _call_values(notes)


def _call_values(notes: dict) -> dict:
    unknown = set(notes) - set(CALL_FIELDS) - {"reported_mileage", "next_contact", "call_type"}
    if unknown:
        raise KeyError(f"unknown call fields: {sorted(unknown)}")
    values = {key: clean_multiline(notes.get(key, "")) for key in CALL_FIELDS if key in notes}
    if "reported_mileage" in notes:
        values["reported_mileage"] = parse_mileage(notes["reported_mileage"])[0]
    if "next_contact" in notes:
        values["next_contact"] = parse_date(notes["next_contact"], "下次联系日期")
    if "call_type" in notes:
        values["call_type"] = notes["call_type"]
    return values


def log_call(task_id: int, outcome: str, notes: dict | None = None, at: datetime.datetime | None = None,
             reschedule_to: datetime.date | None = None) -> CallResult:
    """Record one attempt at a task with an outcome that fits its purpose (RULES §8), and the outcome's consequence,
    in one transaction. ``reschedule_to`` is the day of a dated outcome (改约, 暂不需要, 考虑中)."""
    actor = permissions.require("create")
    if outcome == "booked":
        raise UserError(tr("“已预约”需要选择预约时段（carecenter log-call … --outcome booked --at \"YYYY-MM-DD HH:MM\"）。"))
    if outcome not in OUTCOMES:
        raise UserError(tr("回访结果应为 {v1} 之一，不是“{outcome}”。").format(v1=tr("、").join(OUTCOMES), outcome=outcome))
    values = _call_values(notes or {})
    at = at or now()
    with write():
        task = CallTask.get_or_none(CallTask.id == task_id)
        if task is None:
            raise NotFound(tr("找不到回访任务 {task_id}。").format(task_id=task_id))
        if task.status != "open":
            raise UserError(tr("回访任务 {task_id} 已是“{status}”状态，不能再登记。").format(task_id=task_id, status=task.status))
        allowed = outcomes_for(task.reason)
        if outcome not in allowed:
            raise UserError(tr("“{reason}”的回访结果只能是：{allowed}；不能登记“{outcome}”。").format(
                reason=tr(REASONS.get(task.reason, task.reason)),
                allowed=tr("、").join(f"{tr(OUTCOMES[code])}（{code}）" for code in allowed),
                outcome=tr(OUTCOMES[outcome])))
        when = reschedule_to or values.get("next_contact")
        if outcome in DATED_OUTCOMES:
            if when is None:
                raise UserError(tr("“{outcome}”需要一个日期：请填写“下次联系日期”（命令行用 --on YYYY-MM-DD）。").format(
                    outcome=tr(OUTCOMES[outcome])))
            if when < at.date() or (outcome == "not-needed" and when == at.date()):
                raise UserError(tr("“{outcome}”的日期应在今天以后，不是 {when}。").format(outcome=tr(OUTCOMES[outcome]),
                                                                            when=when))
        if outcome == "handled" and not (values.get("how") or values.get("what")):  # closed with what was done
            raise UserError(tr("请在“处理方式”中写明对这次满意度跟进做了什么。"))
        call = CallLog.create(task=task, customer=task.customer_id, vehicle=task.vehicle_id, at=at,
                              caller=actor.name, outcome=outcome, **values)
        task.attempts += 1
        task.outcome = outcome
        task.updated_at = now()
        result = CallResult(task_status="open", attempts=task.attempts)
        customer = Customer.get_by_id(task.customer_id)
        _consequence(task, outcome, at, when, call, values, customer, result)
        promised = values.get("next_contact")
        if promised is not None and outcome not in DATED_OUTCOMES and promised > at.date():  # RULES §9: a call back
            from carecenter import phone
            from carecenter.followup_rules import CALLBACK_NOTE
            result.follow_up_task = result.follow_up_task or phone.task(
                "callback", f"callback:call{call.id}", task.customer_id, promised, actor.name,
                CALLBACK_NOTE.format(about=(values.get("what") or values.get("request") or tr(REASONS.get(
                    task.reason, task.reason)))[:150]))
        task.save()
        reported = values.get("reported_mileage")
        if reported and task.vehicle_id:  # what the customer says feeds the mileage estimate of the rules
            Vehicle.update(mileage=reported, mileage_date=at.date(), updated_at=now()).where(
                (Vehicle.id == task.vehicle_id) & (Vehicle.mileage < reported)).execute()
        result.task_status = task.status
        audit.record("call", "call_task", task.id, {"outcome": [None, OUTCOMES[outcome]]},
                     detail=REASONS.get(task.reason, task.reason))
    return result


#: The reminders a vehicle sold or scrapped no longer gets (its after-visit and complaint calls still stand).
VEHICLE_REMINDERS = (*BOOKING_REASONS, "insurance_renewal")

#: Outcomes after which the task is done (the others keep it open, or close it as 失联).
_DONE = {"satisfied", "unsatisfied", "not-needed", "serviced-elsewhere", "vehicle-gone", "renewed-here",
         "renewed-elsewhere", "greeted", "attending", "not-attending", "sales-called", "confirmed", "handled",
         "informed", "joined", "declined"}


def _consequence(task: CallTask, outcome: str, at: datetime.datetime, when: datetime.date | None, call: CallLog,
                 values: dict, customer: Customer, result: CallResult) -> None:
    """What an outcome does besides being recorded (RULES §2 and §8)."""
    if outcome in _DONE:
        task.status, task.completed_at = "done", at
        if customer.lost_contact:  # the customer was reached
            Customer.update(lost_contact=False).where(Customer.id == customer.id).execute()
    if outcome == "unsatisfied":
        complaint = Complaint.create(customer=task.customer_id, vehicle=task.vehicle_id, source_call=call,
                                     content=_complaint_text(task, values))
        result.complaint_id = complaint.id
        result.follow_up_task = _recall(task, at.date()).id  # called again until satisfied (002)
    elif outcome == "no-answer":
        if task.reason in ("birthday", "benefits_promotion"):  # a greeting, the month's benefits: no retry (§8)
            task.status, task.completed_at = "lost", at
        elif task.attempts >= settings.get("calls.max_attempts"):
            task.status, task.completed_at = "lost", at
            Customer.update(lost_contact=True).where(Customer.id == customer.id).execute()
        else:
            task.next_try = at.date() + datetime.timedelta(days=1)
    elif outcome in ("reschedule", "considering"):  # the same call again on the day the customer gave
        task.next_try = when
        if when > task.window_end:
            task.window_end = when
    elif outcome == "not-needed":  # done; the next reminder on the day the customer gave
        result.follow_up_task = _recall(task, at.date(), on=when, note=LATER.format(date=at.date())).id
    elif outcome == "vehicle-gone":  # sold or scrapped: none of its reminders any more
        if task.vehicle_id:
            Vehicle.update(gone_on=at.date(), updated_at=now()).where(Vehicle.id == task.vehicle_id).execute()
            CallTask.update(status="cancelled", updated_at=now()).where(
                (CallTask.vehicle == task.vehicle_id) & (CallTask.status == "open") & (CallTask.id != task.id)
                & CallTask.reason.in_(list(VEHICLE_REMINDERS))).execute()
    elif outcome == "wrong-number":  # nobody to call on this number: flagged for the archive to correct
        task.status, task.completed_at = "lost", at
        Customer.update(phone_wrong=True, updated_at=now()).where(Customer.id == customer.id).execute()
    elif outcome == "sales-not-called":  # the desk calls itself, now (RULES §2)
        task.next_try = at.date()
    if outcome == "joined" and customer.club_joined is None:  # the invitation accepted: a member number now
        from carecenter import club
        club.join(customer.id, at.date())
    if task.reason == "complaint_reply" and outcome == "informed":  # the promised answer given: the complaint's
        from carecenter import complaints  # contact, which keeps the promise
        complaints.contact(int(task.key.split(":")[1].removeprefix("complaint")), at,
                           values.get("what") or tr("按约定时间答复客户"))
    if task.reason == appointments.CONFIRM_REASON and outcome == "confirmed":  # the customer confirms
        appointments.confirm(appointments.appointment_of_task(task.key))


def loss_reasons(first: datetime.date, last: datetime.date) -> dict[str, int]:
    """Why customers went (RULES §6 item 9, from the calls of [first, last]): outcome code → how many calls said so
    (已在他处保养, 车辆已转让或报废, 他处续保)."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    rows = (CallLog.select(CallLog.outcome, pw.fn.COUNT(CallLog.id))
            .where((CallLog.at >= start) & (CallLog.at < end) & CallLog.outcome.in_(list(LOSS_OUTCOMES)))
            .group_by(CallLog.outcome).tuples())
    counts = dict(rows)
    return {code: counts[code] for code in LOSS_OUTCOMES if counts.get(code)}


def _complaint_text(task: CallTask, values: dict) -> str:
    parts = [f"{REASONS.get(task.reason, task.reason)}时客户不满意。"]
    for key, label in (("feedback_product", "产品"), ("feedback_service", "服务"), ("feedback_other", "其他"),
                       ("request", "客户要求")):
        if values.get(key):
            parts.append(f"{label}：{values[key]}")
    return "\n".join(parts)


def _recall(task: CallTask, day: datetime.date, on: datetime.date | None = None, note: str = "") -> CallTask:
    """The same call again: after 不满意 the next day (002 每日回訪中有客戶不滿意的需進行多次回訪直到滿意), after
    暂不需要 on the day the customer gave (``on``)."""
    base = task.key.split("#")[0]
    number = CallTask.select().where(key_prefix(CallTask.key, base + "#")).count() + 1
    due = on or day + datetime.timedelta(days=1)
    return CallTask.create(key=f"{task.key.split('#')[0]}#{number}", customer=task.customer_id,
                           vehicle=task.vehicle_id, reason=task.reason, due_date=due, window_start=due,
                           window_end=due + datetime.timedelta(days=7), assignee=task.assignee,
                           note=note or CALL_AGAIN.format(date=day))


@dataclass
class CallKpis:
    due: int
    done: int
    on_time: int
    satisfied: int
    missed: int = 0
    surveyed: int = 0  # satisfaction calls made (满意 or 不满意): 满意率's whole (RULES §8)

    def as_json(self) -> dict:
        return {"due": self.due, "done": self.done, "on_time": self.on_time,
                "rate": round(100.0 * self.done / self.due, 1) if self.due else 0.0,
                "satisfied_rate": round(100.0 * self.satisfied / self.surveyed, 1) if self.surveyed else 0.0,
                "missed": self.missed}


def call_kpis(first: datetime.date, last: datetime.date) -> CallKpis:
    """Calls due in [first, last] (letters aside): how many were made, how many within their window, 满意率 over the
    satisfaction calls only (RULES §8), and how many were missed (已过期: due and not done)."""
    permissions.require("view")
    tasks = list(CallTask.select(CallTask.status, CallTask.outcome, CallTask.completed_at, CallTask.window_end,
                                 CallTask.reason)
                 .where((CallTask.due_date >= first) & (CallTask.due_date <= last)
                        & (CallTask.reason != "thank_you_letter") & (CallTask.status != "cancelled")))
    done = [t for t in tasks if t.status == "done"]
    on_time = sum(1 for t in done if t.completed_at and t.completed_at.date() <= t.window_end)
    surveyed = [t for t in done if t.reason in SURVEYED_REASONS and t.outcome in ("satisfied", "unsatisfied")]
    return CallKpis(len(tasks), len(done), on_time, sum(1 for t in surveyed if t.outcome == "satisfied"),
                    sum(1 for t in tasks if t.status == "missed"), len(surveyed))
