"""F1 客户档案基本资料表: the customer archive basic data sheet, one per customer, a block per vehicle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from carecenter.reports import form
from carecenter.i18n import N_, tr

TITLE = N_("客户档案基本资料表")


@dataclass
class VehicleBlock:
    """One vehicle's part of the sheet; every value is already text."""

    model: str = ""
    plate: str = ""
    vehicle_type: str = ""
    vin: str = ""
    engine_no: str = ""
    mileage: str = ""
    visit_type: str = ""
    items: str = ""
    cycle: str = ""
    next_due: str = ""
    visits: list[tuple[str, str, str, str, str]] = field(default_factory=list)


@dataclass
class CustomerSheet:
    header: form.FormHeader
    name: str = ""
    address: str = ""
    phone: str = ""
    visit_date: str = ""
    birthday: str = ""
    occupation: str = ""
    hobbies: str = ""
    family: str = ""
    preferred_contact: str = ""
    contact_time: str = ""
    club_level: str = ""
    points: str = ""
    referrals: str = ""
    wishes: str = ""
    vehicles: list[VehicleBlock] = field(default_factory=list)


VISIT_HEADERS = (N_("日期"), N_("维修类型"), N_("维修养护项目"), N_("行驶里程"), N_("金额"))


def _vehicle_story(block: VehicleBlock, index: int, width: float) -> list:
    story = [KeepTogether([form.section(tr("车辆 {index}").format(index=index)), form.grid([
        [(tr("车型"), block.model), (tr("车号"), block.plate)],
        [(tr("车种"), block.vehicle_type), (tr("底盘号"), block.vin)],
        [(tr("发动机编号"), block.engine_no), (tr("行驶里程"), block.mileage)],
        [(tr("维修类型"), block.visit_type), (tr("维修养护项目"), block.items)],
        [(tr("保养周期"), block.cycle), (tr("下一次保养期"), block.next_due)],
    ], width)])]
    story += [form.spacer(2), form.section(tr("在本公司维修、保养记录"))]
    story.append(form.list_table(
        VISIT_HEADERS, block.visits,
        [24 * mm, 26 * mm, width - 24 * mm - 26 * mm - 26 * mm - 24 * mm, 26 * mm, 24 * mm],
        blank_rows=max(2, 5 - len(block.visits)),
    ))
    return story


def write(sheet: CustomerSheet, path: Path | str) -> Path:
    """Write the F1 sheet as a PDF; a customer without vehicles still gets one blank vehicle block."""
    width = form.content_width()
    story = [form.section(tr("客户有关情况")), form.grid([
        [(tr("客户名称"), sheet.name), (tr("电话"), sheet.phone)],
        [(tr("地址"), sheet.address)],
        [(tr("送修或来访日期"), sheet.visit_date), (tr("生日"), sheet.birthday)],
        [(tr("职业"), sheet.occupation), (tr("兴趣爱好"), sheet.hobbies)],
        [(tr("家庭情况"), sheet.family), (tr("偏好联系方式"), sheet.preferred_contact)],
        [(tr("方便联系时间"), sheet.contact_time), (tr("会员级别"), sheet.club_level)],
        [(tr("积分"), sheet.points), (tr("转介绍"), sheet.referrals)],
        [(tr("客户希望得到的服务"), sheet.wishes)],
    ], width)]
    for index, block in enumerate(sheet.vehicles or [VehicleBlock()], start=1):
        story += [form.spacer(3), *_vehicle_story(block, index, width)]
    return form.build(path, sheet.header, story)
