"""The lounge checklist, guest meals and the spot check (FORMS.md F8, F10; RULES.md §4)."""

import datetime

import pytest

from carecenter import archive, lounge, permissions, phone, session
from carecenter.errors import UserError
from carecenter.models import LoungeScore

D = datetime.date


def test_a_round_copies_the_eleven_items_and_totals_its_scores(store):
    check_id = lounge.start_round(D(2026, 11, 20))
    assert lounge.start_round(D(2026, 11, 20)) == check_id  # the same round, not a second one
    round_ = lounge.round_of(D(2026, 11, 20))
    assert [s.title for s in round_.scores][:2] == ["空调", "电视"] and len(round_.scores) == 11
    assert not round_.finished
    for score in round_.scores:
        lounge.score_item(score.id, 5 if score.position != 2 else 2, "画面模糊" if score.position == 2 else "")
    round_ = lounge.round_of(D(2026, 11, 20))
    assert round_.finished and (round_.total, round_.maximum) == (52, 55)
    with pytest.raises(UserError):
        lounge.score_item(round_.scores[0].id, 6)


def test_editing_the_items_leaves_past_checks_alone(store):
    lounge.start_round(D(2026, 11, 19))
    lounge.set_items([("空调", "26 度"), ("绿植", "浇水")])
    lounge.start_round(D(2026, 11, 20))
    assert len(lounge.round_of(D(2026, 11, 19)).scores) == 11
    assert [s.title for s in lounge.round_of(D(2026, 11, 20)).scores] == ["空调", "绿植"]
    with pytest.raises(UserError):
        lounge.set_items([("", "")])


def test_a_repair_stays_open_until_fixed(store):
    lounge.start_round(D(2026, 11, 20))
    tv = lounge.round_of(D(2026, 11, 20)).scores[1]
    with pytest.raises(UserError):
        lounge.report_repair(tv.id)  # not scored low
    lounge.score_item(tv.id, 1)
    lounge.report_repair(tv.id)
    lounge.start_round(D(2026, 11, 21))
    assert [r.id for r in lounge.open_repairs()] == [tv.id]  # still listed the next day
    lounge.mark_fixed(tv.id)
    assert lounge.open_repairs() == [] and LoungeScore.get_by_id(tv.id).repair == "已修复"


def test_meals_need_a_valid_plate_and_find_the_customer(store):
    customer_id = archive.save_customer({"name": "张三"})
    archive.save_vehicle(customer_id, {"plate": "浙A12345"})
    first = lounge.register_meal("浙a 12345", D(2026, 11, 20))
    second = lounge.register_meal("沪B99999", D(2026, 11, 20))
    assert (first.ticket, first.customer_id) == ("餐20261120-001", customer_id)
    assert (second.ticket, second.customer_id) == ("餐20261120-002", None)
    with pytest.raises(UserError):
        lounge.register_meal("X123", D(2026, 11, 20))
    assert len(lounge.meals(D(2026, 11, 20))) == 2


def test_monthly_averages_per_item(store):
    for day, tv in ((D(2026, 11, 2), 4), (D(2026, 11, 3), 2), (D(2026, 12, 1), 0)):
        lounge.start_round(day)
        for score in lounge.round_of(day).scores:
            lounge.score_item(score.id, tv if score.title == "电视" else 5)
    averages = lounge.monthly_averages("2026-11")
    assert averages[(2, "电视")] == 3.0 and averages[(1, "空调")] == 5.0


def test_spot_check_sampling_and_summary(store):
    customer_id = archive.save_customer({"name": "张三"})
    for hour in range(9, 15):
        phone.log_incoming(customer_id, "预约", at=datetime.datetime(2026, 11, 20, hour))
    sample = lounge.sample_calls("测试管理员", D(2026, 11, 1), D(2026, 11, 30), 3, seed=1)
    assert len(sample) == 3 and sample == lounge.sample_calls("测试管理员", D(2026, 11, 1), D(2026, 11, 30), 3, seed=1)
    assert len(lounge.sample_calls("测试管理员", D(2026, 11, 1), D(2026, 11, 30), 50)) == 6
    answers = ["yes"] * 12 + ["no", "no", "na"]
    lounge.record_spot_check(sample[0], "测试管理员", answers)
    lounge.record_spot_check(sample[1], "测试管理员", ["yes"] * 15)
    summary = lounge.spot_summary(D(2020, 1, 1), D(2099, 12, 31))
    assert [(s.specialist, s.checks, s.yes, s.no, s.rate) for s in summary] == [("测试管理员", 2, 27, 2, 93.1)]
    with pytest.raises(UserError):
        lounge.record_spot_check(None, "李婷", ["yes"] * 14)
    with session.acting_as(session.Actor("李婷", "specialist", 3)):
        with pytest.raises(permissions.PermissionDenied):
            lounge.record_spot_check(None, "李婷", ["yes"] * 15)


def test_a_trend_per_item_over_six_months(store):
    for day, tv in ((D(2026, 9, 2), 5), (D(2026, 11, 3), 1)):
        lounge.start_round(day)
        for score in lounge.round_of(day).scores:
            lounge.score_item(score.id, tv if score.title == "电视" else 4)
    series = lounge.trend("2026-11")
    assert series[(2, "电视")] == [None, None, None, 5.0, None, 1.0]
    assert lounge.sparkline(series[(2, "电视")]) == "···█·▂"
    assert (9, "客休室范围") in series and (10, "客休室范围") in series  # same title, two items
