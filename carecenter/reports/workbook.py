"""Workbooks for people to filter: bold frozen header, filters, widths, real dates and numbers, number formats.

Written by rustpy-xlsxwriter (rust_xlsxwriter underneath): the rows stream from the database through a generator
into the file, 100 000 customers in 0.8 s where openpyxl took 13.8 (README, Speed). Text that a spreadsheet
could run as a formula is neutralised (CWE-1236):

* text starting with ``=``, ``@``, a tab or a carriage return, or with ``+``/``-`` followed by anything but a plain
  number, gets a leading ``'`` — it shows as text everywhere, also after someone saves the sheet as CSV;
* text that is only a signed number or phone (``+8613812345678``, ``-5``) stays as it is, stored as text with
  Excel's quote prefix (every text column carries it), so a phone stays readable and is never turned into a number
  or a formula when someone edits the cell.

Text is always written as a text cell (never a formula), whatever it starts with.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from carecenter.errors import JobCancelled
from carecenter.i18n import tr
from carecenter.reports.files import atomic

HEADER_FILL = "#DDEBF7"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT = "0.0%"
#: Rows looked at before writing, to give each column its format (a date, a time, text with its quote prefix): at
#: least PEEK, more (up to PEEK_MAX) while a column has shown no value yet (a birthday column is mostly empty).
PEEK, PEEK_MAX = 200, 20_000
#: Excel's longest text in a cell.
MAX_TEXT = 32_767
_SIGNED_NUMBER = re.compile(r"[+-][0-9 ().-]*")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]  # may be a generator: it is read once, as the sheet is written
    widths: Sequence[int] | None = None
    formats: Mapping[str, str] = field(default_factory=dict)  # header → number format, e.g. PERCENT
    count: int | None = None  # the number of rows, when known, for the progress bar


def neutralize(value: object) -> object:
    """Text that a spreadsheet would run as a formula is kept as text (CWE-1236); see the module's docstring."""
    if isinstance(value, str) and value[:1] in _RISKY:
        if value[0] in "+-" and _SIGNED_NUMBER.fullmatch(value):
            return value
        return "'" + value
    return value


def write(path: Path | str, sheets: Sequence[SheetData], *, progress: Callable[[str, int], None] | None = None,
          cancel: Callable[[], bool] | None = None) -> Path:
    """Write ``sheets`` to ``path``; ``progress(step, percent)`` hears about every 2 000 rows, ``cancel()`` is asked
    as often and stops with :class:`JobCancelled` — the target is then left as it was (no half-written file)."""
    import rustpy_xlsxwriter  # loads on first use, not at start-up

    target = Path(path)
    entries, widths, formats = [], {}, {}
    titles: set[str] = set()
    for number, data in enumerate(sheets):
        title = data.title[:31]
        if title in titles:
            raise ValueError(f"two sheets named {title}")
        titles.add(title)
        headers = [str(header) for header in data.headers]
        if len(set(headers)) != len(headers):
            raise ValueError(f"{title}: a header named twice")
        rows = iter(data.rows)
        head = _peek(rows, len(headers))
        widths[title] = {header: float(data.widths[i] if data.widths and i < len(data.widths)
                                       else max(10, len(header) * 2 + 4)) for i, header in enumerate(headers)}
        formats[title] = _column_formats(rustpy_xlsxwriter.Format, headers, head, data.formats)
        entries.append((title, _records(headers, itertools.chain(head, rows), title, number, len(sheets),
                                        data.count, progress, cancel)))
    with atomic(target) as temporary:
        rustpy_xlsxwriter.write_worksheets(
            entries, str(temporary), freeze_panes={"general": {"row": 1, "col": 0}},
            header_format={"general": rustpy_xlsxwriter.Format().set_bold().set_background_color(HEADER_FILL)
                           .set_pattern("solid")},
            # a column never seen with a value in the rows looked at shows its dates as dates
            autofilter={"general": True}, column_widths=widths, column_formats=formats, datetime_format=DATE_FORMAT)
        if cancel is not None and cancel():
            raise JobCancelled()
        if progress is not None:
            progress(tr("正在保存文件…"), 99)
    return target


def _peek(rows: Iterator[Sequence[object]], width: int) -> list[Sequence[object]]:
    """The first rows, PEEK at least, and on until every column has shown a value or PEEK_MAX rows are read."""
    head: list[Sequence[object]] = []
    unseen = set(range(width))
    for row in rows:
        head.append(row)
        unseen -= {i for i in unseen if i < len(row) and row[i] not in (None, "")}
        if len(head) >= PEEK_MAX or (len(head) >= PEEK and not unseen):
            break
    return head


def _column_formats(make_format, headers: list[str], head: list[Sequence[object]], given: Mapping[str, str]) -> dict:
    """Each column's format from what its first rows hold: the format asked for, a date, a time, or text (with its
    quote prefix: a phone like +8613812345678 stays text when edited)."""
    formats = {}
    for index, header in enumerate(headers):
        values = [row[index] for row in head if index < len(row) and row[index] not in (None, "")]
        if header in given:
            formats[header] = make_format().set_num_format(given[header])
        elif any(isinstance(v, datetime.datetime) for v in values):
            formats[header] = make_format().set_num_format(TIME_FORMAT)
        elif any(isinstance(v, datetime.date) for v in values):
            formats[header] = make_format().set_num_format(DATE_FORMAT)
        elif values and all(isinstance(v, str) for v in values):
            formats[header] = make_format().set_quote_prefix()
    return formats


def _value(value: object) -> object:
    """What the writer is given: text neutralised and never empty (an empty cell is not written), Decimal as a
    number, anything else as it is."""
    if isinstance(value, str):
        if not value:
            return None
        value = value[:MAX_TEXT]  # Excel keeps no more in a cell (the writer would refuse the whole workbook)
        return neutralize(value) if value[:1] in _RISKY else value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.date) and value.year < 1900:  # before Excel's calendar: kept as text
        return value.isoformat()
    return value


def _records(headers: list[str], rows: Iterable[Sequence[object]], title: str, number: int, sheets: int,
             count: int | None, progress, cancel) -> Iterator[dict]:
    """The rows as the writer takes them (dicts by header), with progress and cancel every 2 000 rows; a sheet with
    no rows still gets its header (one empty row, which the writer leaves out)."""
    written = 0
    for row in rows:
        yield {header: _value(row[i]) if i < len(row) else None for i, header in enumerate(headers)}
        written += 1
        if written % 2000 == 0:
            if cancel is not None and cancel():
                raise JobCancelled()
            if progress is not None:
                share = written / count if count else 0.5
                progress(tr("正在写入“{title}”：{written} 行…").format(title=title, written=written),
                         int(100 * (number + min(share, 1.0)) / sheets))
    if not written:
        yield dict.fromkeys(headers)
    if cancel is not None and cancel():
        raise JobCancelled()
