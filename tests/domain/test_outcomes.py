"""Outcomes that fit the call (RULES §8): each purpose offers its own outcomes, each outcome has its consequence, an
outcome of another purpose is refused with nothing written; do-not-contact per kind. Today is 2026-11-20, 09:00."""

import datetime

import pytest

from carecenter import archive, club_events, do_not_contact, followup, stats
from carecenter.errors import UserError
from carecenter.models import (
    OUTCOMES,
    OUTCOMES_BY_REASON,
    CallLog,
    CallTask,
    Complaint,
    ContactRefusal,
    Customer,
    Vehicle,
)

D, DT = datetime.date, datetime.datetime
TODAY = D(2026, 11, 20)
NOW = DT(2026, 11, 20, 10, 0)


@pytest.fixture
def car(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    vehicle = archive.save_vehicle(customer, {"plate": "浙A12345", "model": "明锐", "delivery_date": "2025-05-01"})
    return customer, vehicle


def _task(car, reason: str, key: str = "") -> CallTask:
    customer, vehicle = car
    return CallTask.create(key=key or f"{reason}:v{vehicle}:test", customer=customer, vehicle=vehicle, reason=reason,
                           due_date=TODAY, window_start=TODAY, window_end=TODAY + datetime.timedelta(days=7))


def test_the_outcome_lists_are_exactly_those_of_rules_8():
    assert OUTCOMES_BY_REASON["delivery_3d"] == ("satisfied", "unsatisfied", "no-answer", "reschedule")
    assert OUTCOMES_BY_REASON["lost_3m"] == ("booked", "not-needed", "serviced-elsewhere", "vehicle-gone",
                                             "no-answer", "reschedule", "wrong-number")
    assert OUTCOMES_BY_REASON["insurance_renewal"] == ("renewed-here", "renewed-elsewhere", "considering",
                                                       "no-answer", "reschedule")
    assert OUTCOMES_BY_REASON["birthday"] == ("greeted", "no-answer")
    assert OUTCOMES_BY_REASON["event_invitation"] == ("attending", "not-attending", "no-answer", "reschedule")
    assert OUTCOMES_BY_REASON["delivery_24h"][:2] == ("sales-called", "sales-not-called")


@pytest.mark.parametrize("reason, outcome", [("event_invitation", "unsatisfied"), ("birthday", "satisfied"),
                                             ("maintenance_due", "greeted"), ("delivery_3d", "not-needed"),
                                             ("insurance_renewal", "serviced-elsewhere")])
def test_an_outcome_of_another_purpose_is_refused_and_nothing_is_written(car, reason, outcome):
    task = _task(car, reason)
    with pytest.raises(UserError, match="只能是"):
        followup.log_call(task.id, outcome, {"what": "x"}, at=NOW)
    assert CallLog.select().count() == 0 and Complaint.select().count() == 0
    assert CallTask.get_by_id(task.id).status == "open"


def test_a_declined_invitation_is_never_a_complaint(car):
    task = _task(car, "event_invitation")
    result = followup.log_call(task.id, "not-attending", {"what": "周末没空"}, at=NOW)
    assert result.task_status == "done" and result.complaint_id is None
    assert Complaint.select().count() == 0 and CallTask.select().count() == 1  # no call tomorrow either


def test_attending_puts_the_customer_on_the_attendance_list(car):
    from carecenter.models import Event
    event = Event.create(name="冬季关爱检测", event_date=TODAY + datetime.timedelta(days=10))
    task = _task(car, "event_invitation", key=f"event_invitation:e{event.id}:c{car[0]}")
    followup.log_call(task.id, "attending", {}, at=NOW)
    assert [row.customer_id for row in club_events.event_attendance(event.id)] == [car[0]]


def test_satisfied_and_unsatisfied_keep_their_meaning(car):
    ok = followup.log_call(_task(car, "after_visit_1", "a1").id, "satisfied", {}, at=NOW)
    bad = followup.log_call(_task(car, "delivery_3d", "d3").id, "unsatisfied", {"feedback_service": "等太久"}, at=NOW)
    assert ok.task_status == "done" and ok.complaint_id is None
    assert bad.task_status == "done" and bad.complaint_id is not None and bad.follow_up_task is not None
    assert CallTask.get_by_id(bad.follow_up_task).due_date == TODAY + datetime.timedelta(days=1)


def test_not_needed_plans_the_next_reminder_on_the_day_given_and_needs_a_later_day(car):
    task = _task(car, "maintenance_due")
    with pytest.raises(UserError, match="日期"):
        followup.log_call(task.id, "not-needed", {}, at=NOW)
    with pytest.raises(UserError, match="今天以后"):
        followup.log_call(task.id, "not-needed", {}, at=NOW, reschedule_to=TODAY)
    assert CallLog.select().count() == 0
    result = followup.log_call(task.id, "not-needed", {}, at=NOW, reschedule_to=D(2027, 1, 15))
    assert result.task_status == "done"
    later = CallTask.get_by_id(result.follow_up_task)
    assert (later.reason, later.due_date, later.status) == ("maintenance_due", D(2027, 1, 15), "open")
    followup.generate(TODAY)  # the refresh keeps the customer's own date
    assert CallTask.get_by_id(later.id).status == "open"


def test_serviced_elsewhere_is_a_loss_reason(car):
    task = _task(car, "lost_3m")
    followup.log_call(task.id, "serviced-elsewhere", {"why": "离家近"}, at=NOW)
    assert followup.loss_reasons(TODAY, TODAY) == {"serviced-elsewhere": 1}
    assert CallTask.get_by_id(task.id).status == "done"


def test_vehicle_gone_stops_the_vehicles_reminders(car):
    customer, vehicle = car
    followup.generate(TODAY)
    task = _task(car, "lost_6m")
    other = _task(car, "inspection", "inspection:other")
    after_visit = _task(car, "after_visit_1", "after_visit_1:other")
    followup.log_call(task.id, "vehicle-gone", {"what": "车已卖掉"}, at=NOW)
    assert Vehicle.get_by_id(vehicle).gone_on == TODAY
    assert CallTask.get_by_id(other.id).status == "cancelled"
    assert CallTask.get_by_id(after_visit.id).status == "open"  # only its reminders stop
    followup.generate(D(2027, 6, 1), full=True)  # a year on: no reminder is planned for it any more
    assert not CallTask.select().where((CallTask.vehicle == vehicle) & (CallTask.status == "open")
                                       & CallTask.reason.in_(list(followup.VEHICLE_REMINDERS))).exists()


def test_wrong_number_flags_the_phone_until_it_is_corrected(car):
    customer, _ = car
    result = followup.log_call(_task(car, "first_service").id, "wrong-number", {}, at=NOW)
    assert result.task_status == "lost"
    assert Customer.get_by_id(customer).phone_wrong
    assert archive.customer_record(customer).customer.phone_wrong
    archive.save_customer({"name": "张三", "phone": "13912345678"}, customer)
    assert not Customer.get_by_id(customer).phone_wrong


def test_insurance_outcomes(car):
    here = followup.log_call(_task(car, "insurance_renewal", "i1").id, "renewed-here", {}, at=NOW)
    elsewhere = followup.log_call(_task(car, "insurance_renewal", "i2").id, "renewed-elsewhere", {}, at=NOW)
    assert here.task_status == elsewhere.task_status == "done"
    thinking = _task(car, "insurance_renewal", "i3")
    result = followup.log_call(thinking.id, "considering", {}, at=NOW, reschedule_to=D(2026, 12, 5))
    task = CallTask.get_by_id(thinking.id)
    assert result.task_status == "open" and task.next_try == D(2026, 12, 5) and task.window_end >= D(2026, 12, 5)
    assert followup.loss_reasons(TODAY, TODAY) == {"renewed-elsewhere": 1}


def test_a_greeting_is_not_retried_after_its_day(car):
    task = _task(car, "birthday")
    result = followup.log_call(task.id, "no-answer", {}, at=NOW)
    assert result.task_status == "lost" and CallTask.get_by_id(task.id).next_try is None  # not reached, not done
    assert not Customer.get_by_id(car[0]).lost_contact  # one greeting missed is not a lost customer
    assert followup.log_call(_task(car, "birthday", "b2").id, "greeted", {}, at=NOW).task_status == "done"


def test_no_answer_and_reschedule_on_a_reminder(car):
    task = _task(car, "first_service")
    assert followup.log_call(task.id, "no-answer", {}, at=NOW).task_status == "open"
    assert CallTask.get_by_id(task.id).next_try == TODAY + datetime.timedelta(days=1)
    followup.log_call(task.id, "reschedule", {}, at=NOW, reschedule_to=D(2026, 11, 25))
    assert CallTask.get_by_id(task.id).next_try == D(2026, 11, 25)
    followup.log_call(task.id, "reschedule", {}, at=NOW, reschedule_to=TODAY)  # "call me this afternoon"
    with pytest.raises(UserError, match="今天以后"):
        followup.log_call(task.id, "reschedule", {}, at=NOW, reschedule_to=TODAY - datetime.timedelta(days=1))


def test_the_24_hour_check_sales_called_closes_it_and_sales_not_called_leaves_it_to_the_desk(car):
    checked = _task(car, "delivery_24h", "h1")
    assert followup.log_call(checked.id, "sales-called", {}, at=NOW).task_status == "done"
    missed = _task(car, "delivery_24h", "h2")
    assert followup.log_call(missed.id, "sales-not-called", {}, at=NOW).task_status == "open"
    assert CallTask.get_by_id(missed.id).next_try == TODAY  # the desk calls now
    assert followup.log_call(missed.id, "satisfied", {}, at=NOW).task_status == "done"


def test_satisfaction_rate_counts_satisfaction_calls_only(car):
    followup.log_call(_task(car, "after_visit_1", "a1").id, "satisfied", {}, at=NOW)
    followup.log_call(_task(car, "after_visit_2", "a2").id, "unsatisfied", {}, at=NOW)
    followup.log_call(_task(car, "birthday", "b1").id, "greeted", {}, at=NOW)
    followup.log_call(_task(car, "event_invitation", "e1").id, "attending", {}, at=NOW)
    followup.log_call(_task(car, "maintenance_due", "m1").id, "serviced-elsewhere", {}, at=NOW)
    kpis = followup.call_kpis(TODAY, TODAY).as_json()
    assert kpis["done"] == 5 and kpis["satisfied_rate"] == 50.0  # 1 of the 2 satisfaction calls
    figures = stats.call_figures(TODAY, TODAY)
    assert (figures.total.satisfied, figures.total.unsatisfied, figures.total.satisfied_rate) == (1, 1, 50.0)


def test_every_outcome_has_words_and_is_offered_somewhere():
    offered = {code for codes in OUTCOMES_BY_REASON.values() for code in codes}
    assert offered == set(OUTCOMES)


# --- do not contact, per kind ------------------------------------------------------------------------------------

def test_a_refused_kind_is_not_planned_and_its_open_calls_are_withdrawn(car):
    customer, vehicle = car
    archive.save_customer({"name": "张三", "phone": "13812345678", "birthday": "1980-11-20"}, customer)
    followup.generate(TODAY)
    reasons = {t.reason for t in CallTask.select().where(CallTask.status == "open")}
    assert "birthday" in reasons
    withdrawn = do_not_contact.refuse(customer, "marketing", "客户说不要再发祝福和活动")
    assert withdrawn >= 1
    assert not CallTask.select().where((CallTask.reason == "birthday") & (CallTask.status == "open")).exists()
    followup.generate(TODAY, full=True)
    assert not CallTask.select().where((CallTask.reason == "birthday") & (CallTask.status == "open")).exists()
    refusal = do_not_contact.refusals(customer)[0]
    assert (refusal.kind, refusal.since, refusal.reason) == ("marketing", TODAY, "客户说不要再发祝福和活动")
    assert refusal.recorded_by


def test_refusing_followup_calls_leaves_reminders_and_mirrors_do_not_call(store):
    customer = archive.save_customer({"name": "李四", "phone": "13912345678"})
    archive.save_vehicle(customer, {"plate": "浙B11111", "model": "明锐", "delivery_date": "2026-08-20"})
    archive.save_vehicle(customer, {"plate": "浙B22222", "model": "明锐", "delivery_date": "2026-11-17"})
    do_not_contact.refuse(customer, "followup", "不喜欢打电话")
    assert Customer.get_by_id(customer).do_not_call
    followup.generate(TODAY)
    open_reasons = {t.reason for t in CallTask.select().where(CallTask.status == "open")}
    assert "first_service" in open_reasons  # a reminder is not a 回访
    assert "delivery_3d" not in open_reasons and "delivery_24h" not in open_reasons
    do_not_contact.withdraw(customer, "followup")
    assert not Customer.get_by_id(customer).do_not_call and ContactRefusal.select().count() == 0
    followup.generate(TODAY)  # agreed again: the 3-day call is planned at the next refresh
    assert CallTask.select().where((CallTask.reason == "delivery_3d") & (CallTask.status == "open")).exists()


def test_a_ticked_box_written_in_bulk_becomes_a_refusal(car):
    customer, _ = car
    Customer.update(do_not_call=True).where(Customer.id == customer).execute()  # as an import writes it
    task = _task(car, "after_visit_1")
    assert do_not_contact.sync_archive_boxes("导入") == 1
    assert [r.kind for r in do_not_contact.refusals(customer)] == ["followup"]
    assert CallTask.get_by_id(task.id).status == "cancelled"
    assert do_not_contact.sync_archive_boxes("导入") == 0


def test_refusal_bad_input_changes_nothing(car):
    customer, _ = car
    with pytest.raises(UserError, match="原因"):
        do_not_contact.refuse(customer, "reminder", "  ")
    with pytest.raises(UserError, match="类别"):
        do_not_contact.refuse(customer, "phone", "x")
    do_not_contact.refuse(customer, "reminder", "不需要提醒")
    with pytest.raises(UserError, match="已登记"):
        do_not_contact.refuse(customer, "reminder", "again")
    assert ContactRefusal.select().count() == 1


def test_the_managers_hot_alert_is_closed_with_what_was_done(car):
    task = _task(car, "hot_alert", "hot_alert:999")
    with pytest.raises(UserError, match="只能是"):
        followup.log_call(task.id, "satisfied", {}, at=NOW)
    with pytest.raises(UserError, match="处理方式"):  # closed with what was done, nothing less
        followup.log_call(task.id, "handled", {}, at=NOW)
    assert CallLog.select().count() == 0
    result = followup.log_call(task.id, "handled", {"how": "经理致电致歉，赠送保养券"}, at=NOW)
    assert result.task_status == "done"
    assert CallLog.get(CallLog.task == task.id).how == "经理致电致歉，赠送保养券"
