"""会员与积分 (RULES §5): one customer's member number, level and balance, the points ledger and the level history;
points earned (消费, 活动, 推荐购车), redeemed against a bill, or corrected by a manager with the reason; joining the
club. Every change goes through :mod:`carecenter.club` (one transaction each)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from carecenter import club, permissions
from carecenter.i18n import N_, tr
from carecenter.ui import screen
from carecenter.ui.errors import say_in, show_error
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons, set_widths

#: What the desk can record: (code, title); 调整 only for those allowed to correct points.
ACTIONS = (("消费", N_("获得：消费")), ("活动", N_("获得：活动")), ("推荐购车", N_("获得：推荐购车")),
           ("兑换", N_("兑换（抵扣费用）")), ("调整", N_("调整（经理）")))


class PointsDialog(QDialog):
    def __init__(self, runner: TaskRunner, customer_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.customer_id = customer_id
        self.setWindowTitle(tr("会员与积分：{name}").format(name=name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.join_button = QPushButton(tr("入会（分配会员卡号）"))
        self.join_button.clicked.connect(self._join)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.join_button)
        self.sms_button = QPushButton(tr("复制入会短信"))
        self.sms_button.setToolTip(tr("会员卡号的短信（粘贴到短信平台发送）"))
        self.sms_button.clicked.connect(self._copy_sms)
        head.addWidget(self.sms_button)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("日期"), tr("积分"), tr("类别"), tr("经手人"), tr("事由")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        set_widths(self.table.horizontalHeader(), [96, 70, 90, 90, 200])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.levels = QLabel()
        self.levels.setWordWrap(True)
        self.levels.setStyleSheet("color: #555;")

        self.kind = QComboBox()
        for code, title in ACTIONS:
            if code != "调整" or permissions.allowed("adjust_points"):
                self.kind.addItem(tr(title), code)
        self.points = QLineEdit()
        self.points.setPlaceholderText(tr("积分"))
        self.points.setMaximumWidth(110)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("事由（兑换写明抵扣的工单，调整写明原因）"))
        self.record_button = QPushButton(tr("登记"))
        self.record_button.clicked.connect(self._record)
        form = QHBoxLayout()
        form.addWidget(self.kind)
        form.addWidget(self.points)
        form.addWidget(self.reason, 1)
        form.addWidget(self.record_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")

        buttons = dialog_buttons(self, tr("关闭"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        self.print_button = buttons.addButton(tr("打印会员申请表 (F11)"), buttons.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._print)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.levels)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        screen.fit(self, 860, 560)
        self.ledger: club.Ledger | None = None
        self.reload()

    def reload(self) -> None:
        self.runner.run(club.ledger, self.customer_id, on_done=self._show, on_error=lambda e: show_error(self, e))

    def _show(self, ledger: club.Ledger) -> None:
        self.ledger = ledger
        if ledger.member:
            self.summary.setText(tr("<b>会员卡号 {number}</b>　{level}　{joined} 入会<br>积分余额 <b>{balance}</b>　"
                                    "近12个月获得 {earned}（决定级别）").format(
                number=ledger.member_number, level=tr(ledger.level), joined=ledger.joined,
                balance=ledger.balance, earned=ledger.earned_12_months))
        else:
            self.summary.setText(tr("<b>非会员</b>　积分余额 <b>{balance}</b>（非会员也积分，入会后保留）").format(
                balance=ledger.balance))
        self.join_button.setVisible(not ledger.member)
        self.sms_button.setVisible(ledger.member)
        self.table.setRowCount(len(ledger.entries))
        for row, entry in enumerate(ledger.entries):
            for column, text in enumerate((f"{entry.day:%Y-%m-%d}", f"{entry.points:+d}", tr(entry.kind), entry.by,
                                           entry.reason)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.levels.setText(tr("级别变化：") + ("；".join(
            tr("{day} {old}→{new}").format(day=day, old=tr(old) or tr("（无）"), new=tr(new))
            for day, old, new in ledger.levels[:6]) or tr("（无）")))

    def _record(self) -> None:
        self.message.clear()
        code, points, reason = self.kind.currentData(), self.points.text().strip(), self.reason.text()
        if not points:
            self.message.setText(tr("请填写积分。"))
            return
        if code == "兑换":
            work, args = club.redeem, (self.customer_id, points, reason)
        elif code == "调整":
            work, args = club.adjust, (self.customer_id, points, reason)
        else:
            work, args = club.earn, (self.customer_id, points, code, reason)
        self.runner.run(work, *args, changes=True, on_done=lambda _: self._recorded(), on_error=self._failed)

    def _recorded(self) -> None:
        self.message.clear()
        self.points.clear()
        self.reason.clear()
        self.reload()

    def _join(self) -> None:
        self.message.clear()
        self.runner.run(club.join, self.customer_id, changes=True, on_done=lambda number: self.reload(),
                        on_error=self._failed)

    def _copy_sms(self) -> None:
        from carecenter import letters
        self.message.clear()
        self.runner.run(letters.prepare_messages, "member_welcome", [self.customer_id], on_done=self._copied,
                        on_error=self._failed)

    def _copied(self, previews) -> None:
        if not previews:
            self.message.setText(tr("无法发送入会短信：客户没有手机号码，或拒收短信。"))
            return
        QGuiApplication.clipboard().setText(previews[0].text)
        self.message.setStyleSheet("color: #2E7D32;")
        self.message.setText(tr("入会短信已复制，可粘贴到短信平台：{text}").format(text=previews[0].text))

    def _print(self) -> None:
        from carecenter.ui.archive_tab import print_membership
        name = self.ledger.name if self.ledger else ""
        print_membership(self.runner, self, self.customer_id, name)

    def _failed(self, error: BaseException) -> None:
        self.message.setStyleSheet("color: #C62828;")
        say_in(self.message, self, error)
