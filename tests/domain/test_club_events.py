"""Club events (RULES §5, F16): who was invited, said yes and came; the event's points given once; the report."""

import datetime

import pytest
from pypdf import PdfReader

from carecenter import archive, club, club_events, clock, followup, printing
from carecenter.errors import UserError
from carecenter.models import CallTask, PointEntry

D = datetime.date


def member(name, phone, joined=D(2025, 1, 1)):
    customer_id = archive.save_customer({"name": name, "phone": phone})
    club.join(customer_id, joined)
    return customer_id


@pytest.fixture
def outing(store):
    """An outing on 2026-11-20 for members, 300 points each, planned three weeks before; its invitations made."""
    clock.set_today(D(2026, 11, 1))
    people = [member(name, f"1380000000{n}") for n, name in enumerate(("张三", "李四", "王五", "赵六"))]
    event_id = club_events.create_event("秋季自驾游", "2026-11-20", "members", place="千岛湖", points=300, owner="马丽")
    clock.set_today(D(2026, 11, 6))  # fourteen days before: the invitations are on the list
    followup.generate()
    tasks = {t.customer_id: t for t in CallTask.select().where(CallTask.reason == "event_invitation")}
    for customer_id, outcome in zip(people, ("attending", "attending", "not-attending")):
        followup.log_call(tasks[customer_id].id, outcome)
    clock.set_today(D(2026, 11, 20))
    return event_id, people


def test_the_report_counts_invited_confirmed_and_who_came(outing):
    event_id, (zhang, li, wang, zhao) = outing
    walk_in = archive.save_customer({"name": "孙七", "phone": "13800000009"})
    club.join(walk_in)  # joined at the event
    for customer_id in (zhang, walk_in):
        club_events.arrive(event_id, customer_id)
    report = club_events.report(event_id)
    assert (report.invited, report.confirmed, report.attended, report.new_members) == (4, 2, 2, 1)
    assert [(g.name, g.confirmed, g.attended) for g in report.guests] == [  # who came first, those who said yes first
        ("张三", True, True), ("孙七", False, True), ("李四", True, False)]
    assert report.points_pending and report.points_given == 0


def test_the_events_points_go_to_those_who_came_once(outing):
    event_id, (zhang, li, wang, _) = outing
    club_events.arrive(event_id, zhang)
    club_events.arrive(event_id, wang)  # said no on the phone, came all the same
    assert club_events.give_points(event_id) == 2
    with pytest.raises(UserError, match="没有待发放积分的签到客户"):
        club_events.give_points(event_id)
    club_events.arrive(event_id, li)  # came late
    assert club_events.give_points(event_id) == 1
    entries = sorted((e.customer_id, e.points, e.kind, e.day) for e in PointEntry.select().where(
        PointEntry.event_id == event_id))
    assert entries == [(zhang, 300, "活动", D(2026, 11, 20)), (li, 300, "活动", D(2026, 11, 20)),
                       (wang, 300, "活动", D(2026, 11, 20))]
    assert club.ledger(zhang).balance == 300 and club_events.report(event_id).points_given == 900
    with pytest.raises(UserError, match="活动积分已发放给这位客户"):
        club_events.undo_arrival(event_id, zhang)


def test_bad_sign_ins_get_one_sentence_and_change_nothing(outing):
    event_id, (zhang, li, _, _) = outing
    club_events.arrive(event_id, zhang)
    with pytest.raises(UserError, match="张三 已签到"):
        club_events.arrive(event_id, zhang)
    with pytest.raises(UserError, match="没有编号为 999 的客户"):
        club_events.arrive(event_id, 999)
    with pytest.raises(UserError, match="没有编号为 77 的活动"):
        club_events.arrive(77, li)
    with pytest.raises(UserError, match="这位客户没有签到记录"):
        club_events.undo_arrival(event_id, li)
    club_events.undo_arrival(event_id, zhang)  # signed in by mistake, no points yet: taken back
    assert club_events.report(event_id).attended == 0
    later = club_events.create_event("冬季检测", "2026-12-10", "members")
    with pytest.raises(UserError, match="在 2026-12-10 举行，还不能签到"):
        club_events.arrive(later, li)
    with pytest.raises(UserError, match="没有设置积分"):
        club_events.give_points(later)
    with pytest.raises(UserError, match="活动积分应为 0 到 100000 的整数"):
        club_events.create_event("春游", "2026-12-20", "members", points="-5")


def test_f16_prints_the_figures_and_who_came(outing, tmp_path):
    event_id, (zhang, li, _, _) = outing
    for customer_id in (zhang, li):
        club_events.arrive(event_id, customer_id)
    club_events.give_points(event_id)
    text = PdfReader(printing.print_event(event_id, tmp_path / "f16.pdf")).pages[0].extract_text()
    for words in ("活动总结表", "秋季自驾游", "千岛湖", "邀约人数", "确认参加", "实到人数", "新入会人数", "发放积分",
                  "600", "马丽", "张三", "李四", club.ledger(zhang).member_number):
        assert words in text
