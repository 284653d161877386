"""F8 顾客休息室检查表 and F10 关键岗位流程执行情况检查表 — 预约流程."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from carecenter.reports import form
from carecenter.i18n import N_, tr

F8_TITLE = N_("顾客休息室检查表")
F10_TITLE = N_("关键岗位流程执行情况检查表 — 预约流程")


def write_lounge(header: form.FormHeader, period: str, rows: list[tuple[str, str, str, str, str]],
                 notes: tuple[str, ...], total: str, path: Path | str) -> Path:
    """F8: 序号, 检查项目, 备注, 检查人, 评分; the two footnotes below."""
    width = form.content_width()
    story = [form.section(period),
             form.list_table((tr("序号"), tr("检查项目"), tr("备注"), tr("检查人"), tr("评分")), rows,
                             [12 * mm, width - 12 * mm - 45 * mm - 22 * mm - 16 * mm, 45 * mm, 22 * mm, 16 * mm]),
             form.spacer(2), form.section(total), form.spacer(2), form.cell(tr("备注："), "note")]
    story += [form.cell(note, "note") for note in notes]
    return form.build(path, header, story)


def write_spot_check(header: form.FormHeader, heading: str, rows: list[tuple[str, str, str]],
                     path: Path | str) -> Path:
    """F10: 岗位, 检查项目, 执行情况 — one row per item."""
    width = form.content_width()
    story = [form.section(heading),
             form.list_table((tr("岗位"), tr("检查项目"), tr("执行情况")), rows, [26 * mm, width - 26 * mm - 40 * mm, 40 * mm])]
    return form.build(path, header, story)
