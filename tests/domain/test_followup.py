"""The call list in the store: idempotent generation, re-planning, the day's list, logging calls."""

import datetime
import time

import pytest

from carecenter import archive, auth, club, club_events, followup, phone
from carecenter.errors import UserError
from carecenter.models import CallLog, CallTask, Complaint, Customer

D = datetime.date


def delivered(name, phone, plate, delivery, birthday=None, do_not_call=False):
    data = {"name": name, "phone": phone, "do_not_call": do_not_call}
    if birthday:
        data["birthday"] = birthday
    customer_id = archive.save_customer(data)
    vehicle_id = archive.save_vehicle(customer_id, {"plate": plate, "delivery_date": delivery, "model": "明锐"})
    return customer_id, vehicle_id


def reasons(day, **filters):
    return sorted((t.reason, t.vehicle_id) for t in followup.day_tasks(day, **filters))


def test_generation_twice_changes_nothing(store):
    delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    first = followup.generate(D(2026, 11, 20))
    assert first.full and first.created == 2  # the 3-day call and the thank-you letter are due; 24h has closed
    again = followup.generate(D(2026, 11, 20), full=True)
    assert (again.created, again.moved, again.cancelled) == (0, 0, 0)
    assert CallTask.select().count() == 2


def test_the_day_list_shows_due_open_tasks_overdue_first(store):
    _, late = delivered("张三", "13812345678", "浙A12345", "2026-11-15")
    _, fresh = delivered("李四", "13912345678", "浙B54321", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    tasks = followup.day_tasks(D(2026, 11, 20))
    assert [(t.reason, t.vehicle_id) for t in tasks] == [
        ("delivery_3d", late), ("thank_you_letter", late), ("thank_you_letter", fresh),  # overdue first
        ("delivery_3d", fresh)]
    rows = followup.call_rows(tasks, D(2026, 11, 20))
    assert [row.overdue for row in rows] == [True, True, True, False]
    assert rows[0].plate == "浙A12345" and rows[0].name == "张三"


def test_an_edited_delivery_date_moves_the_open_tasks(store):
    customer_id, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    archive.save_vehicle(customer_id, {"delivery_date": "2026-11-18"}, vehicle_id)
    report = followup.generate(D(2026, 11, 20))
    assert report.vehicles == 1 and report.moved >= 1  # only the changed vehicle was looked at
    task = CallTask.get(CallTask.key == f"delivery_3d:v{vehicle_id}")
    assert (task.due_date, task.window_start) == (D(2026, 11, 21), D(2026, 11, 20))
    # the 24-hour call of the new date (Nov 19, window to Nov 20) is still open today, so it appears now
    assert CallTask.get(CallTask.key == f"delivery_24h:v{vehicle_id}").due_date == D(2026, 11, 19)
    assert CallTask.select().where(CallTask.vehicle == vehicle_id).count() == 3


def test_a_customer_with_two_cars_gets_tasks_for_each(store):
    customer_id, first = delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    second = archive.save_vehicle(customer_id, {"plate": "浙B22222", "delivery_date": "2026-11-18"})
    followup.generate(D(2026, 11, 20))
    assert ("delivery_3d", first) in reasons(D(2026, 11, 20))
    assert ("delivery_24h", second) in reasons(D(2026, 11, 20))


def test_a_do_not_call_customer_is_marked_on_the_list(store):
    delivered("张三", "13812345678", "浙A12345", "2026-11-17", do_not_call=True)
    followup.generate(D(2026, 11, 20))
    rows = followup.call_rows(followup.day_tasks(D(2026, 11, 20)))
    assert rows and all(row.do_not_call for row in rows)


def test_a_visit_cancels_the_lost_customer_calls(store):
    customer_id, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2025-01-05")
    archive.add_visit(vehicle_id, {"visit_date": "2025-04-01", "visit_type": "首保", "mileage": "1000"})
    followup.generate(D(2025, 10, 20))  # 12 km a day: the maintenance fell due by time, 2025-10-01
    lost = CallTask.get(CallTask.reason == "lost_15d")
    assert lost.status == "open"
    archive.add_visit(vehicle_id, {"visit_date": "2025-10-19", "visit_type": "定期保养", "mileage": "9000"},
                      confirm=True)
    followup.generate(D(2025, 10, 20))
    assert CallTask.get_by_id(lost.id).status == "cancelled"


def test_windows_that_close_become_missed(store):
    delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    followup.generate(D(2026, 11, 25))
    assert CallTask.get(CallTask.reason == "delivery_3d").status == "missed"


def test_a_week_the_pc_was_off_leaves_its_calls_as_missed_not_forgotten(store):
    from carecenter import stats
    away, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2025-01-10", birthday="1980-11-17")
    back, _ = delivered("李四", "13912345678", "浙B54321", "2025-02-10", birthday="1985-11-23")
    visit = archive.add_visit(vehicle_id, {"visit_date": "2026-11-12", "visit_type": "一般维修", "mileage": "20000"})
    followup.generate(D(2026, 11, 13))  # Friday: the list is made, then the PC stays off for a week
    assert not CallTask.select().where(CallTask.reason.in_(["birthday", "after_visit_1"])).exists()
    report = followup.generate(D(2026, 11, 23))
    missed = {t.key: t for t in CallTask.select().where(CallTask.status == "missed")}
    assert set(missed) == {f"birthday:c{away}:2026", f"after_visit_1:visit{visit}"}
    assert report.created_missed == 2
    assert all(followup.created_missed(t) for t in missed.values())
    today = {t.key for t in followup.day_tasks(D(2026, 11, 23))}
    assert f"birthday:c{back}:2026" in today and not today & set(missed)  # not on today's list
    listed = followup.missed_tasks(D(2026, 11, 23))
    assert [t.reason for t in listed] == ["after_visit_1", "birthday"]  # by reason, for the manager
    kpis = followup.call_kpis(D(2026, 11, 1), D(2026, 11, 30))
    assert kpis.missed == 2 and kpis.due >= 3 and kpis.done == 0  # due and not done
    figures = stats.call_figures(D(2026, 11, 1), D(2026, 11, 30))
    assert (figures.total.missed, figures.total.unlisted) == (2, 2)
    assert figures.by_reason["birthday"].missed == 1 and figures.by_reason["after_visit_1"].missed == 1
    assert sum(c.missed for c in figures.by_specialist.values()) == 2
    again = followup.generate(D(2026, 11, 23), full=True)
    assert again.created_missed == 0 and CallTask.select().where(CallTask.status == "missed").count() == 2


def test_a_first_list_on_a_new_store_creates_no_missed_history(store):
    customer_id, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2025-01-10", birthday="1980-11-17")
    archive.add_visit(vehicle_id, {"visit_date": "2026-11-02", "visit_type": "一般维修", "mileage": "20000"})
    followup.generate(D(2026, 11, 23))
    assert not CallTask.select().where(CallTask.status == "missed").exists()


def test_incremental_generation_looks_only_at_what_changed_or_falls_due(store):
    for index in range(20):
        delivered(f"客户{index}", f"1381234{index:04d}", f"浙A1{index:04d}", "2026-06-01")
    time.sleep(1.1)  # stamps are to the second; a change in the second a run starts is looked at again
    followup.generate(D(2026, 11, 20))
    report = followup.generate(D(2026, 11, 20))
    assert (report.vehicles, report.customers) == (0, 0)


def test_satisfied_call_completes_and_the_second_visit_call_follows(store):
    customer_id, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2025-01-05")
    archive.add_visit(vehicle_id, {"visit_date": "2026-11-16", "visit_type": "一般维修", "mileage": "20000"})
    followup.generate(D(2026, 11, 19))
    task = CallTask.get(CallTask.reason == "after_visit_1")
    result = followup.log_call(task.id, "satisfied", {"what": "修后回访", "feedback_service": "接待很好"},
                               at=datetime.datetime(2026, 11, 19, 10, 0))
    assert result.task_status == "done"
    assert CallLog.get().feedback_service == "接待很好"
    followup.generate(D(2026, 11, 26))
    assert CallTask.get(CallTask.reason == "after_visit_2").due_date == D(2026, 11, 26)


def test_three_unanswered_calls_close_the_task_as_lost_contact(store):
    customer_id, _ = delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "delivery_3d")
    first = followup.log_call(task.id, "no-answer", at=datetime.datetime(2026, 11, 20, 9))
    assert first.task_status == "open" and CallTask.get_by_id(task.id).next_try == D(2026, 11, 21)
    assert task.id not in [t.id for t in followup.day_tasks(D(2026, 11, 20)) if t.status == "open"]
    followup.log_call(task.id, "no-answer", at=datetime.datetime(2026, 11, 21, 9))
    third = followup.log_call(task.id, "no-answer", at=datetime.datetime(2026, 11, 22, 9))
    assert third.task_status == "lost" and Customer.get_by_id(customer_id).lost_contact
    with pytest.raises(UserError):
        followup.log_call(task.id, "satisfied")


def test_unsatisfied_opens_a_complaint_draft_and_a_call_back(store):
    delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "delivery_3d")
    result = followup.log_call(task.id, "unsatisfied", {"feedback_product": "空调异响"},
                               at=datetime.datetime(2026, 11, 20, 9))
    complaint = Complaint.get_by_id(result.complaint_id)
    assert complaint.state == "草稿" and "空调异响" in complaint.content
    again = CallTask.get_by_id(result.follow_up_task)
    assert again.due_date == D(2026, 11, 21) and again.reason == "delivery_3d"
    followup.generate(D(2026, 11, 21), full=True)
    assert CallTask.get_by_id(again.id).status == "open"  # the call-back is not a rule's task to cancel


def test_reschedule_needs_a_date_and_moves_the_next_try(store):
    delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "delivery_3d")
    with pytest.raises(UserError):
        followup.log_call(task.id, "reschedule")
    followup.log_call(task.id, "reschedule", reschedule_to=D(2026, 11, 28))
    stored = CallTask.get_by_id(task.id)
    assert stored.next_try == D(2026, 11, 28) and stored.window_end >= D(2026, 11, 28)


def test_open_questions_go_to_the_supervisor_after_two_days(store):
    customer_id, _ = delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    phone.log_incoming(customer_id, "客户来电咨询", {"open_question": "延保价格？"},
                          at=datetime.datetime(2026, 11, 17, 15))
    assert phone.questions_to_report(D(2026, 11, 19)) != []
    assert phone.questions_to_report(D(2026, 11, 18)) == []


def test_tasks_are_shared_among_the_specialists(store):
    auth.add_user("李婷", "specialist", "password-1")
    auth.add_user("王芳", "specialist", "password-2")
    for index in range(6):
        delivered(f"客户{index}", f"1381234{index:04d}", f"浙A1{index:04d}", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    assignees = {t.assignee for t in CallTask.select()}
    assert assignees == {"李婷", "王芳"}
    mine = followup.day_tasks(D(2026, 11, 20), assignee="李婷")
    assert mine and all(t.assignee == "李婷" for t in mine)


def test_an_event_invites_its_audience_14_days_before(store):
    from carecenter.models import Event
    member, _ = delivered("张三", "13812345678", "浙A12345", "2025-01-05")
    club.join(member, D(2025, 1, 5))  # a member: one who joined
    delivered("李四", "13912345678", "浙B54321", "2025-01-05")
    Event.create(name="冬季关爱检测", event_date=D(2026, 12, 20), audience="members")
    followup.generate(D(2026, 12, 1))
    assert not CallTask.select().where(CallTask.reason == "event_invitation").exists()
    followup.generate(D(2026, 12, 6))
    invited = [t.customer_id for t in CallTask.select().where(CallTask.reason == "event_invitation")]
    assert invited == [member]
    task = CallTask.get(CallTask.reason == "event_invitation")
    assert (task.due_date, task.window_end) == (D(2026, 12, 6), D(2026, 12, 19))
    followup.generate(D(2026, 12, 7))  # looked at once: no duplicates, nothing moved
    assert CallTask.select().where(CallTask.reason == "event_invitation").count() == 1


def test_reported_mileage_moves_the_vehicle_and_questions_are_reported(store):
    from carecenter.models import Vehicle
    customer_id, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2026-11-17")
    followup.generate(D(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "delivery_3d")
    followup.log_call(task.id, "satisfied", {"reported_mileage": "850", "open_question": "导航升级？"},
                      at=datetime.datetime(2026, 11, 20, 9))
    assert Vehicle.get_by_id(vehicle_id).mileage == 850
    pending = phone.questions_to_report(D(2026, 11, 23))
    assert [c.open_question for c in pending] == ["导航升级？"]
    phone.mark_reported(pending[0].id, D(2026, 11, 23))
    assert phone.questions_to_report(D(2026, 11, 23)) == []


def test_events_are_checked_when_created(store):
    with pytest.raises(UserError):
        club_events.create_event("", "2026-12-20")
    with pytest.raises(UserError):
        club_events.create_event("冬季检测", "2026-01-01")
    event_id = club_events.create_event("冬季检测", "2026-12-20", "model:明锐")
    from carecenter.models import Event
    assert Event.get_by_id(event_id).audience == "model:明锐"


def test_the_decided_numbers_are_settings(store):
    from carecenter import settings
    settings.set_value("calls.max_attempts", 2)
    settings.set_value("calls.insurance_days_before", 45)
    customer_id, vehicle_id = delivered("张三", "13812345678", "浙A12345", "2025-12-01")
    followup.generate(D(2026, 10, 18))  # 44 days before the first policy ends on 2026-12-01
    renewal = CallTask.get(CallTask.reason == "insurance_renewal")
    assert renewal.due_date == D(2026, 10, 17)
    followup.log_call(renewal.id, "no-answer", at=datetime.datetime(2026, 10, 18, 9))
    assert followup.log_call(renewal.id, "no-answer", at=datetime.datetime(2026, 10, 19, 9)).task_status == "lost"
