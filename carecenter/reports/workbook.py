"""Workbooks for people to filter: bold frozen header, filters, widths, real dates and numbers, number formats.

Every sheet is written in openpyxl's write-only mode, so a 100 000-row sheet streams to disk instead of sitting in
memory. Text that a spreadsheet could run as a formula is neutralised (CWE-1236):

* text starting with ``=``, ``@``, a tab or a carriage return, or with ``+``/``-`` followed by anything but a plain
  number, gets a leading ``'`` — it shows as text everywhere, also after someone saves the sheet as CSV;
* text that is only a signed number or phone (``+8613812345678``, ``-5``) stays as it is, stored as text with
  Excel's quote prefix, so a phone stays readable and is never turned into a number or a formula.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from carecenter.errors import JobCancelled
from carecenter.i18n import tr
from carecenter.reports.files import atomic

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_FONT = Font(bold=True)
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT = "0.0%"
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


def _cell(sheet, value: object, number_format: str | None):
    """The value as openpyxl should write it: plain values as they are (openpyxl gives dates a date format itself),
    a cell only where a style is needed — the fast path matters at 100 000 rows."""
    if isinstance(value, str):
        if not value:
            return None  # an empty cell is not written at all
        if value[:1] not in _RISKY:
            return value
        value = neutralize(value)
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # never a formula, whatever it starts with
        if value[:1] in "+-":
            cell.quotePrefix = True  # and stays text when someone edits it in Excel
        return cell
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = TIME_FORMAT
        return cell
    if number_format and isinstance(value, (int, float)) and not isinstance(value, bool):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = number_format
        return cell
    return value


def write(path: Path | str, sheets: Sequence[SheetData], *, progress: Callable[[str, int], None] | None = None,
          cancel: Callable[[], bool] | None = None) -> Path:
    """Write ``sheets`` to ``path``; ``progress(step, percent)`` hears about every 2 000 rows, ``cancel()`` is asked
    as often and stops with :class:`JobCancelled` — the target is then left as it was (no half-written file)."""
    target = Path(path)
    workbook = Workbook(write_only=True)
    with atomic(target) as temporary:
        try:
            _write_sheets(workbook, sheets, progress, cancel)
        except BaseException:
            _discard(workbook)
            raise
        if progress is not None:
            progress(tr("正在保存文件…"), 99)
        workbook.save(temporary)
    return target


def _discard(workbook: Workbook) -> None:
    """Close the sheets' streams of a workbook that will not be saved (a cancel, a failure)."""
    for sheet in workbook.worksheets:
        try:
            sheet.close()
            os.remove(sheet._writer.out)  # the stream's temporary file
        except Exception:  # noqa: BLE001 - best effort: the workbook is being thrown away
            pass


def _write_sheets(workbook: Workbook, sheets: Sequence[SheetData], progress, cancel) -> None:
    for number, data in enumerate(sheets):
        sheet = workbook.create_sheet(data.title[:31])
        for column, header in enumerate(data.headers, start=1):
            width = data.widths[column - 1] if data.widths else max(10, len(str(header)) * 2 + 4)
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        header_row = []
        for header in data.headers:
            cell = WriteOnlyCell(sheet, str(header))
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            header_row.append(cell)
        sheet.append(header_row)
        formats = [data.formats.get(str(header)) for header in data.headers]
        written = 0
        for row in data.rows:
            sheet.append([_cell(sheet, value, formats[i] if i < len(formats) else None)
                          for i, value in enumerate(row)])
            written += 1
            if written % 2000 == 0:
                if cancel is not None and cancel():
                    raise JobCancelled()
                if progress is not None:
                    share = written / data.count if data.count else 0.5
                    progress(tr("正在写入“{title}”：{written} 行…").format(title=data.title, written=written),
                             int(100 * (number + min(share, 1.0)) / len(sheets)))
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(data.headers)))}{written + 1}"
        if cancel is not None and cancel():
            raise JobCancelled()
