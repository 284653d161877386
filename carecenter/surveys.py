"""Satisfaction surveys (SSI / CSI, RULES §8): the questionnaires as data, which call asks which, the answers'
checks, and the arithmetic of the indexes and of the automatic turn to a complaint or a hot alert.

This is the first part of issue 19: the rules and the figures, Qt-free and without storage. The answers' table, the
call dialog's questions, the outcomes per purpose, the figures in the summary and F15 come next (see the closing
note of the session that wrote this)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from carecenter.errors import UserError
from carecenter.i18n import N_, tr

#: The five-point scale (RULES §8), and 不适用 (0: not counted).
SCALE = {5: N_("非常满意"), 4: N_("满意"), 3: N_("一般"), 2: N_("不满意"), 1: N_("非常不满意"), 0: N_("不适用")}
NOT_APPLICABLE = 0
#: The overall question closes every questionnaire; it is not a factor.
OVERALL = N_("总体满意")

#: The shipped questionnaires: code → (title, the calls that ask it, its factors in order). The overall question
#: follows the factors. SSI's six factors are seed 003's; CSI's are decided in RULES §8.
DEFAULT_QUESTIONNAIRES = {
    "ssi": {"title": N_("销售满意度（SSI）"), "reasons": ["delivery_3d"],
            "factors": [N_("专营店设施"), N_("交易条件"), N_("销售人员"), N_("书面作业"), N_("交车时间"), N_("交车过程")]},
    "csi": {"title": N_("售后满意度（CSI）"), "reasons": ["after_visit_1"],
            "factors": [N_("预约与接待"), N_("服务顾问的解释"), N_("维修质量"), N_("按时交车"), N_("收费透明"),
                        N_("休息区与设施")]},
    "complaint": {"title": N_("投诉回访"), "reasons": ["complaint_followup"],
                  "factors": [N_("问题是否解决")], "overall": N_("处理是否满意")},
}

#: RULES §8's thresholds (decided; settings later): a factor at or below this opens the complaint draft.
COMPLAINT_AT_OR_BELOW = 2
#: An answer of this raises a hot alert (跟进 task) for the manager.
HOT_ALERT_ANSWER = 3


@dataclass(frozen=True)
class Questionnaire:
    code: str
    title: str
    reasons: tuple[str, ...]
    factors: tuple[str, ...]
    overall: str = OVERALL

    @property
    def questions(self) -> tuple[str, ...]:
        """The questions in the order they are asked: the factors, the overall question last."""
        return (*self.factors, self.overall)


def questionnaires() -> dict[str, Questionnaire]:
    """The shipped questionnaires (editing them in the settings, audited, is the next part of issue 19)."""
    return {code: Questionnaire(code, q["title"], tuple(q["reasons"]), tuple(q["factors"]),
                                q.get("overall", OVERALL)) for code, q in copy.deepcopy(DEFAULT_QUESTIONNAIRES).items()}


def for_reason(reason: str) -> Questionnaire | None:
    """The questionnaire a call of this reason asks (None: the call has no survey)."""
    return next((q for q in questionnaires().values() if reason in q.reasons), None)


def check_answers(questionnaire: Questionnaire, answers: list[int]) -> list[int]:
    """The answers in the questionnaire's order, each 1–5 or 0 (不适用); the overall one must be given."""
    if len(answers) != len(questionnaire.questions):
        raise UserError(tr("“{title}”有 {count} 个问题（总体满意在最后），收到 {given} 个回答。").format(
            title=tr(questionnaire.title), count=len(questionnaire.questions), given=len(answers)))
    checked = []
    for question, answer in zip(questionnaire.questions, answers):
        if not isinstance(answer, int) or answer not in SCALE:
            raise UserError(tr("“{question}”的回答应为 1–5（0 = 不适用），不是“{answer}”。").format(
                question=tr(question), answer=answer))
        checked.append(answer)
    if checked[-1] == NOT_APPLICABLE:
        raise UserError(tr("请回答“{question}”：它决定这次回访是否满意。").format(question=tr(questionnaire.overall)))
    return checked


@dataclass
class Verdict:
    """What one survey means: 满意 or 不满意, a complaint draft, a hot alert, and why."""

    satisfied: bool
    complaint: bool
    hot_alert: bool
    reasons: list[str] = field(default_factory=list)


def verdict(questionnaire: Questionnaire, answers: list[int], complaint_at_or_below: int = COMPLAINT_AT_OR_BELOW,
            hot_alert_answer: int = HOT_ALERT_ANSWER) -> Verdict:
    """RULES §8: an overall answer ≤ 2 or any factor ≤ the threshold makes the call 不满意 and opens the complaint
    draft; an answer of 3 (and no complaint) raises the manager's hot alert."""
    answers = check_answers(questionnaire, answers)
    *factors, overall = answers
    low = [q for q, a in zip(questionnaire.factors, factors) if a != NOT_APPLICABLE and a <= complaint_at_or_below]
    complaint = overall <= 2 or bool(low)
    reasons = ([tr("{question}：{answer}").format(question=tr(questionnaire.overall), answer=tr(SCALE[overall]))]
               if overall <= 2 else []) + [tr("{question}：{answer}").format(
                   question=tr(q), answer=tr(SCALE[a])) for q, a in zip(questionnaire.factors, factors)
                   if q in low]
    hot = not complaint and hot_alert_answer in answers
    return Verdict(satisfied=not complaint, complaint=complaint, hot_alert=hot, reasons=reasons)


@dataclass
class Scores:
    """A period's survey figures: each factor's score (0–100), the index (the mean of the factor scores), 满意率 (the
    share of surveys whose overall answer is 4 or 5) and how many surveys they rest on."""

    responses: int
    factors: dict[str, float | None]
    index: float | None
    satisfied_rate: float | None


def scores(questionnaire: Questionnaire, surveys: list[list[int]]) -> Scores:
    """RULES §8: a factor's score is the mean of its answers × 20 (不适用 left out); the index is the mean of the factor
    scores; 满意率 the share of surveys whose overall answer is 4 or 5. Rounded to one decimal for showing."""
    sums = {q: [0, 0] for q in questionnaire.factors}
    satisfied = 0
    for answers in surveys:
        *factors, overall = answers
        for question, answer in zip(questionnaire.factors, factors):
            if answer != NOT_APPLICABLE:
                sums[question][0] += answer
                sums[question][1] += 1
        satisfied += overall >= 4
    factor_scores = {q: (round(20.0 * total / count, 1) if count else None) for q, (total, count) in sums.items()}
    exact = [20.0 * total / count for total, count in sums.values() if count]
    return Scores(responses=len(surveys), factors=factor_scores,
                  index=round(sum(exact) / len(exact), 1) if exact else None,
                  satisfied_rate=round(100.0 * satisfied / len(surveys), 1) if surveys else None)
