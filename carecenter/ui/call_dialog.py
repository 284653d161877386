"""The call dialog: the customer's history beside the script, the 5W1H notes, and the outcome in one keystroke
(Ctrl+1 满意, Ctrl+2 不满意, Ctrl+3 未接通, Ctrl+4 客户不便·改约)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carecenter import archive, call_scripts, followup, session, settings
from carecenter.followup import CallRow
from carecenter.models import OUTCOMES
from carecenter.ui.customer_detail import detail_html
from carecenter.ui.errors import show_error
from carecenter.ui.runner import TaskRunner
from carecenter.validate import ValidationFailed, parse_date

NOTE_FIELDS = (
    ("where", "地点（Where）", False), ("what", "事由（What）", False), ("why", "原因（Why）", False),
    ("how", "处理方式（How）", False), ("feedback_product", "反馈·产品", True), ("feedback_service", "反馈·服务", True),
    ("feedback_other", "反馈·其他", True), ("request", "客户要求、希望或投诉", True), ("answer", "当场答复内容", True),
    ("open_question", "需研究的问题", True),
)


class CallDialog(QDialog):
    logged = Signal(object)  # the CallResult

    def __init__(self, runner: TaskRunner, row: CallRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.row = row
        self.result_: followup.CallResult | None = None
        self.setWindowTitle(f"回访：{row.name}　{row.reason_title}")
        self.history = QTextBrowser()
        self.history.setPlaceholderText("正在读取客户资料……")
        self.script = QTextBrowser()
        self.script.setMaximumHeight(150)
        flags = []
        if row.do_not_call:
            flags.append("客户不接受电话回访：请改用短信或其他方式")
        if row.lost_contact:
            flags.append("此前多次未接通（失联）")
        if row.open_complaints:
            flags.append(f"有 {row.open_complaints} 件未结投诉")
        header = QLabel(f"<b>{row.name}</b>　{row.phone}　{row.plate} {row.model}<br>"
                        f"{row.reason_title}　应回访 {row.due_date:%Y-%m-%d}　已尝试 {row.attempts} 次　"
                        f"方便联系时间：{row.contact_time or '—'}　偏好：{row.preferred_contact}"
                        + (f"<br><span style='color:#C62828'>{'；'.join(flags)}</span>" if flags else ""))
        header.setWordWrap(True)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for key, label, multiline in NOTE_FIELDS:
            editor: QWidget = QPlainTextEdit() if multiline else QLineEdit()
            if multiline:
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(44)
            editor.setObjectName(key)
            form.addRow(label, editor)
            self.editors[key] = editor
        self.mileage = QLineEdit()
        self.mileage.setPlaceholderText("客户报告的行驶里程（公里）")
        self.next_contact = QLineEdit()
        self.next_contact.setPlaceholderText("YYYY-MM-DD（改约时必填）")
        form.addRow("行驶里程", self.mileage)
        form.addRow("下次联系日期", self.next_contact)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.outcome_buttons = {}
        for number, (code, title) in enumerate(OUTCOMES.items(), start=1):
            button = QPushButton(f"&{number} {title}")
            button.setToolTip(f"Ctrl+{number}")
            button.clicked.connect(lambda _=False, c=code: self.log(c))
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda c=code: self.log(c))
            buttons.addWidget(button)
            self.outcome_buttons[code] = button
        notes = QGroupBox("通话记录（5W1H）")
        notes.setLayout(form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("话术"))
        right_layout.addWidget(self.script)
        right_layout.addWidget(notes, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.history)
        splitter.addWidget(right)
        splitter.setSizes([480, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        self.resize(1100, 720)
        self.runner.run(archive.customer_record, row.customer_id, on_done=self._show_history,
                        on_error=lambda error: self.history.setPlainText(str(error)))
        self._show_script()
        first = self.editors["what"]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_history(self, record) -> None:
        self.history.setHtml(detail_html(record))

    def _show_script(self) -> None:
        actor = session.current_or_none()
        self.runner.run(lambda: settings.get("dealership.name"), on_done=lambda dealer: self.script.setPlainText(
            call_scripts.script_for(self.row.reason, name=self.row.name, gender="", caller=actor.name if actor else "",
                                    dealer=dealer, model=self.row.model, plate=self.row.plate)))

    def notes(self) -> dict:
        values = {}
        for key, editor in self.editors.items():
            text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            if text.strip():
                values[key] = text
        if self.mileage.text().strip():
            values["reported_mileage"] = self.mileage.text()
        if self.next_contact.text().strip():
            values["next_contact"] = self.next_contact.text()
        return values

    def log(self, outcome: str) -> None:
        self.message.clear()
        reschedule_to = None
        if outcome == "reschedule":
            try:
                reschedule_to = parse_date(self.next_contact.text(), "下次联系日期")
            except ValueError as error:
                self.message.setText(str(error))
                return
            if reschedule_to is None:
                self.message.setText("客户不便时，请在“下次联系日期”填写改约的日期。")
                self.next_contact.setFocus()
                return
        self.runner.run(followup.log_call, self.row.task_id, outcome, self.notes(), reschedule_to=reschedule_to,
                        on_done=self._logged, on_error=self._failed, changes=True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, (ValidationFailed, ValueError)):
            self.message.setText(str(error))
        else:
            show_error(self, error)

    def _logged(self, result: followup.CallResult) -> None:
        self.result_ = result
        self.logged.emit(result)
        if result.complaint_id:
            QMessageBox.information(self, "已生成投诉草稿",
                                    f"客户不满意，已生成投诉草稿（编号 {result.complaint_id}），并安排明天再次回访。")
        self.accept()
