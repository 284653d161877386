"""The call dialog: the script and the customer's history, the questionnaire of a satisfaction call (keys 5–1, 0 不适用),
the 5W1H notes, and the outcomes that fit the call's purpose (RULES §8), each on one keystroke (Ctrl+1, Ctrl+2, …)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carecenter import archive, call_scripts, followup, session, settings, surveys
from carecenter.followup import CallRow
from carecenter.models import DATED_OUTCOMES, OUTCOMES, outcomes_for
from carecenter.ui import screen
from carecenter.ui.survey_panel import SurveyPanel
from carecenter.ui.customer_detail import detail_html
from carecenter.ui.errors import show_error
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import CUSTOMER_LANGUAGE, FlowLayout
from carecenter.validate import ValidationFailed, parse_date
from carecenter.i18n import N_, tr

NOTE_FIELDS = (
    ("where", N_("地点（Where）"), False), ("what", N_("事由（What）"), False), ("why", N_("原因（Why）"), False),
    ("how", N_("处理方式（How）"), False), ("feedback_product", N_("反馈·产品"), True), ("feedback_service", N_("反馈·服务"), True),
    ("feedback_other", N_("反馈·其他"), True), ("request", N_("客户要求、希望或投诉"), True), ("answer", N_("当场答复内容"), True),
    ("open_question", N_("需研究的问题"), True),
)


class CallDialog(QDialog):
    logged = Signal(object)  # the CallResult

    def __init__(self, runner: TaskRunner, row: CallRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.row = row
        self.result_: followup.CallResult | None = None
        self.setWindowTitle(tr("回访：{name}　{reason_title}").format(name=row.name, reason_title=tr(row.reason_title)))
        self.history = QTextBrowser()
        self.history.setPlaceholderText(tr("正在读取客户资料……"))
        self.script = QTextBrowser()
        self.script.setProperty(CUSTOMER_LANGUAGE, True)  # what is said to the customer stays in Chinese
        flags = []
        if row.do_not_call:
            flags.append(tr("客户不接受电话回访：请改用短信或其他方式"))
        if row.lost_contact:
            flags.append(tr("此前多次未接通（失联）"))
        if row.phone_wrong:
            flags.append(tr("上次回访发现号码错误：请先核对电话"))
        if row.open_complaints:
            flags.append(tr("有 {open_complaints} 件未结投诉").format(open_complaints=row.open_complaints))
        header = QLabel(
            tr(
                "<b>{name}</b>　{phone}　{plate} {model}<br>{reason_title}　应回访 {due_date:%Y-%m-%d}　已尝试 {attempts} 次　方便联系时间：{v8}　偏好：{preferred_contact}"
            ).format(
                name=row.name,
                phone=row.phone,
                plate=row.plate,
                model=row.model,
                reason_title=tr(row.reason_title),
                due_date=row.due_date,
                attempts=row.attempts,
                v8=row.contact_time or '—',
                preferred_contact=tr(row.preferred_contact),
            )
            + (f"<br><span style='color:#C62828'>{tr('；').join(flags)}</span>" if flags else "")
        )
        header.setWordWrap(True)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for key, label, multiline in NOTE_FIELDS:
            editor: QWidget = QPlainTextEdit() if multiline else QLineEdit()
            if multiline:
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(44)
            editor.setObjectName(key)
            form.addRow(tr(label), editor)
            self.editors[key] = editor
        self.mileage = QLineEdit()
        self.mileage.setPlaceholderText(tr("客户报告的行驶里程（公里）"))
        self.next_contact = QLineEdit()
        self.next_contact.setPlaceholderText(tr("YYYY-MM-DD（改约、暂不需要、考虑中时必填）"))
        form.addRow(tr("行驶里程"), self.mileage)
        form.addRow(tr("下次联系日期"), self.next_contact)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        buttons = FlowLayout()
        self.outcome_buttons = {}
        self.has_survey = row.reason in surveys.SURVEY_REASONS and not row.call_back
        codes = list(outcomes_for(row.reason))
        if self.has_survey:  # 满意 / 不满意 follow from the answers (RULES §8)
            codes = ["survey"] + [c for c in codes if c not in ("satisfied", "unsatisfied")]
        for number, code in enumerate(codes, start=1):
            title = tr("保存问卷回访") if code == "survey" else tr(OUTCOMES[code]) + ("…" if code == "booked" else "")
            button = QPushButton(f"&{number} {title}")
            tip = {"booked": tr("：选择预约时段，预约和回访一起保存"),
                   "survey": tr("：按问卷的回答登记满意或不满意")}.get(code, "")
            if code in DATED_OUTCOMES:
                tip = tr("：日期写在“下次联系日期”")
            button.setToolTip(f"Ctrl+{number}" + tip)
            button.clicked.connect(lambda _=False, c=code: self.log(c))
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda c=code: self.log(c))
            buttons.addWidget(button)
            self.outcome_buttons[code] = button
        self.survey: SurveyPanel | None = None
        notes = QGroupBox(tr("通话记录（5W1H）"))
        notes.setLayout(form)
        # left, what the specialist reads: the script whole above the customer's history; right, what they write
        reading = QSplitter(Qt.Orientation.Vertical)
        if self.has_survey:  # the script and the history share a tab; the questionnaire below them
            self.reading_tabs = QTabWidget()
            self.reading_tabs.addTab(self.script, tr("话术"))
            self.reading_tabs.addTab(self.history, tr("客户资料"))
            reading.addWidget(self.reading_tabs)
        else:
            script_pane = QWidget()
            script_layout = QVBoxLayout(script_pane)
            script_layout.setContentsMargins(0, 0, 0, 0)
            script_layout.addWidget(QLabel(tr("话术")))
            script_layout.addWidget(self.script, 1)
            reading.addWidget(script_pane)
            reading.addWidget(self.history)
            reading.setSizes([330, 270])
        self.reading = reading
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(notes, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(reading)
        splitter.addWidget(right)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        screen.fit(self, 1100, 720)
        self.runner.run(archive.customer_record, row.customer_id, on_done=self._show_history,
                        on_error=lambda error: self.history.setPlainText(str(error)))
        self._show_script()
        if self.has_survey:
            self.runner.run(surveys.survey_form, row.reason, on_done=self._add_survey)
        first = self.editors["what"]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_survey(self, form) -> None:
        if form is None:
            return
        self.survey = SurveyPanel(form)
        self.reading.addWidget(self.survey)
        self.reading.setSizes([260, 340])

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

    def book(self):
        """已预约: the booking dialog for this reminder; booking it logs the call and completes the task."""
        from carecenter.ui.booking_dialog import BookingDialog
        dialog = BookingDialog(self.runner, self, vehicle_id=self.row.vehicle_id, task_id=self.row.task_id,
                               notes=self.notes(),
                               source="reminder",
                               title=tr("{name}　{plate} {model}　{reason}").format(
                                   name=self.row.name, plate=self.row.plate, model=self.row.model,
                                   reason=tr(self.row.reason_title)))
        if self.row.vehicle_id is None:
            dialog._load_vehicles(self.row.customer_id)
        dialog.booked.connect(self._booked)
        dialog.open()
        self.booking = dialog
        return dialog

    def _booked(self, appointment_id: int) -> None:
        result = followup.CallResult(task_status="done", attempts=self.row.attempts + 1)
        self.result_ = result
        self.logged.emit(result)
        self.accept()

    def log(self, outcome: str) -> None:
        self.message.clear()
        if outcome == "booked":
            self.book()
            return
        if outcome == "survey":
            answers = self.survey.answers() if self.survey is not None else None
            if answers is None:
                self.message.setText(tr("请先回答问卷的每个问题（不适用按 0；总体满意必须回答）。"))
                if self.survey is not None:
                    self.survey.setFocus()
                return
            self.runner.run(surveys.record, self.row.task_id, answers, self.notes(), on_done=self._surveyed,
                            on_error=self._failed, changes=True)
            return
        on = None
        if outcome in DATED_OUTCOMES:
            try:
                on = parse_date(self.next_contact.text(), tr("下次联系日期"))
            except ValueError as error:
                self.message.setText(str(error))
                return
            if on is None:
                self.message.setText(tr("“{outcome}”需要一个日期：请在“下次联系日期”填写。").format(
                    outcome=tr(OUTCOMES[outcome])))
                self.next_contact.setFocus()
                return
        self.runner.run(followup.log_call, self.row.task_id, outcome, self.notes(), reschedule_to=on,
                        on_done=self._logged, on_error=self._failed, changes=True)

    def _surveyed(self, result: surveys.SurveyResult) -> None:
        self._logged(followup.CallResult(task_status="done", attempts=self.row.attempts + 1,
                                         complaint_id=result.complaint_id))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, (ValidationFailed, ValueError)):
            self.message.setText(str(error))
        else:
            show_error(self, error)

    def _logged(self, result: followup.CallResult) -> None:
        self.result_ = result
        self.logged.emit(result)
        if result.complaint_id:
            QMessageBox.information(
                self,
                tr("已生成投诉草稿"),
                tr("客户不满意：已为 {name} 生成投诉草稿，并安排明天再次回访。\n请在“投诉处理”页把状态选为“草稿”，选中后按“受理…”。"
                   ).format(name=self.row.name),
            )
        self.accept()
