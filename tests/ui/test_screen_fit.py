"""Every screen fits a 1366×768 desk PC with a task bar, in the three languages, for every role: each tab (in the
states a desk sees it — a customer open, a call chosen, a complaint with a signed box) and each dialog is shown on
the M demo dealership and checked by :mod:`screen_check`. New screens belong in ``_dialogs``."""

from __future__ import annotations

import datetime
import os
import re
import shutil

import peewee as pw
import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from carecenter import appointments, clock, complaints, followup, lounge, session
from carecenter.models import CallLog, Customer, LoungeScore, Vehicle
from carecenter.store import open_store
from carecenter.ui import language, screen
from carecenter.ui.campaign_dialog import CampaignDialog
from carecenter.ui.leads_dialog import LeadsDialog
from carecenter.ui.archive_dialogs import customer_dialog, visit_dialog
from carecenter.ui.audit_dialog import AuditDialog
from carecenter.ui.booking_dialog import BookingDialog
from carecenter.ui.call_dialog import CallDialog
from carecenter.ui.contact_dialog import ContactDialog
from carecenter.ui.points_dialog import PointsDialog
from carecenter.ui.event_attendance_dialog import EventAttendanceDialog
from carecenter.ui.complaint_dialog import ComplaintDialog
from carecenter.ui.event_dialog import EventDialog
from carecenter.ui.first_run import FirstRunDialog
from carecenter.ui.help_dialog import HelpDialog
from carecenter.ui.import_wizard import ImportWizard
from carecenter.ui.letter_dialogs import IncomingCallDialog, LetterDialog, MessageDialog
from carecenter.ui.login_dialog import CreateAdminDialog, LoginDialog
from carecenter.ui.lounge_tab import SpotCheckDialog
from carecenter.ui.main_window import GEOMETRY_KEY, MainWindow
from carecenter.ui.questions_dialog import QuestionsDialog
from carecenter.ui.settings_dialog import SettingsDialog
from carecenter.ui.users_dialog import AddUserDialog, UsersDialog
from screen_check import problems, settle

pytestmark = pytest.mark.sqlite_only  # screens, not the store: once is enough

#: A 1366×768 screen less a Windows task bar of 40 px.
DESK = QRect(0, 0, 1366, 728)
#: 1920×1080 at 150 % scaling: 1280×720 logical pixels, less the task bar (at 125 % it is 1536×864: roomier).
SCALED = QRect(0, 0, 1280, 680)


@pytest.fixture(scope="module")
def m_template(demo_m_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("m") / "m.sqlite3"
    shutil.copy(demo_m_template, path)
    clock.set_today(datetime.date(2026, 11, 20))
    clock.set_now(datetime.datetime(2026, 11, 20, 9, 0))
    store = open_store(path)
    with session.acting_as(session.Actor("测试管理员", "admin")):
        first = complaints.complaint_rows(open_only=True)[0]  # the one the tab opens with
        complaints.sign(first.id, "specialist")
        complaints.sign(first.id, "director")
        # the lounge as a morning leaves it: a round scored in part, an item reported, a guest's meal
        round_id = lounge.start_round(datetime.date(2026, 11, 20), "上午")
        scores = list(LoungeScore.select().where(LoungeScore.check == round_id).order_by(LoungeScore.id))
        for position, score in enumerate(scores[:4]):
            lounge.score_item(score.id, 2 if position == 1 else 5, "遥控器没电" if position == 1 else None)
        lounge.report_repair(scores[1].id)
        plate = Vehicle.select(Vehicle.plate).where(Vehicle.plate != "").first().plate
        lounge.register_meal(plate, datetime.date(2026, 11, 20))
        lounge.register_meal("浙A00001", datetime.date(2026, 11, 20))
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def m_store(m_template, tmp_path):
    target = tmp_path / "m.sqlite3"
    shutil.copy(m_template, target)
    store = open_store(target)
    yield store
    store.close()


def _use_screen(monkeypatch, area: QRect) -> None:
    """The desk PC's screen; the main window opens as on a PC that has not remembered a size yet."""
    monkeypatch.setattr(screen, "available_area", lambda widget=None: QRect(area))
    QSettings().remove(GEOMETRY_KEY)


@pytest.fixture
def desk_screen(monkeypatch):
    _use_screen(monkeypatch, DESK)


#: Set to a folder to keep a screenshot of every screen the check looked at (for eyes, and the README).
SHOTS = os.environ.get("CARECENTER_SCREENSHOTS", "")


def _shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        from carecenter import i18n
        safe = re.sub(r"[^\w.-]+", "_", name)
        widget.grab().save(os.path.join(SHOTS, f"{i18n.language()}_{safe}.png"))


def _look(widget: QWidget, name: str, found: list[str]) -> None:
    widget.show()
    settle()
    pages = getattr(widget, "pages", None)
    if pages is not None and hasattr(pages, "count"):
        for page in range(pages.count()):
            pages.setCurrentIndex(page)
            settle()
            _shoot(widget, f"{name} page {page + 1}")
            found.extend(problems(widget, f"{name} page {page + 1}"))
    else:
        _shoot(widget, name)
        found.extend(problems(widget, name))
    widget.close()
    widget.deleteLater()


def _tabs(window: MainWindow, found: list[str]) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        tab = window.tabs.currentWidget()
        name = f"tab {window.tabs.tabText(index)}"
        if tab is window.archive_tab and tab.model.rowCount():
            tab.table.setCurrentIndex(tab.model.index(0, 0))
        if tab is window.appointments_tab and tab.table.rowCount():
            tab.table.setCurrentCell(0, 0)
        if tab is window.calls_tab:
            item = tab.tree.topLevelItem(0)
            if item is not None and item.childCount():
                tab.tree.setCurrentItem(item.child(0))
        settle()
        _shoot(window, name)
        found.extend(problems(window, name))


def _member() -> Customer:
    """The member with the longest ledger (the points dialog at its fullest)."""
    from carecenter.models import PointEntry
    import peewee
    return (Customer.select().join(PointEntry).where(Customer.club_joined.is_null(False))
            .group_by(Customer.id).order_by(peewee.fn.COUNT(PointEntry.id).desc(), Customer.id).first())


def _dialogs(window: MainWindow, runner) -> dict[str, QWidget]:
    rows = followup.call_rows(followup.day_tasks())
    by_reason = {}
    for row in rows:
        by_reason.setdefault(row.reason, row)
    customer = Customer.select().order_by(Customer.id).first()
    dialogs = {
        "settings": lambda: SettingsDialog(runner, window), "help": lambda: HelpDialog("calls", window),
        "shortcuts": lambda: HelpDialog("shortcuts", window),
        "new customer": lambda: customer_dialog(runner, None, window),
        "visit": lambda: visit_dialog(runner, customer.id, None, window),
        "import": lambda: ImportWizard(runner, window), "users": lambda: UsersDialog(runner, window),
        "add user": lambda: AddUserDialog(window), "audit": lambda: AuditDialog(runner, window),
        "event": lambda: EventDialog(runner, window),
        "letter": lambda: LetterDialog(runner, customer.id, customer.name, parent=window),
        "messages": lambda: MessageDialog(runner, [row.customer_id for row in rows[:30]], window),
        "incoming": lambda: IncomingCallDialog(runner, window),
        "spot check": lambda: _spot_check(runner, window), "questions": lambda: QuestionsDialog(runner, window),
        "complaint": lambda: ComplaintDialog(runner, window),
        "complaint for a two-car customer": lambda: _two_car_complaint(runner, window),
        "log in": lambda: LoginDialog(runner, ["王经理", "李婷", "Administrator"], "测试汽车销售服务有限公司", window),
        "administrator": lambda: CreateAdminDialog(runner, window),
        "welcome": lambda: FirstRunDialog(window.store.path, window),
        "do not contact": lambda: ContactDialog(runner, customer.id, customer.name, window),
        "points": lambda: PointsDialog(runner, _member().id, _member().name, window),
        "event attendance": lambda: EventAttendanceDialog(runner, window),
        "campaign": lambda: CampaignDialog(runner, window),
        "leads": lambda: LeadsDialog(runner, window),
        "incoming from an unknown number": lambda: IncomingCallDialog(runner, window, phone_number="13900001111"),
    }
    for reason, row in by_reason.items():
        dialogs[f"call {reason}"] = lambda row=row: CallDialog(runner, row, window)
    reminder = next(row for row in rows if row.reason == "maintenance_due" and row.vehicle_id)
    dialogs["booking at the desk"] = lambda: BookingDialog(runner, window)
    dialogs["booking for a customer"] = lambda: BookingDialog(runner, window, customer_id=customer.id)
    dialogs["booking from a call"] = lambda: CallDialog(runner, reminder, window).book()
    upcoming = next(r for r in appointments.day_list(datetime.date(2026, 11, 23)) if r.status == "已预约")
    dialogs["moving an appointment"] = lambda: BookingDialog(runner, window, appointment_id=upcoming.id,
                                                             day=upcoming.start.date(), title=upcoming.name)
    return dialogs


def _spot_check(runner, window) -> SpotCheckDialog:
    """F10 with this month's calls of one specialist sampled, as a manager sees it."""
    dialog = SpotCheckDialog(runner, window)
    caller = CallLog.select(CallLog.caller).where(CallLog.at >= datetime.datetime(2026, 11, 1)).first().caller
    dialog.specialist.setText(caller)
    dialog.sample()
    return dialog


def _two_car_complaint(runner, window) -> ComplaintDialog:
    """A new complaint for a customer with two cars: the dialog asks which one."""
    dialog = ComplaintDialog(runner, window)
    owner = (Customer.select().join(Vehicle, on=(Vehicle.customer == Customer.id))
             .group_by(Customer.id).having(pw.fn.COUNT(Vehicle.id) > 1).first())
    dialog.picker.search.setText(owner.phone)
    dialog.picker.find()
    return dialog


def _check(window: MainWindow, runner, found: list[str]) -> None:
    _tabs(window, found)
    for name, make in _dialogs(window, runner).items():
        _look(make(), name, found)
    tab = window.complaints_tab
    window.tabs.setCurrentWidget(tab)
    preview = tab.print_form("complaint")
    if preview is not None:
        _look(preview, "print preview F6", found)


@pytest.mark.parametrize("code, area", [("zh_CN", DESK), ("zh_TW", DESK), ("en", DESK), ("zh_CN", SCALED),
                                        ("en", SCALED)])
def test_every_screen_fits_a_desk_pc(code, area, m_store, runner, qtbot, monkeypatch):
    _use_screen(monkeypatch, area)
    language.apply(code)
    try:
        with session.acting_as(session.Actor("王经理", "admin")):
            window = MainWindow(m_store, runner)
            qtbot.addWidget(window)
            window.show()
            settle()
            found: list[str] = []
            _check(window, runner, found)
    finally:
        language.apply("zh_CN")
    assert not found, f"{len(found)} problems at {area.width()}×{area.height()} in {code}:\n" + "\n".join(
        dict.fromkeys(found))


def test_a_specialist_and_a_manager_see_screens_that_fit(m_store, runner, qtbot, desk_screen):
    found: list[str] = []
    for role in ("specialist", "manager"):
        QSettings().remove(GEOMETRY_KEY)
        with session.acting_as(session.Actor("李婷", role)):
            window = MainWindow(m_store, runner)
            qtbot.addWidget(window)
            window.show()
            settle()
            _tabs(window, found)
            _look(SettingsDialog(runner, window), f"{role}: settings", found)
            window.close()
    assert not found, "\n".join(dict.fromkeys(found))


def test_a_window_remembered_on_a_bigger_screen_opens_inside_this_one(m_store, runner, qtbot, desk_screen):
    big = MainWindow(m_store, runner)
    qtbot.addWidget(big)
    big.setGeometry(100, 100, 1900, 1040)
    screen.remember(big, "main_window/geometry")
    window = MainWindow(m_store, runner)
    qtbot.addWidget(window)
    room = screen.largest(window)
    assert window.width() <= room.width() and window.height() <= room.height()
    assert DESK.contains(window.frameGeometry().topLeft())
