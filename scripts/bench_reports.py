"""Benchmark of the manager's reports at a demo size (default L, 100 000 customers).

    python scripts/bench_reports.py --db bench-L.sqlite3 [--size L] [--month 2026-10]

Each job runs in a child process of its own, so that its peak memory (ru_maxrss of the child) is its own. Times are
perf_counter around the job. The floor for the customer sheet is the same rows written by bare openpyxl in
write-only mode, with no CareCenter code in between.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = datetime.date(2026, 11, 20)


def _job(kind: str, db: str, month: str, out: str, queue) -> None:
    from carecenter import clock, export, monthly, printing, session
    from carecenter.store import open_store
    clock.set_today(TODAY)
    session.set_actor(session.Actor("benchmark", "manager"))
    open_store(db)
    start = time.perf_counter()
    if kind == "summary":
        monthly.monthly_summary(month)
    elif kind == "monthly PDF":
        printing.print_monthly(month, out + ".pdf")
    elif kind == "head-office workbook":
        export.export_monthly(month, out + ".xlsx")
    elif kind == "customers + the month's sheets":
        from carecenter.models import Customer
        from carecenter.reports import head_office
        from carecenter.reports.workbook import SheetData, write
        unmasked = False
        summary = monthly.monthly_summary(month)
        first, last = clock.month_days(month)
        sheets = head_office.summary_sheets(summary) + [
            SheetData("客户", export.CUSTOMER_HEADERS, export.customer_rows(unmasked), head_office.CUSTOMER_WIDTHS,
                      count=Customer.select().count()),
            SheetData("回访明细", export.CALL_HEADERS, export.call_rows(first, last, unmasked)),
            SheetData("投诉明细", export.COMPLAINT_HEADERS, export.complaint_rows(first, last, unmasked))]
        write(out + ".xlsx", sheets)
    elif kind == "raw customer sheet":
        from carecenter.reports.workbook import SheetData, write
        write(out + ".xlsx", [SheetData("客户", export.CUSTOMER_HEADERS, export.customer_rows(False))])
    elif kind == "floor: bare openpyxl, same rows":
        from openpyxl import Workbook
        rows = list(export.customer_rows(False))  # read first: the floor is the writing alone
        start = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("客户")
        sheet.append(list(export.CUSTOMER_HEADERS))
        for row in rows:
            sheet.append(row)
        book.save(out + ".xlsx")
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a store; filled with the demo of --size when empty")
    parser.add_argument("--size", default="L", choices=("S", "M", "L"))
    parser.add_argument("--month", default="2026-10")
    args = parser.parse_args()
    from carecenter import clock, demo, session
    from carecenter.models import Customer
    from carecenter.store import open_store
    clock.set_today(TODAY)
    session.set_actor(session.Actor("benchmark", "admin"))
    store = open_store(args.db)
    if not Customer.select().exists():
        demo.load_demo(args.size, seed=1)
    customers = Customer.select().count()
    store.close()
    folder = Path(tempfile.mkdtemp())
    print(f"{customers:,} customers, month {args.month}")
    context = multiprocessing.get_context("spawn")
    for kind in ("summary", "monthly PDF", "head-office workbook", "customers + the month's sheets",
                 "raw customer sheet", "floor: bare openpyxl, same rows"):
        queue = context.Queue()
        child = context.Process(target=_job, args=(kind, args.db, args.month, str(folder / kind.split()[0]), queue))
        child.start()
        seconds, peak = queue.get()
        child.join()
        print(f"{kind:<36}{seconds:>8.1f} s{peak:>8d} MB peak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
