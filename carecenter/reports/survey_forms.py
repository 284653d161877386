"""F15 满意度回访记录表: one survey on a page, or a month's register (landscape), one table per questionnaire with a
column per question as it was asked. Takes plain data (surveys.SurveyRecord-like rows turned into text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from carecenter.reports import form
from carecenter.i18n import N_, tr

TITLE = N_("满意度回访记录表")


@dataclass
class OneSurvey:
    header: form.FormHeader
    values: dict  # name, plate, kind, date, caller, staff_label, staff, opinion, done, questionnaire
    answers: list[tuple[str, str]]  # (question, answer in words), in the order asked; the overall one last


def write_one(sheet: OneSurvey, path: Path | str) -> Path:
    v = sheet.values
    width = form.content_width()
    story = [
        form.grid([[(tr("客户姓名"), v["name"]), (tr("车牌号"), v["plate"])],
                   [(tr("回访类型"), v["kind"]), (tr("回访日期"), v["date"])],
                   [(tr("回访人"), v["caller"]), (tr(v["staff_label"]), v["staff"])],
                   [(tr("问卷"), v["questionnaire"])]], width),
        form.spacer(3),
        form.list_table([tr("序号"), tr("问题"), tr("回答")],
                        [(n, question, answer) for n, (question, answer) in enumerate(sheet.answers, 1)],
                        [12 * mm, width * 0.55, width - 12 * mm - width * 0.55]),
        form.spacer(3),
        form.grid([[(tr("客户意见与建议"), v["opinion"])], [(tr("处理结果"), v["done"])]], width),
    ]
    return form.build(path, sheet.header, story)


@dataclass
class RegisterPart:
    title: str  # the questionnaire's name
    staff_label: str  # 销售顾问 / 服务顾问
    questions: list[str]  # the columns, as asked (the overall question last)
    rows: list[tuple] = field(default_factory=list)  # name, plate, kind, date, caller, staff, answers…, opinion, done


@dataclass
class Register:
    header: form.FormHeader
    month: str
    parts: list[RegisterPart]
    summary: str  # the month's figures in one line


def write_register(sheet: Register, path: Path | str) -> Path:
    width = form.content_width(wide=True)
    story = [form.grid([[(tr("月份"), sheet.month)]], width), form.spacer(2)]
    for part in sheet.parts:
        fixed = [tr("客户姓名"), tr("车牌号"), tr("回访类型"), tr("回访日期"), tr("回访人"), tr(part.staff_label)]
        columns = fixed + [tr(q) for q in part.questions] + [tr("客户意见与建议"), tr("处理结果")]
        fixed_shares = [0.055, 0.07, 0.08, 0.05, 0.045, 0.05]
        rest = 1 - sum(fixed_shares) - 0.15 - 0.13
        answer_share = rest / max(1, len(part.questions))
        shares = fixed_shares + [answer_share] * len(part.questions) + [0.15, 0.13]
        story += [form.section(part.title),
                  form.list_table(columns, part.rows, [width * s for s in shares],
                                  blank_rows=max(0, 3 - len(part.rows))),
                  form.spacer(3)]
    story.append(form.cell(sheet.summary))
    story.append(form.cell(tr("回答：5 非常满意　4 满意　3 一般　2 不满意　1 非常不满意　— 不适用"), "note"))
    return form.build(path, sheet.header, story, wide=True)
