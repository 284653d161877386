"""Switching the language changes every string on the screens: the main window with all its tabs and menus, and
the desk's dialogs, on the demo dealership whose typed data is in Latin letters (so any Chinese left is a string
that escaped translation)."""

import re

import pytest
from PySide6.QtWidgets import QApplication

from carecenter import followup, i18n, session
from carecenter.ui import language
from carecenter.ui.archive_dialogs import customer_dialog, visit_dialog
from carecenter.ui.audit_dialog import AuditDialog
from carecenter.ui.booking_dialog import BookingDialog
from carecenter.ui.call_dialog import CallDialog
from carecenter.ui.complaint_dialog import ComplaintDialog
from carecenter.ui.event_dialog import EventDialog
from carecenter.ui.help_dialog import HelpDialog
from carecenter.ui.import_wizard import ImportWizard
from carecenter.ui.letter_dialogs import IncomingCallDialog, LetterDialog, MessageDialog
from carecenter.ui.lounge_tab import SpotCheckDialog
from carecenter.ui.main_window import MainWindow
from carecenter.ui.questions_dialog import QuestionsDialog
from carecenter.ui.settings_dialog import SettingsDialog
from carecenter.ui.users_dialog import AddUserDialog, UsersDialog
from tests_support import CHINESE, latin_data, simplified_only_characters, visible_texts


@pytest.fixture
def latin_store(demo_store):
    latin_data(demo_store.db)
    yield demo_store
    language.apply("zh_CN")
    language.save_language("zh_CN")


def _everything(window, runner, customer_name: str = "Name 1") -> dict[str, list[str]]:
    """What a user can read: every tab of the window in turn, its menus, and the desk's dialogs."""
    seen: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen[f"tab {index}"] = visible_texts(window)
    rows = followup.call_rows(followup.day_tasks())
    dialogs = {
        "settings": SettingsDialog(runner, window), "help": HelpDialog("calls", window),
        "shortcuts": HelpDialog("shortcuts", window), "customer": customer_dialog(runner, None, window),
        "visit": visit_dialog(runner, 1, None, window), "import": ImportWizard(runner, window),
        "users": UsersDialog(runner, window), "add user": AddUserDialog(window), "audit": AuditDialog(runner, window),
        "event": EventDialog(runner, window), "letter": LetterDialog(runner, 1, customer_name, parent=window),
        "messages": MessageDialog(runner, [1, 2, 3], window), "incoming": IncomingCallDialog(runner, window),
        "call": CallDialog(runner, rows[0], window), "spot check": SpotCheckDialog(runner, window),
        "questions": QuestionsDialog(runner, window), "complaint": ComplaintDialog(runner, window),
        "booking": BookingDialog(runner, window, customer_id=1),
    }
    for name, dialog in dialogs.items():
        if hasattr(dialog, "pages"):
            for page in range(dialog.pages.count()):
                dialog.pages.setCurrentIndex(page)
        seen[name] = visible_texts(dialog)
        dialog.deleteLater()
    return seen


def _report(leaks: dict[str, list[str]]) -> str:
    return "untranslated:\n" + "\n".join(f"  {name}: {sorted(set(found))[:12]}" for name, found in leaks.items() if found)


def _switch(window, runner, qtbot, code: str) -> MainWindow:
    """The user's way: 系统 → 设置, choose the language, save."""
    dialog = window.open_settings()
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.submit()
    successor = window.successor
    qtbot.addWidget(successor)
    return successor


def test_switching_language_changes_every_visible_string(latin_store, runner, qtbot):
    with session.acting_as(session.Actor("Admin", "admin")):
        window = MainWindow(latin_store, runner)
        qtbot.addWidget(window)
        chinese = _everything(window, runner)
        assert window.tabs.tabText(1) == "每日回访"
        assert sum(1 for texts in chinese.values() for t in texts if re.search(CHINESE, t)) > 300

        english_window = _switch(window, runner, qtbot, "en")
        assert not window.isVisible() and english_window.isVisible()
        assert [english_window.tabs.tabText(i) for i in range(6)] == \
            ["Customers", "Daily calls", "Appointments", "Complaints", "Lounge check", "Statistics"]
        english = _everything(english_window, runner)
        own_names = set(i18n.LANGUAGES.values())  # each language is offered in its own script
        leaks = {name: [t for t in texts if re.search(CHINESE, t) and t not in own_names]
                 for name, texts in english.items()}
        assert not any(leaks.values()), _report(leaks)
        assert language.saved_language() == "en"

        traditional_window = _switch(english_window, runner, qtbot, "zh_TW")
        assert traditional_window.tabs.tabText(0) == "客戶檔案"
        simplified = simplified_only_characters()
        traditional = _everything(traditional_window, runner)
        leaks = {name: [t for t in texts if set(t) & simplified and t not in own_names]
                 for name, texts in traditional.items()}
        assert not any(leaks.values()), _report(leaks)

        back = _switch(traditional_window, runner, qtbot, "zh_CN")
        assert back.tabs.tabText(0) == "客户档案" and i18n.tr("设置") == "设置"


def test_f1_opens_the_guide_of_the_tab_in_front(demo_store, runner, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(HelpDialog, "open", lambda self: opened.append(self.text.toPlainText()))
    window = MainWindow(demo_store, runner)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.complaints_tab)
    help_action = next(a for m in window.menuBar().actions() for a in m.menu().actions() if a.text() == "本页使用说明")
    assert help_action.shortcut().toString() == "F1"
    help_action.trigger()
    assert opened and opened[0].startswith("投诉处理") and "120 分钟" in opened[0]


#: Words a Chinese desk reads in Latin letters anyway: program and file names, keys, placeholders of date formats.
ACCEPTED_LATIN = {"CareCenter", "Ctrl", "Enter", "Shift", "Esc", "Delete", "Excel", "CSV", "JSON", "PDF", "xlsx", "csv",
                  "pdf", "YYYY", "VIN", "SST", "CSR", "DMS", "WAL", "SQLite", "PostgreSQL", "DVD", "SUV", "When",
                  "Who", "Where", "What", "Why", "How", "WPS", "UTF", "Alt",
                  "SSI", "CSI",  # the industry's names of the satisfaction indexes
                  "English",  # the language list names each language in its own words
                  "ADMIN"}  # the demo administrator's staff number (data)


def test_no_english_leaks_into_the_chinese_screens(demo_store, runner, qtbot):
    window = MainWindow(demo_store, runner)
    qtbot.addWidget(window)
    texts = _everything(window, runner, "张三")
    words = set()
    for name, found in texts.items():
        for text in found:
            if text.startswith("数据库：") or text == str(demo_store.location):  # the store's path
                continue
            plain = re.sub(r"<[^>]+>|&\w+;|\{\w+\}", " ", text)
            words |= set(re.findall(r"(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])", plain))
    assert not words - ACCEPTED_LATIN, sorted(words - ACCEPTED_LATIN)


def test_the_first_start_asks_the_language_first(tmp_path, qtbot, monkeypatch):
    from carecenter.ui import first_run

    titles = []

    def exec_(dialog):
        qtbot.addWidget(dialog)
        titles.append(dialog.windowTitle())
        if len(titles) == 1:  # the newcomer picks English: the dialog comes back in English
            dialog.language.setCurrentIndex(dialog.language.findData("en"))
            return dialog.result()
        dialog.demo.setChecked(True)
        return 1

    monkeypatch.setattr(first_run.FirstRunDialog, "exec", exec_)
    try:
        assert first_run.ask_first_run(tmp_path / "new.sqlite3") == (first_run.DEMO, "")
        assert titles == ["欢迎使用 CareCenter 客户关爱中心", "Welcome to CareCenter Customer Care"]
        assert language.saved_language() == "en"
    finally:
        language.apply("zh_CN")
        language.save_language("zh_CN")
