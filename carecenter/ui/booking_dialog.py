"""预约: book a car into a slot — from a reminder call (the call logged and the task done with it), from the
archive, from the appointments tab. The day's first two free slots are offered first; a full day offers the next
free ones; a manager may book a full slot knowingly."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from carecenter import appointments, archive, clock, permissions
from carecenter.i18n import tr
from carecenter.models import APPOINTMENT_KINDS, DOCUMENTS
from carecenter.ui.customer_picker import CustomerPicker, fill_vehicles, load_vehicles
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons


def _load_day(day: datetime.date) -> tuple[list[appointments.Slot], list[datetime.datetime], tuple[int, int]]:
    return appointments.slots(day), appointments.next_free_slots(day), appointments.day_load(day)


class BookingDialog(QDialog):
    #: the new appointment's id
    booked = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, customer_id: int | None = None,
                 vehicle_id: int | None = None, task_id: int | None = None, notes: dict | None = None,
                 kind: str | None = None, title: str = "", source: str = "desk",
                 appointment_id: int | None = None, day: datetime.date | None = None):
        super().__init__(parent)
        self.runner, self.task_id, self.notes, self.source = runner, task_id, notes or {}, source
        self.appointment_id = appointment_id  # moving an existing appointment
        self.saved_id: int | None = None
        self.setWindowTitle(tr("改约") if appointment_id else tr("预约"))
        self.picker = CustomerPicker(runner)
        self.vehicle = QComboBox()
        self.picker.choice.currentIndexChanged.connect(lambda _: self._load_vehicles(self.picker.customer_id()))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        start = day or clock.today()
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.day.setMinimumDate(QDate(clock.today().year, clock.today().month, clock.today().day))
        self.slot = QComboBox()
        self.load = QLabel()
        self.kind = QComboBox()
        for value in APPOINTMENT_KINDS:
            self.kind.addItem(tr(value), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "定期保养")))
        self.words = QPlainTextEdit()
        self.words.setPlaceholderText(tr("客户对车辆情况的描述，前台接车时不必再问"))
        self.words.setFixedHeight(56)
        self.words.setTabChangesFocus(True)
        self.advisor = QLineEdit()
        self.documents: dict[str, QCheckBox] = {}
        documents_row = QGridLayout()  # three to a line: the longer English names still fit
        for index, value in enumerate(DOCUMENTS):
            box = QCheckBox(tr(value))
            box.setChecked(value in ("行驶证", "保养手册"))
            self.documents[value] = box
            documents_row.addWidget(box, index // 3, index % 3)
        self.override = QCheckBox(tr("时段已满也加约（经理）"))
        self.override.setVisible(permissions.allowed("override_slot"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        if title:
            header = QLabel(title)
            header.setWordWrap(True)
            form.addRow(header)
        if customer_id is None and vehicle_id is None and appointment_id is None:
            form.addRow(tr("查找客户"), self.picker)
        if appointment_id is None:
            form.addRow(tr("车辆"), self.vehicle)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addWidget(self.load, 1)
        form.addRow(tr("日期"), day_row)
        form.addRow(tr("时段"), self.slot)
        if appointment_id is None:
            form.addRow(tr("预约项目"), self.kind)
            form.addRow(tr("客户描述"), self.words)
            form.addRow(tr("服务顾问"), self.advisor)
            form.addRow(tr("需携带证件"), documents_row)
        form.addRow(self.override)
        note = QLabel(tr("请向客户确认：记住预约时间；如未能按时到达，可能无法保留工位。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        form.addRow(self.message)
        form.addRow(dialog_buttons(self, tr("改约") if appointment_id else tr("确认预约")))
        self.setMinimumWidth(560)
        self.day.dateChanged.connect(lambda _: self.refresh())
        if task_id is not None and kind is None:  # 年检 for an inspection reminder, a no-show's own kind again
            runner.run(appointments.booking_kind, task_id,
                       on_done=lambda value: self.kind.setCurrentIndex(max(0, self.kind.findData(value))))
        if vehicle_id is not None:
            self.vehicle.addItem("", vehicle_id)
            runner.run(lambda: [c for c in archive.vehicle_choices(archive.vehicle_owner(vehicle_id))
                                if c[0] == vehicle_id], on_done=self._show_vehicles)
        elif customer_id is not None:
            self._load_vehicles(customer_id)
        self.refresh()

    # --- filling in ----------------------------------------------------------------------------------------------
    def _load_vehicles(self, customer_id: int | None) -> None:
        load_vehicles(self.runner, customer_id, self._show_vehicles)

    def _show_vehicles(self, choices: list[tuple[int, str]]) -> None:
        fill_vehicles(self.vehicle, choices, tr("（这位客户还没有车辆）"))

    def selected_day(self) -> datetime.date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        self.runner.run(_load_day, self.selected_day(), on_done=self._show_slots)

    def _show_slots(self, loaded) -> None:
        slots, offered, (booked, limit) = loaded
        self.slot.clear()
        day = self.selected_day()
        first_two = [s for s in offered if s.date() == day]
        for start in first_two:  # the two the desk offers (F10 item 8) come first
            self.slot.addItem(tr("{start:%H:%M}（空闲，推荐）").format(start=start), start)
        for start in offered:
            if start.date() != day:  # the day is full or closed: the next free ones, first
                self.slot.addItem(tr("{start:%m-%d %H:%M}（下一个空闲）").format(start=start), start)
        for slot in slots:
            if slot.start in first_two:
                continue
            text = (tr("{start:%H:%M}　空闲 {free}").format(start=slot.start, free=slot.free) if slot.free
                    else tr("{start:%H:%M}　已满").format(start=slot.start))
            self.slot.addItem(text, slot.start)
        if not slots:
            self.load.setText(tr("本店当天不营业"))
        else:
            self.load.setText(tr("当天已约 {booked} / {limit}").format(booked=booked, limit=limit))

    def selected_slot(self) -> datetime.datetime | None:
        return self.slot.currentData()

    # --- saving --------------------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.message.clear()
        at = self.selected_slot()
        if at is None:
            self.message.setText(tr("请选择预约时段。"))
            return
        override = self.override.isChecked()
        if self.appointment_id is not None:
            self.runner.run(appointments.move, self.appointment_id, at, override, changes=True,
                            on_done=lambda _: self._done(self.appointment_id), on_error=self._failed)
            return
        vehicle_id = self.vehicle.currentData()
        if vehicle_id is None:
            self.message.setText(tr("请先查找并选择客户和车辆。"))
            return
        documents = [value for value, box in self.documents.items() if box.isChecked()]
        kind, words, advisor = self.kind.currentData(), self.words.toPlainText(), self.advisor.text()
        if self.task_id is not None:
            self.runner.run(appointments.book_from_call, self.task_id, at, kind, words, self.notes, advisor=advisor,
                            documents=documents, override=override, changes=True,
                            on_done=lambda a: self._done(a.id), on_error=self._failed)
        else:
            self.runner.run(appointments.book, vehicle_id, at, kind, words, advisor=advisor, documents=documents,
                            source=self.source, override=override, changes=True,
                            on_done=lambda a: self._done(a.id), on_error=self._failed)

    def _done(self, appointment_id: int) -> None:
        self.saved_id = appointment_id
        self.booked.emit(appointment_id)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error))
        self.refresh()  # what is free now (another desk may just have taken the slot)

