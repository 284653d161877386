"""F1 客户档案基本资料表: the customer archive basic data sheet, one per customer, a block per vehicle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from carecenter.reports import form

TITLE = "客户档案基本资料表"


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


VISIT_HEADERS = ("日期", "维修类型", "维修养护项目", "行驶里程", "金额")


def _vehicle_story(block: VehicleBlock, index: int, width: float) -> list:
    story = [KeepTogether([form.section(f"车辆 {index}"), form.grid([
        [("车型", block.model), ("车号", block.plate)],
        [("车种", block.vehicle_type), ("底盘号", block.vin)],
        [("发动机编号", block.engine_no), ("行驶里程", block.mileage)],
        [("维修类型", block.visit_type), ("维修养护项目", block.items)],
        [("保养周期", block.cycle), ("下一次保养期", block.next_due)],
    ], width)])]
    story += [form.spacer(2), form.section("在本公司维修、保养记录")]
    story.append(form.list_table(
        VISIT_HEADERS, block.visits,
        [24 * mm, 26 * mm, width - 24 * mm - 26 * mm - 26 * mm - 24 * mm, 26 * mm, 24 * mm],
        blank_rows=max(2, 5 - len(block.visits)),
    ))
    return story


def write(sheet: CustomerSheet, path: Path | str) -> Path:
    """Write the F1 sheet as a PDF; a customer without vehicles still gets one blank vehicle block."""
    width = form.content_width()
    story = [form.section("客户有关情况"), form.grid([
        [("客户名称", sheet.name), ("电话", sheet.phone)],
        [("地址", sheet.address)],
        [("送修或来访日期", sheet.visit_date), ("生日", sheet.birthday)],
        [("职业", sheet.occupation), ("兴趣爱好", sheet.hobbies)],
        [("家庭情况", sheet.family), ("偏好联系方式", sheet.preferred_contact)],
        [("方便联系时间", sheet.contact_time), ("会员级别", sheet.club_level)],
        [("积分", sheet.points), ("转介绍", sheet.referrals)],
        [("客户希望得到的服务", sheet.wishes)],
    ], width)]
    for index, block in enumerate(sheet.vehicles or [VehicleBlock()], start=1):
        story += [form.spacer(3), *_vehicle_story(block, index, width)]
    return form.build(path, sheet.header, story)
