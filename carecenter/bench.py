"""The benchmark at a demo size: ``python -m carecenter.bench --size L [--db bench-L.sqlite3]``.

Builds the store once (the demo dealership, then topped up to the size's targets: at L 100 000 customers, 120 000
vehicles, 600 000 visits, 1 000 000 calls and 10 000 complaints) and measures what the desk and the manager wait for:
start-up to a usable window, archive search per kind of key (p50/p95), opening a customer, the day's call list, a
complaint PDF, the monthly PDF, the head-office workbook, and an import of new customers (time and peak memory).

Each hot figure is also given as a ratio to its floor: the very same SQL statements replayed on a bare ``sqlite3``
connection (captured while CareCenter ran them), or the same rows written by bare openpyxl. The table goes to
stdout as Markdown. Jobs whose memory matters run in a child process of their own.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TODAY = datetime.date(2026, 11, 20)
#: Targets per size: customers come from the demo, the rest is topped up to these numbers.
TARGETS = {
    "S": {"vehicles": 2_400, "visits": 12_000, "calls": 20_000, "complaints": 200, "import": 5_000, "xls": 5_000},
    "M": {"vehicles": 24_000, "visits": 120_000, "calls": 200_000, "complaints": 2_000, "import": 20_000,
          "xls": 10_000},
    "L": {"vehicles": 120_000, "visits": 600_000, "calls": 1_000_000, "complaints": 10_000, "import": 100_000,
          "xls": 50_000},
}
BUDGETS = {"search p95": 50, "open customer p95": 50, "start-up": 1500, "call list": 1000, "complaint PDF": 200,
           "import": 20_000, "appointment day": 100, "free slots": 50, "booking": 50, "appointment figures": 500,
           "survey call": 50, "survey figures": 500, "ledger": 20, "levels": 10_000,
           "campaign": 3_000, "ring": 300, "incoming": 50}
#: The booking book of the benchmark store: a year of bookings at 48 a day (two dealership halls' worth at L).
BAYS_PER_DAY, BAYS_PER_SLOT = 48, 3
RUNS = 20


@dataclass
class Row:
    what: str
    ms: float
    p95: float | None = None
    floor_ms: float | None = None
    budget: float | None = None
    note: str = ""

    def cells(self) -> list[str]:
        ratio = f"{self.ms / self.floor_ms:.2f}" if self.floor_ms else "—"
        p95 = f"{self.p95:.1f}" if self.p95 is not None else "—"
        floor = f"{self.floor_ms:.1f}" if self.floor_ms else "—"
        measured = self.p95 if self.p95 is not None else self.ms
        verdict = "—" if self.budget is None else ("ok" if measured <= self.budget else "over")
        budget = f"≤ {self.budget:g}" if self.budget is not None else "—"
        return [self.what, f"{self.ms:.1f}", p95, floor, ratio, budget, verdict, self.note]


# --- building the store ----------------------------------------------------------------------------------------

def build(path: Path, size: str) -> dict[str, int]:
    """The demo of ``size`` topped up to :data:`TARGETS`; a store that has its data already is left as it is."""
    from carecenter import clock, demo, session
    from carecenter.models import CallLog, Complaint, Customer, ServiceVisit, Vehicle
    from carecenter.store import open_store
    clock.set_today(TODAY)
    session.set_actor(session.Actor("benchmark", "admin"))
    store = open_store(path)
    if not Customer.select().exists():
        demo.load_demo(size, 1, lambda step, percent: _say(f"demo {size}: {step} {percent}%"))
        _top_up(size)
    _book_a_year()
    from carecenter import followup
    followup.generate(TODAY)  # the morning's call list, as the desk's PC makes it when it starts
    counts = {"customers": Customer.select().count(), "vehicles": Vehicle.select().count(),
              "visits": ServiceVisit.select().count(), "calls": CallLog.select().count(),
              "complaints": Complaint.select().count()}
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return counts


def _book_a_year() -> None:
    """A year of appointments up to today (and the weeks ahead), every working day filled to the bench's capacity
    with arrivals, no-shows and cancellations — what a busy dealership's book holds after a year."""
    from carecenter import complaints, settings
    from carecenter.models import Appointment, Vehicle
    from carecenter.store import bulk_insert, sync_ids, write
    settings.save_many({"appointments.bays_per_day": BAYS_PER_DAY, "appointments.bays_per_slot": BAYS_PER_SLOT})
    if Appointment.select().where(Appointment.start < datetime.datetime(2026, 1, 1)).exists():
        return
    rng = random.Random(11)
    calendar = complaints.calendar()
    cars = list(Vehicle.select(Vehicle.id, Vehicle.customer).order_by(Vehicle.id).tuples())
    rows = []
    day = TODAY - datetime.timedelta(days=365)
    while day <= TODAY + datetime.timedelta(days=20):
        if calendar.is_working_day(day):
            for slot in range(19):
                start = datetime.datetime.combine(day, datetime.time(8, 30)) + datetime.timedelta(minutes=30 * slot)
                for _ in range(2 if slot % 3 else 3):  # 48 a day
                    vehicle_id, customer_id = rng.choice(cars)
                    roll = rng.random()
                    status = ("已预约" if day >= TODAY else "已到店" if roll < 0.82 else "爽约" if roll < 0.92
                              else "已取消")
                    rows.append({"customer": customer_id, "vehicle": vehicle_id, "start": start, "kind": "定期保养",
                                 "words": "", "source": rng.choice(("reminder", "incoming", "desk")), "task": None,
                                 "status": status, "booked_by": "benchmark",
                                 "booked_at": start - datetime.timedelta(days=3), "updated_at": start,
                                 "arrived_at": start if status == "已到店" else None})
        day += datetime.timedelta(days=1)
    with write():
        for first in range(0, len(rows), 5000):
            bulk_insert(Appointment, rows[first:first + 5000])
        sync_ids(Appointment)


def _say(text: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{text:<60}", end="", file=sys.stderr)


def _top_up(size: str) -> None:
    """More vehicles with their visits, a decade of calls, and complaints, written in bulk."""
    from carecenter import archive, demo
    from carecenter.models import CallLog, CallTask, Complaint, Customer, REASONS, ServiceVisit, Vehicle, outcomes_for
    from carecenter.store import bulk_insert, sync_ids, write
    target = TARGETS[size]
    rng = random.Random(7)
    customers = [row[0] for row in Customer.select(Customer.id).tuples()]
    used_plates = {row[0] for row in Vehicle.select(Vehicle.plate).tuples()}
    with write():
        next_vehicle = (Vehicle.select(Vehicle.id).order_by(Vehicle.id.desc()).scalar() or 0) + 1
        extra = max(0, target["vehicles"] - Vehicle.select().count())
        visits_needed = max(0, target["visits"] - ServiceVisit.select().count())
        visits_each = 2 + visits_needed // max(1, extra)  # some fall after today and are left out
        vehicles, visits, touched = [], [], set()
        for number in range(extra):
            model = rng.choice(demo.MODELS)
            customer = rng.choice(customers)
            delivered = TODAY - datetime.timedelta(days=rng.randrange(200, 3650))
            vehicle_id = next_vehicle + number
            vehicles.append({"id": vehicle_id, "customer": customer, "vin": demo.make_vin(rng, model, delivered.year,
                                                                                           vehicle_id),
                             "plate": demo._plate(rng, used_plates), "model": model.name, "delivery_date": delivered,
                             "mileage": 0})
            touched.add(customer)
            for visit in range(visits_each):
                day = delivered + datetime.timedelta(days=90 + 180 * visit)
                if day < TODAY:
                    visits.append({"vehicle": vehicle_id, "customer": customer, "visit_date": day,
                                   "visit_type": "定期保养" if visit else "首保", "mileage": 3000 + 5000 * visit,
                                   "items": "机油、机滤", "service_advisor": "孙浩"})
        visits = visits[:visits_needed]
        for start in range(0, len(vehicles), 5000):
            bulk_insert(Vehicle, vehicles[start:start + 5000])
        for start in range(0, len(visits), 5000):
            bulk_insert(ServiceVisit, visits[start:start + 5000])
        sync_ids(Vehicle, ServiceVisit)
        archive.refresh_customers(sorted(touched))
    # history of the reasons whose task keys carry nothing the rules read back (after-visit keys name their visit)
    reasons = [code for code in REASONS if code not in ("thank_you_letter", "after_visit_1", "after_visit_2",
                                                         "complaint_followup", "event_invitation", "birthday",
                                                         "hot_alert")]
    calls_needed = max(0, target["calls"] - CallLog.select().count())
    first_task = (CallTask.select(CallTask.id).order_by(CallTask.id.desc()).scalar() or 0) + 1
    vehicle_owner = dict(Vehicle.select(Vehicle.id, Vehicle.customer).tuples())
    vehicle_ids = list(vehicle_owner)
    for start in range(0, calls_needed, 50_000):
        _say(f"calls {start:,}/{calls_needed:,}")
        tasks, logs = [], []
        for number in range(start, min(calls_needed, start + 50_000)):
            vehicle = rng.choice(vehicle_ids)
            due = TODAY - datetime.timedelta(days=rng.randrange(30, 3650))
            at = datetime.datetime.combine(due, datetime.time(rng.randrange(9, 17), rng.randrange(60)))
            reason = rng.choice(reasons)
            fitting = outcomes_for(reason)  # a history whose outcomes fit their calls (RULES §8)
            outcome = fitting[0] if rng.random() < 0.93 or len(fitting) < 2 else fitting[1]
            task_id = first_task + number
            tasks.append({"id": task_id, "key": f"bench:{task_id}", "customer": vehicle_owner[vehicle],
                          "vehicle": vehicle, "reason": reason, "due_date": due, "window_start": due,
                          "window_end": due + datetime.timedelta(days=7), "assignee": "李婷", "status": "done",
                          "attempts": 1, "outcome": outcome, "completed_at": at, "note": "",
                          "created_at": at, "updated_at": at})
            logs.append({"task": task_id, "customer": vehicle_owner[vehicle], "vehicle": vehicle, "at": at,
                         "caller": "李婷", "outcome": outcome, "what": "历史回访"})
        with write():
            bulk_insert(CallTask, tasks)
            bulk_insert(CallLog, logs)
    with write():
        sync_ids(CallTask, CallLog)
        needed = max(0, target["complaints"] - Complaint.select().count())
        rows, per_year = [], {}
        for number in range(needed):
            accepted = datetime.datetime.combine(TODAY - datetime.timedelta(days=rng.randrange(120, 3650)),
                                                 datetime.time(rng.randrange(9, 17)))
            per_year[accepted.year] = per_year.get(accepted.year, 0) + 1
            rows.append(
                {
                    "customer": rng.choice(customers),
                    "number": f"BM-{accepted.year}-{per_year[accepted.year]:05d}",
                    "category": rng.choice(("S1", "S2", "S3", "S4", "S5", "A4a")),
                    "channel": "电话",
                    "level": "A",
                    "state": "已封闭",
                    "content": "历史投诉",
                    "accepted_at": accepted,
                    "response_due": accepted + datetime.timedelta(hours=2),
                    "first_response_at": accepted + datetime.timedelta(minutes=50),
                    "closure_due": accepted + datetime.timedelta(days=4),
                    "resolved_at": accepted + datetime.timedelta(days=2),
                    "closed_at": accepted + datetime.timedelta(days=3),
                }
            )
        for start in range(0, len(rows), 5000):
            bulk_insert(Complaint, rows[start:start + 5000])
        sync_ids(Complaint)
    _say("")


# --- measuring -------------------------------------------------------------------------------------------------

@contextmanager
def captured_sql():
    """Every statement CareCenter sends while inside, to replay on a bare connection as the floor."""
    from carecenter.models import database_proxy
    db = database_proxy.obj
    statements: list[tuple[str, tuple]] = []
    original = db.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = recording
    try:
        yield statements
    finally:
        db.execute_sql = original


def _ms(work) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _replay(raw: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> float:
    """The reads among ``statements`` on a bare connection (a print's audit entry is not written twice)."""
    reads = [(sql, params) for sql, params in statements if sql.lstrip()[:6].upper() in ("SELECT", "WITH ")
             or sql.lstrip().upper().startswith("WITH")]

    def run():
        for sql, params in reads:
            raw.execute(sql, params).fetchall()
    return _ms(run)


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def hot_paths(path: Path) -> list[Row]:
    """Search per key kind, opening a customer and the day's call list: CareCenter against the same SQL replayed."""
    from carecenter import archive, clock, followup, session
    from carecenter.models import Customer, Vehicle
    from carecenter.store import open_store
    clock.set_today(TODAY)
    session.set_actor(session.Actor("benchmark", "admin"))
    open_store(path)
    raw = sqlite3.connect(path)
    rng = random.Random(3)
    sample = list(Customer.select().where(Customer.phone != "", Customer.vehicle_count > 0)
                  .order_by(Customer.id).limit(2000))
    picks = [rng.choice(sample) for _ in range(RUNS)]
    plates = {c.id: Vehicle.select().where(Vehicle.customer == c.id).first() for c in picks}
    kinds = {
        "search: name": lambda c: c.name,
        "search: initials": lambda c: c.name_initials[:2],
        "search: last 4 phone digits": lambda c: c.phone[-4:],
        "search: plate": lambda c: plates[c.id].plate,
        "search: VIN tail": lambda c: plates[c.id].vin[-6:],
    }
    rows = []
    for label, key in kinds.items():
        ours, floors = [], []
        for customer in picks:
            text = key(customer)
            archive.find_customers(text)  # warm, as the second keystroke is
            with captured_sql() as statements:
                ours.append(_ms(lambda: archive.find_customers(text)))
            floors.append(_replay(raw, statements))
        rows.append(Row(label, statistics.median(ours), _p(ours, 0.95), statistics.median(floors),
                        BUDGETS["search p95"]))
    ours, floors = [], []
    for customer in picks:
        with captured_sql() as statements:
            ours.append(_ms(lambda: archive.customer_record(customer.id)))
        floors.append(_replay(raw, statements))
    rows.append(Row("open a customer (full record)", statistics.median(ours), _p(ours, 0.95),
                    statistics.median(floors), BUDGETS["open customer p95"]))
    followup.generate(TODAY)
    ours, floors = [], []
    for _ in range(5):
        with captured_sql() as statements:
            ours.append(_ms(lambda: followup.call_rows(followup.day_tasks(TODAY), TODAY)))
        floors.append(_replay(raw, statements))
    count = len(followup.day_tasks(TODAY))
    rows.append(Row("the day's call list", statistics.median(ours), None, statistics.median(floors),
                    BUDGETS["call list"], f"{count:,} calls"))
    return rows + appointment_paths(raw) + survey_paths(raw) + club_paths(raw) + phone_paths(raw)


def phone_paths(raw: sqlite3.Connection) -> list[Row]:
    """The phone (RULES §9): what the desk does between a ring and the caller on screen — the number read, the
    customer found by it (the archive search the incoming-call log runs), their line and their summary (open calls,
    complaints, appointments); and an incoming call logged (one transaction)."""
    from carecenter import archive, phone, ring
    from carecenter.models import Customer
    rng = random.Random(9)
    numbers = [row[0] for row in Customer.select(Customer.phone).where(
        Customer.phone.startswith("1") & Customer.deleted_at.is_null()).order_by(Customer.id).limit(5000).tuples()]
    picks = [rng.choice(numbers) for _ in range(RUNS)]

    def to_screen(number: str) -> None:
        found = ring.parse(f"RING {number}\n".encode())
        ids = archive.find_customers(found)[:50]
        archive.customer_rows(ids)
        phone.caller_summary(ids[0])

    ours, floors = [], []
    for number in picks:
        with captured_sql() as statements:
            ours.append(_ms(lambda: to_screen(number)))
        floors.append(_replay(raw, statements))
    rows = [Row("phone: a ring to the caller on screen (found by the number, their summary)", statistics.median(ours),
                _p(ours, 0.95), statistics.median(floors), BUDGETS["ring"],
                "the desk's part; Qt shows the dialog on top")]
    logged = [_ms(lambda: phone.incoming(number, call_type="咨询", notes={"what": "问保养价格"})) for number in picks]
    rows.append(Row("phone: an incoming call logged (one transaction)", statistics.median(logged), _p(logged, 0.95),
                    None, BUDGETS["incoming"], "found by the number, the call, the audit entry"))
    return rows


def club_paths(raw: sqlite3.Connection) -> list[Row]:
    """The club (RULES §5): a member's ledger and balance (the members with the longest ledgers), and every member's
    level worked out again from the last twelve months (as after an import or a change of thresholds)."""
    from carecenter import club
    from carecenter.models import Customer, PointEntry
    import peewee
    longest = [row[0] for row in PointEntry.select(PointEntry.customer).group_by(PointEntry.customer)
               .order_by(peewee.fn.COUNT(PointEntry.id).desc()).limit(RUNS).tuples()]
    ours, floors = [], []
    for customer_id in longest:
        with captured_sql() as statements:
            ours.append(_ms(lambda: club.ledger(customer_id)))
        floors.append(_replay(raw, statements))
    entries = PointEntry.select().count()
    rows = [Row("club: a member's ledger and balance", statistics.median(ours), _p(ours, 0.95),
                statistics.median(floors), BUDGETS["ledger"], f"the {len(longest)} longest ledgers; "
                                                             f"{entries:,} entries in the store")]
    members = Customer.select().where(Customer.club_joined.is_null(False)).count()
    with captured_sql() as statements:
        ms = _ms(lambda: club.recompute_levels())
    rows.append(Row("club: every member's level worked out again", ms, None, _replay(raw, statements),
                    BUDGETS["levels"], f"{members:,} members"))
    return rows + [campaign_path(raw)]


CAMPAIGN_AUDIENCE = 10_000


def campaign_path(raw: sqlite3.Connection) -> Row:
    """A campaign to about 10 000 customers (the buyers of the latest delivery years, as many years as it takes):
    the audience chosen, every message filled, the batch file written and the messages recorded."""
    import tempfile
    from carecenter import campaigns
    from carecenter.models import Vehicle
    import peewee
    last = Vehicle.select(peewee.fn.MAX(Vehicle.delivery_date)).scalar()
    last_year = (last if isinstance(last, datetime.date) else datetime.date.fromisoformat(str(last)[:10])).year
    first_year = last_year
    audience = campaigns.Audience(delivered=(first_year, last_year))
    while len(campaigns.select(audience)) < CAMPAIGN_AUDIENCE and first_year > 1990:
        first_year -= 1
        audience = campaigns.Audience(delivered=(first_year, last_year))
    with tempfile.TemporaryDirectory() as folder, captured_sql() as statements:
        chosen: list = []
        ms = _ms(lambda: chosen.append(campaigns.send(campaigns.preview("referral", audience),
                                                      Path(folder) / "campaign.xlsx")))
    from carecenter.models import Campaign
    sent = Campaign.get_by_id(chosen[0])
    return Row("club: a campaign chosen, filled and written", ms, None, _replay(raw, statements), BUDGETS["campaign"],
               f"{sent.chosen:,} chosen ({audience.describe()}), {sent.sent:,} messages")


def survey_paths(raw: sqlite3.Connection) -> list[Row]:
    """Satisfaction surveys (RULES §8): the month's figures against the same SQL replayed, and a call logged with its
    questionnaire (one transaction: the call, each answer, the verdict's complaint draft or hot alert, the audit)."""
    from carecenter import surveys
    from carecenter.models import CallTask, SurveyAnswer, Vehicle
    first, last = datetime.date(2026, 10, 1), datetime.date(2026, 10, 31)
    ours, floors = [], []
    for _ in range(RUNS // 2):
        with captured_sql() as statements:
            ours.append(_ms(lambda: surveys.figures(first, last)))
        floors.append(_replay(raw, statements))
    month = surveys.figures(first, last, trend=False).responses
    rows = [Row("surveys: the month's figures", statistics.median(ours), _p(ours, 0.95), statistics.median(floors),
                BUDGETS["survey figures"], f"{month:,} surveys that month, {SurveyAnswer.select().count():,} answers "
                                           "in all; factors, people, 12-month trend, low answers")]
    cars = list(Vehicle.select(Vehicle.id, Vehicle.customer).order_by(Vehicle.id.desc()).limit(RUNS).tuples())
    run = time.time_ns()  # a store the benchmark reuses gets fresh calls each time
    tasks = [CallTask.create(key=f"bench-survey:{run}:{n}", customer=customer, vehicle=vehicle,
                             reason="after_visit_1", due_date=TODAY, window_start=TODAY,
                             window_end=TODAY + datetime.timedelta(days=4)).id
             for n, (vehicle, customer) in enumerate(cars)]
    rng = random.Random(5)
    ours = []
    for task_id in tasks:
        answers = [rng.choice((5, 5, 4, 4, 3)) for _ in range(6)] + [rng.choice((5, 4, 2))]
        ours.append(_ms(lambda: surveys.record(task_id, answers, {"what": "修后回访"})))
    rows.append(Row("surveys: a call with its survey (one transaction)", statistics.median(ours), _p(ours, 0.95),
                    None, BUDGETS["survey call"], "the call, 7 answers, a complaint draft or hot alert, audit"))
    return rows


def appointment_paths(raw: sqlite3.Connection) -> list[Row]:
    """The booking book at a year of bookings: the tab's day, the two slots offered, a booking, the month's figures."""
    from carecenter import appointments
    from carecenter.models import Appointment, Vehicle
    day = TODAY - datetime.timedelta(days=1) if TODAY.weekday() == 0 else TODAY
    held = len(appointments.day_list(day))
    rows = []
    for label, work, budget, note in (
            ("appointments: the day in the tab", lambda: appointments.day_view(day), BUDGETS["appointment day"],
             f"{held} appointments that day, {Appointment.select().count():,} in the book"),
            ("appointments: the first two free slots", lambda: appointments.next_free_slots(TODAY + datetime.timedelta(
                days=25)), BUDGETS["free slots"], ""),
            ("appointments: the month's figures", lambda: appointments.kpis(datetime.date(2026, 10, 1),
                                                                             datetime.date(2026, 10, 31)),
             BUDGETS["appointment figures"], "by source, arrivals, no-shows, reminders → bookings → arrivals")):
        ours, floors = [], []
        for _ in range(RUNS):
            with captured_sql() as statements:
                ours.append(_ms(work))
            floors.append(_replay(raw, statements))
        rows.append(Row(label, statistics.median(ours), _p(ours, 0.95), statistics.median(floors), budget, note))
    cars = [row[0] for row in Vehicle.select(Vehicle.id).order_by(Vehicle.id).limit(RUNS).tuples()]
    target = TODAY + datetime.timedelta(days=40)
    while not appointments.slots(target):
        target += datetime.timedelta(days=1)
    ours = []
    for vehicle_id in cars:
        [start] = appointments.next_free_slots(target, 1, days=60)  # chosen before the clock starts, as on screen
        ours.append(_ms(lambda: appointments.book(vehicle_id, start)))
    rows.append(Row("appointments: a booking (one transaction)", statistics.median(ours), _p(ours, 0.95), None,
                    BUDGETS["booking"], "capacity checked, history, confirmation call, audit"))
    return rows


def peak_mb() -> float:
    """This process's own peak resident memory in MB. On Linux that is VmHWM: ``ru_maxrss`` carries the parent's
    peak across fork and exec (measured: a child of a 500 MB parent reported 513 MB, its VmHWM 13 MB), so every job
    started after the store was built showed the builder's peak. Elsewhere ru_maxrss (kB on Windows' and Linux'
    Pythons, bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows: neither /proc nor resource; the table shows nan
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


#: The periods the report rows print (RULES §6), with their budgets in ms (issue 20).
PERIOD_REPORTS = {"monthly PDF": ("monthly", "2026-10", 3_000), "quarterly PDF": ("quarterly", "2026-Q3", 5_000),
                  "yearly PDF": ("yearly", "2025", 8_000)}


def _child(kind: str, path: str, out: str, queue) -> None:
    """One job in a process of its own: (milliseconds, peak MB, note, floor ms or None)."""
    from carecenter import clock, export, periods, printing, session
    from carecenter.models import Complaint
    from carecenter.store import open_store
    clock.set_today(TODAY)
    session.set_actor(session.Actor("benchmark", "manager"))
    open_store(path)
    note, floor = "", None
    if kind == "complaint PDF":
        ids = [row[0] for row in Complaint.select(Complaint.id).where(Complaint.number.startswith("TS-")).tuples()]
        printing.print_complaint(ids[0], out + "-warm.pdf")  # fonts and imports once, as a running app has them
        samples = [_ms(lambda i=i: printing.print_complaint(i, out + ".pdf")) for i in ids[:RUNS]]
        ms, note = statistics.median(samples), f"p95 {_p(samples, 0.95):.0f} ms"
    elif kind in PERIOD_REPORTS:  # the figures' SQL replayed on a bare connection is the floor
        period_kind, label, _ = PERIOD_REPORTS[kind]
        period = periods.parse(period_kind, label)
        with captured_sql() as statements:
            ms = _ms(lambda: printing.print_period(period, out + ".pdf"))
        floor = _replay(sqlite3.connect(path), statements)
    elif kind == "statistics month":  # what the statistics tab reads (in the background) to show a month
        from carecenter import monthly
        monthly.period_summary(periods.parse("monthly", "2026-09"))  # imports and caches once, as a running app
        month = periods.parse("monthly", "2026-10")
        with captured_sql() as statements:
            ms = _ms(lambda: monthly.first_figures(month))
        floor = _replay(sqlite3.connect(path), statements)
        rest = _ms(lambda: monthly.complete(monthly.first_figures(month))) - ms
        note = f"the rest (F9, funnel, retention, trend) {rest:,.0f} ms more, while the tab can be used"
    elif kind == "head-office workbook":
        ms = _ms(lambda: export.export_monthly("2026-10", out + ".xlsx"))
        note = f"{os.path.getsize(out + '.xlsx') / 1e6:.0f} MB file"
    elif kind == "customer sheet":
        from carecenter.reports.workbook import SheetData, write
        ms = _ms(lambda: write(out + ".xlsx", [SheetData("客户", export.CUSTOMER_HEADERS, export.customer_rows(False))]))
    elif kind == "customer sheet floor":  # the same rows, fetched first, written by bare rustpy-xlsxwriter
        import rustpy_xlsxwriter
        headers = list(export.CUSTOMER_HEADERS)
        rows = [dict(zip(headers, row)) for row in export.customer_rows(False)]
        ms = _ms(lambda: rustpy_xlsxwriter.write_worksheets([("客户", rows)], out + "-bare.xlsx"))
    elif kind == "xls read":  # a DMS export as the old .xls (LibreOffice converts the bench's own xlsx)
        from carecenter import import_files
        source = Path(out).parent / "import.xls"
        if not source.exists():
            queue.put((float("nan"), peak_mb(), "LibreOffice (soffice) not found: no .xls to read", None))
            return
        ms = _ms(lambda: import_files.read_file(source, lambda header: sum(1 for cell in header if cell)))
    else:
        raise ValueError(kind)
    queue.put((ms, peak_mb(), note, floor))


def _in_child(kind: str, path: Path, folder: Path) -> tuple[float, float, str, float | None]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    name = "".join(c if c.isalnum() else "-" for c in kind)
    child = context.Process(target=_child, args=(kind, str(path), str(folder / name), queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def make_xls(folder: Path, rows: int) -> bool:
    """An .xls of ``rows`` DMS rows for the reading row, converted by LibreOffice when it is installed."""
    import shutil
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    source = folder / "import.xlsx"
    write_import_file(str(source), rows)
    subprocess.run([soffice, "--headless", "--convert-to", "xls", "--outdir", str(folder), str(source)],
                   capture_output=True, timeout=600, check=False)
    return (folder / "import.xls").exists()


def import_job(size: str, folder: Path) -> tuple[float, float, int]:
    """Import of new customers (customer + vehicle + visit per row) into an empty store, in a child of its own (the
    file is written by another child before, so that neither the writing nor the store building counts)."""
    rows = TARGETS[size]["import"]
    source = folder / "import.xlsx"
    subprocess.run([sys.executable, "-c", "from carecenter.bench import write_import_file;"
                    f"write_import_file(r'{source}', {rows})"], check=True)
    script = ("import sys, time, datetime;"
              "from carecenter import clock, session, importing; from carecenter.store import open_store;"
              "from carecenter.bench import peak_mb;"
              f"clock.set_today(datetime.date({TODAY.year}, {TODAY.month}, {TODAY.day}));"
              "session.set_actor(session.Actor('benchmark', 'admin'));"
              f"open_store(r'{folder / 'import.sqlite3'}');"
              f"t = time.perf_counter(); r = importing.run(importing.read(r'{source}'), importing.ImportOptions());"
              "print((time.perf_counter() - t) * 1000, peak_mb(),"
              " r.created)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    ms, peak, created = done.stdout.split()[-3:]
    return float(ms), float(peak), int(created)


def write_import_file(path: str, count: int) -> str:
    """An xlsx as a DMS exports it: customer, phone, plate, VIN, model, delivery, one visit."""
    from carecenter import demo
    from carecenter.reports.workbook import SheetData, write
    rng = random.Random(11)
    builder = demo._Builder(count, 11, TODAY)

    def rows():
        for index in range(count):
            name, _ = builder.name()
            model = rng.choice(demo.MODELS)
            delivered = datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randrange(1400))
            yield (name, builder.phone(), demo._plate(rng, builder.used_plates),
                   demo.make_vin(rng, model, delivered.year, 900_000 + index), model.name, delivered,
                   rng.randrange(1000, 90000), delivered + datetime.timedelta(days=90), "首保")
    write(path, [SheetData("客户", ["客户姓名", "手机", "车牌号", "车架号", "车型", "交车日期", "行驶里程", "进厂日期",
                                  "维修类型"], rows())])
    return path


def startup(path: Path) -> tuple[float, float]:
    """Start-up to a usable window (the archive list filled), and the window after a simulated hour of use."""
    done = subprocess.run([sys.executable, "-m", "carecenter.ui.probe", str(path), repr(time.time())],
                          capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True, timeout=1800)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return figures["startup_ms"], figures["hour_rss_mb"]


def table(rows: list[Row]) -> str:
    head = ["what", "ms (p50)", "p95", "floor ms", "ratio", "budget ms", "", "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m carecenter.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="M", choices=tuple(TARGETS))
    parser.add_argument("--db", help="the store to build once and reuse (default: a temporary file)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="carecenter-bench-"))
    path = Path(args.db) if args.db else folder / f"bench-{args.size}.sqlite3"
    started = time.perf_counter()
    counts = build(path, args.size)
    print(
        f"CareCenter benchmark, size {args.size}: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        + f" (ready in {time.perf_counter() - started:.0f} s); {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    rows = []
    startup_ms, hour_mb = startup(path)
    rows.append(Row("start-up to a usable window", startup_ms, None, None, BUDGETS["start-up"],
                    "store opened and checked, main window shown, archive list filled"))
    rows += hot_paths(path)
    ms, peak, note, _ = _in_child("complaint PDF", path, folder)
    rows.append(Row("complaint PDF (F6)", ms, None, None, BUDGETS["complaint PDF"], note))
    for kind, (_, label, budget) in PERIOD_REPORTS.items():
        ms, peak, _, floor = _in_child(kind, path, folder)
        rows.append(Row(f"{kind[:-4]} summary PDF (F12, {label})", ms, None, floor, budget,
                        f"peak {peak:.0f} MB; floor: its SQL on bare sqlite3"))
    ms, peak, note, floor = _in_child("statistics month", path, folder)
    rows.append(Row("statistics tab: a month's first figures on screen", ms, None, floor, 1_000, note))
    sheet_ms, sheet_peak, _, _ = _in_child("customer sheet", path, folder)
    floor_ms, _, _, _ = _in_child("customer sheet floor", path, folder)
    rows.append(Row(f"customer sheet ({counts['customers']:,} rows)", sheet_ms, None, floor_ms, None,
                    f"peak {sheet_peak:.0f} MB; floor: bare rustpy-xlsxwriter"))
    ms, peak, note, _ = _in_child("head-office workbook", path, folder)
    rows.append(Row("head-office workbook (month 2026-10, every sheet)", ms, None, None, 15_000,
                    f"peak {peak:.0f} MB (budget 500), {note}"))
    ms, peak, created = import_job(args.size, folder)
    rows.append(Row(f"import of {TARGETS[args.size]['import']:,} new customers", ms, None, None, BUDGETS["import"],
                    f"{created:,} created, peak {peak:.0f} MB (budget 300)"))
    xls_rows = TARGETS[args.size]["xls"]
    if make_xls(folder, xls_rows):
        ms, peak, note, _ = _in_child("xls read", path, folder)
        rows.append(Row(f"reading a {xls_rows:,}-row .xls (budget: 50 000 rows at L)", ms, None, None, 5_000,
                        note or f"peak {peak:.0f} MB"))
    else:
        print("LibreOffice (soffice) is not installed: the .xls row is left out.")
    print(table(rows))
    print(f"\nPeak memory of the window after a simulated hour at the desk: {hour_mb:.0f} MB (budget 500 MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
