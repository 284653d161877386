"""The 预约管理 tab and booking from where the desk is: a reminder call ending 已预约, the archive, the tab itself.
Today is Friday 2026-11-20, 09:00."""

import datetime

from PySide6.QtCore import QDate, Qt

from carecenter import appointments, archive, followup
from carecenter.models import Appointment, CallTask
from carecenter.ui.appointments_tab import AppointmentsTab
from carecenter.ui.booking_dialog import BookingDialog
from carecenter.ui.call_dialog import CallDialog

DT = datetime.datetime


def _choose(combo, value) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == value))


def _car():
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    return customer, archive.save_vehicle(customer, {"plate": "浙A12345", "model": "明锐", "delivery_date": "2026-08-20"})


def test_a_reminder_call_books_a_slot_and_is_done_in_one_step(store, runner, qtbot):
    customer, vehicle = _car()
    followup.generate(datetime.date(2026, 11, 20))
    [row] = [r for r in followup.call_rows(followup.day_tasks()) if r.reason == "first_service"]
    call = CallDialog(runner, row)
    qtbot.addWidget(call)
    assert "booked" in call.outcome_buttons and call.outcome_buttons["booked"].text().startswith("&1")
    call.editors["what"].setText("首保提醒，客户同意预约")
    booking = call.book()
    qtbot.addWidget(booking)
    booking.day.setDate(QDate(2026, 11, 23))
    assert [booking.slot.itemData(i) for i in range(2)] == [DT(2026, 11, 23, 8, 30), DT(2026, 11, 23, 9, 0)]
    assert booking.kind.currentData() == "首保"
    booking.words.setPlainText("左前轮有异响")
    booking.accept()
    [appointment] = Appointment.select()
    assert (appointment.start, appointment.source, appointment.words) == (DT(2026, 11, 23, 8, 30), "reminder", "左前轮有异响")
    assert CallTask.get_by_id(row.task_id).status == "done" and call.result_.task_status == "done"
    birthday = CallDialog(runner, row.__class__(**{**row.__dict__, "reason": "birthday"}))
    qtbot.addWidget(birthday)
    assert "booked" not in birthday.outcome_buttons  # only reminders end with a booking


def test_a_full_slot_is_told_in_the_dialog_and_the_next_free_ones_offered(store, runner, qtbot):
    from carecenter import settings
    settings.save_many({"appointments.bays_per_slot": 1, "appointments.bays_per_day": 1})
    _, vehicle = _car()
    appointments.book(vehicle, DT(2026, 11, 23, 9, 0))
    customer = archive.save_customer({"name": "李四", "phone": "13912345678"})
    other = archive.save_vehicle(customer, {"plate": "浙B12345"})
    dialog = BookingDialog(runner, customer_id=customer, day=datetime.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    offered = [dialog.slot.itemData(i) for i in range(dialog.slot.count())]
    assert offered[0].date() == datetime.date(2026, 11, 24)  # the day is full: the next free slot comes first
    _choose(dialog.slot, DT(2026, 11, 23, 9, 0))
    dialog.accept()
    assert "已满" in dialog.message.text() and Appointment.select().count() == 1
    _choose(dialog.slot, offered[0])
    dialog.accept()
    assert Appointment.get(Appointment.vehicle == other).start == offered[0]


def test_the_tab_shows_the_day_by_slot_and_the_desk_works_it_with_keys(store, runner, qtbot):
    _, vehicle = _car()
    booked = appointments.book(vehicle, DT(2026, 11, 20, 10, 0), words="空调异响")
    tab = AppointmentsTab(runner)
    qtbot.addWidget(tab)
    counts = []
    tab.counted.connect(lambda *values: counts.append(values))
    tab.reload()
    texts = [(tab.table.item(r, 0).text(), tab.table.item(r, 1).text()) for r in range(tab.table.rowCount())]
    assert ("10:00", "已预约") in texts and ("10:00", "空闲 1") in texts and ("09:30", "空闲 2") in texts
    assert not any(when in ("08:30", "09:00") for when, _ in texts)  # it is 09:00: those slots have gone
    assert counts[-1] == (1, 0)  # the status bar: one still to come
    tab.table.setCurrentCell(next(r for r, t in enumerate(texts) if t == ("10:00", "已预约")), 0)
    assert "空调异响" in tab.detail.toPlainText()
    tab.mark_arrived()
    assert Appointment.get_by_id(booked.id).status == "已到店" and counts[-1] == (0, 1)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Right)
    assert tab.selected_day() == datetime.date(2026, 11, 21)
    assert "不营业" in tab.summary.text()  # Saturday
    tab.search.setText("A123")
    tab.reload()
    assert tab.table.item(0, 2).text() == "张三"


def test_cancelling_asks_for_a_reason_and_changes_nothing_without_one(store, runner, qtbot, message_boxes):
    _, vehicle = _car()
    booked = appointments.book(vehicle, DT(2026, 11, 23, 10, 0))
    tab = AppointmentsTab(runner)
    qtbot.addWidget(tab)
    tab._set_day(datetime.date(2026, 11, 23))
    tab.reload()
    tab.table.setCurrentCell(next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == "已预约"), 0)
    tab.cancel("  ")
    assert Appointment.get_by_id(booked.id).status == "已预约"
    assert any("原因" in text for _, text in message_boxes)
    tab.cancel("客户出差")
    assert Appointment.get_by_id(booked.id).status == "已取消"


def test_a_call_to_book_goes_on_to_the_booking_with_the_customer_found(store, runner, qtbot):
    from carecenter.ui.letter_dialogs import IncomingCallDialog
    _, vehicle = _car()
    dialog = IncomingCallDialog(runner)
    qtbot.addWidget(dialog)
    dialog.picker.search.setText("5678")
    dialog.picker.find()
    dialog.call_type.setCurrentIndex(dialog.call_type.findData("预约"))
    dialog.request.setPlainText("想约下周一做保养")
    dialog.accept()
    booking = dialog.booking
    qtbot.addWidget(booking)
    assert booking.vehicle.currentData() == vehicle and booking.words.toPlainText() == "想约下周一做保养"
    booking.day.setDate(QDate(2026, 11, 23))
    booking.accept()
    assert Appointment.get(Appointment.vehicle == vehicle).source == "incoming"
