"""F16 活动总结表: a club event's report (003 活動總結, 上傳會員參與名單) — the figures, then who came."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carecenter.reports import form
from carecenter.i18n import N_, tr

TITLE = N_("活动总结表")


@dataclass
class EventSheet:
    header: form.FormHeader
    name: str
    day: str
    place: str
    invited: int
    confirmed: int
    attended: int
    new_members: int
    points_given: int
    owner: str
    #: 序号, 姓名, 电话, 会员卡号, 积分 (those who came)
    guests: list[tuple[str, str, str, str, str]] = field(default_factory=list)


def write(sheet: EventSheet, path: Path | str) -> Path:
    width = form.content_width()
    story = [
        form.grid([[(tr("活动名称"), sheet.name)],
                   [(tr("活动日期"), sheet.day), (tr("活动地点"), sheet.place)],
                   [(tr("邀约人数"), sheet.invited), (tr("确认参加"), sheet.confirmed)],
                   [(tr("实到人数"), sheet.attended), (tr("新入会人数"), sheet.new_members)],
                   [(tr("发放积分"), sheet.points_given), (tr("负责人"), sheet.owner)]], width),
        form.section(tr("参与会员名单")),
        form.list_table([tr("序号"), tr("姓名"), tr("电话"), tr("会员卡号"), tr("积分")], sheet.guests,
                        [width * 0.1, width * 0.25, width * 0.25, width * 0.25, width * 0.15],
                        blank_rows=max(0, 5 - len(sheet.guests))),
        form.spacer(6),
        form.grid([[(tr("负责人签名"), ""), (tr("日期"), "")]], width),
    ]
    return form.build(path, sheet.header, story)
