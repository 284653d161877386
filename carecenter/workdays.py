"""The working-day calendar (工作日) behind the complaint clock (RULES.md §3).

A day is a working day by the first of these that knows it:

1. the dealership's own overrides (a holiday it closes, a Saturday it works);
2. the official schedule of the year as the desk loaded it (the State Council notice, published each November:
   holidays and the weekend days moved to be working days, 调休);
3. the official schedule the ``holidays`` library carries for the years whose notice was out at its release;
4. for any other year, an **estimate**: Monday–Friday minus the statutory holidays, which ``holidays`` computes for
   any year (the lunar ones included, with the weekday given in lieu when a holiday falls on a weekend, as the
   national holiday regulation requires). A deadline counted through such a year is marked estimated.

A year before the library's range, or after the lunar tables, is counted Monday–Friday: the calendar never raises.
Opening hours (default 08:30–18:00 every day, decided) drive the 120-minute response clock; working days drive the
3/7-working-day closure deadline.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

import holidays

from carecenter import i18n
from carecenter.i18n import tr

DAY = datetime.timedelta(days=1)

#: where a year's schedule comes from
LOADED, LIBRARY, ESTIMATED = "loaded", "library", "estimated"

#: the library's names in each of CareCenter's languages
_HOLIDAY_LANGUAGES = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en": "en_US"}


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


@dataclass(frozen=True)
class LibraryYear:
    """What the ``holidays`` library says of one year: its days off (statutory, in lieu, and — when it carries the
    year's notice — the moved ones) with their names, the weekend days worked, and whether the notice is in it."""

    days_off: dict[datetime.date, str]
    weekend_workdays: frozenset[datetime.date]
    has_notice: bool


@functools.lru_cache(maxsize=256)
def library_year(year: int, language: str = "zh_CN") -> LibraryYear:
    try:
        china = holidays.China(years=year, language=_HOLIDAY_LANGUAGES.get(language, "zh_CN"))
        days_off = {day: name for day, name in china.items() if day.year == year}
        worked = frozenset(day for day in china.weekend_workdays if day.year == year)
    except Exception:  # noqa: BLE001 - a year the library cannot compute is counted Monday–Friday, never an error
        return LibraryYear({}, frozenset(), False)
    # the moved days (调休) come only from a notice: the library has them exactly for the years whose notice it has
    return LibraryYear(days_off, worked, bool(worked))


def library_knows(year: int) -> bool:
    """Whether the ``holidays`` library carries the official notice (the 调休) of ``year``."""
    return library_year(year).has_notice


@dataclass
class Calendar:
    overrides: dict[datetime.date, bool] = field(default_factory=dict)  # day → working?
    hours: OpeningHours = field(default_factory=OpeningHours)
    #: the official schedules the desk loaded: year → {day: working?} (days a notice lists; others are plain days)
    notices: dict[int, dict[datetime.date, bool]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._notice_days = {day: working for days in self.notices.values() for day, working in days.items()}

    # --- where a year's schedule comes from -------------------------------------------------------------------
    def source(self, year: int) -> str:
        if year in self.notices:
            return LOADED
        return LIBRARY if library_knows(year) else ESTIMATED

    def is_estimated(self, first: datetime.date, last: datetime.date) -> bool:
        """Whether any day from ``first`` to ``last`` lies in a year counted without its official notice."""
        return any(self.source(year) == ESTIMATED for year in range(first.year, last.year + 1))

    # --- days ---------------------------------------------------------------------------------------------------
    def is_working_day(self, day: datetime.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if day in self._notice_days:
            return self._notice_days[day]
        if day.year in self.notices:
            return day.weekday() < 5  # a day the loaded notice does not list is a plain day
        known = library_year(day.year)
        if day in known.weekend_workdays:
            return True
        return day.weekday() < 5 and day not in known.days_off

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

    def closure_deadline_estimated(self, accepted: datetime.datetime, working_days: int
                                   ) -> tuple[datetime.datetime, bool]:
        """The closure deadline, and whether it was counted through a year whose official schedule is not known."""
        deadline = self.closure_deadline(accepted, working_days)
        return deadline, self.is_estimated(accepted.date(), deadline.date())

    def days_off(self, year: int, language: str | None = None) -> list[tuple[datetime.date, bool, str, str]]:
        """The year's days that differ from a plain Monday–Friday week: (day, working?, name, where from), where
        from being the dealership (本店), the loaded notice, the library's notice or the statute."""
        language = language or i18n.language()
        known = library_year(year, language)
        days: dict[datetime.date, tuple[bool, str, str]] = {}
        if year in self.notices:
            for day, working in self.notices[year].items():
                if day.year == year:
                    days[day] = (working, known.days_off.get(day, ""), LOADED)
        else:
            for day, name in known.days_off.items():
                if day.weekday() < 5 or known.has_notice:
                    days[day] = (False, name, LIBRARY if known.has_notice else ESTIMATED)
            for day in known.weekend_workdays:
                days[day] = (True, "", LIBRARY)
        for day, working in self.overrides.items():
            if day.year == year:
                days[day] = (working, days.get(day, (None, "", ""))[1], "dealership")
        return [(day, *days[day]) for day in sorted(days)]

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
    def notices_due(self, today: datetime.date) -> list[str]:
        """One line per year the desk is counting without its official notice: this year, and from 1 November next
        year too (the notice is published in November). Shown on screen, never an error."""
        years = [today.year] + ([today.year + 1] if today.month >= 11 else [])
        return [tr("{year} 年的国务院放假通知尚未载入，该年的投诉封闭时限按周一至周五和法定节假日估算（标“估算”）。"
                   "通知发布后请在“设置 → 营业时间与工作日”中载入。").format(year=year)
                for year in years if self.source(year) == ESTIMATED]
