"""F11 会员入(转)会申请表: the club membership application a customer signs at delivery (003 車友匯)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from carecenter.reports import form

TITLE = "会员入(转)会申请表"
CONSENT = ("本人自愿申请加入车友会，所填资料真实有效。经销商承诺：客户信息严格保密，仅用于会员服务与联络，"
           "不向任何第三方提供。")


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
    vehicles: list[tuple[str, str, str]] = field(default_factory=list)  # 车型, 底盘号, 购车日期


def write(sheet: MembershipSheet, path: Path | str) -> Path:
    width = form.content_width()
    story = [
        form.grid([[("申请类型", "□ 入会　　□ 转会")],
                   [("姓名", sheet.name), ("联系方式", sheet.phone)],
                   [("兴趣爱好", sheet.hobbies), ("职业", sheet.occupation)],
                   [("家庭", sheet.family)]], width),
        form.section("车辆"),
        form.list_table(["车型", "底盘号", "购车日期"], sheet.vehicles, [width * 0.3, width * 0.45, width * 0.25],
                        blank_rows=max(0, 2 - len(sheet.vehicles))),
        form.section("会员资料"),
        form.grid([[("入会日期", sheet.joined), ("会员级别", sheet.level)], [("积分", sheet.points)]], width),
        form.spacer(4),
        Paragraph(CONSENT, form.styles()["cell"]),
        form.spacer(8),
        form.grid([[("客户签名", ""), ("日期", "")], [("经办人", ""), ("审核", "")]], width, label_width=24 * mm),
    ]
    return form.build(path, sheet.header, story)
