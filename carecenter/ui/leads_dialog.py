"""销售线索 (RULES §9, F17): the callers who want to buy or trade in, for the sales department — handed to a sales
consultant, their outcome recorded. Everything goes through :mod:`carecenter.phone`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from carecenter import phone
from carecenter.i18n import N_, tr
from carecenter.models import LEAD_OUTCOMES
from carecenter.ui import screen
from carecenter.ui.errors import say_in
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons, read_only_table, set_widths

COLUMNS = (N_("登记日期"), N_("客户"), N_("电话"), N_("意向车型"), N_("需求"), N_("方便联系时间"), N_("登记人"),
           N_("转交销售顾问"), N_("跟进结果"))


class LeadsDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.lines: list[phone.LeadLine] = []
        self.setWindowTitle(tr("销售线索（转销售部）"))
        self.open_only = QCheckBox(tr("只看尚无结果的"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _: self.reload())
        self.table = read_only_table(COLUMNS, stretch=8)
        set_widths(self.table.horizontalHeader(), (90, 140, 105, 100, 70, 110, 90, 110, 100))
        self.hand = QPushButton(tr("转交销售顾问…"))
        self.hand.clicked.connect(self._hand_over)
        self.outcome = QComboBox()
        for outcome in LEAD_OUTCOMES:
            self.outcome.addItem(tr(outcome), outcome)
        record = QPushButton(tr("登记跟进结果"))
        record.clicked.connect(self._record)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        print_button = QPushButton(tr("打印本月 F17…"))
        print_button.clicked.connect(self._print)
        export_button = QPushButton(tr("导出 Excel…"))
        export_button.clicked.connect(self._export)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addWidget(print_button)
        bar.addWidget(export_button)
        bar.addStretch(1)
        bar.addWidget(self.hand)
        bar.addWidget(self.outcome)
        bar.addWidget(record)
        buttons = dialog_buttons(self, tr("关闭"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        screen.fit(self, 1060, 520)
        self.reload()

    def reload(self) -> None:
        self.runner.run(phone.leads, open_only=self.open_only.isChecked(), on_done=self._show,
                        on_error=lambda error: say_in(self.message, self, error))

    def _show(self, lines: list[phone.LeadLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = line.name + (tr("（潜在客户）") if line.prospect else "")
            values = (f"{line.day:%Y-%m-%d}", name, line.phone, line.model, tr(line.need), line.call_time, line.by,
                      line.handed_to, tr(line.outcome) if line.outcome else tr("待跟进"))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if not lines:
            self.message.setText(tr("没有销售线索：来电登记为“购车意向”时在这里出现。"))

    def _current(self) -> phone.LeadLine | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            return self.lines[row]
        self.message.setText(tr("请先选择一条线索。"))
        return None

    def _hand_over(self) -> None:
        line = self._current()
        if line is None:
            return
        name, ok = QInputDialog.getText(self, tr("转交销售顾问"), tr("销售顾问姓名："), text=line.handed_to)
        if ok:
            self.runner.run(phone.hand_over, line.id, name, changes=True, on_done=lambda _: self.reload(),
                            on_error=lambda error: say_in(self.message, self, error))

    def _record(self) -> None:
        line = self._current()
        if line is not None:
            self.message.clear()
            self.runner.run(phone.record_outcome, line.id, self.outcome.currentData(), changes=True,
                            on_done=lambda _: self.reload(), on_error=lambda error: say_in(self.message, self, error))

    def _print(self) -> None:
        from carecenter import clock, printing
        from carecenter.ui.print_preview import show_preview
        month = f"{clock.today():%Y-%m}"
        show_preview(self.runner, self, tr("销售线索登记表"), tr("销售线索_{month}.pdf").format(month=month),
                     lambda path, progress, cancel: printing.print_leads(month, path))

    def _export(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from carecenter import export
        path, _ = QFileDialog.getSaveFileName(self, tr("导出销售线索"), tr("销售线索.xlsx"), "Excel (*.xlsx)")
        if path:
            self.runner.run(export.export_leads, Path(path), changes=True,
                            on_done=lambda written: self.message.setText(tr("已导出：{path}").format(path=written)),
                            on_error=lambda error: say_in(self.message, self, error))
