"""Benchmark of the customer archive at a given demo size (default L, 100 000 customers).

    python scripts/bench_archive.py [--size L] [--db bench-L.sqlite3]

Measures, with time.perf_counter on this machine: generating the demo, each search kind (median of 5 runs), the
archive-incomplete filter, sorting, loading one page of the lazy list, and one customer's full record.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from carecenter import archive, clock, demo  # noqa: E402
from carecenter.models import Customer, Vehicle  # noqa: E402
from carecenter.store import open_store  # noqa: E402


def timed(work, runs: int = 5) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="L", choices=("S", "M", "L"))
    parser.add_argument("--db")
    args = parser.parse_args()
    clock.set_today(datetime.date(2026, 11, 20))
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / f"bench-{args.size}.sqlite3"
    open_store(path)
    if not Customer.select().exists():
        start = time.perf_counter()
        summary = demo.load_demo(args.size, seed=1)
        print(f"demo {args.size}: {summary.customers} customers, {summary.vehicles} vehicles, {summary.visits} visits "
              f"in {time.perf_counter() - start:.1f} s")
    sample = Customer.select().where(Customer.phone != "", Customer.vehicle_count > 0).order_by(Customer.id).first()
    vehicle = Vehicle.select().where(Vehicle.customer == sample.id).first()
    queries = {
        "all (empty box)": "",
        "name": sample.name,
        "pinyin initials zs": "zs",
        "last 4 phone digits": sample.phone[-4:],
        "plate": vehicle.plate,
        "VIN tail": vehicle.vin[-6:],
    }
    print(f"{'query':<24}{'hits':>8}{'median ms':>12}")
    for label, text in queries.items():
        ms, ids = timed(lambda: archive.find_customers(text))
        print(f"{label:<24}{len(ids):>8}{ms:>12.1f}")
    ms, ids = timed(lambda: archive.find_customers("", incomplete_only=True))
    print(f"{'incomplete archives':<24}{len(ids):>8}{ms:>12.1f}")
    ms, ids = timed(lambda: archive.find_customers("", order="last_visit", descending=True))
    print(f"{'sort by last visit':<24}{len(ids):>8}{ms:>12.1f}")
    ms, rows = timed(lambda: archive.customer_rows(ids[50_000 % len(ids):50_000 % len(ids) + 100]))
    print(f"{'one page of 100 rows':<24}{len(rows):>8}{ms:>12.1f}")
    ms, _ = timed(lambda: archive.customer_record(sample.id))
    print(f"{'one customer record':<24}{1:>8}{ms:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
