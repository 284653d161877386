"""Benchmark of the import: a 50 000-row xlsx (customer, vehicle and one visit per row) into an empty store.

    python scripts/bench_import.py [--rows 50000] [--csv]

Prints the time of each stage (perf_counter) and the peak memory of the process (ru_maxrss) and of Python
allocations during the import (tracemalloc). The file is generated first with openpyxl's write-only mode.
"""

from __future__ import annotations

import argparse
import datetime
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook  # noqa: E402

from carecenter import clock, demo, importing  # noqa: E402
from carecenter.models import Customer, ServiceVisit, Vehicle  # noqa: E402
from carecenter.store import open_store  # noqa: E402

HEADER = ["客户姓名", "手机", "地址", "车牌号", "车架号", "车型", "交车日期", "发动机号", "行驶里程", "进厂日期",
          "维修类型", "维修项目", "金额", "服务顾问"]


def make_rows(count: int):
    rng = random.Random(7)
    builder = demo._Builder(count, 7, datetime.date(2026, 11, 20))
    for index in range(count):
        name, _ = builder.name()
        model = rng.choice(demo.MODELS)
        delivery = datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randrange(1400))
        yield [name, builder.phone(), f"杭州市西湖区文一路 {index} 号", demo._plate(rng, builder.used_plates),
               demo.make_vin(rng, model, delivery.year, index), model.name, delivery,
               f"{model.engine_prefix}{rng.randrange(100000, 999999)}", rng.randrange(1000, 90000),
               delivery + datetime.timedelta(days=90), "首保", "首次保养", 0, "孙浩"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--trace", action="store_true", help="also trace Python allocations (slows everything)")
    args = parser.parse_args()
    clock.set_today(datetime.date(2026, 11, 20))
    folder = Path(tempfile.mkdtemp())
    path = folder / "dms-export.xlsx"
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户")
    sheet.append(HEADER)
    for row in make_rows(args.rows):
        sheet.append(row)
    workbook.save(path)
    print(f"file: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - start:.1f} s")

    open_store(folder / "store.sqlite3")
    if args.trace:
        tracemalloc.start()
    start = time.perf_counter()
    source = importing.read(path)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    report = importing.preview(source)
    preview_s = time.perf_counter() - start
    start = time.perf_counter()
    report = importing.run(source)
    run_s = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"read {read_s:.1f} s, preview {preview_s:.1f} s, import {run_s:.1f} s "
          f"(read + import {read_s + run_s:.1f} s)")
    print(f"peak process RSS {rss:.0f} MB (includes generating the file)")
    if args.trace:
        print(f"peak Python allocations while importing {tracemalloc.get_traced_memory()[1] / 1e6:.0f} MB")
        tracemalloc.stop()
    print(f"report: {report.summary()}")
    print(f"store: {Customer.select().count():,} customers, {Vehicle.select().count():,} vehicles, "
          f"{ServiceVisit.select().count():,} visits")
    return 0 if report.written else 1


if __name__ == "__main__":
    sys.exit(main())
