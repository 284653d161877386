"""系统 → 用户管理 (administrators): add users, set passwords, change roles, deactivate (never delete)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import auth
from carecenter.models import ROLE_TITLES, ROLES
from carecenter.ui import screen
from carecenter.ui.errors import show_error
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons, read_only_table
from carecenter.i18n import N_, tr


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("添加用户"))
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(tr(ROLE_TITLES[role]), role)
        self.employee_no = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("至少 {MIN_PASSWORD} 个字符").format(MIN_PASSWORD=auth.MIN_PASSWORD))
        form = QFormLayout(self)
        form.addRow(tr("姓名："), self.name)
        form.addRow(tr("角色："), self.role)
        form.addRow(tr("工号："), self.employee_no)
        form.addRow(tr("初始密码："), self.password)
        form.addRow(dialog_buttons(self, tr("添加")))


class UsersDialog(QDialog):
    HEADERS = (N_("姓名"), N_("角色"), N_("工号"), N_("状态"), N_("最近登录"))

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(tr("用户管理"))
        self.table = read_only_table(self.HEADERS)
        row = QHBoxLayout()
        for text, slot in ((tr("添加用户…"), self.add), (tr("设置密码…"), self.password), (tr("更改角色…"), self.change_role),
                           (tr("停用 / 启用"), self.toggle_active)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.hint = QLabel(tr("标为“未设密码”的人员（演示资料或导入的经办人）还不能登录：选中后按“设置密码…”，不必重新添加。"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #E65100;")
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        screen.fit(self, 640, 400)
        self.users: list[auth.UserRow] = []
        self.reload()

    def reload(self) -> None:
        self.runner.run(auth.list_users, on_done=self._show)

    def _show(self, users: list[auth.UserRow]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for index, user in enumerate(users):
            state = (tr("可登录") if user.can_log_in else tr("未设密码")) if user.active else tr("已停用")
            last = f"{user.last_login:%Y-%m-%d %H:%M}" if user.last_login else ""
            for column, value in enumerate((user.name, tr(user.role_title), user.employee_no, state, last)):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.hint.setVisible(any(user.active and not user.can_log_in for user in users))

    def selected(self) -> auth.UserRow | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _do(self, work, *args, **kwargs) -> None:
        self.runner.run(work, *args, on_done=lambda _: self.reload(), on_error=lambda e: show_error(self, e),
                        changes=True, **kwargs)

    def add(self) -> None:
        dialog = AddUserDialog(self)
        if dialog.exec():
            self._do(auth.add_user, dialog.name.text(), dialog.role.currentData(), dialog.password.text(),
                     dialog.employee_no.text())

    def password(self) -> None:
        user = self.selected()
        if user:
            text, ok = QInputDialog.getText(
                self,
                tr("设置密码"),
                tr("“{name}”的新密码（至少 {MIN_PASSWORD} 个字符）：").format(
                    name=user.name, MIN_PASSWORD=auth.MIN_PASSWORD
                ),
                QLineEdit.EchoMode.Password,
            )
            if ok:
                self._do(auth.set_password, user.name, text)

    def change_role(self) -> None:
        user = self.selected()
        if user:
            titles = [tr(ROLE_TITLES[r]) for r in ROLES]
            title, ok = QInputDialog.getItem(self, tr("更改角色"), tr("“{name}”的角色：").format(name=user.name), titles,
                                             ROLES.index(user.role), False)
            if ok:
                self._do(auth.update_user, user.name, role=ROLES[titles.index(title)])

    def toggle_active(self) -> None:
        user = self.selected()
        if user:
            verb = tr("停用") if user.active else tr("启用")
            if QMessageBox.question(self, verb, tr("确定{verb}“{name}”吗？停用的用户不能登录，其签名和记录保留。").format(
                    verb=verb, name=user.name)) \
                    == QMessageBox.StandardButton.Yes:
                self._do(auth.update_user, user.name, active=not user.active)
