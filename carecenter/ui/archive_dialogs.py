"""The customer, vehicle and service-visit dialogs of the archive tab (field lists; saving is the domain's)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carecenter import archive
from carecenter.models import CLUB_LEVELS, CONTACT_METHODS, CUSTOMER_SOURCES, VISIT_TYPES
from carecenter.ui.record_dialog import Field, RecordDialog
from carecenter.ui.runner import TaskRunner

CUSTOMER_FIELDS = [
    Field("name", "客户名称", required=True),
    Field("gender", "性别", "choice", ("", "男", "女")),
    Field("phone", "电话", placeholder="手机或带区号的座机"),
    Field("phone2", "其他电话"),
    Field("contact_name", "联系人"),
    Field("address", "地址"),
    Field("postcode", "邮编"),
    Field("birthday", "生日", "date"),
    Field("occupation", "职业"),
    Field("hobbies", "兴趣爱好"),
    Field("family", "家庭情况"),
    Field("preferred_contact", "偏好联系方式", "choice", CONTACT_METHODS),
    Field("contact_time", "方便联系时间", placeholder="如 工作日 9:00–11:30"),
    Field("do_not_call", "不接受电话回访", "bool"),
    Field("club_level", "会员级别", "choice", CLUB_LEVELS),
    Field("club_joined", "入会日期", "date"),
    Field("points", "积分"),
    Field("source", "客户来源", "choice", ("",) + CUSTOMER_SOURCES),
    Field("first_contact_date", "建档日期", "date"),
    Field("wishes", "客户希望得到的服务", "multiline"),
    Field("notes", "备注", "multiline"),
]

VEHICLE_FIELDS = [
    Field("plate", "车号", placeholder="如 浙A12345"),
    Field("vin", "底盘号", placeholder="17 位车架号（VIN）"),
    Field("model", "车型"),
    Field("vehicle_type", "车种", placeholder="轿车、SUV …"),
    Field("engine_no", "发动机编号"),
    Field("color", "颜色"),
    Field("delivery_date", "交车日期", "date"),
    Field("sales_consultant", "销售顾问"),
    Field("mileage", "行驶里程", placeholder="公里"),
    Field("insurance_expiry", "保险到期日", "date"),
    Field("inspection_due", "年检到期日", "date"),
]

VISIT_FIELDS = [
    Field("visit_date", "送修或来访日期", "date", required=True),
    Field("visit_type", "维修类型", "choice", VISIT_TYPES),
    Field("mileage", "行驶里程", placeholder="公里"),
    Field("amount", "金额", placeholder="元"),
    Field("service_advisor", "服务顾问"),
    Field("items", "维修养护项目", "multiline"),
    Field("notes", "备注", "multiline"),
]


def _values(record, fields: list[Field]) -> dict:
    return {spec.key: getattr(record, spec.key) for spec in fields}


def customer_dialog(runner: TaskRunner, customer=None, parent: QWidget | None = None) -> RecordDialog:
    """New customer (``customer`` None) or edit one."""
    customer_id = customer.id if customer is not None else None
    return RecordDialog(
        runner, "编辑客户档案" if customer is not None else "新增客户", CUSTOMER_FIELDS,
        lambda values, confirm: archive.save_customer(values, customer_id, confirm=confirm),
        _values(customer, CUSTOMER_FIELDS) if customer is not None else {"preferred_contact": "电话"}, parent)


def vehicle_dialog(runner: TaskRunner, customer_id: int, vehicle=None, parent: QWidget | None = None
                   ) -> RecordDialog:
    vehicle_id = vehicle.id if vehicle is not None else None
    return RecordDialog(
        runner, "编辑车辆" if vehicle is not None else "添加车辆", VEHICLE_FIELDS,
        lambda values, confirm: archive.save_vehicle(customer_id, values, vehicle_id, confirm=confirm),
        _values(vehicle, VEHICLE_FIELDS) if vehicle is not None else None, parent)


def visit_dialog(runner: TaskRunner, vehicle_id: int, today, parent: QWidget | None = None) -> RecordDialog:
    return RecordDialog(
        runner, "登记维修保养（到店）", VISIT_FIELDS,
        lambda values, confirm: archive.add_visit(vehicle_id, values, confirm=confirm),
        {"visit_date": today, "visit_type": "定期保养"}, parent)
