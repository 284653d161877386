"""The date the rules see. ``--today`` fixes it (for demos, tests and reproducing a past day)."""

from __future__ import annotations

import datetime

_fixed: datetime.date | None = None


def today() -> datetime.date:
    return _fixed or datetime.date.today()


def set_today(value: datetime.date | None) -> None:
    global _fixed
    _fixed = value


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
