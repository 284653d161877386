"""系统 → 审计日志 (administrators): who did what, when, filtered by user, action, date and text."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import audit, clock
from carecenter.ui import screen
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import read_only_table
from carecenter.i18n import N_, tr


class AuditDialog(QDialog):
    HEADERS = (N_("时间"), N_("用户"), N_("操作"), N_("对象"), N_("编号"), N_("变更"), N_("说明"))

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(tr("审计日志"))
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(tr("用户（留空为全部）"))
        self.action = QComboBox()
        self.action.addItem(tr("全部操作"), "")
        for key, title in audit.ACTION_TITLES.items():
            self.action.addItem(tr(title), key)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("包含文字"))
        today = clock.now().date()  # entries carry real times, whatever --today says
        self.since = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        search = QPushButton(tr("查询"))
        search.clicked.connect(self.reload)
        filters = QHBoxLayout()
        for widget in (
            self.actor,
            self.action,
            QLabel(tr("从")),
            self.since,
            QLabel(tr("到")),
            self.until,
            self.text,
            search,
        ):
            filters.addWidget(widget)
        self.table = read_only_table(self.HEADERS)
        for column, width in enumerate((140, 90, 100, 80, 110, 260)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        screen.fit(self, 1100, 600)
        self.reload()

    def _filter(self) -> audit.AuditFilter:
        def day(edit: QDateEdit) -> datetime.date:
            value = edit.date()
            return datetime.date(value.year(), value.month(), value.day())
        return audit.AuditFilter(actor=self.actor.text().strip(), action=self.action.currentData(),
                                 text=self.text.text().strip(), since=day(self.since), until=day(self.until))

    def reload(self) -> None:
        self.runner.run(audit.entries, self._filter(), on_done=self._show)

    def _show(self, entries) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                f"{entry.at:%Y-%m-%d %H:%M:%S}",
                entry.actor,
                tr(audit.ACTION_TITLES.get(entry.action, entry.action)),
                tr(audit.ENTITY_TITLES.get(entry.entity, entry.entity)),
                entry.entity_id,
                audit.describe_changes(entry.changes),
                entry.detail,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.count.setText(tr("共 {v1} 条（最多显示 1000 条，新的在前）").format(v1=len(entries)))
