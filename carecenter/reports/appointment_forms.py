"""F13 维修预约单 (the slip the customer keeps, also the SMS text) and F14 预约登记表 (the front desk's day)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import Paragraph

from carecenter.reports import form
from carecenter.i18n import N_, tr

SLIP_TITLE = N_("维修预约单")
DAY_TITLE = N_("预约登记表")
#: The two sentences the customer must read (001, F10 items 11 and 13).
REMEMBER = N_("请记住预约时间。")
BAY_NOT_HELD = N_("如未能按预约时间到达，可能无法为您保留工位。")


@dataclass
class Slip:
    header: form.FormHeader
    values: dict


def slip_text(values: dict) -> str:
    """The same slip as an SMS (Chinese, as every text to a customer)."""
    parts = [f"【{values['dealer']}】{values['name']}您好，您的{values['plate']}已预约"
             f"{values['date']} {values['time']}{values['kind']}（预约单号 {values['number']}）。"]
    documents = values.get("documents_stored", values.get("documents"))
    if documents:
        parts.append(f"请携带：{documents}。")
    parts.append(REMEMBER + BAY_NOT_HELD)
    if values.get("hotline"):
        parts.append(f"如需改约请致电 {values['hotline']}。")
    return "".join(parts)


def write_slip(sheet: Slip, path: Path | str) -> Path:
    v = sheet.values
    width = form.content_width()
    story = [
        form.grid([[(tr("预约单号"), v["number"]), (tr("经办人"), v["handler"])],
                   [(tr("客户姓名"), v["name"]), (tr("电话"), v["phone"])],
                   [(tr("车牌号"), v["plate"]), (tr("车型"), v["model"])],
                   [(tr("预约日期"), v["date"]), (tr("预约时间"), v["time"])],
                   [(tr("预约项目"), tr(v["kind"])), (tr("服务顾问"), v["advisor"])],
                   [(tr("客户描述"), v["words"])],
                   [(tr("需携带证件"), v["documents"])]], width),
        form.spacer(4),
        Paragraph("<b>" + tr(REMEMBER) + "</b>", form.styles()["cell"]),
        Paragraph("<b>" + tr(BAY_NOT_HELD) + "</b>", form.styles()["cell"]),
        form.spacer(4),
        form.grid([[(tr("经销商地址"), v["address"]), (tr("服务热线"), v["hotline"])]], width),
    ]
    return form.build(path, sheet.header, story)


@dataclass
class DaySheet:
    header: form.FormHeader
    day: str
    rows: list[tuple] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


DAY_COLUMNS = (N_("序号"), N_("预约时间"), N_("客户姓名"), N_("电话"), N_("车牌号"), N_("车型"), N_("预约项目"),
               N_("客户描述"), N_("需携带证件"), N_("服务顾问"), N_("来源"), N_("状态"), N_("经办人"))
#: Column shares of the landscape page, in the order above.
_SHARES = (0.04, 0.075, 0.07, 0.09, 0.075, 0.07, 0.09, 0.12, 0.095, 0.06, 0.07, 0.075, 0.07)


def write_day(sheet: DaySheet, path: Path | str) -> Path:
    width = form.content_width(wide=True)
    totals = sheet.totals
    story = [
        form.grid([[(tr("日期"), sheet.day)]], width),
        form.spacer(2),
        form.list_table([tr(c) for c in DAY_COLUMNS], sheet.rows, [width * s for s in _SHARES],
                        blank_rows=max(0, 5 - len(sheet.rows))),
        form.spacer(3),
        Paragraph(tr("合计：预约 {booked}，已确认 {confirmed}，已到店 {arrived}，爽约 {no_show}").format(**totals),
                  form.styles()["cell"]),
    ]
    return form.build(path, sheet.header, story, wide=True)
