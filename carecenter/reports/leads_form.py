"""F17 销售线索登记表: the care desk's callers who want to buy or trade in, for the sales department (002 有關客戶
諮詢銷售的情況…及時反饋給銷售部; 003 意向車型, 推薦購車). Landscape."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carecenter.reports import form
from carecenter.i18n import N_, tr

TITLE = N_("销售线索登记表")
HEADERS = (N_("序号"), N_("登记日期"), N_("客户姓名"), N_("电话"), N_("意向车型"), N_("需求（新购/置换/推荐）"),
           N_("方便联系时间"), N_("登记人"), N_("转交销售顾问"), N_("跟进结果"))
#: Column shares of the landscape page, in the order above.
SHARES = (0.05, 0.09, 0.11, 0.11, 0.11, 0.1, 0.12, 0.08, 0.1, 0.13)


@dataclass
class LeadsSheet:
    header: form.FormHeader
    period: str
    #: the columns after 序号, one row per lead
    rows: list[tuple[str, ...]] = field(default_factory=list)


def write(sheet: LeadsSheet, path: Path | str) -> Path:
    width = form.content_width(wide=True)
    rows = [(str(n), *row) for n, row in enumerate(sheet.rows, start=1)]
    story = [
        form.grid([[(tr("登记期间"), sheet.period), (tr("线索数"), len(sheet.rows))]], width),
        form.spacer(3),
        form.list_table([tr(h) for h in HEADERS], rows, [width * share for share in SHARES],
                        blank_rows=max(0, 8 - len(rows))),
        form.spacer(6),
        form.grid([[(tr("销售部接收人签名"), ""), (tr("日期"), "")]], width),
    ]
    return form.build(path, sheet.header, story, wide=True)
