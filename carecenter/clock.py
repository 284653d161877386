"""The date the rules see. ``--today`` fixes it (for demos, tests and reproducing a past day)."""

from __future__ import annotations

import datetime

_fixed: datetime.date | None = None


def today() -> datetime.date:
    return _fixed or datetime.date.today()


def set_today(value: datetime.date | None) -> None:
    global _fixed
    _fixed = value
