"""The measurement behind CareCenter's choice of workbook writer and reader (README, Dependencies and Speed).

    pip install xlsxwriter          # the one candidate CareCenter does not depend on
    python scripts/bench_xlsx.py --db bench-L.sqlite3

Every customer of the store (the same rows the customer sheet writes) is written by openpyxl (write-only), XlsxWriter
(constant_memory) and rustpy-xlsxwriter, each in a process of its own, with its time and peak memory; then the
rustpy file is read back by openpyxl (read-only) and python-calamine.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _rows(db: str) -> tuple[list[str], list[tuple]]:
    from carecenter import clock, export, session
    from carecenter.store import open_store
    clock.set_today(datetime.date(2026, 12, 2))
    session.set_actor(session.Actor("benchmark", "manager"))
    open_store(db)
    return list(export.CUSTOMER_HEADERS), list(export.customer_rows(False))


def _write(kind: str, db: str, out: str, queue) -> None:
    from carecenter.bench import peak_mb
    headers, rows = _rows(db)
    start = time.perf_counter()
    if kind == "openpyxl":
        from openpyxl import Workbook
        book = Workbook(write_only=True)
        sheet = book.create_sheet("客户")
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
        book.save(out)
    elif kind == "XlsxWriter":
        import xlsxwriter
        book = xlsxwriter.Workbook(out, {"constant_memory": True})
        sheet = book.add_worksheet("客户")
        dates = book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, headers)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if isinstance(value, datetime.date):
                    sheet.write_datetime(number, column, value, dates)
                elif value is not None and value != "":
                    sheet.write(number, column, value)
        book.close()
    elif kind == "rustpy-xlsxwriter":
        import rustpy_xlsxwriter
        rustpy_xlsxwriter.write_worksheets([("客户", (dict(zip(headers, row)) for row in rows))], out)
    elif kind == "read openpyxl":
        from openpyxl import load_workbook
        book = load_workbook(out, read_only=True)
        count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
    elif kind == "read python-calamine":
        from python_calamine import CalamineWorkbook
        count = sum(1 for _ in CalamineWorkbook.from_path(out).get_sheet_by_index(0).iter_rows())
    queue.put(((time.perf_counter() - start) * 1000, peak_mb(), len(rows)))


def _in_child(kind: str, db: str, out: str):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_write, args=(kind, db, out, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a benchmark store (python -m carecenter.bench --db FILE)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="carecenter-xlsx-"))
    print("| writer / reader | ms | peak MB | file MB |\n|---|---|---|---|")
    for kind in ("openpyxl", "XlsxWriter", "rustpy-xlsxwriter"):
        out = str(folder / f"{kind}.xlsx")
        ms, peak, rows = _in_child(kind, args.db, out)
        print(f"| write {rows:,} customers: {kind} | {ms:,.0f} | {peak:.0f} | {os.path.getsize(out) / 1e6:.1f} |")
    for kind in ("read openpyxl", "read python-calamine"):
        ms, peak, rows = _in_child(kind, args.db, str(folder / "rustpy-xlsxwriter.xlsx"))
        print(f"| {kind} (the same sheet) | {ms:,.0f} | {peak:.0f} | — |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
