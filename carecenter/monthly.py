"""月度工作小结 (F12, RULES §6): every figure of a month in one plain object, for the PDF, the head-office workbook
and the statistics tab. Built from the functions of :mod:`carecenter.stats` and :mod:`carecenter.recall`."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from carecenter import (
    appointments, campaigns, club_events, clock, phone, due_dates, periods, permissions, recall, retention, settings, stats, surveys,
)
from carecenter.errors import JobCancelled
from carecenter.appointments import AppointmentKpis
from carecenter.models import APPOINTMENT_SOURCES, OUTCOMES, REASONS
from carecenter.retention import RetentionFigures
from carecenter.models.followup import REASON_SHORT_TITLES
from carecenter.models.complaints import CATEGORIES
from carecenter.i18n import N_, tr

Progress = Callable[[str, int], None]
Cancel = Callable[[], bool]

#: The sections of the summary, in RULES §6's order; the PDF, the workbook and the tab use these titles.
SECTIONS = (
    N_("一、顾客统计表"),
    N_("二、回访情况"),
    N_("三、客户投诉"),
    N_("四、招揽客户未来店分析"),
    N_("五、客户对店内的期望及意见汇总"),
    N_("六、客休区检查"),
    N_("七、满意度调查"),
    N_("八、保有客户"),
)


@dataclass
class Target:
    """An actual figure beside the target RULES §2 gives; ``met`` is None when there is nothing to judge yet."""

    name: str
    actual: float
    target: float
    basis: int  # how many cases the figure rests on
    unit: str = "%"  # "" for an index (SSI, CSI: a score out of 100), "人" for a count (基盘)
    at_most: bool = False  # a ceiling (返修率 < 2 %) rather than a floor

    @property
    def met(self) -> bool | None:
        if self.basis == 0:
            return None
        return self.actual <= self.target if self.at_most else self.actual >= self.target

    @property
    def bound(self) -> str:
        """The target as the forms write it: ≥ 30%, ≥ 93, ≥ 1500 (customers), ≤ 2%."""
        return f"{'≤' if self.at_most else '≥'} {self.target:g}{'%' if self.unit == '%' else ''}"

    @property
    def shown(self) -> str:
        """The actual figure as the forms write it (a count without decimals)."""
        if self.unit == "人":
            return f"{self.actual:.0f}"
        return f"{self.actual:.1f}{self.unit}"


@dataclass
class MonthTrend:
    month: str
    call_rate: float
    satisfied_rate: float
    calls_due: int
    complaints: int
    response_rate: float
    lounge_average: float | None


@dataclass
class MonthlySummary:
    month: str
    first: datetime.date
    last: datetime.date
    dealership: str
    made_on: datetime.date
    f9: dict[str, dict[str, tuple[int, int]]]
    calls: stats.CallFigures
    complaints: stats.ComplaintFigures
    reminders: dict[str, recall.ReminderCounts]
    funnel: recall.Funnel
    remarks: list[stats.Remark]
    lounge: stats.LoungeFigures
    trend: list[MonthTrend] = field(default_factory=list)  # the twelve months ending with this one
    targets: list[Target] = field(default_factory=list)
    #: Titles for the codes above, so the report modules need no model constants.
    reason_titles: dict[str, str] = field(default_factory=lambda: dict(REASONS))
    short_reason_titles: dict[str, str] = field(default_factory=lambda: dict(REASON_SHORT_TITLES))
    category_titles: dict[str, str] = field(default_factory=lambda: dict(CATEGORIES))
    #: RULES §6 item 7: bookings by source, arrivals, no-shows, show rate; reminders → bookings → arrivals
    appointments: AppointmentKpis = field(default_factory=lambda: AppointmentKpis())
    source_titles: dict[str, str] = field(default_factory=lambda: dict(APPOINTMENT_SOURCES))
    #: RULES §6 item 8: SSI and CSI per factor, per specialist and per person judged, the trend, the low answers
    surveys: surveys.SurveyFigures | None = None
    questionnaire_titles: dict[str, str] = field(default_factory=dict)
    #: RULES §6 item 9: the base of active customers, new and lost, 首保进场率, 返修率, structure, loss reasons, the
    #: maintenance due next month
    retention: RetentionFigures | None = None
    #: the period reported on (a month unless the summary is a week's, a quarter's or a year's)
    period: periods.Period | None = None
    #: only the first figures so far (the statistics tab shows them while :func:`complete` reads the rest)
    partial: bool = False
    outcome_titles: dict[str, str] = field(default_factory=lambda: dict(OUTCOMES))
    #: the club events held in the period (RULES §5: invited, confirmed, came, joined, points given)
    events: list = field(default_factory=list)
    #: the text-message campaigns of the period (RULES §5: template, audience, sent, left out)
    campaigns: list = field(default_factory=list)
    #: the sales leads the desk registered in the period (RULES §9, F17)
    leads: list = field(default_factory=list)


def parse_month(text: str) -> str:
    """``YYYY-MM`` checked; a user error in the user's words otherwise."""
    return periods.month(text).label


def months_back(month: str, count: int) -> list[str]:
    """The ``count`` months ending with ``month``, oldest first."""
    year, number = (int(part) for part in month.split("-"))
    index = year * 12 + number - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def _trend(month: str) -> list[MonthTrend]:
    """The twelve months ending with ``month``: calls, complaints and the lounge each in one grouped query."""
    from carecenter import complaints, lounge
    labels = months_back(month, 12)
    first, last = clock.month_days(labels[0])[0], clock.month_days(labels[-1])[1]
    calls = stats.call_totals_by_month(first, last)
    by_month: dict[str, list] = {label: [] for label in labels}
    for day, figures in complaints.kpis_by_day(first, last).items():
        by_month[f"{day:%Y-%m}"].append(figures)
    lounge_averages = lounge.monthly_average_scores(first, last)
    rows = []
    for label in labels:
        counts = calls.get(label, stats.CallCounts())
        kpis = complaints.add_kpis(by_month[label])
        rows.append(MonthTrend(label, counts.rate, counts.satisfied_rate, counts.due, kpis.count,
                               kpis.rate(kpis.responded_on_time), lounge_averages.get(label)))
    return rows


def monthly_summary(month: str, *, progress: Progress | None = None, cancel: Cancel | None = None
                    ) -> MonthlySummary:
    """Every figure of ``month`` (``YYYY-MM``). ``progress(step, percent)`` is told each section; ``cancel()``
    returning true stops with :class:`JobCancelled`."""
    return period_summary(periods.month(parse_month(month)), progress=progress, cancel=cancel)


def period_summary(period: periods.Period, *, progress: Progress | None = None, cancel: Cancel | None = None
                   ) -> MonthlySummary:
    """Every figure of a month, a quarter or a year (RULES §6); of a week only the calls and the complaints."""
    summary = first_figures(period, progress=progress, cancel=cancel)
    return complete(summary, progress=progress, cancel=cancel) if summary.partial else summary


def _run_steps(steps: list[tuple[str, Callable]], progress: Progress | None, cancel: Cancel | None,
               done: int = 0, total: int | None = None) -> list:
    values = []
    total = total or len(steps)
    for index, (title, compute) in enumerate(steps, start=done):
        if cancel is not None and cancel():
            raise JobCancelled()
        if progress is not None:
            progress(tr("正在统计：{title}…").format(title=tr(title)), int(100 * index / total))
        values.append(compute())
    return values


#: The steps of :func:`complete` (for the progress bar of a whole summary).
_REST = 8


def first_figures(period: periods.Period, *, progress: Progress | None = None, cancel: Cancel | None = None
                  ) -> MonthlySummary:
    """The figures that come quickly — calls, complaints, reminders, appointments, surveys, with their targets (0.5 s
    for a month at L) — for the statistics tab to show at once; :func:`complete` adds the rest. A week's summary is
    whole with these (``partial`` is false)."""
    permissions.require("reports")
    first, last, month = period.first, period.last, period.month
    as_of = min(last, clock.today())
    steps: list[tuple[str, Callable]] = [
        (N_("回访情况"), lambda: stats.call_figures(first, last)),
        (N_("客户投诉"), lambda: stats.complaint_figures(first, last)),
    ]
    if period.full:
        steps += [
            (N_("招揽分析"), lambda: recall.reminder_results(first, last)),
            (N_("预约"), lambda: appointments.kpis(first, last)),
            (N_("满意度调查"), lambda: surveys.figures(first, last)),
        ]
    values = _run_steps(steps, progress, cancel, 0, len(steps) + (_REST if period.full else 0))
    calls, complaint_figures = values[:2]
    summary = MonthlySummary(month, first, last, settings.get("dealership.name"), clock.today(), {}, calls,
                             complaint_figures, {"total": recall.ReminderCounts()},
                             recall.Funnel(as_of, {m: 0 for m, _ in recall.FUNNEL}, {m: 0 for m, _ in recall.FUNNEL},
                                           0),
                             [], stats.LoungeFigures({}, 0, []))
    summary.period = period
    summary.targets = _call_targets(calls)
    if not period.full:  # a week: complaints and calls only
        return summary
    summary.reminders, summary.appointments, summary.surveys = values[2:]
    summary.questionnaire_titles = {code: q.title for code, q in surveys.questionnaires().items()}
    ssi, csi = summary.surveys.by_questionnaire["ssi"], summary.surveys.by_questionnaire["csi"]
    summary.targets += [
        Target(N_("销售满意度 SSI"), ssi.index or 0.0, settings.get("targets.ssi"), ssi.responses, ""),
        Target(N_("售后满意度 CSI"), csi.index or 0.0, settings.get("targets.csi"), csi.responses, ""),
    ]
    summary.partial = True
    return summary


def complete(summary: MonthlySummary, *, progress: Progress | None = None, cancel: Cancel | None = None
             ) -> MonthlySummary:
    """The rest of a month's, quarter's or year's summary: F9, the funnel, the remarks, the lounge, retention and
    the twelve-month trend, the club events (1.7 s more for a month at L; the due dates are the ones the generation
    kept, see :mod:`carecenter.due_dates`); a new object."""
    period = summary.period
    first, last = period.first, period.last
    as_of = min(last, clock.today())
    dues = due_dates.Dues()  # shared by F9, the funnel and retention
    # (every vehicle's due date is the longest read, 1.5 s at L; read on a second thread beside the other figures it
    # saved nothing: both halves are Python-bound and took turns on the GIL, measured 4.04 s against 4.0 s)
    steps: list[tuple[str, Callable]] = [
        (N_("客户意见"), lambda: stats.customer_remarks(first, last)),
        (N_("客休区"), lambda: stats.lounge_period(first, last)),
        (N_("十二个月趋势"), lambda: _trend(period.month)),
        (N_("流失客户"), lambda: dues.before_return(first, as_of)),
        (N_("保有客户"), lambda: retention.counted(first, last)),
        (N_("车辆资料"), lambda: dues.on(as_of)),
        (N_("顾客统计表"), lambda: stats.f9_period(first, last, dues)),
        (N_("车友会活动"), lambda: club_events.reports(first, last)),
        (N_("群发短信"), lambda: campaigns.campaigns_between(first, last)),
        (N_("销售线索"), lambda: phone.leads(first, last)),
    ]
    done = 5  # the first figures' steps
    remarks, lounge_figures, trend, returns, counted, _, f9, events, sent, leads = _run_steps(
        steps, progress, cancel, done, done + len(steps))
    whole = dataclasses.replace(summary, f9=f9, remarks=remarks, lounge=lounge_figures, trend=trend,
                                funnel=recall.funnel_of(first, last, dues, returns),
                                retention=retention.with_due_dates(counted, dues), events=events, campaigns=sent,
                                leads=sorted(leads, key=lambda line: (line.day, line.id)), partial=False)
    kept = whole.retention
    whole.targets = summary.targets + [
        Target(N_("基盘客户数"), kept.active, settings.get("targets.active_base"), kept.active, "人"),
        Target(N_("首保进场率"), kept.first_service_rate or 0.0, settings.get("targets.first_service"),
               kept.first_service_due - kept.first_service_waiting),
        Target(N_("返修率"), kept.return_rate or 0.0, settings.get("targets.return_rate"), kept.repairs, "%", True),
    ]
    return whole


def _call_targets(calls: stats.CallFigures) -> list[Target]:
    return [
        Target(N_("回访率"), calls.total.rate, settings.get("targets.call_rate"), calls.total.due),
        Target(N_("质保期内客户回访率"), calls.warranty.rate, settings.get("targets.warranty_call_rate"), calls.warranty.due),
        Target(N_("服务满意率"), calls.total.satisfied_rate, settings.get("targets.satisfaction"),
               calls.total.satisfied + calls.total.unsatisfied),
    ]
