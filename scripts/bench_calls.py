"""Benchmark of the call list at a demo size (default L, 100 000 customers).

    python scripts/bench_calls.py [--size L] [--db bench-L.sqlite3]

Measures (perf_counter): the first full generation of the call tasks, the next day's incremental generation, the
day's list, and one logged call followed by a regeneration.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from carecenter import clock, demo, followup, session  # noqa: E402
from carecenter.models import CallTask, Customer  # noqa: E402
from carecenter.store import open_store  # noqa: E402


def timed(label, work):
    start = time.perf_counter()
    result = work()
    print(f"{label:<44}{(time.perf_counter() - start):>8.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="L", choices=("S", "M", "L"))
    parser.add_argument("--db")
    args = parser.parse_args()
    today = datetime.date(2026, 11, 20)
    clock.set_today(today)
    session.set_actor(session.Actor("benchmark", "admin"))
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / f"bench-{args.size}.sqlite3"
    open_store(path)
    if not Customer.select().exists():
        timed(f"demo {args.size}", lambda: demo.load_demo(args.size, seed=1))
    full = timed("first full generation", lambda: followup.generate(today, full=True))
    print(f"  {full.vehicles:,} vehicles, {full.customers:,} birthdays, {full.created:,} tasks created")
    tomorrow = today + datetime.timedelta(days=1)
    clock.set_today(tomorrow)
    time.sleep(1.1)
    nxt = timed("next day, incremental", lambda: followup.generate(tomorrow))
    print(f"  looked at {nxt.vehicles:,} vehicles and {nxt.customers:,} customers; {nxt.created:,} new tasks")
    tasks = timed("the day's list (tasks + rows)", lambda: followup.call_rows(followup.day_tasks(tomorrow)))
    print(f"  {len(tasks):,} calls on the list")
    task = CallTask.select().where(CallTask.status == "open", CallTask.due_date <= tomorrow).first()
    timed("log one call", lambda: followup.log_call(task.id, "satisfied"))
    timed("regenerate after it", lambda: followup.generate(tomorrow))
    return 0


if __name__ == "__main__":
    sys.exit(main())
