"""Satisfaction surveys (SSI / CSI, RULES §8): the questionnaires as data, which call asks which, the answers'
checks, and the arithmetic of the indexes and of the automatic turn to a complaint or a hot alert.

Each answer is stored with the words of its question as asked (``SurveyAnswer``), and the figures are counted by
those words: a questionnaire the dealership changes in the settings (audited) leaves past surveys readable as they
were asked and their months' figures as they were. A question that has answers and is taken out of a questionnaire is
kept hidden: new calls no longer ask it, its answers stay."""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field

import peewee as pw

from carecenter import permissions, settings
from carecenter.errors import NotFound, UserError
from carecenter.models import OUTCOMES, REASONS
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

#: The calls that ask a questionnaire (which call asks which is fixed; the questions are the dealership's).
SURVEY_REASONS = tuple(reason for q in DEFAULT_QUESTIONNAIRES.values() for reason in q["reasons"])

#: RULES §8's thresholds (decided), the defaults of the settings ``surveys.complaint_at_or_below`` (a factor at or
#: below it opens the complaint draft) and ``surveys.hot_alert_answer`` (an answer of it raises a hot alert).
COMPLAINT_AT_OR_BELOW = 2
HOT_ALERT_ANSWER = 3
#: The name shown for surveys whose sales consultant or service advisor was not recorded.
NOT_RECORDED = N_("（未登记）")
#: How long a question may be (the stored words' column) and how many factors a questionnaire may have.
QUESTION_LENGTH = 60
MOST_FACTORS = 12


@dataclass(frozen=True)
class Questionnaire:
    code: str
    title: str
    reasons: tuple[str, ...]
    factors: tuple[str, ...]
    overall: str = OVERALL
    hidden: tuple[str, ...] = ()  # questions taken out that have answers: no longer asked, their answers kept
    changed: bool = False  # the dealership's own wording (the shipped one otherwise)

    @property
    def questions(self) -> tuple[str, ...]:
        """The questions in the order they are asked: the factors, the overall question last."""
        return (*self.factors, self.overall)


def questionnaires() -> dict[str, Questionnaire]:
    """The questionnaires as the dealership has them: the shipped ones, with the changes made in the settings. Which
    call asks which is fixed (RULES §8)."""
    changed = settings.get("surveys.questionnaires")
    result = {}
    for code, shipped in copy.deepcopy(DEFAULT_QUESTIONNAIRES).items():
        own = changed.get(code) or {}
        result[code] = Questionnaire(code, own.get("title", shipped["title"]), tuple(shipped["reasons"]),
                                     tuple(own.get("factors", shipped["factors"])),
                                     own.get("overall", shipped.get("overall", OVERALL)),
                                     tuple(own.get("hidden", ())), changed=bool(own))
    return result


def _asked(code: str) -> set[str]:
    """The questions of a questionnaire that have answers."""
    from carecenter.models import SurveyAnswer
    return {row[0] for row in SurveyAnswer.select(SurveyAnswer.question).where(SurveyAnswer.questionnaire == code)
            .distinct().tuples()}


def save_questionnaire(code: str, factors: list[str], overall: str, title: str | None = None) -> list[str]:
    """Change a questionnaire's questions (in the order asked, the overall question apart), audited as a setting.
    A question with answers that is left out is kept hidden, not deleted: it is no longer asked and its answers stay
    readable and counted in their months. Returns the questions kept hidden by this change."""
    from carecenter.validate import clean_text
    permissions.require("settings")
    shipped = questionnaires()
    if code not in shipped:
        raise UserError(tr("没有“{code}”这份问卷（可选 {codes}）。").format(code=code, codes="、".join(shipped)))
    cleaned = [clean_text(q) for q in factors if clean_text(q)]
    overall = clean_text(overall)
    title = clean_text(title) if title is not None else shipped[code].title
    if not cleaned:
        raise UserError(tr("问卷至少要有一个评分项目。"))
    if len(cleaned) > MOST_FACTORS:
        raise UserError(tr("问卷最多 {most} 个评分项目，这里有 {count} 个。").format(most=MOST_FACTORS, count=len(cleaned)))
    if not overall:
        raise UserError(tr("请填写最后的总体评价问题（例如“总体满意”）。"))
    if not title:
        raise UserError(tr("请填写问卷名称。"))
    for question in [*cleaned, overall, title]:
        if len(question) > QUESTION_LENGTH:
            raise UserError(tr("“{question}”太长（最多 {most} 个字）。").format(question=question[:20] + "…",
                                                                       most=QUESTION_LENGTH))
    seen = set()
    for question in [*cleaned, overall]:
        if question in seen:
            raise UserError(tr("问题“{question}”出现了两次。").format(question=question))
        seen.add(question)
    before = shipped[code]
    answered = _asked(code)
    hidden = sorted((set(before.factors) | set(before.hidden)) & answered - set(cleaned))
    newly_hidden = [q for q in hidden if q not in before.hidden]
    changed = settings.get("surveys.questionnaires")
    original = DEFAULT_QUESTIONNAIRES[code]
    if (cleaned == list(original["factors"]) and overall == original.get("overall", OVERALL)
            and title == original["title"] and not hidden):
        changed.pop(code, None)  # back to the shipped wording
    else:
        changed[code] = {"title": title, "factors": cleaned, "overall": overall, "hidden": hidden}
    settings.save_many({"surveys.questionnaires": changed})
    return newly_hidden


def for_reason(reason: str) -> Questionnaire | None:
    """The questionnaire a call of this reason asks (None: the call has no survey)."""
    return next((q for q in questionnaires().values() if reason in q.reasons), None)


@dataclass(frozen=True)
class SurveyForm:
    """What the call dialog needs to ask a questionnaire and judge the answers as the desk types them."""

    questionnaire: Questionnaire
    complaint_at_or_below: int
    hot_alert_answer: int


def survey_form(reason: str) -> SurveyForm | None:
    """The questionnaire a call of this reason asks and the settings' thresholds (None: no survey)."""
    questionnaire = for_reason(reason)
    if questionnaire is None:
        return None
    return SurveyForm(questionnaire, settings.get("surveys.complaint_at_or_below"),
                      settings.get("surveys.hot_alert_answer"))


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
    low: list[tuple[str, int]] = field(default_factory=list)  # the answers that made it 不满意, as (question, answer)


def verdict(questionnaire: Questionnaire, answers: list[int], complaint_at_or_below: int | None = None,
            hot_alert_answer: int | None = None) -> Verdict:
    """RULES §8: an overall answer ≤ 2 or any factor ≤ the threshold makes the call 不满意 and opens the complaint
    draft; otherwise an answer at or below the hot-alert mark (3) raises the manager's hot alert. The thresholds are
    the settings'."""
    if complaint_at_or_below is None:
        complaint_at_or_below = settings.get("surveys.complaint_at_or_below")
    if hot_alert_answer is None:
        hot_alert_answer = settings.get("surveys.hot_alert_answer")
    answers = check_answers(questionnaire, answers)
    *factors, overall = answers
    low = [q for q, a in zip(questionnaire.factors, factors) if a != NOT_APPLICABLE and a <= complaint_at_or_below]
    complaint = overall <= 2 or bool(low)
    reasons = ([tr("{question}：{answer}").format(question=tr(questionnaire.overall), answer=tr(SCALE[overall]))]
               if overall <= 2 else []) + [tr("{question}：{answer}").format(
                   question=tr(q), answer=tr(SCALE[a])) for q, a in zip(questionnaire.factors, factors)
                   if q in low]
    # any answer at or below the mark that did not make a complaint alerts the manager (a stricter complaint
    # threshold leaves a 2 for the manager rather than for nobody)
    hot = not complaint and any(a != NOT_APPLICABLE and a <= hot_alert_answer for a in answers)
    low_answers = ([(questionnaire.overall, overall)] if overall <= 2 else []) + [
        (q, a) for q, a in zip(questionnaire.factors, factors) if q in low]
    return Verdict(satisfied=not complaint, complaint=complaint, hot_alert=hot, reasons=reasons, low=low_answers)


@dataclass
class Scores:
    """A period's survey figures: each factor's score (0–100), the index (the mean of the factor scores), 满意率 (the
    share of surveys whose overall answer is 4 or 5) and how many surveys they rest on."""

    responses: int
    factors: dict[str, float | None]
    index: float | None
    satisfied_rate: float | None
    satisfied: int = 0  # surveys whose overall answer is 4 or 5


def scores(questionnaire: Questionnaire, surveys: list[list[int]]) -> Scores:
    """RULES §8: a factor's score is the mean of its answers × 20 (不适用 left out); the index is the mean of the factor
    scores; 满意率 the share of surveys whose overall answer is 4 or 5. Rounded to one decimal for showing."""
    tally = _Tally()
    for question in questionnaire.factors:  # every factor listed, one nobody answered as None
        tally.factor(question, 0, 0)
    for answers in surveys:
        *factors, overall = answers
        for question, answer in zip(questionnaire.factors, factors):
            if answer != NOT_APPLICABLE:
                tally.factor(question, answer, 1)
        tally.surveys += 1
        tally.satisfied += overall >= 4
    return tally.scores(questionnaire.factors)


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
        if "#" in task.key:  # the call-back after 不满意: the customer answered the questionnaire already
            raise UserError(tr("这是不满意后的再次回访，问卷已在第一次回访时回答；请直接登记满意或不满意。"))
        if questionnaire is None:
            raise UserError(tr("“{reason}”的回访没有满意度问卷。").format(reason=tr(REASONS.get(task.reason, task.reason))))
        judged = verdict(questionnaire, answers)
        at = at or now()
        result = followup.log_call(task_id, "satisfied" if judged.satisfied else "unsatisfied", notes, at=at)
        call = CallLog.select().where(CallLog.task == task_id).order_by(CallLog.id.desc()).first()
        staff = _staff_lookup([(questionnaire.code, task.vehicle_id, task.key)])(
            questionnaire.code, task.vehicle_id, task.key)
        sums: dict = {}
        for position, (question, answer) in enumerate(zip(questionnaire.questions, answers), start=1):
            factor = position <= len(questionnaire.factors)
            SurveyAnswer.create(call=call, questionnaire=questionnaire.code, position=position, question=question,
                                factor=factor, answer=answer)
            add_to_totals(sums, f"{at:%Y-%m}", questionnaire.code, question, factor, call.caller, staff, answer)
        store_totals(sums)  # the month's sums, in the same transaction
        if result.complaint_id is not None and judged.low:  # the draft says which answers were low
            draft = Complaint.get_by_id(result.complaint_id)
            draft.content = draft.content + "\n" + "；".join(f"{q}：{SCALE[a]}" for q, a in judged.low)
            draft.save()
        alert_id = None
        if judged.hot_alert:
            day = at.date()
            alert_id = CallTask.create(
                key=f"hot_alert:{call.id}", customer=task.customer_id, vehicle=task.vehicle_id, reason="hot_alert",
                due_date=day, window_start=day, window_end=day + datetime.timedelta(days=7), assignee="",
                note=HOT_ALERT.format(when=f"{at:%m-%d}")).id
    return SurveyResult(call.id, "satisfied" if judged.satisfied else "unsatisfied", result.complaint_id, alert_id)


# --- the figures (RULES §8, §6) ----------------------------------------------------------------------------------

@dataclass
class PersonScore:
    """One person's surveys of a period: a specialist who called, or the sales consultant / service advisor the
    customer judged."""

    name: str
    responses: int
    index: float | None
    satisfied_rate: float | None


@dataclass
class LowAnswer:
    """An answer at or below the hot-alert mark, and what was done about it (the complaint, or the hot alert)."""

    call_id: int
    at: datetime.datetime
    customer: str
    plate: str
    questionnaire: str
    question: str
    answer: int
    done: str  # what was done, in words ("投诉 TS-… 已封闭", "跟进：…", "待跟进")


@dataclass
class TrendPoint:
    month: str
    responses: int
    ssi: float | None
    csi: float | None
    satisfied_rate: float | None


@dataclass
class SurveyFigures:
    """A period's survey figures: each questionnaire's scores, per specialist, per sales consultant (SSI) and service
    advisor (CSI), the twelve months to the period's end, the low answers and what was done."""

    first: datetime.date
    last: datetime.date
    by_questionnaire: dict[str, Scores]
    by_specialist: dict[str, list[PersonScore]]
    by_staff: dict[str, list[PersonScore]]  # ssi: sales consultants; csi: service advisors
    trend: list[TrendPoint] = field(default_factory=list)
    low: list[LowAnswer] = field(default_factory=list)

    @property
    def responses(self) -> int:
        return sum(s.responses for s in self.by_questionnaire.values())

    @property
    def satisfied_rate(self) -> float | None:
        """满意率 over every survey of the period: overall answers of 4 or 5 ÷ surveys."""
        surveys = self.responses
        satisfied = sum(s.satisfied for s in self.by_questionnaire.values())
        return round(100.0 * satisfied / surveys, 1) if surveys else None


class _Tally:
    """Sums per factor and the overall answers, from which a Scores is made (RULES §8's arithmetic)."""

    def __init__(self):
        self.factors: dict[str, list[int]] = {}
        self.surveys = 0
        self.satisfied = 0

    def factor(self, question: str, total: int, count: int) -> None:
        sums = self.factors.setdefault(question, [0, 0])
        sums[0] += total
        sums[1] += count

    def scores(self, order: tuple[str, ...] = ()) -> Scores:
        names = [q for q in order if q in self.factors] + [q for q in self.factors if q not in order]
        exact = {q: 20.0 * self.factors[q][0] / self.factors[q][1] for q in names if self.factors[q][1]}
        return Scores(responses=self.surveys, factors={q: round(exact[q], 1) if q in exact else None for q in names},
                      index=round(sum(exact.values()) / len(exact), 1) if exact else None,
                      satisfied_rate=round(100.0 * self.satisfied / self.surveys, 1) if self.surveys else None,
                      satisfied=self.satisfied)


def _aggregate(start: datetime.datetime, end: datetime.datetime) -> dict[str, _Tally]:
    """Per questionnaire, the sums of [start, end) by SQL: each factor's total and count (不适用 left out), the
    surveys and the overall answers of 4 or 5."""
    from carecenter.models import CallLog, SurveyAnswer
    tallies: dict[str, _Tally] = {}
    rows = (SurveyAnswer.select(SurveyAnswer.questionnaire, SurveyAnswer.question, SurveyAnswer.factor,
                                pw.fn.SUM(SurveyAnswer.answer), pw.fn.COUNT(SurveyAnswer.id),
                                pw.fn.SUM(pw.Case(None, [(SurveyAnswer.answer >= 4, 1)], 0)))
            .join(CallLog, on=(SurveyAnswer.call == CallLog.id))
            .where((CallLog.at >= start) & (CallLog.at < end) & (SurveyAnswer.answer > 0))
            .group_by(SurveyAnswer.questionnaire, SurveyAnswer.question, SurveyAnswer.factor).tuples())
    for code, question, is_factor, total, count, high in rows:
        tally = tallies.setdefault(code, _Tally())
        if is_factor:
            tally.factor(question, int(total), int(count))
        else:
            tally.surveys += int(count)
            tally.satisfied += int(high or 0)
    return tallies


def _whole_months(first: datetime.date, last: datetime.date) -> list[str] | None:
    """The months ``first``–``last`` covers when it is whole months (None otherwise)."""
    following = last + datetime.timedelta(days=1)
    if first.day != 1 or following.day != 1 or last < first:
        return None
    months, month = [], first
    while month <= last:
        months.append(f"{month:%Y-%m}")
        month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return months


def _people_add(people: dict, code: str, question: str, is_factor: bool, caller: str, staff: str, total: int,
                count: int, high: int) -> None:
    for group, name in (("specialist", caller), ("staff", staff)):
        tally = people.setdefault((group, code, name or NOT_RECORDED), _Tally())
        if is_factor:
            tally.factor(question, total, count)
        else:
            tally.surveys += count
            tally.satisfied += high


def _from_totals(months: list[str]) -> tuple[dict[str, _Tally], dict]:
    """The period's sums per questionnaire and per person from the month totals (a few hundred rows a month)."""
    from carecenter.models import SurveyTotal
    tallies: dict[str, _Tally] = {}
    people: dict = {}
    for chunk in range(0, len(months), 400):
        for code, question, is_factor, caller, staff, total, count, high in (
                SurveyTotal.select(SurveyTotal.questionnaire, SurveyTotal.question, SurveyTotal.factor,
                                   SurveyTotal.caller, SurveyTotal.staff, SurveyTotal.total, SurveyTotal.count,
                                   SurveyTotal.high)
                .where(SurveyTotal.month.in_(months[chunk:chunk + 400])).tuples()):
            tally = tallies.setdefault(code, _Tally())
            if is_factor:
                tally.factor(question, total, count)
            else:
                tally.surveys += count
                tally.satisfied += high
            _people_add(people, code, question, is_factor, caller, staff, total, count, high)
    return tallies, people


def _live(start: datetime.datetime, end: datetime.datetime) -> tuple[dict[str, _Tally], dict]:
    """The same sums from the answers themselves, for a period that is not whole months (a week, a day)."""
    tallies = _aggregate(start, end)
    people: dict = {}
    for month, code, question, is_factor, caller, staff, answer in _answer_rows(start, end):
        if is_factor and not answer:
            continue
        _people_add(people, code, question, is_factor, caller, staff, answer, 1, int(answer >= 4))
    return tallies, people


def _answer_query():
    from carecenter.models import CallLog, CallTask, SurveyAnswer
    return (SurveyAnswer.select(SurveyAnswer.id, SurveyAnswer.questionnaire, SurveyAnswer.question,
                                SurveyAnswer.factor, SurveyAnswer.answer, CallLog.at, CallLog.caller,
                                CallLog.vehicle, CallTask.key)
            .join(CallLog, on=(SurveyAnswer.call == CallLog.id))
            .join(CallTask, pw.JOIN.LEFT_OUTER, on=(CallLog.task == CallTask.id)))


def _with_staff(rows: list[tuple]) -> list[tuple]:
    """(month, questionnaire, question, factor, caller, person judged, answer) for each answer row."""
    staff_of = _staff_lookup([(code, vehicle, key) for _, code, _, _, _, _, _, vehicle, key in rows])
    return [(f"{at:%Y-%m}", code, question, bool(is_factor), caller or "", staff_of(code, vehicle, key), answer)
            for _, code, question, is_factor, answer, at, caller, vehicle, key in rows]


def _answer_rows(start: datetime.datetime, end: datetime.datetime) -> list[tuple]:
    """The answers of the calls made in [start, end), with who called and who was judged."""
    from carecenter.models import CallLog
    return _with_staff(list(_answer_query().where((CallLog.at >= start) & (CallLog.at < end)).tuples()))


def _answer_batch(after_id: int, limit: int) -> tuple[int, list[tuple]]:
    """The next ``limit`` stored answers after the answer ``after_id``, and the last id read."""
    from carecenter.models import SurveyAnswer
    rows = list(_answer_query().where(SurveyAnswer.id > after_id).order_by(SurveyAnswer.id).limit(limit).tuples())
    return (rows[-1][0] if rows else after_id), _with_staff(rows)


def add_to_totals(sums: dict, month: str, code: str, question: str, is_factor: bool, caller: str, staff: str,
               answer: int) -> None:
    if is_factor and not answer:
        return  # 不适用 is not counted
    entry = sums.setdefault((month, code, question, is_factor, caller[:60], staff[:60]), [0, 0, 0])
    entry[0] += answer
    entry[1] += 1
    entry[2] += answer >= 4


def store_totals(sums: dict) -> None:
    """Add sums (made by :func:`add_to_totals`) to the month totals: insert, or add to the row there is; inside the
    caller's transaction."""
    from carecenter.models import SurveyTotal
    if len(sums) > 50 and not SurveyTotal.select().exists():  # a store's first surveys written in bulk (the demo)
        from carecenter.store import bulk_insert
        keys = ("month", "questionnaire", "question", "factor", "caller", "staff")
        bulk_insert(SurveyTotal, [{**dict(zip(keys, key)), "total": t, "count": c, "high": h}
                                  for key, (t, c, h) in sums.items()])
        return
    for (month, code, question, is_factor, caller, staff), (total, count, high) in sums.items():
        SurveyTotal.insert(month=month, questionnaire=code, question=question, factor=is_factor, caller=caller,
                           staff=staff, total=total, count=count, high=high).on_conflict(
            conflict_target=[SurveyTotal.month, SurveyTotal.questionnaire, SurveyTotal.question, SurveyTotal.factor,
                             SurveyTotal.caller, SurveyTotal.staff],
            update={SurveyTotal.total: SurveyTotal.total + total, SurveyTotal.count: SurveyTotal.count + count,
                    SurveyTotal.high: SurveyTotal.high + high}).execute()


def rebuild_totals() -> int:
    """The month totals computed again from every stored answer (after answers were written in bulk: the demo, the
    benchmark, schema v13), in one transaction. Returns the number of answers read."""
    from carecenter.models import SurveyTotal
    from carecenter.store import bulk_insert, write
    with write():
        SurveyTotal.delete().execute()
        sums: dict = {}
        after, read = 0, 0
        while True:
            last_id, rows = _answer_batch(after, 50_000)
            if not rows:
                break
            for row in rows:
                add_to_totals(sums, *row)
            read += len(rows)
            after = last_id
        keys = ("month", "questionnaire", "question", "factor", "caller", "staff")
        bulk_insert(SurveyTotal, [{**dict(zip(keys, key)), "total": t, "count": c, "high": h}
                                  for key, (t, c, h) in sums.items()])
    return read


def figures(first: datetime.date, last: datetime.date, *, trend: bool = True) -> SurveyFigures:
    """The surveys of the calls made from ``first`` to ``last``: scores per questionnaire (by the words asked, so a
    changed questionnaire leaves past figures as they were), per specialist, per sales consultant and service
    advisor, the twelve months ending with ``last``'s month, and the low answers with what was done. Whole months
    are read from the month totals; any other period from the answers."""
    from carecenter import clock
    from carecenter.models import CallLog, Customer, SurveyAnswer, SurveyTotal, Vehicle

    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    current = questionnaires()
    months = _whole_months(first, last)
    tallies, people = _from_totals(months) if months else _live(start, end)
    by_questionnaire = {code: tallies.get(code, _Tally()).scores(q.factors) for code, q in current.items()}
    by_specialist: dict[str, list[PersonScore]] = {code: [] for code in current}
    by_staff: dict[str, list[PersonScore]] = {code: [] for code in current if code in ("ssi", "csi")}
    for (group, code, name), tally in sorted(people.items()):
        scored = tally.scores()
        target = by_specialist if group == "specialist" else by_staff
        if code in target and (group == "specialist" or code in by_staff):
            target[code].append(PersonScore(name, scored.responses, scored.index, scored.satisfied_rate))
    result = SurveyFigures(first, last, by_questionnaire, by_specialist, by_staff)
    if trend:
        month = datetime.date(last.year, last.month, 1)
        labels = []
        for _ in range(12):
            labels.insert(0, f"{month:%Y-%m}")
            month = (month - datetime.timedelta(days=1)).replace(day=1)
        by_month: dict[str, dict[str, _Tally]] = {label: {} for label in labels}
        for label, code, question, is_factor, total, count, high in (
                SurveyTotal.select(SurveyTotal.month, SurveyTotal.questionnaire, SurveyTotal.question,
                                   SurveyTotal.factor, pw.fn.SUM(SurveyTotal.total), pw.fn.SUM(SurveyTotal.count),
                                   pw.fn.SUM(SurveyTotal.high))
                .where(SurveyTotal.month.in_(labels))
                .group_by(SurveyTotal.month, SurveyTotal.questionnaire, SurveyTotal.question, SurveyTotal.factor)
                .tuples()):
            tally = by_month[label].setdefault(code, _Tally())
            if is_factor:
                tally.factor(question, int(total), int(count))
            else:
                tally.surveys += int(count)
                tally.satisfied += int(high)
        for label in labels:
            scored = {code: t.scores() for code, t in by_month[label].items()}
            surveys = sum(t.surveys for t in by_month[label].values())
            satisfied = sum(t.satisfied for t in by_month[label].values())
            result.trend.append(TrendPoint(
                label, surveys, scored["ssi"].index if "ssi" in scored else None,
                scored["csi"].index if "csi" in scored else None,
                round(100.0 * satisfied / surveys, 1) if surveys else None))
    # the low answers (at or below the hot-alert mark) and what was done about each
    mark = settings.get("surveys.hot_alert_answer")
    low_rows = list(SurveyAnswer.select(SurveyAnswer.call, CallLog.at, Customer.name, Vehicle.plate,
                                        SurveyAnswer.questionnaire, SurveyAnswer.question, SurveyAnswer.answer)
                    .join(CallLog, on=(SurveyAnswer.call == CallLog.id))
                    .join(Customer, on=(CallLog.customer == Customer.id))
                    .join(Vehicle, pw.JOIN.LEFT_OUTER, on=(CallLog.vehicle == Vehicle.id))
                    .where((CallLog.at >= start) & (CallLog.at < end) & (SurveyAnswer.answer > 0)
                           & (SurveyAnswer.answer <= mark))
                    .order_by(CallLog.at, SurveyAnswer.call, SurveyAnswer.position).tuples())
    done = what_was_done(sorted({row[0] for row in low_rows}))
    for call_id, at, name, plate, code, question, answer in low_rows:
        result.low.append(LowAnswer(call_id, at, name, plate or "", code, question, answer, done.get(call_id, "—")))
    return result


def _visit_of(key: str | None) -> int | None:
    return int(key.rsplit("visit", 1)[1].split("#")[0]) if key and key.startswith("after_visit_") else None


def _staff_lookup(entries: list[tuple[str, int | None, str | None]]):
    """A function (questionnaire, vehicle, task key) → the person the customer judged: the car's sales consultant
    for SSI, the service advisor of the visit for CSI ('' when not known)."""
    from carecenter.models import ServiceVisit, Vehicle
    vehicles = sorted({vehicle for code, vehicle, _ in entries if code == "ssi" and vehicle})
    visits = sorted({visit for code, _, key in entries if code == "csi" and (visit := _visit_of(key))})
    consultants, advisors = {}, {}
    for chunk in range(0, len(vehicles), 900):
        consultants.update(Vehicle.select(Vehicle.id, Vehicle.sales_consultant)
                           .where(Vehicle.id.in_(vehicles[chunk:chunk + 900])).tuples())
    for chunk in range(0, len(visits), 900):
        advisors.update(ServiceVisit.select(ServiceVisit.id, ServiceVisit.service_advisor)
                        .where(ServiceVisit.id.in_(visits[chunk:chunk + 900])).tuples())

    def staff_of(code: str, vehicle: int | None, key: str | None) -> str:
        if code == "ssi":
            return consultants.get(vehicle) or ""
        if code == "csi":
            return advisors.get(_visit_of(key)) or ""
        return ""
    return staff_of


def what_was_done(call_ids: list[int]) -> dict[int, str]:
    """For surveyed calls: the complaint it opened (number and state), or its hot alert (followed up, and how, or
    still waiting); calls with neither are left out. Three plain queries whatever the number of calls: the
    complaints opened from a call, the hot alerts, and their follow-up calls."""
    from carecenter.models import CallLog, CallTask, Complaint
    wanted = set(call_ids)
    if not wanted:
        return {}
    complaints = {call_id: (number, state) for call_id, number, state in (
        Complaint.select(Complaint.source_call, Complaint.number, Complaint.state)
        .where(Complaint.source_call.is_null(False)).tuples()) if call_id in wanted}
    database, param = CallLog._meta.database, CallLog._meta.database.param
    ordered = sorted(wanted)
    alerts = {}
    for chunk in range(0, len(ordered), 900):  # plain SQL: peewee takes longer to build a long IN than to run it
        keys = [f"hot_alert:{call_id}" for call_id in ordered[chunk:chunk + 900]]
        for key, status, task_id in database.execute_sql(
                f'SELECT "key", "status", "id" FROM "call_task" WHERE "key" IN ({", ".join([param] * len(keys))})',
                keys).fetchall():
            alerts[int(key.split(":")[1])] = (status, task_id)
    followed = sorted(task_id for status, task_id in alerts.values() if status == "done")
    handled = {}
    for chunk in range(0, len(followed), 900):  # plain SQL: peewee takes longer to build a long IN than to run it
        part = followed[chunk:chunk + 900]
        for task_id, how, what in database.execute_sql(
                f'SELECT "task_id", "how", "what" FROM "call_log" WHERE "task_id" IN ({", ".join([param] * len(part))}) '
                'ORDER BY "id"', part).fetchall():
            handled[task_id] = how or what
    done = {}
    for call_id in call_ids:
        if call_id in complaints:
            number, state = complaints[call_id]
            done[call_id] = tr("投诉 {number}（{state}）").format(number=number or tr("草稿"), state=tr(state))
        elif call_id in alerts:
            status, task_id = alerts[call_id]
            done[call_id] = (tr("已跟进：{how}").format(how=handled.get(task_id) or tr("已处理")) if status == "done"
                             else tr("待经理跟进"))
    return done


# --- F15 满意度回访记录表 ------------------------------------------------------------------------------------------

@dataclass
class SurveyRecord:
    """One surveyed call as F15 shows it: who, which car, which call, the answers as asked, what the customer said
    and what was done."""

    call_id: int
    questionnaire: str
    name: str
    plate: str
    reason: str  # the call's reason code
    at: datetime.datetime
    caller: str
    staff: str  # the sales consultant (SSI) or service advisor (CSI) judged
    answers: list[tuple[str, int, bool]]  # (question as asked, answer, is a factor), in the order asked
    opinion: str
    done: str


def survey_records(first: datetime.date | None = None, last: datetime.date | None = None,
                   call_id: int | None = None) -> list[SurveyRecord]:
    """The surveyed calls of a period (or one call), in the order they were made."""
    from carecenter import clock
    from carecenter.models import CallLog, CallTask, Customer, SurveyAnswer, Vehicle
    permissions.require("view")
    query = (CallLog.select(CallLog.id, CallLog.at, CallLog.caller, CallLog.vehicle, Customer.name, Vehicle.plate,
                            CallTask.reason, CallTask.key, CallLog.feedback_product, CallLog.feedback_service,
                            CallLog.feedback_other, CallLog.request, CallLog.outcome)
             .join(Customer, on=(CallLog.customer == Customer.id))
             .switch(CallLog).join(Vehicle, pw.JOIN.LEFT_OUTER, on=(CallLog.vehicle == Vehicle.id))
             .switch(CallLog).join(CallTask, pw.JOIN.LEFT_OUTER, on=(CallLog.task == CallTask.id))
             .where(CallLog.id.in_(SurveyAnswer.select(SurveyAnswer.call).where(SurveyAnswer.position == 1))))
    if call_id is not None:
        query = query.where(CallLog.id == call_id)
    else:
        start, end = clock.day_bounds(first, last)
        query = query.where((CallLog.at >= start) & (CallLog.at < end))
    calls = list(query.order_by(CallLog.at, CallLog.id).tuples())
    if call_id is not None and not calls:
        raise NotFound(tr("通话 {call_id} 没有满意度问卷回答。").format(call_id=call_id))
    ids = [row[0] for row in calls]
    answers: dict[int, list] = {}
    codes: dict[int, str] = {}
    for chunk in range(0, len(ids), 900):
        for cid, code, question, answer, factor in (
                SurveyAnswer.select(SurveyAnswer.call, SurveyAnswer.questionnaire, SurveyAnswer.question,
                                    SurveyAnswer.answer, SurveyAnswer.factor)
                .where(SurveyAnswer.call.in_(ids[chunk:chunk + 900])).order_by(SurveyAnswer.call,
                                                                               SurveyAnswer.position).tuples()):
            answers.setdefault(cid, []).append((question, answer, factor))
            codes[cid] = code
    staff_of = _staff_lookup([(codes.get(row[0], ""), row[3], row[7]) for row in calls])
    done = what_was_done(ids)
    records = []
    for cid, at, caller, vehicle, name, plate, reason, key, product, service, other, request, outcome in calls:
        opinion = "；".join(text for text in (product, service, other, request) if text)
        records.append(SurveyRecord(cid, codes.get(cid, ""), name, plate or "", reason or "", at, caller,
                                    staff_of(codes.get(cid, ""), vehicle, key), answers.get(cid, []), opinion,
                                    done.get(cid) or tr(OUTCOMES.get(outcome, outcome))))
    return records


def kpis_json(first: datetime.date, last: datetime.date) -> dict:
    """``kpi --json``'s surveys: responses, SSI, CSI, 满意率 over every survey, each factor's score."""
    result = figures(first, last, trend=False)
    by_code = result.by_questionnaire
    return {"responses": result.responses, "ssi": by_code["ssi"].index, "csi": by_code["csi"].index,
            "satisfied_rate": result.satisfied_rate,
            "factors": {name: score for s in by_code.values() for name, score in s.factors.items()}}
