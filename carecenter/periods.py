"""The periods the manager reports on (RULES §6): a week (complaints and calls only), a month, a quarter, a year (000
每年總結). One parser for the command line and the statistics tab; every figure takes the period's first and last
day."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from carecenter import clock
from carecenter.errors import UserError
from carecenter.i18n import N_, tr

#: kind → the report's title (printed on the form and the workbook's name)
TITLES = {"weekly": N_("周报"), "monthly": N_("月度工作小结"), "quarterly": N_("季度工作小结"),
          "yearly": N_("年度工作总结")}
KINDS = tuple(TITLES)


@dataclass(frozen=True)
class Period:
    kind: str  # one of KINDS
    label: str  # 2026-W48, 2026-11, 2026-Q4, 2026
    first: datetime.date
    last: datetime.date

    @property
    def month(self) -> str:
        """The period's last month (YYYY-MM): F9's month and where the twelve-month trend ends."""
        return f"{self.last:%Y-%m}"

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def heading(self) -> str:
        """The cover's words in the user's language: 2026年10月 月度工作小结, 2026年第4季度 季度工作小结 …"""
        year = self.first.year
        if self.kind == "weekly":
            week = self.first.isocalendar()
            return tr("{year}年第{week}周 周报").format(year=week.year, week=week.week)
        if self.kind == "monthly":
            return tr("{v1}年{v2}月 月度工作小结").format(v1=year, v2=self.first.month)
        if self.kind == "quarterly":
            return tr("{year}年第{quarter}季度 季度工作小结").format(year=year, quarter=(self.first.month + 2) // 3)
        return tr("{year}年 年度工作总结").format(year=year)

    @property
    def full(self) -> bool:
        """Everything of RULES §6 (a week has complaints and calls only)."""
        return self.kind != "weekly"


def month(text: str) -> Period:
    return parse("monthly", text)


def parse(kind: str, text: str) -> Period:
    """``2026-W48`` or a day of that week, ``2026-11``, ``2026-Q4``, ``2026``; one sentence when malformed."""
    text = (text or "").strip()
    if kind not in TITLES:
        raise UserError(tr("报表期间应为 weekly、monthly、quarterly 或 yearly，不是“{kind}”。").format(kind=kind))
    try:
        if kind == "weekly":
            found = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text, re.IGNORECASE)
            if found:
                monday = datetime.date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
            else:
                day = datetime.date.fromisoformat(text)
                monday = day - datetime.timedelta(days=day.weekday())
            week = monday.isocalendar()
            return _checked(Period(kind, f"{week.year}-W{week.week:02d}", monday,
                                   monday + datetime.timedelta(days=6)))
        if kind == "monthly":
            if not re.fullmatch(r"\d{4}-\d{2}", text):
                raise ValueError(text)
            first, last = clock.month_days(text)
            return _checked(Period(kind, text, first, last))
        if kind == "quarterly":
            found = re.fullmatch(r"(\d{4})-?Q([1-4])", text, re.IGNORECASE)
            if not found:
                raise ValueError(text)
            year, number = int(found.group(1)), int(found.group(2))
            first = datetime.date(year, 3 * number - 2, 1)
            last = clock.month_days(f"{year}-{3 * number:02d}")[1]
            return _checked(Period(kind, f"{year}-Q{number}", first, last))
        if not re.fullmatch(r"\d{4}", text):
            raise ValueError(text)
        year = int(text)
        return _checked(Period(kind, text, datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
    except ValueError:
        raise UserError(tr(EXAMPLES[kind]).format(text=text)) from None


#: The one sentence for a malformed period, per kind.
EXAMPLES = {
    "weekly": N_("周应写成 YYYY-Www（例如 2026-W48）或该周的某一天 YYYY-MM-DD，不是“{text}”。"),
    "monthly": N_("月份应写成 YYYY-MM（例如 2026-10），不是“{text}”。"),
    "quarterly": N_("季度应写成 YYYY-Qn（例如 2026-Q4），不是“{text}”。"),
    "yearly": N_("年份应写成 YYYY（例如 2026），不是“{text}”。"),
}


def _checked(period: Period) -> Period:
    if not 2000 <= period.first.year <= 2100:
        raise ValueError(period.label)
    return period


def recent(kind: str, today: datetime.date, count: int) -> list[Period]:
    """The ``count`` periods of ``kind`` up to the one holding ``today``, newest first (the tab's chooser)."""
    periods, day = [], today
    for _ in range(count):
        if kind == "weekly":
            period = parse(kind, day.isoformat())
        elif kind == "monthly":
            period = parse(kind, f"{day:%Y-%m}")
        elif kind == "quarterly":
            period = parse(kind, f"{day.year}-Q{(day.month + 2) // 3}")
        else:
            period = parse(kind, f"{day.year}")
        periods.append(period)
        day = period.first - datetime.timedelta(days=1)
    return periods
