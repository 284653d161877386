"""Letters, text-message batches and incoming calls, from the call list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import call_scripts, club_events, clock, letters, phone
from carecenter.models import LEAD_NEEDS, LETTER_TYPES, REASONS
from carecenter.ui import screen
from carecenter.ui.errors import say_in, show_error
from carecenter.ui.customer_picker import CustomerPicker
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import CUSTOMER_LANGUAGE, dialog_buttons, read_only_table
from carecenter.i18n import tr


class LetterDialog(QDialog):
    """Enter a letter in the F4 register (a 感谢信 task is done with it)."""

    def __init__(self, runner: TaskRunner, customer_id: int, name: str, task_id: int | None = None,
                 letter_type: str = "感谢信", parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.customer_id, self.task_id = runner, customer_id, task_id
        self.setWindowTitle(tr("登记信函：{name}").format(name=name))
        self.letter_type = QComboBox()
        for value in LETTER_TYPES:
            self.letter_type.addItem(tr(value), value)
        self.letter_type.setCurrentIndex(max(0, self.letter_type.findData(letter_type)))
        self.summary = QPlainTextEdit(call_scripts.LETTER_NOTE if letter_type == "感谢信" else "")
        self.summary.setFixedHeight(70)
        self.written_on = QLineEdit(f"{clock.today():%Y-%m-%d}")
        self.sent_on = QLineEdit()
        self.sent_on.setPlaceholderText(tr("YYYY-MM-DD（寄出后填写）"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        form = QFormLayout(self)
        form.addRow(tr("信函类型"), self.letter_type)
        form.addRow(tr("内容摘要"), self.summary)
        form.addRow(tr("日期"), self.written_on)
        form.addRow(tr("寄出日期"), self.sent_on)
        form.addRow(self.message)
        form.addRow(dialog_buttons(self, tr("登记")))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        self.runner.run(letters.record_letter, self.customer_id, self.letter_type.currentData(),
                        self.summary.toPlainText(), self.written_on.text(), self.sent_on.text() or None,
                        self.task_id, changes=True, on_done=lambda _: super(LetterDialog, self).accept(),
                        on_error=lambda error: self.message.setText(str(error)))


class MessageDialog(QDialog):
    """Fill a message template for the customers on the list and export the batch for the SMS platform. With
    ``reasons`` (each customer's call reason on the list), a reminder template goes only to the customers the list
    has for that reminder (the 首保 text to first-service owners, not to everyone), and the template of the list's
    most common reminder is chosen first."""

    def __init__(self, runner: TaskRunner, customer_ids: list[int], parent: QWidget | None = None,
                 reasons: dict[int, str] | None = None, tasks: list[tuple[int, int, str]] | None = None):
        super().__init__(parent)
        self.runner, self.customer_ids, self.reasons = runner, customer_ids, reasons or {}
        self.tasks = tasks or []  # (task id, customer id, reason) of the list's open tasks
        self.previews: list[letters.MessagePreview] = []
        self.setWindowTitle(tr("短信批量文件（供短信平台导入）"))
        self.template = QComboBox()
        for template in call_scripts.message_templates():
            self.template.addItem(tr(template.title), template.code)
        self.count = QLabel()
        self.table = read_only_table([tr("客户"), tr("手机号码"), tr("短信内容")])
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("模板"), self.template)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        note = QLabel(tr("CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。发送记录保存在客户档案中。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addWidget(dialog_buttons(self, tr("导出…")))
        tied = [call_scripts.TEMPLATE_OF_REASON[reason] for reason in self.reasons.values()
                if reason in self._reminders()]
        if tied:
            self.template.setCurrentIndex(self.template.findData(max(set(tied), key=tied.count)))
        self.template.currentIndexChanged.connect(lambda _: self.refresh())
        screen.fit(self, 860, 520)
        self.refresh()

    @staticmethod
    def _reminders() -> set[str]:
        """Reasons whose message has a template of its own (sent only to the customers due that reason)."""
        return set(call_scripts.TEMPLATE_OF_REASON) & set(REASONS)

    def _tied(self) -> list[tuple[int, int, str]]:
        """The list's tasks the chosen template answers (the 首保 text for the first-service tasks)."""
        code = self.template.currentData()
        return [task for task in self.tasks if call_scripts.TEMPLATE_OF_REASON.get(task[2]) == code]

    def recipients(self) -> list[int]:
        code = self.template.currentData()
        if self.reasons and code in call_scripts.TEMPLATE_OF_REASON.values():
            return [customer_id for customer_id in self.customer_ids
                    if call_scripts.TEMPLATE_OF_REASON.get(self.reasons.get(customer_id, "")) == code
                    or customer_id in {task[1] for task in self._tied()}]
        return self.customer_ids

    def refresh(self) -> None:
        self.runner.run(letters.prepare_messages, self.template.currentData(), self.recipients(), on_done=self._show)

    def _show(self, previews) -> None:
        self.table.setProperty(CUSTOMER_LANGUAGE, True)  # the messages go to customers in Chinese
        self.previews = previews
        shown = previews[:200]
        self.table.setRowCount(len(shown))
        for row, preview in enumerate(shown):
            for column, value in enumerate((preview.name, preview.phone, preview.text)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        refused = getattr(previews, "refused", 0)
        self.count.setText(tr("共 {v1} 位客户有手机号码（列表中 {v2} 位）").format(v1=len(previews), v2=len(self.recipients()))
                           + (tr("，{refused} 位拒收此类短信已排除").format(refused=refused) if refused else "")
                           + (tr("，下表列出前 200 条") if len(previews) > 200 else ""))

    def accept(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("导出短信批量文件"),
            tr("短信_{currentText}.xlsx").format(currentText=self.template.currentText()),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not path:
            return
        self.runner.run(
            letters.export_messages,
            self.template.currentData(),
            self.previews,
            Path(path),
            task_ids=[task[0] for task in self._tied()],
            changes=True,
            on_error=lambda error: show_error(self, error),
            on_done=lambda written: (
                QMessageBox.information(self, tr("短信"), tr("已导出：{written}").format(written=written)),
                super(MessageDialog, self).accept(),
            ),
        )


class IncomingCallDialog(QDialog):
    """A call comes in (RULES §9): the customer found (or a new caller's name and number: a prospect), the type —
    咨询, 投诉 (a draft to accept), 预约 (the booking follows), 留言 for a colleague, 购车意向 (a lead for sales) — and
    the 5W1H notes; a 下次联系日期 puts a call back on the list."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, phone_number: str = ""):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(tr("登记来电"))
        self.picker = CustomerPicker(runner)
        self.picker.searched.connect(self._searched)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("姓名"))
        self.new_phone = QLineEdit(phone_number)
        self.new_phone.setPlaceholderText(tr("电话"))
        stranger = QHBoxLayout()
        stranger.addWidget(self.new_name, 1)
        stranger.addWidget(self.new_phone, 1)
        self.call_type = QComboBox()
        for code in phone.INCOMING_TYPES:
            self.call_type.addItem(tr(code), code)
        self.what = QLineEdit()
        self.request = QPlainTextEdit()
        self.answer = QPlainTextEdit()
        self.question = QPlainTextEdit()
        for editor in (self.request, self.answer, self.question):
            editor.setFixedHeight(46)
            editor.setTabChangesFocus(True)
        self.next_contact = QLineEdit()
        self.next_contact.setPlaceholderText(tr("YYYY-MM-DD（需要回电时填写）"))
        self.for_whom = QComboBox()
        self.call_back_by = QLineEdit(f"{clock.today():%Y-%m-%d}")
        self.model = QComboBox()
        self.model.setEditable(True)
        self.need = QComboBox()
        for need in LEAD_NEEDS:
            self.need.addItem(tr(need), need)
        self.call_time = QLineEdit()
        self.call_time.setPlaceholderText(tr("例如 工作日晚上"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #1565C0;")
        self.picker.choice.currentIndexChanged.connect(lambda _: self._show_summary())
        form = QFormLayout(self)
        form.addRow(tr("查找客户"), self.picker)
        form.addRow(self.summary)
        form.addRow(tr("新来电人"), stranger)
        form.addRow(tr("来电类型"), self.call_type)
        form.addRow(tr("事由"), self.what)
        form.addRow(tr("客户要求、希望或投诉"), self.request)
        form.addRow(tr("当场答复内容"), self.answer)
        form.addRow(tr("需研究的问题"), self.question)
        form.addRow(tr("下次联系日期"), self.next_contact)
        self.type_rows = {"留言": [(tr("留言给"), self.for_whom), (tr("回电日期"), self.call_back_by)],
                          "购车意向": [(tr("意向车型"), self.model), (tr("需求"), self.need),
                                   (tr("方便联系时间"), self.call_time)]}
        for rows in self.type_rows.values():
            for label, widget in rows:
                form.addRow(label, widget)
        self.form = form
        form.addRow(self.message)
        form.addRow(dialog_buttons(self, tr("登记")))
        self.call_type.currentIndexChanged.connect(lambda _: self._show_type_rows())
        self._show_type_rows()
        self.setMinimumWidth(560)
        runner.run(_choices, on_done=self._fill_choices)
        if phone_number:
            self.picker.search.setText(phone_number)
            self.picker.find()

    def _fill_choices(self, choices) -> None:
        staff, models = choices
        for name in staff:
            self.for_whom.addItem(name, name)
        for model in models:
            self.model.addItem(model)
        self.model.setCurrentText("")

    def _show_type_rows(self) -> None:
        chosen = self.call_type.currentData()
        for code, rows in self.type_rows.items():
            for _, widget in rows:
                self.form.setRowVisible(widget, code == chosen)

    def _show_summary(self) -> None:
        customer_id = self.picker.customer_id()
        self.summary.clear()
        if customer_id is not None:
            self.runner.run(phone.caller_summary, customer_id,
                            on_done=lambda text: self.picker.customer_id() == customer_id and self.summary.setText(text),
                            on_error=lambda error: say_in(self.message, self, error))

    def _searched(self, count: int) -> None:
        self.message.setText("" if count else tr("档案里没有：请填写新来电人的姓名和电话，登记为潜在客户。"))
        if not count and any(ch.isdigit() for ch in self.picker.search.text()) and not self.new_phone.text():
            self.new_phone.setText(self.picker.search.text())

    def accept(self) -> None:
        customer_id = self.picker.customer_id()
        number = "" if customer_id is not None else self.new_phone.text()
        if customer_id is None and not (self.new_name.text().strip() and number.strip()):
            self.message.setText(tr("请查找并选择客户，或填写新来电人的姓名和电话。"))
            return
        notes = {"what": self.what.text(), "request": self.request.toPlainText(),
                 "answer": self.answer.toPlainText(), "open_question": self.question.toPlainText()}
        if self.next_contact.text().strip():
            notes["next_contact"] = self.next_contact.text().strip()
        code = self.call_type.currentData()
        message = {"for": self.for_whom.currentData() or "", "about": self.what.text() or self.request.toPlainText(),
                   "by": self.call_back_by.text().strip() or None} if code == "留言" else None
        lead = {"model": self.model.currentText(), "need": self.need.currentData(),
                "call_time": self.call_time.text()} if code == "购车意向" else None
        self.runner.run(_log, number, code, self.new_name.text(), customer_id, notes, message, lead, changes=True,
                        on_done=self._logged, on_error=lambda error: say_in(self.message, self, error))

    def _logged(self, result) -> None:
        """A call to book (预约) goes on to the booking with the customer already found (RULES §7: 来电预约登记)."""
        self.result = result
        super().accept()
        if self.call_type.currentData() == "预约":
            from carecenter.ui.booking_dialog import BookingDialog
            self.booking = BookingDialog(self.runner, self.parentWidget(), customer_id=result.customer_id,
                                         source="incoming", title=self.picker.choice.currentText()
                                         or self.new_name.text(), kind=None)
            self.booking.words.setPlainText(self.request.toPlainText())
            self.booking.open()


def _choices() -> tuple[list[str], list[str]]:
    from carecenter import auth
    return [user.name for user in auth.list_users() if user.active], club_events.vehicle_models()


def _log(number, code, name, customer_id, notes, message, lead):
    from carecenter.validate import parse_date
    if message and isinstance(message.get("by"), str):
        message["by"] = parse_date(message["by"], "回电日期")
    return phone.incoming(number, call_type=code, name=name, customer_id=customer_id, notes=notes, message=message,
                          lead=lead)
