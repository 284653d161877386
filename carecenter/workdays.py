"""The working-day calendar (工作日) behind the complaint clock (RULES.md §3).

Official mainland holidays and the weekend days moved to be workdays come from ``chinesecalendar``; the dealership's
own overrides (a day marked working or not) come first. ``chinesecalendar`` only knows the years up to its release:
for a later year the calendar falls back to Monday–Friday plus the overrides, says so (:meth:`Calendar.notices`),
and never raises.

Opening hours (default 08:30–18:00 every day, decided) drive the 120-minute response clock; working days drive the
3/7-working-day closure deadline.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import chinese_calendar

from carecenter.i18n import tr

DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class OpeningHours:
    opens: datetime.time = datetime.time(8, 30)
    closes: datetime.time = datetime.time(18, 0)

    @classmethod
    def parse(cls, opens: str, closes: str) -> OpeningHours:
        hours = cls(datetime.time.fromisoformat(opens), datetime.time.fromisoformat(closes))
        if hours.closes <= hours.opens:
            raise ValueError("closing time must be after opening time")
        return hours


def library_knows(year: int) -> bool:
    """Whether ``chinesecalendar`` has the official holidays of ``year``."""
    try:
        chinese_calendar.is_workday(datetime.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@dataclass
class Calendar:
    overrides: dict[datetime.date, bool] = field(default_factory=dict)  # day → working?
    hours: OpeningHours = field(default_factory=OpeningHours)

    # --- days ---------------------------------------------------------------------------------------------------
    def is_working_day(self, day: datetime.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            return day.weekday() < 5  # the year is not in the library: Monday–Friday

    def add_working_days(self, day: datetime.date, count: int) -> datetime.date:
        """The ``count``-th working day counted from the day after ``day``."""
        if count < 1:
            raise ValueError("count must be at least 1")
        found = 0
        while found < count:
            day += DAY
            if self.is_working_day(day):
                found += 1
        return day

    def closure_deadline(self, accepted: datetime.datetime, working_days: int) -> datetime.datetime:
        """RULES §3: the end (23:59:59) of the Nth working day counted from the day after acceptance."""
        last = self.add_working_days(accepted.date(), working_days)
        return datetime.datetime.combine(last, datetime.time(23, 59, 59))

    # --- opening hours ----------------------------------------------------------------------------------------------
    def _open_interval(self, day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
        return (datetime.datetime.combine(day, self.hours.opens), datetime.datetime.combine(day, self.hours.closes))

    def business_minutes(self, start: datetime.datetime, end: datetime.datetime) -> int:
        """Minutes of opening hours between two moments (0 when ``end`` is not after ``start``)."""
        if end <= start:
            return 0
        total = 0.0
        day = start.date()
        while day <= end.date():
            opens, closes = self._open_interval(day)
            overlap = (min(closes, end) - max(opens, start)).total_seconds()
            if overlap > 0:
                total += overlap
            day += DAY
        return int(total // 60)

    def response_deadline(self, accepted: datetime.datetime, minutes: int = 120) -> datetime.datetime:
        """``minutes`` of opening hours after acceptance; a complaint accepted after closing starts its clock at the
        next opening (RULES §3)."""
        left = datetime.timedelta(minutes=minutes)
        moment = accepted
        while True:
            opens, closes = self._open_interval(moment.date())
            if moment < opens:
                moment = opens
            if moment >= closes:
                moment = datetime.datetime.combine(moment.date() + DAY, self.hours.opens)
                continue
            if moment + left <= closes:
                return moment + left
            left -= closes - moment
            moment = datetime.datetime.combine(moment.date() + DAY, self.hours.opens)

    # --- what the user is told --------------------------------------------------------------------------------
    def notices(self, years: list[int]) -> list[str]:
        """One line per year whose official holidays are not loaded (shown on screen, never an error)."""
        return [tr("{year} 年的法定节假日日历尚未载入（按周一至周五计算工作日），请在设置中添加该年的节假日和调休上班日。")
                .format(year=year)
                for year in sorted(set(years)) if not library_knows(year)]
