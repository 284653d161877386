"""F9 顾客统计表: per vehicle model, the months of a year and their total."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from carecenter.reports import form
from carecenter.i18n import N_, tr

TITLE = N_("顾客统计表")


def write(header: form.FormHeader, year: int, table: dict[str, dict[str, list[int]]], rows: tuple[str, ...],
          path: Path | str) -> Path:
    width = form.content_width(wide=True)
    headers = [tr("车型"), tr("项目")] + [tr("{month}月").format(month=month) for month in range(1, 13)] + [tr("合计")]
    body = []
    for model, figures in table.items():
        for index, row in enumerate(rows):
            values = figures[row]
            body.append([model if index == 0 else "", row] + [str(v) for v in values] + [str(sum(values))])
    widths = [28 * mm, 22 * mm] + [(width - 50 * mm - 16 * mm) / 12] * 12 + [16 * mm]
    story = [form.section(tr("年份：{year}　月份：1–12 月").format(year=year)),
             form.list_table(headers, body, widths, blank_rows=0 if body else 3)]
    return form.build(path, header, story, wide=True)
