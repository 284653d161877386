"""The customer, vehicle and service-visit dialogs of the archive tab (field lists; saving is the domain's)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carecenter import archive
from carecenter.models import CONTACT_METHODS, CUSTOMER_SOURCES, VISIT_TYPES
from carecenter.ui.record_dialog import Field, RecordDialog
from carecenter.ui.runner import TaskRunner
from carecenter.i18n import N_, tr

CUSTOMER_FIELDS = [
    Field("name", N_("客户名称"), required=True),
    Field("gender", N_("性别"), "choice", ("", N_("男"), N_("女"))),
    Field("phone", N_("电话"), placeholder=N_("手机或带区号的座机")),
    Field("phone2", N_("其他电话")),
    Field("contact_name", N_("联系人")),
    Field("address", N_("地址")),
    Field("postcode", N_("邮编")),
    Field("birthday", N_("生日"), "date"),
    Field("occupation", N_("职业")),
    Field("hobbies", N_("兴趣爱好")),
    Field("family", N_("家庭情况")),
    Field("preferred_contact", N_("偏好联系方式"), "choice", CONTACT_METHODS),
    Field("contact_time", N_("方便联系时间"), placeholder=N_("如 工作日 9:00–11:30")),
    Field("do_not_call", N_("不接受电话回访"), "bool"),
    # the level follows the points and the points are a ledger (会员积分…): neither is typed here
    Field("club_joined", N_("入会日期"), "date"),
    Field("source", N_("客户来源"), "choice", ("",) + CUSTOMER_SOURCES),
    Field("first_contact_date", N_("建档日期"), "date"),
    Field("wishes", N_("客户希望得到的服务"), "multiline"),
    Field("notes", N_("备注"), "multiline"),
]

VEHICLE_FIELDS = [
    Field("plate", N_("车号"), placeholder=N_("如 浙A12345")),
    Field("vin", N_("底盘号"), placeholder=N_("17 位车架号（VIN）")),
    Field("model", N_("车型")),
    Field("vehicle_type", N_("车种"), placeholder=N_("轿车、SUV …")),
    Field("engine_no", N_("发动机编号")),
    Field("color", N_("颜色")),
    Field("delivery_date", N_("交车日期"), "date"),
    Field("sales_consultant", N_("销售顾问")),
    Field("mileage", N_("行驶里程"), placeholder=N_("公里")),
    Field("insurance_expiry", N_("保险到期日"), "date"),
    Field("inspection_due", N_("年检到期日"), "date"),
]

VISIT_FIELDS = [
    Field("visit_date", N_("送修或来访日期"), "date", required=True),
    Field("visit_type", N_("维修类型"), "choice", VISIT_TYPES),
    Field("mileage", N_("行驶里程"), placeholder=N_("公里")),
    Field("amount", N_("金额"), placeholder=N_("元")),
    Field("service_advisor", N_("服务顾问")),
    Field("items", N_("维修养护项目"), "multiline"),
    Field("notes", N_("备注"), "multiline"),
]


def _values(record, fields: list[Field]) -> dict:
    return {spec.key: getattr(record, spec.key) for spec in fields}


def customer_dialog(runner: TaskRunner, customer=None, parent: QWidget | None = None) -> RecordDialog:
    """New customer (``customer`` None) or edit one."""
    customer_id = customer.id if customer is not None else None
    return RecordDialog(
        runner, tr("编辑客户档案") if customer is not None else tr("新增客户"), CUSTOMER_FIELDS,
        lambda values, confirm: archive.save_customer(values, customer_id, confirm=confirm),
        _values(customer, CUSTOMER_FIELDS) if customer is not None else {"preferred_contact": tr("电话")}, parent)


def vehicle_dialog(runner: TaskRunner, customer_id: int, vehicle=None, parent: QWidget | None = None
                   ) -> RecordDialog:
    vehicle_id = vehicle.id if vehicle is not None else None
    return RecordDialog(
        runner, tr("编辑车辆") if vehicle is not None else tr("添加车辆"), VEHICLE_FIELDS,
        lambda values, confirm: archive.save_vehicle(customer_id, values, vehicle_id, confirm=confirm),
        _values(vehicle, VEHICLE_FIELDS) if vehicle is not None else None, parent)


def visit_dialog(runner: TaskRunner, vehicle_id: int, today, parent: QWidget | None = None) -> RecordDialog:
    return RecordDialog(
        runner, tr("登记维修保养（到店）"), VISIT_FIELDS,
        lambda values, confirm: archive.add_visit(vehicle_id, values, confirm=confirm),
        {"visit_date": today, "visit_type": tr("定期保养")}, parent)
