"""F6 客户抱怨/投诉处理表 and F7 客户投诉升级预警单."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from carecenter.reports import form

F6_TITLE = "客户抱怨/投诉处理表"
F7_TITLE = "客户投诉升级预警单"


@dataclass
class ComplaintSheet:
    """F6, every value already text; ``signatures`` maps a box to "name time" (blank boxes are for a pen)."""

    header: form.FormHeader
    values: dict[str, str] = field(default_factory=dict)
    signatures: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return self.values.get(key, "")


def write_complaint(sheet: ComplaintSheet, path: Path | str) -> Path:
    width = form.content_width()
    v, s = sheet.get, sheet.signatures.get
    label = 30 * mm
    story = [
        form.grid([[("受理日期", v("accepted_on") or "____年__月__日"), ("受理编号", v("number"))]], width, label),
        form.grid([
            [("客户姓名", v("name")), ("联系人", v("contact"))],
            [("地址", v("address")), ("邮编", v("postcode"))],
            [("电话", v("phone")), ("传真", v("fax"))],
            [("购车时间", v("bought_on")), ("抱怨/投诉时间", v("complained_at"))],
            [("抱怨/投诉次数", v("times")), ("车型", v("model"))],
            [("底盘号", v("vin")), ("发动机号", v("engine_no"))],
            [("接待的销售顾问", v("sales_consultant")), ("接待的客户关爱专员", v("handler"))],
        ], width, label),
        form.grid([
            [("抱怨/投诉内容", v("content"))],
            [("初步原因分析", v("analysis"))],
            [("客户关爱专员签名", s("specialist", "")), ("客户关爱总监签名", s("director", ""))],
            [("转交时间", v("transferred_at")), ("责任部门经理签名", s("department_manager", ""))],
            [("抱怨/投诉调查结果", v("investigation"))],
            [("采取措施", v("measures"))],
            [("措施完成时间", v("measures_done_at")), ("负责人签名", s("measure_owner", ""))],
            [("客户对采取措施后的反馈意见", v("customer_feedback"))],
            [("回访时间", v("feedback_at")), ("客户关爱专员签名", s("feedback_specialist", ""))],
            [("抱怨/投诉根本原因分析", v("root_cause"))],
            [("经销商改进措施", v("improvement"))],
            [("改进措施实施部门", v("improvement_dept")), ("实施部门经理签名", s("implementing_manager", ""))],
            [("日期", v("implemented_on")), ("客户关爱总监签名", s("final_director", ""))],
            [("日期", v("final_on"))],
        ], width, label),
    ]
    return form.build(path, sheet.header, story)


@dataclass
class EscalationSheet:
    header: form.FormHeader
    values: dict[str, str] = field(default_factory=dict)


def write_escalation(sheet: EscalationSheet, path: Path | str) -> Path:
    width = form.content_width()
    v = sheet.values.get
    story = [form.section("工单信息和客户信息"), form.grid([
        [("工单号", v("work_order", "")), ("客户姓名", v("name", ""))],
        [("联系电话", v("phone", "")), ("车牌号码", v("plate", ""))],
        [("车型", v("model", "")), ("行驶里程数", v("mileage", ""))],
        [("涉及SST", v("sst", "")), ("初次投诉日期", v("first_on", ""))],
        [("购车日期", v("bought_on", "")), ("原处理部门/升级处理部门", v("departments", ""))],
    ], width, 34 * mm), form.spacer(3), form.grid([
        [("客户再次投诉内容", v("again", ""))],
        [("升级预警原因描述", v("reason", ""))],
        [("CSR工号", v("csr", "")), ("组长/主管签字", v("supervisor", ""))],
        [("职能部门处理结果", v("result", ""))],
        [("处理人", v("handled_by", "")), ("日期", v("handled_on", ""))],
    ], width, 34 * mm)]
    return form.build(path, sheet.header, story)
