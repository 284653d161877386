"""Plain workbooks for people to fill in or filter: bold frozen header, filters, widths, real dates.

Any text cell starting with ``= + - @`` or a tab is prefixed with ``'`` so that a spreadsheet shows it as text and
never runs it as a formula (CWE-1236).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


@dataclass
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[int] | None = None


def neutralize(value: object) -> object:
    """Text that a spreadsheet would run as a formula is kept as text (CWE-1236)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write(path: Path | str, sheets: Sequence[SheetData]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for data in sheets:
        sheet = workbook.create_sheet(data.title)
        sheet.append(list(data.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
        for row in data.rows:
            sheet.append([neutralize(value) for value in row])
        for column, header in enumerate(data.headers, start=1):
            width = data.widths[column - 1] if data.widths else max(10, len(str(header)) * 2 + 4)
            sheet.column_dimensions[get_column_letter(column)].width = width
            for cell in sheet.iter_cols(min_col=column, max_col=column, min_row=2).__next__():
                if isinstance(cell.value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    target = Path(path)
    workbook.save(target)
    return target
