"""F6 客户抱怨/投诉处理表 and F7 客户投诉升级预警单."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from carecenter.reports import form
from carecenter.i18n import N_, tr

F6_TITLE = N_("客户抱怨/投诉处理表")
F7_TITLE = N_("客户投诉升级预警单")


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
        form.grid([[(tr("受理日期"), v("accepted_on") or tr("____年__月__日")), (tr("受理编号"), v("number"))],
                   [(tr("响应时限"), v("response_due")), (tr("封闭时限"), v("closure_due"))]], width, label),
        form.grid([
            [(tr("客户姓名"), v("name")), (tr("联系人"), v("contact"))],
            [(tr("地址"), v("address")), (tr("邮编"), v("postcode"))],
            [(tr("电话"), v("phone")), (tr("传真"), v("fax"))],
            [(tr("购车时间"), v("bought_on")), (tr("抱怨/投诉时间"), v("complained_at"))],
            [(tr("抱怨/投诉次数"), v("times")), (tr("车型"), v("model"))],
            [(tr("底盘号"), v("vin")), (tr("发动机号"), v("engine_no"))],
            [(tr("接待的销售顾问"), v("sales_consultant")), (tr("接待的客户关爱专员"), v("handler"))],
        ], width, label),
        form.grid([
            [(tr("抱怨/投诉内容"), v("content"))],
            [(tr("初步原因分析"), v("analysis"))],
            [(tr("客户关爱专员签名"), s("specialist", "")), (tr("客户关爱总监签名"), s("director", ""))],
            [(tr("转交时间"), v("transferred_at")), (tr("责任部门经理签名"), s("department_manager", ""))],
            [(tr("抱怨/投诉调查结果"), v("investigation"))],
            [(tr("采取措施"), v("measures"))],
            [(tr("措施完成时间"), v("measures_done_at")), (tr("负责人签名"), s("measure_owner", ""))],
            [(tr("客户对采取措施后的反馈意见"), v("customer_feedback"))],
            [(tr("回访时间"), v("feedback_at")), (tr("客户关爱专员签名"), s("feedback_specialist", ""))],
            [(tr("抱怨/投诉根本原因分析"), v("root_cause"))],
            [(tr("经销商改进措施"), v("improvement"))],
            [(tr("改进措施实施部门"), v("improvement_dept"))],
            # each date beside the signature it dates (the paper's order: 经理签名, 日期, 总监签名, 日期)
            [(tr("实施部门经理签名"), s("implementing_manager", "")), (tr("日期"), v("implemented_on"))],
            [(tr("客户关爱总监签名"), s("final_director", "")), (tr("日期"), v("final_on"))],
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
    story = [form.section(tr("工单信息和客户信息")), form.grid([
        [(tr("工单号"), v("work_order", "")), (tr("客户姓名"), v("name", ""))],
        [(tr("联系电话"), v("phone", "")), (tr("车牌号码"), v("plate", ""))],
        [(tr("车型"), v("model", "")), (tr("行驶里程数"), v("mileage", ""))],
        [(tr("涉及SST"), v("sst", "")), (tr("初次投诉日期"), v("first_on", ""))],
        [(tr("购车日期"), v("bought_on", "")), (tr("原处理部门/升级处理部门"), v("departments", ""))],
    ], width, 34 * mm), form.spacer(3), form.grid([
        [(tr("客户再次投诉内容"), v("again", ""))],
        [(tr("升级预警原因描述"), v("reason", ""))],
        [(tr("CSR工号"), v("csr", "")), (tr("组长/主管签字"), v("supervisor", ""))],
        [(tr("职能部门处理结果"), v("result", ""))],
        [(tr("处理人"), v("handled_by", "")), (tr("日期"), v("handled_on", ""))],
    ], width, 34 * mm)]
    return form.build(path, sheet.header, story)
