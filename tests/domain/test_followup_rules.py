"""RULES.md §2, reason by reason, on hand-built facts (no database): due dates and windows."""

import datetime

from carecenter.followup_rules import (
    RuleSettings,
    VehicleFacts,
    Visit,
    add_months,
    birthday_tasks,
    complaint_task,
    event_task,
    vehicle_tasks,
)

D = datetime.date
RULES = RuleSettings()


def tasks_by_reason(facts, today):
    tasks, upcoming = vehicle_tasks(facts, today, RULES)
    found = {}
    for task in tasks:
        found.setdefault(task.reason, []).append(task)
    return found, upcoming


def window(task):
    return task.due, task.start, task.end


def test_delivery_calls_and_letter():
    found, _ = tasks_by_reason(VehicleFacts(1, 1, D(2026, 3, 10)), D(2026, 3, 12))
    assert window(found["delivery_24h"][0]) == (D(2026, 3, 11), D(2026, 3, 11), D(2026, 3, 12))
    assert window(found["delivery_3d"][0]) == (D(2026, 3, 13), D(2026, 3, 12), D(2026, 3, 17))
    assert window(found["thank_you_letter"][0]) == (D(2026, 3, 11), D(2026, 3, 10), D(2026, 3, 17))


def test_first_service_by_time_with_a_month_end_delivery():
    # no mileage known: the default 40 km/day reaches 5000 km after 125 days, later than 3 months
    found, _ = tasks_by_reason(VehicleFacts(1, 1, D(2025, 11, 30)), D(2026, 3, 1))
    assert found["first_service"][0].due == D(2026, 2, 28)  # Nov 30 + 3 months: February has no 30th
    assert found["first_service"][0].end == D(2026, 3, 30)


def test_first_service_earlier_when_the_mileage_gets_there_first():
    facts = VehicleFacts(1, 1, D(2026, 1, 1), mileage=3000, mileage_date=D(2026, 1, 31))  # 100 km a day
    found, _ = tasks_by_reason(facts, D(2026, 3, 1))
    assert found["first_service"][0].due == D(2026, 2, 20)  # 5000 km after 50 days


def test_after_visit_calls_one_then_two():
    visit = Visit(7, D(2026, 5, 4), "一般维修", 12000)
    facts = VehicleFacts(1, 1, D(2025, 1, 1), visits=[visit])
    found, _ = tasks_by_reason(facts, D(2026, 5, 7))
    assert window(found["after_visit_1"][0]) == (D(2026, 5, 7), D(2026, 5, 7), D(2026, 5, 11))
    assert "after_visit_2" not in found  # only once the first call is done
    facts.first_calls_done[7] = D(2026, 5, 8)
    found, _ = tasks_by_reason(facts, D(2026, 5, 15))
    assert window(found["after_visit_2"][0]) == (D(2026, 5, 15), D(2026, 5, 15), D(2026, 5, 22))


def test_maintenance_due_a_week_before_six_months_and_lost_stages_after():
    visit = Visit(3, D(2025, 8, 31), "定期保养", 10000)
    facts = VehicleFacts(1, 1, D(2024, 1, 1), visits=[visit], mileage=10000, mileage_date=D(2025, 8, 31))
    # 10000 km in 608 days is 16 km/day: 5000 km more takes longer than 6 months, so time decides
    found, _ = tasks_by_reason(facts, D(2026, 12, 1))
    assert found["maintenance_due"][0].due == D(2026, 2, 21)  # Feb 28 (Aug 31 + 6 months) minus 7 days
    stages = {task.reason: task.due for reasons in found.values() for task in reasons if task.reason.startswith("lost")}
    assert stages == {"lost_15d": D(2026, 3, 15), "lost_30d": D(2026, 3, 30), "lost_45d": D(2026, 4, 14),
                      "lost_3m": D(2026, 5, 28), "lost_6m": D(2026, 8, 28), "lost_9m": D(2026, 11, 28),
                      "lost_12m": D(2027, 2, 28)}
    lost_9m = found["lost_9m"][0]
    assert lost_9m.end == D(2027, 2, 27)  # each stage lasts until the next one


def test_a_visit_after_the_due_date_ends_the_lost_stages():
    visits = [Visit(3, D(2025, 8, 31), "定期保养", 10000), Visit(4, D(2026, 4, 2), "一般维修", 14000)]
    found, _ = tasks_by_reason(VehicleFacts(1, 1, D(2024, 1, 1), visits=visits), D(2026, 6, 1))
    assert not any(reason.startswith("lost") for reason in found)


def test_insurance_renewal_each_year_and_a_leap_day_delivery():
    facts = VehicleFacts(1, 1, D(2024, 2, 29))
    found, _ = tasks_by_reason(facts, D(2027, 2, 1))
    expiries = sorted(t.end for t in found["insurance_renewal"])
    assert D(2027, 2, 28) in expiries  # the policy from Feb 29 renews on Feb 28 in a common year
    task = next(t for t in found["insurance_renewal"] if t.end == D(2027, 2, 28))
    assert task.due == D(2027, 1, 29)


def test_inspection_warranty_and_loyalty():
    facts = VehicleFacts(1, 1, D(2023, 1, 15), inspection_due=D(2029, 1, 15))
    found, _ = tasks_by_reason(facts, D(2026, 8, 1))
    assert found["warranty_expiry"][0].due == add_months(D(2023, 1, 15), 35) == D(2025, 12, 15)
    assert found["loyalty_42m"][0].due == D(2026, 7, 15)
    assert found["inspection"][0].due == D(2028, 12, 16)  # 30 days before, still in the future


def test_warranty_earlier_at_95000_km():
    facts = VehicleFacts(1, 1, D(2024, 1, 1), mileage=60000, mileage_date=D(2025, 1, 1))  # 164 km/day
    found, _ = tasks_by_reason(facts, D(2026, 1, 1))
    assert found["warranty_expiry"][0].due < add_months(D(2024, 1, 1), 35)
    assert "按里程估算" in found["warranty_expiry"][0].note


def test_loyalty_offer_skipped_for_a_regular_visitor():
    visits = [Visit(1, D(2026, 5, 1), "定期保养", 50000)]
    found, _ = tasks_by_reason(VehicleFacts(1, 1, D(2023, 1, 15), visits=visits), D(2026, 8, 1))
    assert "loyalty_42m" not in found


def test_birthday_on_the_day_and_feb_29():
    tasks, upcoming = birthday_tasks(5, D(1988, 2, 29), D(2027, 3, 1))
    days = {t.due for t in tasks}
    assert D(2027, 2, 28) in days and upcoming == D(2028, 2, 29)


def test_complaint_follow_up_and_event_invitation():
    task = complaint_task(9, 5, None, D(2026, 12, 28), RULES)
    assert window(task) == (D(2026, 12, 29), D(2026, 12, 29), D(2027, 1, 4))
    invitation = event_task(2, "冬季关爱检测", D(2026, 12, 20), 5, RULES)
    assert window(invitation) == (D(2026, 12, 6), D(2026, 12, 6), D(2026, 12, 19))


def test_the_next_check_is_the_next_due_date():
    _, upcoming = vehicle_tasks(VehicleFacts(1, 1, D(2026, 11, 20)), D(2026, 11, 20), RULES)
    assert upcoming == D(2026, 11, 21)  # the 24-hour call tomorrow


def test_a_task_note_is_stored_in_chinese_and_shown_in_the_language_chosen():
    from carecenter import i18n
    from carecenter.followup_rules import note_in_language

    visit = Visit(7, D(2026, 5, 10), "定期保养", 12000)
    found, _ = tasks_by_reason(VehicleFacts(1, 1, D(2024, 1, 1), visits=[visit]), D(2026, 6, 1))
    note = found["maintenance_due"][0].note
    assert note.startswith("下次保养 ") and "上次保养 2026-05-10，12000 公里" in note  # as stored, always
    try:
        i18n.set_language("en")
        assert note_in_language(note) == f"next service {note[5:15]} (last service 2026-05-10, 12000 km)"
        assert note_in_language("2026-05-10 定期保养") == "2026-05-10 Regular maintenance"
        assert note_in_language("a note someone typed") == "a note someone typed"
        i18n.set_language("zh_TW")
        assert note_in_language(note).startswith("下次保養 ")
    finally:
        i18n.set_language("zh_CN")
    assert note_in_language(note) == note
