"""The member timeline (RULES §5): 学苑邀约 a month after joining, 礼遇推广 monthly from the sixth month for six
months, 推荐购车 from the third year, and the invitation to join for buyers who have not joined in 30 days."""

import datetime

import pytest

from carecenter import archive, call_scripts, club, do_not_contact, followup, letters
from carecenter.errors import UserError
from carecenter.models import CallTask, Customer

D = datetime.date


def member(joined, name="张三", phone="13812345678"):
    customer_id = archive.save_customer({"name": name, "phone": phone, "gender": "男"})
    club.join(customer_id, joined)
    return customer_id


def buyer(delivery, name="李四", phone="13912345678"):
    customer_id = archive.save_customer({"name": name, "phone": phone})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": "浙A12345", "delivery_date": delivery, "model": "明锐"})
    return customer_id, vehicle_id


def on_list(day, reason):
    return [(t.customer_id, t.vehicle_id, t.due_date) for t in followup.day_tasks(day, reason=reason)]


#: A member who joined on 2026-01-15: each step of the timeline, the day it falls due.
TIMELINE = [("academy_invitation", D(2026, 2, 15))] + [
    ("benefits_promotion", D(2026, month, 15)) for month in range(7, 13)] + [("referral", D(2029, 1, 15))]


def test_each_step_of_the_member_timeline_falls_due_on_its_day(store):
    zhang = member(D(2026, 1, 15))
    followup.generate(D(2026, 1, 20))  # the first list: nothing of the timeline yet
    assert CallTask.select().where(CallTask.customer == zhang).count() == 0
    for reason, due in TIMELINE:
        followup.generate(due - datetime.timedelta(days=1))  # incremental: the customer's next day is remembered
        assert on_list(due - datetime.timedelta(days=1), reason) == [], (reason, due)
        followup.generate(due)
        assert on_list(due, reason) == [(zhang, None, due)], (reason, due)
    benefits = CallTask.select().where((CallTask.customer == zhang) & (CallTask.reason == "benefits_promotion"))
    assert benefits.count() == 6  # one a month for six months, then no more
    assert sorted(t.note for t in benefits)[0] == "入会 2026-01-15：会员礼遇推广（第 1/6 条）"


def test_the_academy_invitation_is_a_call_the_customer_accepts_or_declines(store):
    zhang = member(D(2026, 10, 20))
    followup.generate(D(2026, 11, 20))
    task = CallTask.get((CallTask.customer == zhang) & (CallTask.reason == "academy_invitation"))
    assert (task.due_date, task.window_end) == (D(2026, 11, 20), D(2026, 12, 4))
    assert "车主学苑" in call_scripts.script_for("academy_invitation", name="张三", gender="男", caller="王芳",
                                              dealer="本店", model="", plate="")
    with pytest.raises(UserError, match="只能是"):
        followup.log_call(task.id, "satisfied")  # an invitation is never a satisfaction call
    assert followup.log_call(task.id, "attending").task_status == "done"


def test_a_buyer_not_joined_in_30_days_is_invited_and_joining_ends_it(store):
    li, car = buyer("2026-10-21")
    followup.generate(D(2026, 11, 19))
    assert on_list(D(2026, 11, 19), "join_invitation") == []
    followup.generate(D(2026, 11, 20))
    assert on_list(D(2026, 11, 20), "join_invitation") == [(li, car, D(2026, 11, 20))]
    club.join(li)  # joined at the counter before the call was made
    followup.generate(D(2026, 11, 20))
    assert on_list(D(2026, 11, 20), "join_invitation") == []
    assert CallTask.get(CallTask.reason == "join_invitation").status == "cancelled"


def test_a_buyer_who_joined_at_delivery_is_not_invited(store):
    li, _ = buyer("2026-10-21")
    club.join(li, D(2026, 10, 21))
    followup.generate(D(2026, 11, 20))
    assert on_list(D(2026, 11, 20), "join_invitation") == []


def test_joined_on_the_call_gives_a_member_number(store):
    li, _ = buyer("2026-10-21")
    followup.generate(D(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "join_invitation")
    followup.log_call(task.id, "joined")
    customer = Customer.get_by_id(li)
    assert customer.club_joined == D(2026, 11, 20) and customer.member_number == "HY202600001"
    assert customer.club_level == "普卡"


def test_the_months_benefits_are_not_chased_after_no_answer(store):
    zhang = member(D(2026, 5, 20))
    followup.generate(D(2026, 11, 20))
    task = CallTask.get((CallTask.customer == zhang) & (CallTask.reason == "benefits_promotion"))
    assert followup.log_call(task.id, "no-answer").task_status == "lost"
    assert not Customer.get_by_id(zhang).lost_contact  # one missed message is not a lost customer


def test_an_sms_batch_from_the_list_tells_the_months_benefits(store, tmp_path):
    zhang = member(D(2026, 5, 20))
    club.earn(zhang, 320, "活动", "秋季自驾游")
    followup.generate(D(2026, 11, 20))
    task = CallTask.get((CallTask.customer == zhang) & (CallTask.reason == "benefits_promotion"))
    previews = letters.prepare_messages("benefits_promotion", [zhang])
    assert "您目前的积分为320分" in previews[0].text
    letters.export_messages("benefits_promotion", previews, tmp_path / "礼遇.xlsx", task_ids=[task.id])
    task = CallTask.get_by_id(task.id)
    assert (task.status, task.outcome) == ("done", "informed")


def test_the_join_sms_carries_the_member_number(store):
    zhang = member(D(2026, 11, 20))
    text = letters.prepare_messages("member_welcome", [zhang])[0].text
    assert "张先生" in text and "HY202600001" in text


def test_members_who_refused_marketing_get_no_timeline(store):
    zhang = member(D(2026, 10, 20))
    do_not_contact.refuse(zhang, "marketing", "不需要营销电话")
    followup.generate(D(2026, 11, 20))
    assert CallTask.select().where(CallTask.customer == zhang).count() == 0


def test_a_long_standing_member_gets_no_history_of_missed_steps(store):
    zhang = member(D(2019, 3, 1))  # the first list on a store with an old member
    followup.generate(D(2026, 11, 20))
    assert CallTask.select().where(CallTask.customer == zhang).count() == 0
    followup.generate(D(2027, 3, 1))  # the next anniversary: 推荐购车 again (8 years in)
    assert on_list(D(2027, 3, 1), "referral") == [(zhang, None, D(2027, 3, 1))]
    assert CallTask.get(CallTask.reason == "referral").note == "入会 2019-03-01：入会满 8 年，推荐购车"
