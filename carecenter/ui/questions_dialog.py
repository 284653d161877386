"""需上报主管的问题: questions still open two days after the call (000 rule 4), to be reported and ticked off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import phone
from carecenter.ui import screen
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import read_only_table
from carecenter.i18n import N_, tr


def pending_questions():
    return [(call.id, call.customer.name, call.customer.phone, f"{call.at:%Y-%m-%d %H:%M}", call.caller,
             call.open_question) for call in phone.questions_to_report()]


class QuestionsDialog(QDialog):
    HEADERS = (N_("客户"), N_("电话"), N_("通话时间"), N_("经办人"), N_("需研究的问题"))

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[tuple] = []
        self.setWindowTitle(tr("需上报主管的问题"))
        self.table = read_only_table(self.HEADERS)
        mark = QPushButton(tr("标记为已上报"))
        mark.clicked.connect(self.mark)
        answered = QPushButton(tr("已答复客户（今天）"))
        answered.setToolTip(tr("找到解决办法并已答复客户：记下答复客户日期（F2），问题从此列表移除"))
        answered.clicked.connect(self.answered)
        buttons = QHBoxLayout()
        buttons.addWidget(mark)
        buttons.addWidget(answered)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("通话中未能答复、两天后仍未解决的问题，应上报主管；找到解决办法当天答复客户。")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        screen.fit(self, 820, 420)
        self.reload()

    def reload(self) -> None:
        self.runner.run(pending_questions, on_done=self._show)

    def _show(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate(row[1:]):
                self.table.setItem(index, column, QTableWidgetItem(value))

    def mark(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            self.runner.run(phone.mark_reported, self.rows[index][0], changes=True,
                            on_done=lambda _: self.reload())

    def answered(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            self.runner.run(phone.answer_question, self.rows[index][0], changes=True,
                            on_done=lambda _: self.reload())
