"""Survey arithmetic (RULES §8), checked against a case computed by hand, and the thresholds at their edges."""

import pytest

from carecenter import surveys
from carecenter.errors import UserError


def test_factor_scores_the_index_and_the_satisfaction_rate_match_the_hand_computed_case(store):
    csi = surveys.questionnaires()["csi"]
    assert csi.questions[-1] == "总体满意" and len(csi.factors) == 6
    answers = [[5, 4, 4, 5, 3, 4, 4],
               [4, 4, 0, 5, 4, 3, 5],  # 不适用 for 维修质量: left out of that factor
               [3, 5, 4, 4, 4, 4, 3]]
    result = surveys.scores(csi, answers)
    # 预约与接待 (5+4+3)/3×20 = 80; 服务顾问的解释 13/3×20 = 86.7; 维修质量 (4+4)/2×20 = 80; 按时交车 14/3×20 = 93.3;
    # 收费透明 11/3×20 = 73.3; 休息区与设施 11/3×20 = 73.3; CSI = 486.67/6 = 81.1; 满意率 2 of 3 overall ≥ 4 = 66.7 %
    assert list(result.factors.values()) == [80.0, 86.7, 80.0, 93.3, 73.3, 73.3]
    assert (result.index, result.satisfied_rate, result.responses) == (81.1, 66.7, 3)
    assert surveys.scores(csi, []).index is None


def test_the_complaint_and_hot_alert_thresholds_at_their_edges(store):
    ssi = surveys.for_reason("delivery_3d")
    assert ssi.code == "ssi" and ssi.factors[0] == "专营店设施"
    assert surveys.verdict(ssi, [5, 5, 5, 5, 5, 5, 5]) == surveys.Verdict(True, False, False, [])
    at_threshold = surveys.verdict(ssi, [5, 2, 5, 5, 5, 5, 4])  # a factor at 2: a complaint
    assert at_threshold.complaint and not at_threshold.satisfied and at_threshold.reasons == ["交易条件：不满意"]
    above = surveys.verdict(ssi, [5, 3, 5, 5, 5, 5, 4])  # a factor at 3: the manager's hot alert, no complaint
    assert (above.complaint, above.hot_alert, above.satisfied) == (False, True, True)
    assert surveys.verdict(ssi, [5, 3, 5, 5, 5, 5, 4], complaint_at_or_below=3).complaint  # a stricter setting
    overall_low = surveys.verdict(ssi, [5, 5, 5, 5, 5, 5, 2])
    assert overall_low.complaint and overall_low.reasons == ["总体满意：不满意"]
    assert surveys.verdict(ssi, [0, 0, 0, 0, 0, 0, 3]).hot_alert  # an overall 3 with every factor 不适用


def test_answers_outside_the_scale_or_missing_are_refused(store):
    complaint = surveys.for_reason("complaint_followup")
    assert complaint.questions == ("问题是否解决", "处理是否满意")
    for bad, words in (([5], "2 个问题"), ([6, 4], "1–5"), ([4, 0], "处理是否满意"), ([4, "5"], "1–5")):
        with pytest.raises(UserError, match=words):
            surveys.check_answers(complaint, bad)
    assert surveys.for_reason("birthday") is None


def _delivery_call(store):
    import datetime
    from carecenter import archive, followup
    from carecenter.models import CallTask
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    vehicle = archive.save_vehicle(customer, {"plate": "浙A12345", "delivery_date": "2026-11-17", "model": "明锐"})
    followup.generate(datetime.date(2026, 11, 20))
    return CallTask.get((CallTask.vehicle == vehicle) & (CallTask.reason == "delivery_3d"))


def test_a_survey_is_stored_as_asked_and_the_call_follows_the_answers(store):
    import datetime
    from carecenter.models import CallTask, Complaint, SurveyAnswer
    task = _delivery_call(store)
    result = surveys.record(task.id, [5, 4, 4, 5, 4, 3, 4], {"what": "交车3日回访"})
    assert result.outcome == "satisfied" and result.complaint_id is None and result.hot_alert_task_id is not None
    stored = list(SurveyAnswer.select().where(SurveyAnswer.call == result.call_id).order_by(SurveyAnswer.position))
    assert [a.question for a in stored][0] == "专营店设施" and [a.answer for a in stored] == [5, 4, 4, 5, 4, 3, 4]
    assert not stored[-1].factor and CallTask.get_by_id(result.hot_alert_task_id).reason == "hot_alert"
    first = datetime.date(2026, 11, 1)
    figures = surveys.figures(first, datetime.date(2026, 11, 30)).by_questionnaire["ssi"]
    assert figures.responses == 1 and figures.factors["交车过程"] == 60.0 and figures.index == 83.3
    kpis = surveys.kpis_json(first, datetime.date(2026, 11, 30))
    assert (kpis["responses"], kpis["ssi"], kpis["satisfied_rate"], kpis["csi"]) == (1, 83.3, 100.0, None)
    # answered once: the same task cannot be surveyed again, and nothing more is stored
    with pytest.raises(UserError):
        surveys.record(task.id, [5, 5, 5, 5, 5, 5, 5])
    assert SurveyAnswer.select().count() == 7 and Complaint.select().count() == 0


def test_a_low_answer_opens_the_complaint_draft_with_what_was_low(store):
    from carecenter.models import Complaint, SurveyAnswer
    task = _delivery_call(store)
    result = surveys.record(task.id, [5, 2, 4, 5, 4, 4, 4])
    assert result.outcome == "unsatisfied" and result.hot_alert_task_id is None
    assert "交易条件：不满意" in Complaint.get_by_id(result.complaint_id).content
    with pytest.raises(UserError, match="1–5"):  # a bad answer writes nothing
        surveys.record(_delivery_call_for_another(store), [9, 4, 4, 4, 4, 4, 4])
    assert SurveyAnswer.select().count() == 7


def _delivery_call_for_another(store):
    import datetime
    from carecenter import archive, followup
    from carecenter.models import CallTask
    customer = archive.save_customer({"name": "李四", "phone": "13912345678"})
    vehicle = archive.save_vehicle(customer, {"plate": "浙B12345", "delivery_date": "2026-11-17"})
    followup.generate(datetime.date(2026, 11, 20))
    return CallTask.get((CallTask.vehicle == vehicle) & (CallTask.reason == "delivery_3d")).id


def test_a_call_without_a_questionnaire_is_refused(store):
    import datetime
    from carecenter import archive
    from carecenter.models import CallTask
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    task = CallTask.create(key="b", customer=customer, reason="birthday", due_date=datetime.date(2026, 11, 20),
                           window_start=datetime.date(2026, 11, 20), window_end=datetime.date(2026, 11, 21))
    with pytest.raises(UserError, match="没有满意度问卷"):
        surveys.record(task.id, [5, 5])


def _after_visit_call(name: str, phone: str, advisor: str, day):
    import datetime
    from carecenter import archive
    from carecenter.models import CallTask
    customer = archive.save_customer({"name": name, "phone": phone})
    vehicle = archive.save_vehicle(customer, {"plate": "浙C" + phone[-5:], "model": "明锐"})
    visit = archive.add_visit(vehicle, {"visit_date": "2026-11-10", "visit_type": "定期保养",
                                         "service_advisor": advisor})
    return CallTask.create(key=f"after_visit_1:visit{visit}", customer=customer, vehicle=vehicle,
                           reason="after_visit_1", due_date=day, window_start=day,
                           window_end=day + datetime.timedelta(days=4), assignee="李婷").id


def test_recorded_surveys_give_the_hand_computed_csi_per_factor_and_per_advisor(store):
    """The hand-computed case of test 1, recorded as three calls: the figures of the month match to the decimal,
    and each service advisor gets the index of their own customers."""
    import datetime
    day = datetime.date(2026, 11, 20)
    answers = [[5, 4, 4, 5, 3, 4, 4], [4, 4, 0, 5, 4, 3, 5], [3, 5, 4, 4, 4, 4, 3]]
    advisors = ["王强", "王强", "赵敏"]
    for n, (given, advisor) in enumerate(zip(answers, advisors)):
        task = _after_visit_call(f"客户{n}", f"1381234567{n}", advisor, day)
        surveys.record(task, given, {"what": "修后回访"}, at=datetime.datetime(2026, 11, 20, 10 + n))
    result = surveys.figures(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    csi = result.by_questionnaire["csi"]
    assert list(csi.factors.values()) == [80.0, 86.7, 80.0, 93.3, 73.3, 73.3]
    assert (csi.index, csi.satisfied_rate, result.satisfied_rate, result.responses) == (81.1, 66.7, 66.7, 3)
    # 王强: (5+4)/2 = 90, 80, 80 (one 不适用), 100, 70, 70 → 81.7; 满意率 2 of 2. 赵敏: 60 100 80 80 80 80 → 80.0
    staff = {p.name: (p.responses, p.index, p.satisfied_rate) for p in result.by_staff["csi"]}
    assert staff == {"王强": (2, 81.7, 100.0), "赵敏": (1, 80.0, 0.0)}
    assert [(p.name, p.responses) for p in result.by_specialist["csi"]] == [("测试管理员", 3)]
    live = surveys.figures(datetime.date(2026, 11, 20), datetime.date(2026, 11, 20), trend=False)  # not a whole month
    assert live.by_questionnaire["csi"] == csi and live.by_staff == result.by_staff  # from the answers: the same
    assert surveys.rebuild_totals() == 21  # the month sums rebuilt from the answers give the same again
    assert surveys.figures(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)).by_questionnaire["csi"] == csi
    november = result.trend[-1]
    assert (november.month, november.responses, november.csi, november.ssi) == ("2026-11", 3, 81.1, None)
    assert len(result.trend) == 12 and result.trend[0].month == "2025-12"
    # the low answers: the 3s (hot alerts, still to follow up) and the overall 3 that made the third call unsatisfied
    assert {(a.customer, a.question, a.answer) for a in result.low} >= {("客户0", "收费透明", 3),
                                                                         ("客户2", "总体满意", 3)}
    assert any(a.done == "待经理跟进" for a in result.low)


def test_the_thresholds_are_the_settings_and_hold_at_their_edges(store):
    from carecenter import settings
    ssi = surveys.for_reason("delivery_3d")
    settings.save_many({"surveys.complaint_at_or_below": 3, "surveys.hot_alert_answer": 4})
    at_edge = surveys.verdict(ssi, [5, 3, 5, 5, 5, 5, 5])  # a factor at the new threshold: a complaint
    assert at_edge.complaint and not at_edge.hot_alert
    above = surveys.verdict(ssi, [5, 4, 5, 5, 5, 5, 5])  # one above it: the hot alert (now at 4)
    assert (above.complaint, above.hot_alert) == (False, True)
    assert surveys.verdict(ssi, [5, 5, 5, 5, 5, 5, 5]) == surveys.Verdict(True, False, False, [], [])
    with pytest.raises(UserError, match="1 到 4"):
        settings.save_many({"surveys.complaint_at_or_below": 5})
    settings.save_many({"surveys.complaint_at_or_below": 1, "surveys.hot_alert_answer": 3})
    lenient = surveys.verdict(ssi, [5, 2, 5, 5, 5, 5, 4])  # a 2 above a complaint threshold of 1: the manager's
    assert (lenient.complaint, lenient.hot_alert) == (False, True)


def test_the_call_back_after_unsatisfied_is_not_surveyed_again(store):
    from carecenter.models import CallTask, SurveyAnswer
    task = _delivery_call(store)
    result = surveys.record(task.id, [5, 2, 4, 5, 4, 4, 4])
    again = CallTask.get((CallTask.reason == "delivery_3d") & (CallTask.status == "open"))
    assert "#" in again.key
    with pytest.raises(UserError, match="再次回访"):
        surveys.record(again.id, [5, 5, 5, 5, 5, 5, 5])
    assert SurveyAnswer.select().count() == 7 and result.outcome == "unsatisfied"


def test_a_changed_questionnaire_keeps_past_answers_as_asked_and_hides_a_question_with_answers(store):
    import datetime
    from carecenter.models import AuditEntry, SurveyAnswer
    task = _delivery_call(store)
    surveys.record(task.id, [5, 4, 4, 5, 4, 4, 5])
    factors = list(surveys.questionnaires()["ssi"].factors)
    hidden = surveys.save_questionnaire("ssi", factors[1:] + ["金融服务"], "总体满意")
    assert hidden == ["专营店设施"]
    changed = surveys.questionnaires()["ssi"]
    assert changed.factors[-1] == "金融服务" and "专营店设施" not in changed.questions
    assert changed.hidden == ("专营店设施",) and changed.reasons == ("delivery_3d",)
    assert SurveyAnswer.select().where(SurveyAnswer.question == "专营店设施").count() == 1  # kept as asked
    result = surveys.figures(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)).by_questionnaire["ssi"]
    assert result.factors["专营店设施"] == 100.0 and result.index == 86.7  # the month as it was asked
    assert AuditEntry.select().where(AuditEntry.entity_id == "surveys.questionnaires").exists()
    for factors_, overall, words in (([], "总体满意", "至少"), (["交易条件", "交易条件"], "总体满意", "两次"),
                                     (["交易条件"], "", "总体"), (["长" * 61], "总体满意", "太长")):
        with pytest.raises(UserError, match=words):
            surveys.save_questionnaire("ssi", factors_, overall)
    assert surveys.questionnaires()["ssi"].factors == changed.factors  # nothing written
    other = _delivery_call_for_another(store)
    with pytest.raises(UserError, match="7 个问题"):
        surveys.record(other, [5, 4, 4, 5, 4, 4, 5, 5])
    surveys.record(other, [4, 4, 4, 4, 4, 5, 4])
    assert SurveyAnswer.select().where(SurveyAnswer.question == "金融服务").count() == 1
