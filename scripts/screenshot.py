"""Take the README's screenshots on the M demo dealership (20 000 customers): every tab, the settings and the guide.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [--db demo-M.sqlite3] [--out docs] [--lang zh_CN|zh_TW|en]
                                                           [--scale 1.5 --screen 1920x1080] [--size 1366x697] [--suffix=-en]

Without --db a temporary M demo is generated first (about 15 s). ``--scale`` is the display scaling (1.25, 1.5) as
Windows sets it; ``--size`` is the window's size in logical pixels: the default is a maximised window on a 1366×768 desk PC with its
task bar; a 1920×1080 screen at 150 % gives 1280×720 (1280×649 maximised).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default="docs")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--size", default="1366x697")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--screen", default="1366x768", help="the screen in physical pixels (1920x1080 with --scale)")
    parser.add_argument("--only", help="comma-separated names: archive-tab,calls-tab,appointments-tab,complaints-tab,lounge-tab,"
                                           "statistics-tab,settings,help,call-dialog,survey-call")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale  # before Qt starts
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # the desk's screen, in physical pixels, not Qt's 800×600
        screen_width, screen_height = (int(x) for x in args.screen.split("x"))
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "Desk", "x": 0, "y": 0, "width": screen_width,
                                                   "height": screen_height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                                   "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtWidgets import QApplication

    from carecenter import clock, demo, session
    from carecenter.models import Customer
    from carecenter.store import open_store
    from carecenter.ui import fonts, language, screen
    from carecenter.ui.help_dialog import HelpDialog
    from carecenter.ui.main_window import MainWindow
    from carecenter.ui.runner import TaskRunner
    from carecenter.ui.settings_dialog import SettingsDialog

    clock.set_today(datetime.date(2026, 11, 20))
    clock.set_now(datetime.datetime(2026, 11, 20, 10, 30))  # mid-morning at the desk, whatever the hour here
    app = QApplication([])
    fonts.install(app)
    language.apply(args.lang)
    session.set_actor(session.Actor("王经理", "admin"))
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "demo-M.sqlite3"
    store = open_store(path)
    if not Customer.select().exists():
        demo.load_demo("M", seed=1)
    runner = TaskRunner(synchronous=True)
    window = MainWindow(store, runner)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else None

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget, name: str) -> None:
        if wanted is None or name in wanted:
            settle()
            target = out / f"{name}{args.suffix}.png"
            widget.grab().save(str(target))
            print(f"wrote {target}")

    # 客户档案: a customer with two cars and a visit history shows the detail pane at its fullest
    tab = window.archive_tab
    tab.run_search()
    customer = Customer.select().where(Customer.vehicle_count == 2, Customer.club_level == "金卡",
                                       Customer.last_visit_date.is_null(False)).first()
    row = tab.model.row_of(customer.id) if customer else 0
    tab.table.setCurrentIndex(tab.model.index(row or 0, 0))
    tab.table.scrollTo(tab.model.index(row or 0, 0))
    save(window, "archive-tab")
    window.tabs.setCurrentWidget(window.calls_tab)
    save(window, "calls-tab")
    window.tabs.setCurrentWidget(window.appointments_tab)
    window.appointments_tab.reload()
    appointments_table = window.appointments_tab.table
    booked_row = next((r for r in range(appointments_table.rowCount())
                       if window.appointments_tab.rows[r] is not None and window.appointments_tab.rows[r].words), 0)
    appointments_table.setCurrentCell(booked_row, 0)
    save(window, "appointments-tab")
    window.tabs.setCurrentWidget(window.complaints_tab)
    save(window, "complaints-tab")
    window.tabs.setCurrentWidget(window.lounge_tab)
    from PySide6.QtCore import QDate
    window.lounge_tab.day.setDate(QDate(2026, 11, 19))  # yesterday's round, scored
    window.lounge_tab.reload()
    save(window, "lounge-tab")
    if window.statistics_tab is not None:
        window.tabs.setCurrentWidget(window.statistics_tab)
        window.statistics_tab.month.setCurrentIndex(window.statistics_tab.month.findData("2026-10"))
        window.statistics_tab.reload()
        save(window, "statistics-tab")
    settings = SettingsDialog(runner, window)
    screen.fit(settings, 880, 680)
    settings.show()
    settings.pages.setCurrentIndex(1)
    save(settings, "settings")
    guide = HelpDialog("calls", window)
    screen.fit(guide, 640, 520)
    guide.show()
    save(guide, "help")
    from carecenter import followup
    from carecenter.ui.call_dialog import CallDialog
    row = next(r for r in followup.call_rows(followup.day_tasks()) if r.reason == "first_service")
    call = CallDialog(runner, row, window)
    call.show()
    save(call, "call-dialog")
    row = next(r for r in followup.call_rows(followup.day_tasks()) if r.reason == "delivery_3d")
    survey = CallDialog(runner, row, window)
    survey.show()
    settle()
    survey.editors["what"].setText("交车3日回访")
    survey.editors["feedback_service"].setPlainText("交车时讲解很详细，等候时间有点长")
    if survey.survey is not None:
        for answer in (5, 4, 5, 4, 3, 5, 4):
            survey.survey._answer(survey.survey.current, answer, advance=True)
    save(survey, "survey-call")
    runner.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
