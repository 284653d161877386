"""The customer lounge (客休区检查, F8), guest meals, and the call-quality spot check (F10). RULES.md §4.

A round copies the item list as it is that day, so editing the list never changes a past check. An item scored
below the threshold can be reported to the administration department (已报修) and stays on the list of open repairs
until it is marked fixed.
"""

from __future__ import annotations

import datetime
import json
import random
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from carecenter import audit, clock, permissions
from carecenter.errors import NotFound, UserError
from carecenter.models import (
    DEFAULT_ITEMS,
    OUTCOMES,
    REASONS,
    SPOT_CHECK_ITEMS,
    CallLog,
    CallTask,
    Customer,
    GuestMeal,
    LoungeCheck,
    LoungeItem,
    LoungeScore,
    SpotCheck,
    Vehicle,
    now,
)
from carecenter.store import serialize, write
from carecenter.validate import clean_text, normalize_plate
from carecenter.i18n import N_, tr

MAX_SCORE = 5  # (decided) 0–5
REPAIR_BELOW = 3  # an item scoring less may be reported for repair
ROUNDS = (N_("上午"), N_("下午"))
ANSWERS = ("yes", "no", "na")


# --- the item list --------------------------------------------------------------------------------------------


def items() -> list[LoungeItem]:
    """The active items in order; the eleven defaults of F8 until the dealership edits them."""
    if not LoungeItem.select().exists():
        with write():
            if not LoungeItem.select().exists():
                for position, (title, description) in enumerate(DEFAULT_ITEMS, start=1):
                    LoungeItem.create(position=position, title=title, description=description)
    return list(LoungeItem.select().where(LoungeItem.active).order_by(LoungeItem.position))


def set_items(rows: list[tuple[str, str]]) -> None:
    """Replace the item list (order kept). Past checks keep the texts they were made with."""
    permissions.require("settings")
    cleaned = [(clean_text(title), clean_text(description)) for title, description in rows]
    if not cleaned or any(not title for title, _ in cleaned):
        raise UserError(tr("检查项目不能为空。"))
    with write():
        LoungeItem.update(active=False).execute()
        for position, (title, description) in enumerate(cleaned, start=1):
            LoungeItem.create(position=position, title=title, description=description)
        audit.record("update", "lounge_items", "", detail=f"{len(cleaned)} 项")


# --- rounds ---------------------------------------------------------------------------------------------------


def start_round(day: datetime.date | None = None, round_name: str = "上午") -> int:
    """Today's round (created with the current items if it does not exist yet); returns its id."""
    actor = permissions.require("create")
    if round_name not in ROUNDS:
        raise UserError(tr("检查轮次应为上午或下午。"))
    day = day or clock.today()
    current = items()
    with write():
        check = LoungeCheck.get_or_none((LoungeCheck.day == day) & (LoungeCheck.round == round_name))
        if check is None:
            check = LoungeCheck.create(day=day, round=round_name, checker=actor.name)
            for item in current:
                LoungeScore.create(check=check, position=item.position, title=item.title,
                                   description=item.description)
            audit.record("create", "lounge_check", check.id, detail=f"{day} {round_name}")
    return check.id


def score_item(score_id: int, score: int | None, remark: str | None = None) -> None:
    permissions.require("edit")
    if score is not None and not 0 <= score <= MAX_SCORE:
        raise UserError(tr("评分应在 0 到 {MAX_SCORE} 之间。").format(MAX_SCORE=MAX_SCORE))
    with write():
        row = LoungeScore.get_or_none(LoungeScore.id == score_id)
        if row is None:
            raise NotFound(tr("找不到检查项 {score_id}。").format(score_id=score_id))
        row.score = score
        if remark is not None:
            row.remark = clean_text(remark)[:200]
        row.save()


def report_repair(score_id: int) -> None:
    """已报修: reported to the administration department (F8 note 1)."""
    permissions.require("edit")
    with write():
        row = LoungeScore.get_by_id(score_id)
        if row.score is None or row.score >= REPAIR_BELOW:
            raise UserError(tr("评分低于 {REPAIR_BELOW} 分的项目才需要报修。").format(REPAIR_BELOW=REPAIR_BELOW))
        row.repair, row.reported_at = "已报修", now()
        row.save()
        audit.record("update", "lounge_repair", score_id, detail=f"{row.title} 已报修")


def mark_fixed(score_id: int) -> None:
    permissions.require("edit")
    with write():
        row = LoungeScore.get_by_id(score_id)
        if row.repair != "已报修":
            raise UserError(tr("这一项没有报修。"))
        row.repair, row.fixed_at = "已修复", now()
        row.save()
        audit.record("update", "lounge_repair", score_id, detail=f"{row.title} 已修复")


def open_repairs() -> list[LoungeScore]:
    permissions.require("view")
    return list(LoungeScore.select().where(LoungeScore.repair == "已报修").order_by(LoungeScore.reported_at))


@dataclass
class Round:
    check: LoungeCheck
    scores: list[LoungeScore]

    @property
    def total(self) -> int:
        return sum(s.score or 0 for s in self.scores)

    @property
    def finished(self) -> bool:
        return all(s.score is not None for s in self.scores)

    @property
    def maximum(self) -> int:
        return MAX_SCORE * len(self.scores)


def round_of(day: datetime.date, round_name: str = "上午") -> Round | None:
    permissions.require("view")
    check = LoungeCheck.get_or_none((LoungeCheck.day == day) & (LoungeCheck.round == round_name))
    if check is None:
        return None
    return Round(check, list(LoungeScore.select().where(LoungeScore.check == check).order_by(LoungeScore.position)))


def monthly_averages(month: str) -> dict[tuple[int, str], float]:
    """Average score per item (position, title) over a month's rounds."""
    return averages(*clock.month_days(month))


def averages(first: datetime.date, last: datetime.date) -> dict[tuple[int, str], float]:
    """Average score per item (position, title) over the rounds of [first, last]."""
    permissions.require("view")
    rows = (LoungeScore.select(LoungeScore.position, LoungeScore.title, pw.fn.AVG(LoungeScore.score))
            .join(LoungeCheck).where((LoungeCheck.day >= first) & (LoungeCheck.day <= last)
                                     & LoungeScore.score.is_null(False))
            .group_by(LoungeScore.position, LoungeScore.title).order_by(LoungeScore.position).tuples())
    return {(position, title): round(float(average), 2) for position, title, average in rows}  # PostgreSQL: Decimal


def monthly_average_scores(first: datetime.date, last: datetime.date) -> dict[str, float]:
    """Per month (``YYYY-MM``) of [first, last] with rounds: the mean of the items' average scores, as the trend
    shows it (each item's average as :func:`monthly_averages` gives it), in one grouped query."""
    permissions.require("view")
    sums: dict[tuple[str, int, str], list] = defaultdict(lambda: [0, 0])
    for day, position, title, total, count in (
            LoungeScore.select(LoungeCheck.day, LoungeScore.position, LoungeScore.title, pw.fn.SUM(LoungeScore.score),
                               pw.fn.COUNT(LoungeScore.score))
            .join(LoungeCheck).where((LoungeCheck.day >= first) & (LoungeCheck.day <= last)
                                     & LoungeScore.score.is_null(False))
            .group_by(LoungeCheck.day, LoungeScore.position, LoungeScore.title).tuples()):
        label = f"{day:%Y-%m}" if isinstance(day, datetime.date) else str(day)[:7]
        sums[(label, position, title)][0] += float(total)
        sums[(label, position, title)][1] += count
    items: dict[str, list[float]] = defaultdict(list)
    for (label, _, _), (total, count) in sums.items():
        items[label].append(round(total / count, 2))
    return {label: round(sum(values) / len(values), 2) for label, values in items.items()}


# --- guest meals ----------------------------------------------------------------------------------------------


def register_meal(plate: str, day: datetime.date | None = None) -> GuestMeal:
    """A guest meal against a plate (validated); the ticket is numbered per day; the plate finds the customer."""
    actor = permissions.require("create")
    plate = normalize_plate(plate)
    if not plate:
        raise UserError(tr("请填写车牌号。"))
    day = day or clock.today()
    with write():
        serialize("meal-ticket")  # ticket numbers stay consecutive when two desks register at once
        count = GuestMeal.select().where(GuestMeal.day == day).count()
        owner = (Vehicle.select(Vehicle.customer).join(Customer)
                 .where((Vehicle.plate == plate) & Vehicle.deleted_at.is_null() & Customer.deleted_at.is_null())
                 .first())
        meal = GuestMeal.create(day=day, ticket=f"餐{day:%Y%m%d}-{count + 1:03d}", plate=plate,
                                customer=owner.customer_id if owner else None, handler=actor.name)
        audit.record("create", "guest_meal", meal.id, detail=meal.ticket)
    return meal


def meals(day: datetime.date | None = None) -> list[GuestMeal]:
    """The day's guest meals; each carries ``customer_name`` (empty for a car not in the archive)."""
    permissions.require("view")
    query = (GuestMeal.select(GuestMeal, Customer.name.alias("customer_name"))
             .join(Customer, pw.JOIN.LEFT_OUTER, on=(GuestMeal.customer == Customer.id))
             .where(GuestMeal.day == (day or clock.today())).order_by(GuestMeal.id).objects())
    return list(query)


# --- the call-quality spot check (F10) --------------------------------------------------------------------------


def sample_calls(specialist: str, first: datetime.date, last: datetime.date, count: int, seed: int | None = None
                 ) -> list[int]:
    """A random sample of ``count`` calls a specialist logged in the period (all of them when fewer)."""
    permissions.require("view")
    start, end = clock.day_bounds(first, last)
    ids = [row[0] for row in CallLog.select(CallLog.id).where(
        (CallLog.caller == specialist) & (CallLog.at >= start) & (CallLog.at < end)).order_by(CallLog.id).tuples()]
    return sorted(random.Random(seed).sample(ids, min(count, len(ids))))


def describe_calls(call_ids: list[int]) -> list[tuple[int, str]]:
    """How the spot check lists sampled calls: when, the customer, why and how it ended (not a bare number)."""
    permissions.require("view")
    if not call_ids:
        return []
    rows = {call.id: call for call in CallLog.select(CallLog, Customer.name, CallTask.reason)
            .join(Customer, on=(CallLog.customer == Customer.id))
            .switch(CallLog).join(CallTask, pw.JOIN.LEFT_OUTER, on=(CallLog.task == CallTask.id))
            .where(CallLog.id.in_(call_ids))}
    described = []
    for call_id in call_ids:
        call = rows.get(call_id)
        if call is None:
            continue
        reason = REASONS.get(call.task.reason, call.task.reason) if call.task_id else call.call_type
        described.append((call_id, tr("{at:%m-%d %H:%M}　{name}　{reason}　{outcome}").format(
            at=call.at, name=call.customer.name, reason=tr(reason), outcome=tr(OUTCOMES.get(call.outcome, call.outcome)))))
    return described


def record_spot_check(call_id: int | None, specialist: str, answers: list[str], notes: list[str] | None = None
                      ) -> int:
    """A manager's F10 check of one call: 15 answers yes / no / na."""
    actor = permissions.require("sign_manager")
    if len(answers) != len(SPOT_CHECK_ITEMS) or any(a not in ANSWERS for a in answers):
        raise UserError(tr("需要对 {v1} 个检查项目逐项回答：是 / 否 / 不适用。").format(v1=len(SPOT_CHECK_ITEMS)))
    notes = [clean_text(n) for n in (notes or [""] * len(answers))]
    with write():
        check = SpotCheck.create(call=call_id, specialist=clean_text(specialist), checker=actor.name,
                                 answers=json.dumps(answers), notes=json.dumps(notes, ensure_ascii=False))
        audit.record("create", "spot_check", check.id, detail=f"{specialist}")
    return check.id


@dataclass
class SpotSummary:
    specialist: str
    checks: int
    yes: int
    no: int

    @property
    def rate(self) -> float:
        return round(100.0 * self.yes / (self.yes + self.no), 1) if self.yes + self.no else 0.0


def spot_summary(first: datetime.date, last: datetime.date) -> list[SpotSummary]:
    """Per specialist: checks made and the share of applicable items done (是 ÷ (是 + 否))."""
    permissions.require("view")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    start, end = clock.day_bounds(first, last)
    for check in SpotCheck.select().where((SpotCheck.checked_at >= start) & (SpotCheck.checked_at < end)):
        answers = json.loads(check.answers)
        row = totals[check.specialist]
        row[0] += 1
        row[1] += answers.count("yes")
        row[2] += answers.count("no")
    return [SpotSummary(name, *values) for name, values in sorted(totals.items())]


def trend(last_month: str, months: int = 6) -> dict[tuple[int, str], list[float | None]]:
    """Each item's monthly average over the ``months`` months ending with ``last_month`` (None: no check)."""
    permissions.require("view")
    year, month = (int(part) for part in last_month.split("-"))
    labels = []
    for back in range(months - 1, -1, -1):
        index = year * 12 + month - 1 - back
        labels.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
    series: dict[tuple[int, str], list[float | None]] = {}
    for index, label in enumerate(labels):
        for item, average in monthly_averages(label).items():  # (position, title): two items may share a title
            series.setdefault(item, [None] * len(labels))[index] = average
    return series


def sparkline(values: list[float | None]) -> str:
    """A small trend chart in text: one block per month, height by the average score."""
    blocks = "▁▂▃▄▅▆▇█"
    return "".join("·" if v is None else blocks[min(len(blocks) - 1, int(v / MAX_SCORE * (len(blocks) - 1)))]
                   for v in values)
