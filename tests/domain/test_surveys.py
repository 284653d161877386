"""Survey arithmetic (RULES §8), checked against a case computed by hand, and the thresholds at their edges."""

import pytest

from carecenter import surveys
from carecenter.errors import UserError


def test_factor_scores_the_index_and_the_satisfaction_rate_match_the_hand_computed_case():
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


def test_the_complaint_and_hot_alert_thresholds_at_their_edges():
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


def test_answers_outside_the_scale_or_missing_are_refused():
    complaint = surveys.for_reason("complaint_followup")
    assert complaint.questions == ("问题是否解决", "处理是否满意")
    for bad, words in (([5], "2 个问题"), ([6, 4], "1–5"), ([4, 0], "处理是否满意"), ([4, "5"], "1–5")):
        with pytest.raises(UserError, match=words):
            surveys.check_answers(complaint, bad)
    assert surveys.for_reason("birthday") is None
