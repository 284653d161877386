"""Logging in and managing users through the dialogs."""

from carecenter import auth
from carecenter.models import AuditEntry, Staff
from carecenter.ui.audit_dialog import AuditDialog
from carecenter.ui.login_dialog import CreateAdminDialog, LoginDialog
from carecenter.ui.users_dialog import UsersDialog


def test_first_start_creates_the_administrator(store, runner, qtbot):
    dialog = CreateAdminDialog(runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("王经理")
    dialog.password.setText("longenough")
    dialog.again.setText("longenougX")
    dialog.accept()
    assert "不一致" in dialog.message.text() and not Staff.select().exists()
    dialog.again.setText("longenough")
    dialog.accept()
    assert dialog.actor is not None and dialog.actor.role == "admin"
    assert Staff.get().name == "王经理"


def test_a_wrong_password_is_said_in_the_dialog(store, runner, qtbot):
    auth.add_user("李婷", "specialist", "password-1")
    dialog = LoginDialog(runner, ["李婷"], "杭州明湖汽车销售服务有限公司")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong-one")
    dialog.accept()
    assert dialog.actor is None and "还可再试 4 次" in dialog.message.text()
    dialog.password.setText("password-1")
    dialog.accept()
    assert dialog.actor.name == "李婷" and dialog.result() == 1


def test_users_dialog_lists_and_deactivates(store, runner, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    auth.add_user("李婷", "specialist", "password-1")
    dialog = UsersDialog(runner)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["李婷"]
    assert dialog.table.item(0, 1).text() == "关爱专员" and dialog.table.item(0, 3).text() == "可登录"
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.toggle_active()
    assert dialog.table.item(0, 3).text() == "已停用" and not Staff.get().active


def test_audit_dialog_shows_the_newest_first(store, runner, qtbot):
    auth.add_user("李婷", "specialist", "password-1")
    auth.login("李婷", "password-1")
    dialog = AuditDialog(runner)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == AuditEntry.select().count() == 2
    assert dialog.table.item(0, 2).text() == "登录" and dialog.table.item(0, 1).text() == "李婷"
