"""F11 会员入(转)会申请表: the club membership application a customer signs at delivery (003 車友匯)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from carecenter.reports import form
from carecenter.i18n import N_, tr

TITLE = N_("会员入(转)会申请表")
CONSENT = (N_("本人自愿申请加入车友会，所填资料真实有效。经销商承诺：客户信息严格保密，仅用于会员服务与联络，不向任何第三方提供。"))


@dataclass
class MembershipSheet:
    header: form.FormHeader
    name: str = ""
    phone: str = ""
    hobbies: str = ""
    occupation: str = ""
    family: str = ""
    level: str = ""
    joined: str = ""
    points: str = ""
    member_number: str = ""
    vehicles: list[tuple[str, str, str]] = field(default_factory=list)  # 车型, 底盘号, 购车日期


def write(sheet: MembershipSheet, path: Path | str) -> Path:
    width = form.content_width()
    story = [
        form.grid([[(tr("申请类型"), tr("□ 入会　　□ 转会"))],
                   [(tr("姓名"), sheet.name), (tr("联系方式"), sheet.phone)],
                   [(tr("兴趣爱好"), sheet.hobbies), (tr("职业"), sheet.occupation)],
                   [(tr("家庭"), sheet.family)]], width),
        form.section(tr("车辆")),
        form.list_table([tr("车型"), tr("底盘号"), tr("购车日期")], sheet.vehicles, [width * 0.3, width * 0.45, width * 0.25],
                        blank_rows=max(0, 2 - len(sheet.vehicles))),
        form.section(tr("会员资料")),
        form.grid([[(tr("会员卡号"), sheet.member_number), (tr("入会日期"), sheet.joined)],
                   [(tr("会员级别"), sheet.level), (tr("积分"), sheet.points)]], width),
        form.spacer(4),
        Paragraph(tr(CONSENT), form.styles()["cell"]),
        form.spacer(8),
        form.grid([[(tr("客户签名"), ""), (tr("日期"), "")], [(tr("经办人"), ""), (tr("审核"), "")]], width, label_width=24 * mm),
    ]
    return form.build(path, sheet.header, story)
