"""Take the README's screenshot of the archive tab on the M demo dealership (20 000 customers).

    QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [--db demo-M.sqlite3] [--out docs/archive-tab.png]

Without --db a temporary M demo is generated first (about 15 s).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from carecenter import clock, demo  # noqa: E402
from carecenter.models import Customer  # noqa: E402
from carecenter.store import open_store  # noqa: E402
from carecenter.ui import fonts  # noqa: E402
from carecenter.ui.main_window import MainWindow  # noqa: E402
from carecenter.ui.runner import TaskRunner  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default="docs/archive-tab.png")
    parser.add_argument("--search", default="")
    args = parser.parse_args()
    clock.set_today(datetime.date(2026, 11, 20))
    app = QApplication([])
    fonts.install(app)
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "demo-M.sqlite3"
    store = open_store(path)
    if not Customer.select().exists():
        demo.load_demo("M", seed=1)
    runner = TaskRunner(synchronous=True)
    window = MainWindow(store, runner)
    window.resize(1400, 820)
    window.show()
    tab = window.archive_tab
    tab.search_box.setText(args.search)
    tab.run_search()
    # a customer with two cars and a visit history shows the detail pane at its fullest
    wanted = Customer.select().where(Customer.vehicle_count == 2, Customer.club_level == "金卡",
                                     Customer.last_visit_date.is_null(False)).first()
    row = tab.model.row_of(wanted.id) if wanted and not args.search else 0
    tab.table.setCurrentIndex(tab.model.index(row or 0, 0))
    tab.table.scrollTo(tab.model.index(row or 0, 0))
    for _ in range(3):
        app.processEvents()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(args.out)
    print(f"wrote {args.out}")
    runner.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
