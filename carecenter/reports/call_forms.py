"""F2 跟踪服务电话记录表, F3 跟踪服务电话登记表, F4 跟踪服务信函登记表, F5 成交客户回访情况记录表."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from carecenter.reports import form
from carecenter.i18n import N_, tr

F2_TITLE = N_("跟踪服务电话记录表")
F3_TITLE = N_("跟踪服务电话登记表")
F4_TITLE = N_("跟踪服务信函登记表")
F5_TITLE = N_("成交客户回访情况记录表")
CALL_TYPES_LINE = N_("回访 / 客户来电咨询 / 客户来电投诉 / 预约 / 提醒")
LETTER_TYPES_LINE = N_("通知 / 邀请函 / 答复函 / 感谢信 / 生日贺卡")


@dataclass
class CallRecord:
    """F2: one call, every value already text."""

    header: form.FormHeader
    when: str = ""
    who: str = ""
    plate: str = ""
    phone: str = ""
    where: str = ""
    what: str = ""
    why: str = ""
    how: str = ""
    call_type: str = ""
    handler: str = ""
    request: str = ""
    answer: str = ""
    open_question: str = ""
    reported_on: str = ""
    answered_on: str = ""


def write_call(record: CallRecord, path: Path | str) -> Path:
    width = form.content_width()
    call_type = (
        tr("{call_type}（{CALL_TYPES_LINE}）").format(call_type=record.call_type, CALL_TYPES_LINE=tr(CALL_TYPES_LINE))
        if record.call_type
        else tr(CALL_TYPES_LINE)
    )
    story = [form.grid([
        [(tr("日期/时间 (When)"), record.when), (tr("经办人"), record.handler)],
        [(tr("客户/联系人 (Who)"), record.who), (tr("电话"), record.phone)],
        [(tr("车号"), record.plate), (tr("地点 (Where)"), record.where)],
        [(tr("通话类型"), call_type)],
        [(tr("事由 (What)"), record.what)],
        [(tr("原因 (Why)"), record.why)],
        [(tr("处理方式 (How)"), record.how)],
    ], width, label_width=32 * mm), form.spacer(4), form.grid([
        [(tr("客户要求、希望或投诉"), record.request)],
        [(tr("当场答复内容"), record.answer)],
        [(tr("需研究的问题"), record.open_question)],
        [(tr("上报主管日期"), record.reported_on), (tr("答复客户日期"), record.answered_on)],
    ], width, label_width=32 * mm)]
    return form.build(path, record.header, story)


F3_HEADERS = (
    N_("序号"),
    N_("日期"),
    N_("客户名称"),
    N_("电话"),
    N_("车号"),
    N_("通话类型"),
    N_("内容摘要"),
    N_("结果"),
    N_("经办人"),
    N_("下次联系日期"),
)
F3_WIDTHS = (12, 22, 28, 28, 24, 26, 0, 22, 22, 26)


def _widths(widths: tuple[int, ...], total: float) -> list[float]:
    fixed = sum(w for w in widths if w) * mm
    return [w * mm if w else total - fixed for w in widths]


def write_call_register(header: form.FormHeader, rows: list[tuple], path: Path | str, period: str) -> Path:
    """F3: many calls per page, landscape; ``rows`` hold the columns after 序号."""
    width = form.content_width(wide=True)
    numbered = [(str(index),) + tuple(row) for index, row in enumerate(rows, start=1)]
    story = [form.section(tr("期间：{period}　共 {v2} 次通话").format(period=period, v2=len(rows))),
             form.list_table(F3_HEADERS, numbered, _widths(F3_WIDTHS, width), blank_rows=max(3, 12 - len(rows)))]
    return form.build(path, header, story, wide=True)


F4_HEADERS = (N_("序号"), N_("日期"), N_("客户名称"), N_("地址"), N_("信函类型"), N_("内容摘要"), N_("寄出日期"), N_("经办人"))
F4_WIDTHS = (12, 24, 30, 60, 24, 0, 24, 24)


def write_letter_register(header: form.FormHeader, rows: list[tuple], path: Path | str, period: str) -> Path:
    width = form.content_width(wide=True)
    numbered = [(str(index),) + tuple(row) for index, row in enumerate(rows, start=1)]
    story = [
        form.section(
            tr("期间：{period}　信函类型：{LETTER_TYPES_LINE}").format(
                period=period, LETTER_TYPES_LINE=tr(LETTER_TYPES_LINE)
            )
        ),
        form.list_table(F4_HEADERS, numbered, _widths(F4_WIDTHS, width), blank_rows=max(3, 12 - len(rows))),
    ]
    return form.build(path, header, story, wide=True)


@dataclass
class FollowupBlock:
    title: str
    date: str = ""
    caller: str = ""
    product: str = ""
    service: str = ""
    other: str = ""


@dataclass
class DeliveryFollowup:
    """F5: one delivered car and its three follow-up calls."""

    header: form.FormHeader
    name: str = ""
    phone: str = ""
    model: str = ""
    plate: str = ""
    vin: str = ""
    delivery_date: str = ""
    consultant: str = ""
    blocks: list[FollowupBlock] = field(default_factory=list)
    first_service: str = ""
    first_service_date: str = ""


def write_delivery_followup(record: DeliveryFollowup, path: Path | str) -> Path:
    width = form.content_width()
    story = [form.grid([
        [(tr("客户姓名"), record.name), (tr("电话"), record.phone)],
        [(tr("车型"), record.model), (tr("车号"), record.plate)],
        [(tr("底盘号"), record.vin), (tr("交车日期"), record.delivery_date)],
        [(tr("销售顾问"), record.consultant)],
    ], width)]
    for block in record.blocks:
        story += [form.spacer(3), KeepTogether([form.section(block.title), form.grid([
            [(tr("回访日期"), block.date), (tr("回访人"), block.caller)],
            [(tr("回访反馈·产品"), block.product)],
            [(tr("回访反馈·服务"), block.service)],
            [(tr("回访反馈·其他"), block.other)],
        ], width)])]
    story += [form.spacer(3), form.grid([[(tr("预计首保"), record.first_service),
                                          (tr("预计首保日期"), record.first_service_date)]], width)]
    return form.build(path, record.header, story)
