"""The official schedule of a year (国务院办公厅关于某年部分节假日安排的通知), as the desk loads it (RULES.md §3).

Each November the State Council publishes next year's holidays and the weekend days moved to be working days (调休).
Until CareCenter's calendar library carries them, the desk loads the notice from a file:

- the JSON of the holiday-cn project (``{"year": 2027, "days": [{"name": "春节", "date": "2027-02-05",
  "isOffDay": true}, …]}``), published within hours of the notice;
- or a plain list, one day per line: a date and 休 (a day off) or 班 (a working day), separated by spaces, a tab or
  a comma — what the desk can type from the notice itself.

The notice is kept in the store (a setting, audited, in every backup); loading or removing it recomputes every open
complaint's deadlines in the same transaction. A file that is not a notice is refused with one sentence and nothing
changes.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from carecenter import clock, complaints, permissions, settings
from carecenter.errors import UserError
from carecenter.i18n import tr
from carecenter.models import now
from carecenter.store import write
from carecenter.workdays import ESTIMATED, LIBRARY, LOADED

MAX_BYTES = 1_000_000
OFF_WORDS = {"休", "休息", "放假", "假", "off", "holiday", "rest"}
WORK_WORDS = {"班", "上班", "补班", "work", "workday", "working"}
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


@dataclass(frozen=True)
class Notice:
    year: int
    days: dict[datetime.date, bool]  # day → working?
    source: str  # the file's name

    @property
    def off(self) -> int:
        return sum(1 for working in self.days.values() if not working)

    @property
    def worked(self) -> int:
        return sum(1 for working in self.days.values() if working)


def _date(text: str) -> datetime.date | None:
    match = _DATE.match(text.strip())
    if not match:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def parse(path: Path) -> Notice:
    """Read a notice file; :class:`UserError` naming the file (and the line) when it is not one."""
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(tr("{name} 太大，不像放假通知文件（最多 1 MB）。").format(name=name))
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(tr("无法读取 {name}：{error}").format(name=name, error=error.strerror or error)) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(tr("{name} 不是文本文件，不像放假通知。").format(name=name))
    days, year = (_parse_json(text, name) if text.lstrip().startswith("{") else _parse_list(text, name))
    if not days:
        raise UserError(tr("{name} 中没有放假或调休上班的日期。").format(name=name))
    year = year or Counter(day.year for day in days).most_common(1)[0][0]
    strays = sorted(day for day in days if not (datetime.date(year - 1, 12, 1) <= day <= datetime.date(year + 1, 1, 31)))
    if strays:
        raise UserError(tr("{name} 是 {year} 年的通知，但其中有 {day} 这样相隔太远的日期。").format(
            name=name, year=year, day=strays[0]))
    return Notice(year, days, name)


def _parse_json(text: str, name: str) -> tuple[dict[datetime.date, bool], int | None]:
    try:
        data = json.loads(text)
    except ValueError:
        raise UserError(tr("{name} 不是有效的 JSON 文件。").format(name=name)) from None
    entries = data.get("days") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UserError(tr("{name} 不是节假日文件（应有 \"days\" 列表，每项有 date 和 isOffDay）。").format(name=name))
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or not 2000 <= year <= 2100):
        raise UserError(tr("{name} 的年份“{year}”无效。").format(name=name, year=year))
    days: dict[datetime.date, bool] = {}
    for index, entry in enumerate(entries, start=1):
        day = _date(str(entry.get("date", ""))) if isinstance(entry, dict) else None
        off = entry.get("isOffDay") if isinstance(entry, dict) else None
        if day is None or not isinstance(off, bool):
            raise UserError(tr("{name} 第 {index} 项不是“日期 + 是否放假”（{entry}）。").format(
                name=name, index=index, entry=json.dumps(entry, ensure_ascii=False)[:60]))
        days[day] = not off
    return days, year


def _parse_list(text: str, name: str) -> tuple[dict[datetime.date, bool], None]:
    days: dict[datetime.date, bool] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part for part in re.split(r"[\s,，;；]+", line) if part]
        day = _date(parts[0])
        if day is None and not days and number <= 2:
            continue  # a heading such as 日期,类型
        kind = parts[1].lower() if len(parts) > 1 else ""
        if day is None or kind not in OFF_WORDS | WORK_WORDS:
            raise UserError(tr("{name} 第 {number} 行应为“日期 休”或“日期 班”（例如 2027-02-05 休），"
                               "不是“{line}”。").format(name=name, number=number, line=line[:40]))
        days[day] = kind in WORK_WORDS
    return days, None


def _stored() -> dict:
    return settings.get(complaints.NOTICES_KEY)


def load(path: Path) -> tuple[Notice, int]:
    """Keep the notice in the store (replacing one of the same year) and recompute every open complaint's deadlines,
    in one transaction. Returns the notice and how many complaints' deadlines moved."""
    permissions.require("settings")
    notice = parse(path)
    with write():
        stored = _stored()
        stored[str(notice.year)] = {"source": notice.source, "loaded_at": now().isoformat(),
                                    "days": {day.isoformat(): working for day, working in sorted(notice.days.items())}}
        settings.set_value(complaints.NOTICES_KEY, stored)  # audited with the old and new value
        moved = complaints.recompute_deadlines()
    return notice, moved


def remove(year: int) -> int:
    """Forget a loaded notice; the year is counted from the library again. Returns how many deadlines moved."""
    permissions.require("settings")
    with write():
        stored = _stored()
        if str(year) not in stored:
            raise UserError(tr("没有载入过 {year} 年的放假通知。").format(year=year))
        del stored[str(year)]
        settings.set_value(complaints.NOTICES_KEY, stored)
        return complaints.recompute_deadlines()


@dataclass
class YearSchedule:
    year: int
    source: str  # LOADED, LIBRARY or ESTIMATED
    loaded_from: str
    loaded_at: str
    days: list[tuple[datetime.date, bool, str, str]]  # (day, working?, name, where from)

    @property
    def source_title(self) -> str:
        return {LOADED: tr("已载入的国务院放假通知（{name}）").format(name=self.loaded_from),
                LIBRARY: tr("程序自带的国务院放假通知"),
                ESTIMATED: tr("未载入通知：按周一至周五和法定节假日估算")}[self.source]


def show(year: int) -> YearSchedule:
    """The year's schedule as the complaint clock counts it."""
    permissions.require("view")
    if not 1900 <= year <= 2200:
        raise UserError(tr("年份“{year}”无效。").format(year=year))
    cal = complaints.calendar()
    notice = _stored().get(str(year), {})
    return YearSchedule(year, cal.source(year), notice.get("source", ""), notice.get("loaded_at", ""),
                        cal.days_off(year))


def overview() -> list[YearSchedule]:
    """This year, next year and every year with a loaded notice, for the settings screen."""
    permissions.require("view")
    today = clock.today()
    return [show(year) for year in sorted({today.year, today.year + 1} | {int(year) for year in _stored()})]


def notices_due() -> list[str]:
    """What the complaint screen says about missing notices today (this year, and next year from 1 November)."""
    permissions.require("view")
    return complaints.calendar().notices_due(clock.today())
