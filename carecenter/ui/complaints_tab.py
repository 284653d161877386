"""投诉处理: the complaints with their clocks (overdue first, in colour), the F6 form beside, events and signatures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import clock, complaints, printing, session
from carecenter.models import CATEGORIES, CHANNELS, SIGNATURE_BOXES, STATES
from carecenter.ui.errors import show_error
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import read_only_table

COLUMNS = ("受理编号", "客户", "电话", "类别", "状态", "时限", "剩余", "预警")
CLOCK_COLOURS = {"overdue": "#C62828", "soon": "#E65100", "ok": "#2E7D32"}
FORM_FIELDS = (("content", "抱怨/投诉内容"), ("analysis", "初步原因分析"), ("investigation", "抱怨/投诉调查结果"),
               ("measures", "采取措施"), ("customer_feedback", "客户对采取措施后的反馈意见"),
               ("root_cause", "抱怨/投诉根本原因分析"), ("improvement", "经销商改进措施"))
EVENT_TITLES = {"accepted": "受理", "contact": "联系客户", "customer_call": "客户来电", "state": "状态",
                "reopened": "重新处理", "signed": "签名", "withdrawn": "撤回签名"}
NEXT_STATES = {"未处理": ("处理中", "已升级"), "处理中": ("处理完成", "已升级"), "处理完成": ("已封闭", "处理中", "已升级"),
               "已封闭": ("处理中",)}


class ComplaintsTab(QWidget):
    status_message = Signal(str)
    overdue = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[complaints.ComplaintRow] = []
        self.current_id: int | None = None
        self.state = QComboBox()
        self.state.addItem("未封闭", "open")
        self.state.addItem("全部", "")
        for state in STATES:
            self.state.addItem(state, state)
        self.category = QComboBox()
        self.category.addItem("全部类别", "")
        for code, title in CATEGORIES.items():
            self.category.addItem(f"{code} {title}", code)
        self.mine = QCheckBox("只看我受理的")
        self.overdue_only = QCheckBox("只看超时")
        refresh = QPushButton("刷新")
        refresh.clicked.connect(self.reload)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #E65100;")
        self.notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>投诉处理</b>"))
        top.addWidget(self.notice, 1)
        for widget in (self.state, self.category, self.mine, self.overdue_only, refresh):
            top.addWidget(widget)
        self.table = read_only_table(COLUMNS)
        for column, width in enumerate((110, 70, 100, 50, 70, 120, 120)):
            self.table.setColumnWidth(column, width)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.actions = QHBoxLayout()
        self.editors: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label in FORM_FIELDS:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(46)
            form.addRow(label, editor)
            self.editors[key] = editor
        save = QPushButton("保存表单内容")
        save.clicked.connect(self.save_form)
        self.signatures = QVBoxLayout()
        self.events = QListWidget()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addLayout(self.actions)
        right_layout.addLayout(form)
        right_layout.addWidget(save)
        right_layout.addLayout(self.signatures)
        right_layout.addWidget(QLabel("处理经过"))
        right_layout.addWidget(self.events, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.state.currentIndexChanged.connect(lambda _: self.reload())
        self.overdue_only.toggled.connect(lambda _: self.reload())
        self.mine.toggled.connect(lambda _: self.reload())
        self.category.currentIndexChanged.connect(lambda _: self.reload())
        runner.changed.connect(self.reload)
        right.setEnabled(False)
        self.right = right

    # --- the list ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        year = clock.today().year
        self.notice.setText("　".join(complaints.calendar().notices([year, year + 1])))
        state = self.state.currentData()
        actor = session.current_or_none()
        self.runner.run(complaints.complaint_rows, "" if state in ("open", "") else state, open_only=state == "open",
                        overdue_only=self.overdue_only.isChecked(), category=self.category.currentData(),
                        handler=actor.name if self.mine.isChecked() and actor else "", on_done=self._show)
        self.runner.run(complaints.overdue_count, on_done=self.overdue.emit)

    def _show(self, rows: list[complaints.ComplaintRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        selected = None
        for index, row in enumerate(rows):
            deadline = f"{row.deadline_kind} {row.deadline:%m-%d %H:%M}" if row.deadline else ""
            values = (row.number or "（草稿）", row.name, row.phone, row.category, row.state, deadline, row.remaining,
                      row.warning or ("升级" if row.escalated else ""))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 6 and row.clock in CLOCK_COLOURS:
                    item.setForeground(QBrush(QColor(CLOCK_COLOURS[row.clock])))
                if column == 7 and value:
                    item.setForeground(QBrush(QColor("#C62828")))
                self.table.setItem(index, column, item)
            if row.id == self.current_id:
                selected = index
        index = (selected if selected is not None else 0) if rows else -1
        if index >= 0:
            self.table.blockSignals(True)
            self.table.selectRow(index)
            self.table.blockSignals(False)
        self._select(index)  # the detail follows every reload, also when the same line stays selected

    def _select(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            self.current_id = None
            self.right.setEnabled(False)
            return
        self.current_id = self.rows[index].id
        self.runner.run(complaints.complaint_detail, self.current_id, on_done=self._show_detail)

    # --- the form ------------------------------------------------------------------------------------------------
    def _show_detail(self, detail) -> None:
        complaint, events, signed = detail
        self.right.setEnabled(True)
        category = CATEGORIES.get(complaint.category, "")
        self.header.setText(f"<b>{complaint.number or '草稿'}</b>　{complaint.state}　{complaint.category} {category}　"
                            f"{complaint.channel}　客户来电 {complaint.contact_count} 次"
                            + (f"<br><span style='color:#C62828'>升级预警：{complaint.warning}</span>"
                               if complaint.warning else ""))
        for key, editor in self.editors.items():
            editor.setPlainText(getattr(complaint, key))
        locked = {name for box, sig in signed.items() for b, _, _, names in SIGNATURE_BOXES if b == box
                  for name in names}
        for key, editor in self.editors.items():
            editor.setReadOnly(key in locked)
        self._rebuild_actions(complaint)
        self._rebuild_signatures(signed)
        self.events.clear()
        for event in events:
            kind = EVENT_TITLES.get(event.kind, event.kind)
            self.events.addItem(f"{event.at:%Y-%m-%d %H:%M}　{event.actor}　{kind}　{event.detail}")

    def _clear(self, layout) -> None:
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _rebuild_actions(self, complaint) -> None:
        self._clear(self.actions)
        buttons = []
        if complaint.state == "草稿":
            buttons.append(("受理…", self.accept_draft))
        else:
            buttons.append(("已联系客户", lambda: self._do(complaints.contact, self.current_id)))
            buttons.append(("客户再次来电", lambda: self._do(complaints.customer_called, self.current_id)))
            for state in NEXT_STATES.get(complaint.state, ()):
                buttons.append((f"→ {state}",
                                lambda _=False, s=state: self._do(complaints.move, self.current_id, s)))
        buttons.append(("打印 F6…", lambda: self.print_form("complaint")))
        buttons.append(("打印 F7…", lambda: self.print_form("escalation")))
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.actions.addWidget(button)
        self.actions.addStretch(1)

    def _rebuild_signatures(self, signed) -> None:
        self._clear(self.signatures)
        grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (box, label, _, _) in enumerate(SIGNATURE_BOXES):
            signature = signed.get(box)
            text = f"{label}：{signature.signer}" if signature else f"{label}：签名"
            button = QPushButton(text)
            button.setToolTip("点击撤回签名" if signature else "以当前用户签名")
            button.clicked.connect(lambda _=False, b=box, s=signature: self.withdraw(b) if s else
                                   self._do(complaints.sign, self.current_id, b))
            grid.addWidget(button, index // 4, index % 4)
        self.signatures.addWidget(holder)

    def _do(self, work, *args) -> None:
        self.runner.run(work, *args, changes=True, on_error=lambda error: show_error(self, error))

    def save_form(self) -> None:
        if self.current_id is None:
            return
        data = {key: editor.toPlainText() for key, editor in self.editors.items() if not editor.isReadOnly()}
        self.runner.run(complaints.update_form, self.current_id, data, changes=True,
                        on_done=lambda _: self.status_message.emit("投诉表单已保存。"),
                        on_error=lambda error: show_error(self, error))

    def accept_draft(self) -> None:
        codes = list(CATEGORIES)
        category, ok = QInputDialog.getItem(self, "受理投诉", "类别：", [f"{c} {CATEGORIES[c]}" for c in codes], 11, False)
        if not ok:
            return
        channel, ok = QInputDialog.getItem(self, "受理投诉", "渠道：", list(CHANNELS), 1, False)
        if ok:
            self._do(complaints.accept, self.current_id, category.split(" ")[0], channel)

    def withdraw(self, box: str) -> None:
        reason, ok = QInputDialog.getText(self, "撤回签名", "撤回原因（将记入审计日志）：")
        if ok:
            self._do(complaints.withdraw, self.current_id, box, reason)

    def print_form(self, kind: str) -> None:
        if self.current_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "保存表单", f"投诉_{kind}_{self.current_id}.pdf", "PDF (*.pdf)")
        if path:
            work = printing.print_complaint if kind == "complaint" else printing.print_escalation
            self.runner.run(work, self.current_id, Path(path), on_error=lambda error: show_error(self, error),
                            on_done=lambda written: QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))))
