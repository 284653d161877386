"""Logging in, and choosing the administrator's password at the very first start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carecenter import auth, session
from carecenter.errors import UserError
from carecenter.ui.errors import show_error
from carecenter.ui.progress import run_with_progress
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons
from carecenter.i18n import tr


class LoginDialog(QDialog):
    """User name (the active users to pick from, or typed) and password; a wrong password says how many tries are
    left, a locked account says for how long."""

    def __init__(self, runner: TaskRunner, names: list[str], dealership: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.actor: session.Actor | None = None
        self.setWindowTitle(tr("登录 CareCenter 客户关爱中心"))
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.addItems(names)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("用户："), self.user)
        form.addRow(tr("密码："), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{dealership}</b>"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(dialog_buttons(self, tr("登录")))
        self.setMinimumWidth(360)
        self.password.setFocus()

    def accept(self) -> None:
        result = run_with_progress(self.runner, self, tr("正在登录……"),
                                   lambda progress, cancel: auth.login(self.user.currentText(), self.password.text()))
        if result.ok:
            self.actor = result.value
            super().accept()
            return
        if isinstance(result.error, UserError):
            self.message.setText(str(result.error))
            self.password.selectAll()
            self.password.setFocus()
        else:
            show_error(self, result.error)


class CreateAdminDialog(QDialog):
    """The first start: whoever installs CareCenter becomes its administrator and chooses a password."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.actor: session.Actor | None = None
        self.setWindowTitle(tr("创建管理员账户"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("例如：王经理"))
        self.employee_no = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("至少 {MIN_PASSWORD} 个字符").format(MIN_PASSWORD=auth.MIN_PASSWORD))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        intro = QLabel(tr("这是第一次使用。请创建管理员账户：管理员负责用户、备份和设置。密码请妥善保管。"))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("姓名："), self.name)
        form.addRow(tr("工号："), self.employee_no)
        form.addRow(tr("密码："), self.password)
        form.addRow(tr("再输入一次："), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(dialog_buttons(self, tr("创建并登录")))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(tr("两次输入的密码不一致。"))
            return
        name, password, number = self.name.text(), self.password.text(), self.employee_no.text()

        def create(progress, cancel):
            auth.create_first_admin(name, password, number)
            return auth.login(name, password)

        result = run_with_progress(self.runner, self, tr("正在创建管理员……"), create)
        if result.ok:
            self.actor = result.value
            super().accept()
        elif isinstance(result.error, UserError):
            self.message.setText(str(result.error))
        else:
            show_error(self, result.error)
