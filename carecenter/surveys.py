"""Satisfaction surveys (SSI / CSI, RULES §8): the questionnaires as data, which call asks which, the answers'
checks, and the arithmetic of the indexes and of the automatic turn to a complaint or a hot alert.

Stored: each answer as asked (``SurveyAnswer``), the call logged with it. Still to come (issue 19): the call
dialog's questions, editing questionnaires in the settings, the outcomes per purpose, the figures in the summary and
the workbook, F15."""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field

from carecenter import permissions
from carecenter.errors import NotFound, UserError
from carecenter.models import REASONS
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


# --- a surveyed call -------------------------------------------------------------------------------------------
@dataclass
class SurveyResult:
    call_id: int
    outcome: str
    complaint_id: int | None
    hot_alert_task_id: int | None

    def as_json(self) -> dict:
        return {"call_id": self.call_id, "outcome": self.outcome, "complaint_id": self.complaint_id,
                "hot_alert_task_id": self.hot_alert_task_id}


def record(task_id: int, answers: list[int], notes: dict | None = None,
           at: datetime.datetime | None = None) -> SurveyResult:
    """A satisfaction call with its questionnaire answered, in one transaction: the call logged 满意 or 不满意 by the
    answers (不满意 opens the complaint draft with the low answers in it), each answer stored as asked, and a hot
    alert for the manager when an answer is 3 (RULES §8)."""
    from carecenter import followup
    from carecenter.followup_rules import HOT_ALERT
    from carecenter.models import CallLog, CallTask, Complaint, SurveyAnswer, now
    from carecenter.store import write

    with write():
        task = CallTask.get_or_none(CallTask.id == task_id)
        if task is None:
            raise NotFound(tr("找不到回访任务 {task_id}。").format(task_id=task_id))
        questionnaire = for_reason(task.reason)
        if questionnaire is None:
            raise UserError(tr("“{reason}”的回访没有满意度问卷。").format(reason=tr(REASONS.get(task.reason, task.reason))))
        judged = verdict(questionnaire, answers)
        at = at or now()
        result = followup.log_call(task_id, "satisfied" if judged.satisfied else "unsatisfied", notes, at=at)
        call = CallLog.select().where(CallLog.task == task_id).order_by(CallLog.id.desc()).first()
        for position, (question, answer) in enumerate(zip(questionnaire.questions, answers), start=1):
            SurveyAnswer.create(call=call, questionnaire=questionnaire.code, position=position, question=question,
                                factor=position <= len(questionnaire.factors), answer=answer)
        if result.complaint_id is not None and judged.reasons:  # the draft says which answers were low
            draft = Complaint.get_by_id(result.complaint_id)
            draft.content = draft.content + "\n" + "；".join(
                f"{q}：{SCALE[a]}" for q, a in zip(questionnaire.questions, answers)
                if a != NOT_APPLICABLE and (a <= COMPLAINT_AT_OR_BELOW))
            draft.save()
        alert_id = None
        if judged.hot_alert:
            day = at.date()
            alert_id = CallTask.create(
                key=f"hot_alert:{call.id}", customer=task.customer_id, vehicle=task.vehicle_id, reason="hot_alert",
                due_date=day, window_start=day, window_end=day + datetime.timedelta(days=7), assignee="",
                note=HOT_ALERT.format(when=f"{at:%m-%d}")).id
    return SurveyResult(call.id, "satisfied" if judged.satisfied else "unsatisfied", result.complaint_id, alert_id)


def figures(first: datetime.date, last: datetime.date) -> dict[str, Scores]:
    """Each questionnaire's scores over the surveys of the calls made from ``first`` to ``last``."""
    from carecenter import clock
    from carecenter.models import CallLog, SurveyAnswer

    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    by_call: dict[tuple[str, int], dict[int, int]] = {}
    for code, call_id, position, answer in (
            SurveyAnswer.select(SurveyAnswer.questionnaire, SurveyAnswer.call, SurveyAnswer.position,
                                SurveyAnswer.answer)
            .join(CallLog, on=(SurveyAnswer.call == CallLog.id))
            .where((CallLog.at >= start) & (CallLog.at < end)).tuples()):
        by_call.setdefault((code, call_id), {})[position] = answer
    result = {}
    for code, questionnaire in questionnaires().items():
        surveys_of = [[answers.get(n, NOT_APPLICABLE) for n in range(1, len(questionnaire.questions) + 1)]
                      for (kind, _), answers in by_call.items() if kind == code]
        result[code] = scores(questionnaire, surveys_of)
    return result


def kpis_json(first: datetime.date, last: datetime.date) -> dict:
    """``kpi --json``'s surveys: responses, SSI, CSI, 满意率 over every survey, each factor's score."""
    by_code = figures(first, last)
    responses = sum(s.responses for s in by_code.values())
    satisfied = sum((s.satisfied_rate or 0) * s.responses / 100 for s in by_code.values())
    return {"responses": responses, "ssi": by_code["ssi"].index, "csi": by_code["csi"].index,
            "satisfied_rate": round(100.0 * satisfied / responses, 1) if responses else None,
            "factors": {name: score for s in by_code.values() for name, score in s.factors.items()}}
