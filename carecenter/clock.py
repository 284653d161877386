"""The date and time CareCenter sees. Nothing else in the program reads the wall clock (a test checks it).

``--today`` fixes the date the rules see (for demos, tests and reproducing a past day); stamps (when a call was
logged, a complaint accepted, an audit entry written) stay real times. Tests fix both: :func:`set_today`, and
:func:`set_now`, which moves the clock to a given moment and lets it tick from there, so that the order of stamps
is kept and no test depends on the day it runs.
"""

from __future__ import annotations

import datetime

_fixed: datetime.date | None = None
_offset = datetime.timedelta(0)


def now() -> datetime.datetime:
    """The current local time (moved by :func:`set_now` in tests)."""
    return datetime.datetime.now() + _offset


def today() -> datetime.date:
    """The date the rules see: ``--today`` when given, else the current date."""
    return _fixed or now().date()


def set_today(value: datetime.date | None) -> None:
    global _fixed
    _fixed = value


def set_now(moment: datetime.datetime | None) -> None:
    """From now on the clock reads ``moment`` and ticks on from there (None: the wall clock again)."""
    global _offset
    _offset = datetime.timedelta(0) if moment is None else moment - datetime.datetime.now()


def day_bounds(first: datetime.date, last: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The moments a period of whole days runs between: from the start of ``first`` to the start of the day after
    ``last`` (use ``>= start`` and ``< end``)."""
    return (datetime.datetime.combine(first, datetime.time()),
            datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time()))


def month_days(month: str) -> tuple[datetime.date, datetime.date]:
    """The first and last day of ``YYYY-MM`` (ValueError when it is not one)."""
    first = datetime.date.fromisoformat(month + "-01")
    last = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    return first, last
