"""Service appointments (RULES §7): capacity, the first two free slots, booking from a call in one transaction, the
override, confirmation, arrival from a visit, no-shows and the figures. Today is Friday 2026-11-20, 09:00."""

import datetime

import pytest

from carecenter import appointments, archive, clock, followup, session, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import Appointment, AuditEntry, CallLog, CallTask

D, DT = datetime.date, datetime.datetime
MONDAY = D(2026, 11, 23)


@pytest.fixture
def car(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    return archive.save_vehicle(customer, {"plate": "浙A12345", "model": "明锐"})


def _cars(count: int) -> list[int]:
    ids = []
    for n in range(count):
        customer = archive.save_customer({"name": f"客户{n}", "phone": f"1381234{n:04d}"})
        ids.append(archive.save_vehicle(customer, {"plate": f"浙B{n:05d}"}))
    return ids


def test_a_day_has_thirty_minute_slots_inside_opening_hours_and_a_closed_day_none(store):
    day = appointments.slots(MONDAY)
    assert day[0].start == DT(2026, 11, 23, 8, 30) and day[-1].start == DT(2026, 11, 23, 17, 30)
    assert len(day) == 19 and all(slot.capacity == 2 and slot.free == 2 for slot in day)
    assert appointments.slots(D(2026, 11, 22)) == []  # a Sunday
    assert appointments.slots(D(2027, 1, 1)) == []  # New Year's Day


def test_booking_offers_the_first_two_free_slots_and_refuses_a_full_one(store):
    first, second, third = _cars(3)
    assert appointments.free_slots(MONDAY) == [DT(2026, 11, 23, 8, 30), DT(2026, 11, 23, 9, 0)]
    appointments.book(first, DT(2026, 11, 23, 8, 30))
    appointments.book(second, DT(2026, 11, 23, 8, 30))
    assert appointments.free_slots(MONDAY) == [DT(2026, 11, 23, 9, 0), DT(2026, 11, 23, 9, 30)]
    before = Appointment.select().count()
    with pytest.raises(UserError, match="已约满.*11-23 09:00"):  # the next free slots are named
        appointments.book(third, DT(2026, 11, 23, 8, 30))
    assert Appointment.select().count() == before
    assert [s.start.time() for s in appointments.slots(MONDAY) if s.free == 0] == [datetime.time(8, 30)]


def test_today_before_now_a_closed_day_and_an_odd_time_are_refused(car):
    for at, words in ((DT(2026, 11, 20, 8, 30), "已经过去"), (DT(2026, 11, 22, 10, 0), "不营业"),
                      (DT(2026, 11, 23, 9, 10), "不是预约时段"), (DT(2026, 11, 23, 18, 0), "不是预约时段")):
        with pytest.raises(UserError, match=words):
            appointments.book(car, at)
    assert appointments.free_slots(D(2026, 11, 20))[0] == DT(2026, 11, 20, 9, 30)  # not the past ones
    with pytest.raises(NotFound):
        appointments.book(99999, DT(2026, 11, 23, 9, 0))
    with pytest.raises(UserError, match="预约项目"):
        appointments.book(car, DT(2026, 11, 23, 9, 0), kind="洗车")
    assert Appointment.select().count() == 0


def test_the_day_limit_closes_the_day_and_a_manager_may_override_knowingly(store):
    settings.save_many({"appointments.bays_per_day": 2})
    cars = _cars(4)
    appointments.book(cars[0], DT(2026, 11, 23, 9, 0))
    appointments.book(cars[1], DT(2026, 11, 23, 10, 0))
    assert appointments.free_slots(MONDAY) == []
    assert appointments.next_free_slots(MONDAY)[0].date() == D(2026, 11, 24)
    with session.acting_as(session.Actor("李婷", "specialist")):
        with pytest.raises(UserError, match="只有经理"):
            appointments.book(cars[2], DT(2026, 11, 23, 11, 0), override=True)
    with session.acting_as(session.Actor("王经理", "manager")):
        extra = appointments.book(cars[2], DT(2026, 11, 23, 11, 0), override=True)
    assert extra.overridden
    assert AuditEntry.select().where((AuditEntry.action == "override") & (AuditEntry.entity == "appointment")).count() == 1


def test_a_reminder_call_ending_booked_is_one_transaction(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    vehicle = archive.save_vehicle(customer, {"plate": "浙A12345", "delivery_date": "2026-08-20", "model": "明锐"})
    followup.generate(D(2026, 11, 20))
    task = CallTask.get((CallTask.vehicle == vehicle) & (CallTask.reason == "first_service"))
    appointment = appointments.book_from_call(task.id, DT(2026, 11, 24, 10, 0), words="左前轮有异响",
                                              notes={"what": "首保提醒"})
    task = CallTask.get_by_id(task.id)
    assert (task.status, task.outcome) == ("done", "booked")
    assert (appointment.kind, appointment.source, appointment.task_id) == ("首保", "reminder", task.id)
    assert CallLog.get(CallLog.task == task.id).outcome == "booked"
    kpis = followup.call_kpis(task.due_date, task.due_date).as_json()
    # a reminder taken up is a call made; it is not a satisfaction call, so 满意率 has nothing to count (RULES §8)
    assert kpis["done"] == 1 and kpis["rate"] == 100.0 and kpis["satisfied_rate"] == 0.0
    # a full slot leaves the task open and no call logged: nothing half-done
    settings.save_many({"appointments.bays_per_slot": 1})
    other = archive.save_vehicle(customer, {"plate": "浙A54321", "delivery_date": "2026-08-20"})
    followup.generate(D(2026, 11, 20))
    second = CallTask.get((CallTask.vehicle == other) & (CallTask.reason == "first_service"))
    with pytest.raises(UserError):
        appointments.book_from_call(second.id, DT(2026, 11, 24, 10, 0))
    assert CallTask.get_by_id(second.id).status == "open" and CallLog.select().where(CallLog.task == second.id).count() == 0
    birthday = CallTask.create(key="b", customer=customer, reason="birthday", due_date=D(2026, 11, 20),
                               window_start=D(2026, 11, 20), window_end=D(2026, 11, 21))
    with pytest.raises(UserError, match="不是提醒预约"):
        appointments.book_from_call(birthday.id, DT(2026, 11, 24, 11, 0))


def test_the_confirmation_call_comes_the_working_day_before_and_follows_a_move(car):
    appointment = appointments.book(car, DT(2026, 11, 24, 9, 0))  # a Tuesday
    task = CallTask.get(CallTask.key == f"appointment_confirm:{appointment.id}")
    assert (task.due_date, task.reason) == (D(2026, 11, 23), "appointment_confirm")
    appointments.move(appointment.id, DT(2026, 11, 23, 14, 0))  # Monday: the working day before is today
    assert CallTask.get_by_id(task.id).status == "cancelled"
    appointments.move(appointment.id, DT(2026, 11, 30, 14, 0))  # next Monday: Friday the 27th
    task = CallTask.get(CallTask.key.startswith(f"appointment_confirm:{appointment.id}") & (CallTask.status == "open"))
    assert task.due_date == D(2026, 11, 27) and task.window_end == D(2026, 11, 30)
    followup.log_call(task.id, "confirmed", {"what": "客户确认"})
    assert Appointment.get_by_id(appointment.id).status == "已确认"
    moves = [e.kind for e in appointments.history(appointment.id)]
    assert moves == ["booked", "moved", "moved", "confirmed"]


def test_arrival_by_hand_or_from_a_visit_within_a_day(car):
    appointment = appointments.book(car, DT(2026, 11, 20, 15, 0))
    clock.set_now(DT(2026, 11, 20, 10, 0))  # the visit is recorded an hour after the booking
    archive.add_visit(car, {"visit_date": "2026-11-19", "visit_type": "定期保养", "mileage": 5000})  # a day early
    assert Appointment.get_by_id(appointment.id).status == "已到店"
    with pytest.raises(UserError, match="已登记到店"):
        appointments.arrive(appointment.id)
    later = appointments.book(car, DT(2026, 11, 27, 9, 0))
    archive.add_visit(car, {"visit_date": "2026-11-20", "visit_type": "一般维修", "mileage": 5100})
    assert Appointment.get_by_id(later.id).status == "已预约"  # seven days off: another visit
    by_hand = appointments.book(car, DT(2026, 11, 20, 16, 0))
    appointments.arrive(by_hand.id)
    assert Appointment.get_by_id(by_hand.id).status == "已到店"


def test_a_no_show_is_marked_the_next_morning_and_called(car):
    appointment = appointments.book(car, DT(2026, 11, 20, 15, 0))
    cancelled = appointments.book(car, DT(2026, 11, 20, 16, 0))
    appointments.cancel(cancelled.id, "客户出差")
    with pytest.raises(UserError, match="原因"):
        appointments.cancel(appointment.id, "  ")
    assert appointments.mark_no_shows(D(2026, 11, 20)) == 0  # its day is not over
    clock.set_today(D(2026, 11, 21))  # the next morning
    followup.generate(D(2026, 11, 21))
    assert Appointment.get_by_id(appointment.id).status == "爽约"
    assert Appointment.get_by_id(cancelled.id).status == "已取消"
    task = CallTask.get(CallTask.key == f"no_show_followup:{appointment.id}")
    assert task.reason == "no_show_followup" and task.due_date == D(2026, 11, 21)
    assert appointments.slots(D(2026, 11, 20))[13].booked == 0  # 15:00: the bay is free again
    with pytest.raises(UserError):
        appointments.move(appointment.id, DT(2026, 11, 24, 9, 0))


def test_the_months_figures(store):
    cars = _cars(4)
    came = appointments.book(cars[0], DT(2026, 11, 20, 10, 0))
    appointments.book(cars[1], DT(2026, 11, 20, 11, 0), source="incoming")
    gone = appointments.book(cars[2], DT(2026, 11, 23, 9, 0))
    appointments.book(cars[3], DT(2026, 11, 24, 9, 0))
    appointments.arrive(came.id)
    appointments.cancel(gone.id, "车已卖")
    appointments.mark_no_shows(D(2026, 11, 21))
    figures = appointments.kpis(D(2026, 11, 1), D(2026, 11, 30))
    assert (figures.booked, figures.arrived, figures.no_show, figures.cancelled) == (3, 1, 1, 1)
    assert figures.show_rate == 50.0 and figures.by_source["desk"] == 2 and figures.by_source["incoming"] == 1
    assert figures.as_json()["show_rate"] == 50.0


def test_the_call_list_refresh_keeps_the_appointment_calls(car):
    appointment = appointments.book(car, DT(2026, 11, 25, 9, 0))  # Wednesday: confirmed on Tuesday
    customer = archive.vehicle_owner(car)
    followup.generate(D(2026, 11, 20))
    archive.save_customer({"name": "张三", "phone": "13812349999"}, customer)  # a changed customer is looked at again
    followup.generate(D(2026, 11, 20))
    task = CallTask.get(CallTask.key == f"appointment_confirm:{appointment.id}")
    assert task.status == "open"


def test_looking_at_a_later_days_list_sweeps_no_appointment_of_today(car):
    today = appointments.book(car, DT(2026, 11, 20, 15, 0))
    followup.generate(D(2026, 11, 23))  # the desk looks at Monday's list on Friday morning
    assert Appointment.get_by_id(today.id).status == "已预约"


def test_a_visit_recorded_before_the_booking_is_another_visit_and_the_day_after_still_counts(car):
    archive.add_visit(car, {"visit_date": "2026-11-20", "visit_type": "一般维修", "mileage": 4000})
    later = appointments.book(car, DT(2026, 11, 20, 16, 0))  # 零件到了来装: booked after this morning's visit
    followup.generate(D(2026, 11, 20))
    assert Appointment.get_by_id(later.id).status == "已预约"
    appointments.cancel(later.id, "零件未到")
    # a customer who missed yesterday's slot but comes today is arrived, and nobody calls them about it
    missed = appointments.book(car, DT(2026, 11, 20, 17, 0))
    appointments.mark_no_shows(D(2026, 11, 21))
    assert Appointment.get_by_id(missed.id).status == "爽约"
    clock.set_today(D(2026, 11, 21))
    clock.set_now(DT(2026, 11, 21, 9, 0))
    archive.add_visit(car, {"visit_date": "2026-11-21", "visit_type": "定期保养", "mileage": 4100})
    assert Appointment.get_by_id(missed.id).status == "已到店"
    assert CallTask.get(CallTask.key == f"no_show_followup:{missed.id}").status == "cancelled"


def test_confirming_by_hand_and_moving_after_a_call_plan_the_calls_right(car):
    appointment = appointments.book(car, DT(2026, 11, 25, 9, 0))
    key = f"appointment_confirm:{appointment.id}"
    assert CallTask.get(CallTask.key == key).window_end == D(2026, 11, 25)  # unanswered: tried again on the day
    appointments.confirm(appointment.id)
    assert CallTask.get(CallTask.key == key).status == "cancelled"
    second = appointments.book(car, DT(2026, 11, 26, 9, 0))
    first_call = CallTask.get(CallTask.key == f"appointment_confirm:{second.id}")
    followup.log_call(first_call.id, "confirmed", {"what": "确认"})
    appointments.move(second.id, DT(2026, 11, 27, 9, 0))
    calls = list(CallTask.select().where(CallTask.key.startswith(f"appointment_confirm:{second.id}"))
                 .order_by(CallTask.id))
    assert [(c.status, c.due_date) for c in calls] == [("done", D(2026, 11, 25)), ("open", D(2026, 11, 26))]


def test_bad_input_is_one_sentence_and_changes_nothing(car):
    far = appointments.book(car, DT(2026, 12, 10, 9, 0))
    with pytest.raises(UserError, match="今天不能登记到店"):
        appointments.arrive(far.id)
    with pytest.raises(UserError, match="最多 60 个字"):
        appointments.book(car, DT(2026, 12, 10, 9, 30), advisor="顾" * 61)
    with pytest.raises(UserError, match="最多 200 个字"):
        appointments.cancel(far.id, "因" * 201)
    assert Appointment.get_by_id(far.id).status == "已预约" and Appointment.select().count() == 1


def test_a_booking_from_an_inspection_reminder_or_a_no_show_keeps_its_kind(car):
    customer = archive.vehicle_owner(car)
    inspection = CallTask.create(key="i", customer=customer, vehicle=car, reason="inspection", due_date=D(2026, 11, 20),
                                 window_start=D(2026, 11, 20), window_end=D(2026, 11, 30))
    assert appointments.booking_kind(inspection.id) == "年检"
    missed = appointments.book(car, DT(2026, 11, 20, 15, 0), kind="钣金喷漆")
    appointments.mark_no_shows(D(2026, 11, 21))
    no_show = CallTask.get(CallTask.key == f"no_show_followup:{missed.id}")
    assert appointments.booking_kind(no_show.id) == "钣金喷漆"
