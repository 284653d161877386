"""免打扰 (do not contact, RULES §8): for one customer, each kind — 回访, 提醒, 营销/短信 — with the day it was refused,
the reason and who wrote it down; a refusal is recorded with its reason, or withdrawn when the customer agrees again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from carecenter import do_not_contact
from carecenter.i18n import tr
from carecenter.models import CONTACT_KINDS
from carecenter.ui import screen
from carecenter.ui.errors import say_in, show_error
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons

def _covers(kind: str) -> str:
    """What each kind covers, for the person at the desk."""
    return {"followup": tr("交车回访（24小时、3日）、修后回访、投诉回访"),
            "reminder": tr("首保、定保、流失预警、续保、年检、质保提醒"),
            "marketing": tr("生日祝福、活动邀约、老客户回馈、感谢信和所有短信")}[kind]


class ContactDialog(QDialog):
    def __init__(self, runner: TaskRunner, customer_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.customer_id = customer_id
        self.setWindowTitle(tr("免打扰：{name}").format(name=name))
        explain = QLabel(tr("客户不接受的联系按类别分别登记（个人信息保护法要求记录何时、为何、由谁登记）。"
                            "登记后，该类回访不再生成，已排好的会撤下；短信批量也会排除。"))
        explain.setWordWrap(True)
        self.grid = QGridLayout()
        self.state: dict[str, QLabel] = {}
        self.reasons: dict[str, QLineEdit] = {}
        self.actions: dict[str, QPushButton] = {}
        for row, (kind, title) in enumerate(CONTACT_KINDS.items()):
            heading = QLabel(f"<b>{tr(title)}</b><br><span style='color:#555'>{_covers(kind)}</span>")
            heading.setWordWrap(True)
            heading.setMinimumWidth(260)
            state = QLabel()
            state.setWordWrap(True)
            reason = QLineEdit()
            reason.setPlaceholderText(tr("原因（客户原话）"))
            reason.setObjectName(f"reason.{kind}")
            action = QPushButton()
            action.clicked.connect(lambda _=False, k=kind: self._act(k))
            for column, widget in enumerate((heading, state, reason, action)):
                self.grid.addWidget(widget, row, column)
            self.state[kind], self.reasons[kind], self.actions[kind] = state, reason, action
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        buttons = dialog_buttons(self, tr("关闭"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        screen.fit(self, 900, 360)
        self.refusals: dict[str, do_not_contact.Refusal] = {}
        self.reload()

    def reload(self) -> None:
        self.runner.run(do_not_contact.refusals, self.customer_id, on_done=self._show,
                        on_error=lambda error: show_error(self, error))

    def _show(self, refusals) -> None:
        self.refusals = {r.kind: r for r in refusals}
        for kind in CONTACT_KINDS:
            refusal = self.refusals.get(kind)
            if refusal:
                self.state[kind].setText(tr("不接受：{since}起，{who}登记").format(since=refusal.since,
                                                                           who=refusal.recorded_by))
                self.reasons[kind].setText(refusal.reason)
                self.reasons[kind].setReadOnly(True)
                self.actions[kind].setText(tr("撤销（客户重新同意）"))
            else:
                self.state[kind].setText(tr("接受"))
                self.reasons[kind].clear()
                self.reasons[kind].setReadOnly(False)
                self.actions[kind].setText(tr("登记不接受"))

    def _act(self, kind: str) -> None:
        self.message.clear()
        if kind in self.refusals:
            self.runner.run(do_not_contact.withdraw, self.customer_id, kind, changes=True,
                            on_done=lambda _: self.reload(), on_error=self._failed)
        else:
            self.runner.run(do_not_contact.refuse, self.customer_id, kind, self.reasons[kind].text(), changes=True,
                            on_done=lambda _: self.reload(), on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        say_in(self.message, self, error)
