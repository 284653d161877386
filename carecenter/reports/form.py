"""What every printed form shares: page header and footer, label/value grids and list tables in the CJK font.

FORMS.md: a bordered table a person can also fill in by hand; header with the dealership name, the form title, the
form number and print date; footer "page x / y".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from carecenter.reports.files import atomic
from carecenter.reports.fonts import register
from carecenter.i18n import tr

LABEL_FILL = colors.HexColor("#EEEEEE")
GRID = colors.black


@dataclass(frozen=True)
class FormHeader:
    dealership: str
    title: str
    form_number: str
    printed_on: datetime.date


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every form (made once per font: a monthly summary asks 6 000 times)."""
    font = register()
    if font not in _STYLES:
        _STYLES[font] = _make_styles(font)
    return _STYLES[font]


_STYLES: dict[str, dict[str, ParagraphStyle]] = {}


def _make_styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK"),
        "label": ParagraphStyle("label", fontName=font, fontSize=9, leading=12, wordWrap="CJK"),
        "section": ParagraphStyle("section", fontName=font, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
        "note": ParagraphStyle("note", fontName=font, fontSize=8, leading=11, wordWrap="CJK"),
        "cell_latin": ParagraphStyle("cell_latin", fontName=font, fontSize=9, leading=12),
        "label_latin": ParagraphStyle("label_latin", fontName=font, fontSize=9, leading=12),
        "note_latin": ParagraphStyle("note_latin", fontName=font, fontSize=8, leading=11),
    }


def _escape(text: object) -> str:
    return (str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", "<br/>"))


_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def cell(text: object, style: str = "cell") -> Paragraph:
    """A table cell; text without Chinese wraps at spaces (an English label is not cut mid-word), text with it
    anywhere (Chinese has no spaces to wrap at)."""
    text = tr(text) if isinstance(text, str) else text  # the program's own words stored in Chinese (states, types)
    chosen = styles()[style]
    if style in ("cell", "label", "note") and not _CJK.search(str(text or "")):
        chosen = styles()[style + "_latin"]
    return Paragraph(_escape(text), chosen)


def grid(rows: Sequence[Sequence[tuple[str, object]]], width: float, label_width: float = 30 * mm,
         spans: dict[int, int] | None = None) -> Table:
    """A label/value grid: each row holds one or more (label, value) pairs; a row with fewer pairs than the widest
    row lets its last value span the rest. Empty values stay as blank boxes to fill in by pen."""
    pairs = max(len(row) for row in rows)
    value_width = (width - pairs * label_width) / pairs
    col_widths = [label_width, value_width] * pairs
    data, commands = [], []
    for row_index, row in enumerate(rows):
        line: list[object] = []
        for label, value in row:
            line += [cell(label, "label"), cell(value)]
        if len(row) < pairs:
            last = len(line) - 1
            line += [""] * (2 * pairs - len(line))
            commands.append(("SPAN", (last, row_index), (2 * pairs - 1, row_index)))
        data.append(line)
        for pair_index in range(len(row)):
            commands.append(("BACKGROUND", (2 * pair_index, row_index), (2 * pair_index, row_index), LABEL_FILL))
    table = Table(data, colWidths=col_widths)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), register()),  # blank cells too: no unembedded Helvetica in the file
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *commands,
    ]))
    return table


def list_table(headers: Sequence[str], rows: Sequence[Sequence[object]], col_widths: Sequence[float],
               blank_rows: int = 0) -> Table:
    """A list with a shaded header row; ``blank_rows`` empty lines are added for writing by hand."""
    font = register()
    data = [[_header_cell(tr(header), width) for header, width in zip(headers, col_widths)]]
    rooms = [width - 12.5 for width in col_widths]  # the cell's padding, 6 points each side
    data += [[_body_cell(value, room, font) for value, room in zip(row, rooms)] for row in rows]
    data += [[""] * len(headers) for _ in range(blank_rows)]
    heights = [None] * (1 + len(rows)) + [7 * mm] * blank_rows  # blank lines keep a writable height
    table = Table(data, colWidths=list(col_widths), repeatRows=1, rowHeights=heights)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 1), (-1, -1), 9),  # the plain-text cells as the cell style sets the others
        ("LEADING", (0, 1), (-1, -1), 12),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _body_cell(value: object, room: float, font: str) -> object:
    """A list's cell: text that fits on one line stays plain text (drawn as it is: a monthly summary at L has 4 500
    cells, and a paragraph for each took a third of the PDF's time); longer text wraps in a paragraph."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = tr(value)
    elif isinstance(value, (int, float)):
        text = str(value)
    else:
        return cell(value)
    if "\n" in text or stringWidth(text, font, 9) > room:
        return cell(text)
    return text


def _header_cell(text: str, width: float) -> Paragraph:
    """A column title; a word longer than its column (English in a column sized for two Chinese characters) is set
    smaller rather than cut in two."""
    font = register()
    longest = max((stringWidth(word, font, 9) for word in text.split()), default=0)
    room = width - 13  # the cell's padding, 6 points each side
    if _CJK.search(text) or longest <= room:
        return cell(text, "label")
    size = max(6.0, 9 * room / longest)
    style = ParagraphStyle("label_small", parent=styles()["label_latin"], fontSize=size, leading=size + 2.5)
    return Paragraph(_escape(text), style)


def section(title: str) -> Paragraph:
    return Paragraph(_escape(tr(title)), styles()["section"])


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


class _NumberedCanvas(pdf_canvas.Canvas):
    """Draws "第 x 页 / 共 y 页" once the page count is known."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initialFontName", register())  # so no unused standard font is referenced
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(register(), 8)
            width = self._pagesize[0]
            self.drawCentredString(
                width / 2, 10 * mm, tr("第 {v1} 页 / 共 {total} 页").format(v1=self._pageNumber, total=total)
            )
            super().showPage()
        super().save()


def build(path: Path | str, header: FormHeader, story: list, *, wide: bool = False) -> Path:
    """Write the form to ``path`` (A4 portrait, or landscape when ``wide``) with header and footer on every page."""
    font = register()
    pagesize = landscape(A4) if wide else A4

    def decorate(canvas, doc):
        canvas.saveState()
        width, height = pagesize
        canvas.setFont(font, 9)
        canvas.drawString(15 * mm, height - 12 * mm, tr(header.dealership))
        canvas.drawRightString(
            width - 15 * mm,
            height - 12 * mm,
            tr("表单编号：{form_number}    打印日期：{printed_on:%Y-%m-%d}").format(
                form_number=header.form_number, printed_on=header.printed_on
            ),
        )
        canvas.setFont(font, 16)
        canvas.drawCentredString(width / 2, height - 22 * mm, tr(header.title))
        canvas.setLineWidth(0.8)
        canvas.line(15 * mm, height - 25 * mm, width - 15 * mm, height - 25 * mm)
        canvas.restoreState()

    target = Path(path)
    with atomic(target) as temporary:  # a failed build leaves no half-written file
        document = SimpleDocTemplate(
            str(temporary), pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=30 * mm,
            bottomMargin=18 * mm, title=tr(header.title), author=tr(header.dealership), creator="CareCenter",
        )
        document.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_NumberedCanvas)
    return target


def content_width(wide: bool = False) -> float:
    pagesize = landscape(A4) if wide else A4
    return pagesize[0] - 30 * mm
