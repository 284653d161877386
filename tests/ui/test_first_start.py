"""A new desk's first start, from nothing: an empty home folder, no data folder, no ``--db`` — the real entry point
(``carecenter`` with no arguments), each first-start choice, the administrator created, the main window reached.
The command line on a fresh home works too."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from carecenter import cli, store
from carecenter.ui.first_run import FirstRunDialog
from carecenter.ui.login_dialog import CreateAdminDialog
from carecenter.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """A home folder with nothing in it, as a new PC's user has; Qt's own settings go there too."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    before = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / ".config"))
    yield home
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, before)


def _drive(choice: str, seen: list[str]):
    """Answer each dialog as a new user does, then close the main window once it is up."""

    def step():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, FirstRunDialog) and "first" not in seen:
            seen.append("first")
            (modal.demo if choice == "demo" else modal.empty).setChecked(True)
            if choice == "empty":
                modal.dealership.setText("杭州新店汽车销售服务有限公司")
            modal.accept()
        elif isinstance(modal, CreateAdminDialog) and "admin" not in seen:
            seen.append("admin")
            modal.name.setText("王经理")
            modal.employee_no.setText("A001")
            modal.password.setText("first-start-1")
            modal.again.setText("first-start-1")
            modal.accept()
        elif modal is None:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            if windows and "main" not in seen:
                seen.append("main")
                seen.append(windows[0].windowTitle())
                QTimer.singleShot(200, windows[0].close)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    return timer


@pytest.mark.parametrize("choice", ["empty", "demo"])
def test_the_first_double_click_on_a_new_pc_reaches_the_main_window(qapp, fresh_home, monkeypatch, choice):
    data = store.default_store_path()
    assert str(data).startswith(str(fresh_home)) and not data.parent.exists()
    monkeypatch.setattr(sys, "argv", ["carecenter"])
    seen: list[str] = []
    timer = _drive(choice, seen)
    QTimer.singleShot(120_000, qapp.quit)  # a hang fails below instead of blocking the suite
    try:
        code = cli.run([])
    finally:
        timer.stop()
        sys.excepthook = sys.__excepthook__
    assert seen[:3] == ["first", "admin", "main"], seen
    assert code == 0
    assert data.exists() and data.stat().st_size > 0
    assert not (data.parent / (data.name + ".lock")).exists()  # released on closing
    from carecenter.store import open_store
    from carecenter.models import Customer, Setting, Staff
    reopened = open_store(data)
    try:
        assert Staff.get(Staff.name == "王经理").role == "admin"
        customers = Customer.select().count()
        assert customers > 1000 if choice == "demo" else customers == 0
        if choice == "empty":
            assert "杭州新店" in Setting.get(Setting.key == "dealership.name").value
    finally:
        reopened.close()


def test_the_command_line_on_a_new_pc_makes_its_store(fresh_home, capsys):
    data = store.default_store_path()
    assert not data.parent.exists()
    assert cli.run(["customers", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert data.exists()
    assert cli.run(["check"]) == 0
    assert os.listdir(data.parent)


def test_a_store_that_does_not_open_is_moved_aside_and_the_newest_backup_offered(qapp, desk):
    from carecenter import app
    from carecenter.models import Customer
    from carecenter.store import StoreDamaged, open_store
    path, good, expected = desk
    with open(path, "r+b") as handle:  # a copy interrupted: the first part of the file only
        handle.truncate(path.stat().st_size // 3)
    with pytest.raises(StoreDamaged) as damaged:
        open_store(path)
    offered = []

    def choose():
        box = QApplication.activeModalWidget()
        offered.append(box.text())
        next(b for b in box.buttons() if b.text() == "用这个备份恢复").click()
    QTimer.singleShot(300, choose)
    store = app._recover(path, damaged.value.problem)
    assert store is not None and Customer.select().count() == expected
    assert good.name in offered[0] and "客户 2000 条" in offered[0] and "不会删除" in offered[0]
    assert len(list(path.parent.glob("carecenter.corrupt-*.sqlite3"))) == 1
    store.close()


def test_a_store_where_nothing_can_be_written_is_one_sentence_in_the_gui(qapp, tmp_path, monkeypatch, message_boxes):
    import carecenter.desk_lock as desk_lock
    from carecenter.store import open_store
    path = tmp_path / "ro" / "carecenter.sqlite3"
    path.parent.mkdir()
    open_store(path).close()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(desk_lock.os, "open", refuse)  # a read-only folder: the lock file cannot be made
    recorded = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical",
                        lambda parent, title, text, *a, **k: recorded.append(text))
    assert cli.run(["--db", str(path)]) == 1
    assert len(recorded) == 1 and "无法在" in recorded[0] and "可以写入的文件夹" in recorded[0]
    assert "内部错误" not in recorded[0]
