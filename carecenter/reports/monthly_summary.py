"""F12 月度工作小结: the manager's monthly summary (RULES §6) — a cover with the key figures against their targets,
then one section per item of RULES §6, each numeric section with its chart and its table."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Table
from reportlab.lib.styles import ParagraphStyle

from carecenter.complaints import in_language
from carecenter.monthly import SECTIONS, MonthlySummary
from carecenter.recall import FUNNEL
from carecenter.reports import charts, form
from carecenter.reports.fonts import register
from carecenter.stats import ROWS as F9_ROWS
from carecenter.stats import group_remarks
from carecenter.i18n import N_, tr
from carecenter.retention import UNKNOWN

TITLE = N_("月度工作小结")
MISSED = N_("▼ 未达标")
#: The most frequent remarks the PDF lists; the workbook holds every one.
REMARK_GROUPS = 30


def _pct(value: float) -> str:
    return f"{value:.1f}%"


def _time(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _mark(target) -> str:
    return tr("—（无数据）") if target.met is None else (tr("✓ 达标") if target.met else MISSED)


def _targets_table(summary: MonthlySummary, width: float) -> Table:
    rows = [(t.name, t.shown, t.bound, f"{t.basis}", _mark(t)) for t in summary.targets]
    return form.list_table([tr("指标"), _said(summary, N_("本月实际"), N_("本期实际")), tr("目标"), tr("依据（件）"), tr("结果")], rows,
                           [width * 0.3, width * 0.16, width * 0.2, width * 0.14, width * 0.2])


def _cover(summary: MonthlySummary, width: float) -> list:
    font = register()
    big = ParagraphStyle("cover", fontName=font, fontSize=22, leading=30, alignment=1)
    middle = ParagraphStyle("cover2", fontName=font, fontSize=14, leading=22, alignment=1)
    year, month = summary.month.split("-")
    heading = summary.period.heading if summary.period else tr("{v1}年{v2}月 月度工作小结").format(
        v1=int(year), v2=int(month))
    story = [
        form.spacer(20),
        Paragraph(tr(summary.dealership), middle),
        form.spacer(4),
        Paragraph(heading, big),
        form.spacer(2),
        Paragraph(
            tr("统计期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}　制表日期：{made_on:%Y-%m-%d}").format(
                first=summary.first, last=summary.last, made_on=summary.made_on
            ),
            form.styles()["note"],
        ),
        form.spacer(10),
        form.section(tr("本月关键指标与目标") if _is_month(summary) else tr("本期关键指标与目标")),
        _targets_table(summary, width),
        form.spacer(4),
    ]
    if not _is_full(summary):  # a week: calls and complaints only
        return story + [form.section(tr("目录"))] + [Paragraph(tr(title), form.styles()["cell"])
                                                      for title in SECTIONS[1:3]]
    calls, complaint = summary.calls.total, summary.complaints.kpis
    key = [
        (tr("应回访 / 已回访"), f"{calls.due} / {calls.done}"),
        (tr("投诉受理"), tr("{count} 件").format(count=complaint.count)),
        (tr("及时响应率"), _pct(complaint.rate(complaint.responded_on_time))),
        (tr("及时封闭率"), _pct(complaint.rate(complaint.closed_on_time))),
        (tr("一次解决率"), _pct(complaint.rate(complaint.solved_first_time))),
        (tr("逾期未结投诉"), tr("{v1} 件").format(v1=len(summary.complaints.overdue))),
        (tr("提醒后30天内回厂"), f"{summary.reminders['total'].came_back} / {summary.reminders['total'].reminded}"),
        (tr("流失客户（逾期12个月）"), tr("{v1} 台").format(v1=summary.funnel.stages[12])),
        (tr("满意度问卷"), tr("{count} 份").format(count=summary.surveys.responses if summary.surveys else 0)),
        (tr("问卷满意率"), _pct(summary.surveys.satisfied_rate or 0.0) if summary.surveys else "—"),
    ]
    story += [form.grid([key[i:i + 2] for i in range(0, len(key), 2)], width, label_width=38 * mm),
              form.spacer(8), form.section(tr("目录"))]
    story += [Paragraph(tr(title), form.styles()["cell"]) for title in SECTIONS]
    return story


def _said(summary: MonthlySummary, of_a_month: str, of_a_period: str) -> str:
    """The words of a month's summary, or those of a week's, a quarter's or a year's (本月 / 本期)."""
    return tr(of_a_month if _is_month(summary) else of_a_period)


def _is_month(summary: MonthlySummary) -> bool:
    return summary.period is None or summary.period.kind == "monthly"


def _is_full(summary: MonthlySummary) -> bool:
    return summary.period is None or summary.period.full


def _f9(summary: MonthlySummary, width: float) -> list:
    year, month = summary.month.split("-")
    if not _is_month(summary):
        return _f9_period(summary, width)
    rows = []
    for model, figures in summary.f9.items():
        for index, row in enumerate(F9_ROWS):
            this_month, year_to_date = figures[row]
            rows.append([model if index == 0 else "", row, str(this_month), str(year_to_date)])
    story = [
        form.section(SECTIONS[0]),
        Paragraph(
            tr("顾客统计表（F9）　年份：{year}　月份：{v2}月（本月与本年累计：1–{v3}月）").format(
                year=year, v2=int(month), v3=int(month)
            ),
            form.styles()["note"],
        ),
    ]
    if not rows:
        return story + [Paragraph(tr("档案中还没有车辆。"), form.styles()["cell"])]
    story.append(form.list_table([tr("车型"), tr("项目"), tr("{v1}月").format(v1=int(month)), tr("本年累计")], rows,
                                 [width * 0.3, width * 0.3, width * 0.2, width * 0.2]))
    models = list(summary.f9)[:10]
    story.append(charts.bar_chart(models, [(row, [summary.f9[m][row][0] for m in models]) for row in F9_ROWS],
                                  width, 170, title=tr("{v1}月各车型：展厅销售数 / 首次进厂 / 流失顾客").format(v1=int(month))))
    return story


def _f9_period(summary: MonthlySummary, width: float) -> list:
    """F9 for a quarter or a year: the period's months and the year to date."""
    first, last = summary.first.month, summary.last.month
    rows = []
    for model, figures in summary.f9.items():
        for index, row in enumerate(F9_ROWS):
            period, year_to_date = figures[row]
            rows.append([model if index == 0 else "", row, str(period), str(year_to_date)])
    story = [form.section(SECTIONS[0]),
             Paragraph(tr("顾客统计表（F9）　年份：{year}　期间：{first}–{last}月（本期与本年累计：1–{last}月）").format(
                 year=summary.last.year, first=first, last=last), form.styles()["note"])]
    if not rows:
        return story + [Paragraph(tr("档案中还没有车辆。"), form.styles()["cell"])]
    story.append(form.list_table([tr("车型"), tr("项目"), tr("{first}–{last}月").format(first=first, last=last),
                                  tr("本年累计")], rows, [width * 0.3, width * 0.3, width * 0.2, width * 0.2]))
    return story


def _calls(summary: MonthlySummary, width: float) -> list:
    figures = summary.calls
    headers = ["", tr("应回访"), tr("已回访"), tr("按时"), tr("满意"), tr("不满意"), tr("失联"), tr("已过期"), tr("未完成"),
               tr("回访率"), tr("满意率")]

    def line(name, c):
        return [name, c.due, c.done, c.on_time, c.satisfied, c.unsatisfied, c.lost, c.missed, c.open, _pct(c.rate),
                _pct(c.satisfied_rate)]

    # three-character Chinese titles fit on one line; Unsatisfied, the longest English one, is set smaller
    widths = [width * share for share in (0.15, 0.08, 0.08, 0.07, 0.08, 0.09, 0.08, 0.08, 0.08, 0.105, 0.105)]
    story = [form.section(SECTIONS[1])]
    if not figures.total.due:
        return story + [Paragraph(_said(summary, N_("本月没有到期的回访任务。"), N_("本期没有到期的回访任务。")), form.styles()["cell"])]
    story += [
        form.list_table(headers, [line(tr("合计"), figures.total), line(tr("其中质保期内"), figures.warranty)], widths),
        form.spacer(2),
    ]
    if figures.total.missed:
        story += [Paragraph(tr("已过期 {missed} 项：时间窗口结束仍未回访，计入应回访、不计已回访；其中 {unlisted} 项因电脑未开机、"
                               "清单未生成而从未列入每日清单。按原因和专员见下表“已过期”列；回访清单的“已过期”筛选列出每一项。")
                            .format(missed=figures.total.missed, unlisted=figures.total.unlisted),
                            form.styles()["note"]), form.spacer(2)]
    story += [
        _targets_table(summary, width),
        form.spacer(2),
        form.list_table(
            [tr("回访原因")] + headers[1:],
            [line(summary.reason_titles[c], n) for c, n in figures.by_reason.items()],
            widths,
        ),
        form.spacer(2),
        form.list_table(
            [tr("回访专员")] + headers[1:], [line(name, n) for name, n in figures.by_specialist.items()], widths
        ),
    ]
    reasons = list(figures.by_reason)
    short = [summary.short_reason_titles.get(c, summary.reason_titles[c]) for c in reasons]
    story.append(KeepTogether([
        charts.bar_chart(short, [(tr("应回访"), [figures.by_reason[c].due for c in reasons]),
                                 (tr("已回访"), [figures.by_reason[c].done for c in reasons])], width, 180,
                         title=tr("各回访原因：应回访与已回访")),
    ]))
    labels = [t.month[2:] for t in summary.trend]
    story.append(KeepTogether([charts.line_chart(
        labels, [(tr("回访率"), [t.call_rate if t.calls_due else None for t in summary.trend]),
                 (tr("满意率"), [t.satisfied_rate if t.calls_due else None for t in summary.trend])],
        width, 160, title=tr("近十二个月回访率与满意率（%）"), value_max=100)]))
    return story


def _complaints(summary: MonthlySummary, width: float) -> list:
    figures = summary.complaints
    k = figures.kpis
    story = [form.section(SECTIONS[2]),
             form.list_table([tr("指标"), tr("件数"), tr("比率")],
                             [[tr("投诉受理"), k.count, ""],
                              [tr("及时响应（120分钟内）"), k.responded_on_time, _pct(k.rate(k.responded_on_time))],
                              [tr("及时封闭"), k.closed_on_time, _pct(k.rate(k.closed_on_time))],
                              [tr("一次解决"), k.solved_first_time, _pct(k.rate(k.solved_first_time))],
                              [tr("升级/预警"), len(figures.escalations), ""],
                              [tr("逾期未结（截至期末）"), len(figures.overdue), ""],
                              [tr("质量投诉（维修质量、产品瑕疵）"), figures.quality[0], ""],
                              [tr("　其中 3 个工作日内封闭"), figures.quality[1],
                               _pct(100 * figures.quality[1] / figures.quality[0]) if figures.quality[0] else ""],
                              [tr("　其中尚未封闭"), figures.quality[2], ""]],
                             [width * 0.5, width * 0.25, width * 0.25])]
    if figures.by_category:
        story.append(form.spacer(2))
        story.append(form.list_table([tr("类别"), tr("名称"), tr("件数")],
                                     [[code, summary.category_titles[code], n]
                                      for code, n in figures.by_category.items()],
                                     [width * 0.15, width * 0.65, width * 0.2]))
        story.append(form.list_table([tr("投诉方式"), tr("件数")], [[name, n] for name, n in figures.by_channel.items()],
                                     [width * 0.8, width * 0.2]))
        codes = list(figures.by_category)
        story.append(KeepTogether([charts.bar_chart(codes, [(tr("件数"), [figures.by_category[c] for c in codes])],
                                                    width, 150, title=tr("各类别投诉件数"))]))
    else:
        story.append(Paragraph(_said(summary, N_("本月没有受理投诉。"), N_("本期没有受理投诉。")), form.styles()["cell"]))
    labels = [t.month[2:] for t in summary.trend]
    story.append(KeepTogether([charts.line_chart(labels, [(tr("投诉件数"), [t.complaints for t in summary.trend])],
                                                 width, 140, title=tr("近十二个月投诉件数"))]))
    if figures.overdue:
        story += [form.section(tr("逾期未结投诉")), form.list_table(
            [tr("受理编号"), tr("类别"), tr("状态"), tr("受理时间"), tr("封闭期限")],
            [[c.number, c.category, c.state, _time(c.accepted_at), _time(c.closure_due)] for c in figures.overdue],
            [width * 0.2, width * 0.12, width * 0.14, width * 0.27, width * 0.27])]
    if figures.escalations:
        story += [form.section(tr("升级与预警")), form.list_table(
            [tr("受理编号"), tr("类别"), tr("状态"), tr("关联原投诉"), tr("预警原因")],
            [[c.number, c.category, c.state, c.repeat_of, in_language(c.warning)] for c in figures.escalations],
            [width * 0.18, width * 0.1, width * 0.14, width * 0.18, width * 0.4])]
    lessons = [c for c in figures.lessons if c.root_cause or c.improvement]
    story += [form.section(tr("根本原因与改进措施")), form.list_table(
        [tr("受理编号"), tr("类别"), tr("根本原因"), tr("改进措施")],
        [[c.number, c.category, c.root_cause, c.improvement] for c in lessons],
        [width * 0.16, width * 0.1, width * 0.37, width * 0.37], blank_rows=0 if lessons else 2)]
    return story


def _recall(summary: MonthlySummary, width: float) -> list:
    story = [form.section(SECTIONS[3])]
    reminders = summary.reminders
    codes = [c for c in reminders if c != "total"]
    rows = [[summary.reason_titles[c], n.reminded, n.came_back, n.waiting, _pct(n.rate)] for c, n in reminders.items()
            if c != "total"]
    total = reminders["total"]
    rows.append([tr("合计"), total.reminded, total.came_back, total.waiting, _pct(total.rate)])
    story.append(form.list_table([tr("提醒类别"), tr("已提醒客户"), tr("30天内回厂"), tr("观察期未满"), tr("回厂率")], rows,
                                 [width * 0.36, width * 0.16, width * 0.16, width * 0.16, width * 0.16]))
    if codes:
        story.append(
            KeepTogether(
                [
                    charts.bar_chart(
                        [summary.short_reason_titles.get(c, summary.reason_titles[c]) for c in codes],
                        [
                            (tr("已提醒"), [reminders[c].reminded for c in codes]),
                            (tr("30天内回厂"), [reminders[c].came_back for c in codes]),
                        ],
                        width,
                        170,
                        title=tr("提醒与回厂"),
                    )
                ]
            )
        )
    story += _appointments(summary, width)
    funnel = summary.funnel
    story += [
        form.section(
            tr("流失客户漏斗（截至 {as_of:%Y-%m-%d}，共 {vehicles} 台有保养期的车辆）").format(
                as_of=funnel.as_of, vehicles=funnel.vehicles
            )
        ),
        form.list_table(
            [tr("逾期未回厂"), tr("车辆数"), _said(summary, N_("本月回厂（招回）"), N_("本期回厂（招回）"))],
            [
                [
                    tr("≥ {months} 个月：{name}").format(months=months, name=tr(name)),
                    funnel.stages[months],
                    funnel.won_back[months],
                ]
                for months, name in FUNNEL
            ],
            [width * 0.5, width * 0.25, width * 0.25],
        ),
        KeepTogether(
            [
                charts.bar_chart(
                    [name for _, name in FUNNEL],
                    [
                        (tr("车辆数"), [funnel.stages[m] for m, _ in FUNNEL]),
                        (_said(summary, N_("本月招回"), N_("本期招回")), [funnel.won_back[m] for m, _ in FUNNEL]),
                    ],
                    width,
                    160,
                    title=tr("流失漏斗：3 / 6 / 9 / 12 个月"),
                )
            ]
        ),
    ]
    return story


def _appointments(summary: MonthlySummary, width: float) -> list:
    """RULES §6 item 7: what the reminders achieved — bookings by source, arrivals, no-shows, the show rate, and
    reminders → bookings → arrivals per reason, with a chart."""
    booked = summary.appointments
    story = [form.section(tr("预约：提醒 → 预约 → 到店")),
             form.list_table([tr("预约"), tr("已到店"), tr("爽约"), tr("已取消"), tr("到店率")],
                             [[booked.booked, booked.arrived, booked.no_show, booked.cancelled,
                               _pct(booked.show_rate) if booked.show_rate is not None else "—"]], [width / 5] * 5),
             form.spacer(2),
             form.list_table([tr("预约来源"), tr("预约数")],
                             [[tr(summary.source_titles.get(s, s)), n] for s, n in booked.by_source.items()],
                             [width * 0.6, width * 0.4])]
    codes = list(booked.funnel)
    if codes:
        rows = [[summary.reason_titles[c], *booked.funnel[c],
                 _pct(100.0 * booked.funnel[c][1] / booked.funnel[c][0]) if booked.funnel[c][0] else "—"]
                for c in codes]
        story += [form.spacer(2), form.list_table(
            [tr("提醒类别"), tr("已回访"), tr("预约"), tr("已到店"), tr("预约率")], rows,
            [width * 0.36, width * 0.16, width * 0.16, width * 0.16, width * 0.16])]
        story.append(KeepTogether([charts.bar_chart(
            [summary.short_reason_titles.get(c, summary.reason_titles[c]) for c in codes],
            [(tr("已回访"), [booked.funnel[c][0] for c in codes]), (tr("预约"), [booked.funnel[c][1] for c in codes]),
             (tr("已到店"), [booked.funnel[c][2] for c in codes])], width, 160, title=tr("提醒 → 预约 → 到店"))]))
    else:
        story.append(Paragraph(_said(summary, N_("本月没有由提醒电话产生的预约。"), N_("本期没有由提醒电话产生的预约。")), form.styles()["cell"]))
    return story


def _remarks(summary: MonthlySummary, width: float) -> list:
    story = [form.section(SECTIONS[4])]
    kinds = [tr("产品"), tr("服务"), tr("其他"), tr("要求/希望")]
    counts = [sum(1 for r in summary.remarks if r.kind == kind) for kind in kinds]
    story.append(form.list_table(kinds + [tr("合计")], [counts + [sum(counts)]], [width / 5] * 5))
    if summary.remarks:
        story.append(KeepTogether([charts.bar_chart(kinds, [(tr("条数"), counts)], width, 130, title=tr("客户意见分类"))]))
    groups = group_remarks(summary.remarks)
    shown = groups[:REMARK_GROUPS]
    story.append(form.list_table([tr("类别"), tr("客户的期望与意见"), tr("次数"), tr("客户数")],
                                 [[g.kind, g.text, g.count, g.customers] for g in shown],
                                 [width * 0.14, width * 0.62, width * 0.12, width * 0.12],
                                 blank_rows=0 if shown else 2))
    if len(groups) > len(shown):
        rest = sum(g.count for g in groups[len(shown):])
        story.append(
            Paragraph(
                tr("另有 {v1} 种意见（共 {rest} 条）见月度 Excel 工作簿的“客户意见”表。").format(
                    v1=len(groups) - len(shown), rest=rest
                ),
                form.styles()["note"],
            )
        )
    return story


def _lounge(summary: MonthlySummary, width: float) -> list:
    figures = summary.lounge
    story = [
        form.section(SECTIONS[5]),
        Paragraph(_said(summary, N_("本月检查 {rounds} 次（满分 5 分）"), N_("本期检查 {rounds} 次（满分 5 分）")).format(rounds=figures.rounds), form.styles()["note"]),
    ]
    if figures.averages:
        items = [f"{position}. {tr(title)}" for position, title in figures.averages]
        story.append(form.list_table([tr("检查项目"), tr("平均分")], [[i, f"{v:.2f}"] for i, v in zip(
            items, figures.averages.values())], [width * 0.8, width * 0.2]))
        story.append(KeepTogether([charts.horizontal_bars(items, list(figures.averages.values()), width,
                                                          title=tr("各项目平均分"), value_max=5,
                                                          value_format="{:.1f}")]))
    else:
        story.append(Paragraph(_said(summary, N_("本月没有客休区检查记录。"), N_("本期没有客休区检查记录。")), form.styles()["cell"]))
    labels = [t.month[2:] for t in summary.trend]
    story.append(KeepTogether([charts.line_chart(labels, [(tr("平均分"), [t.lounge_average for t in summary.trend])],
                                                 width, 130, title=tr("近十二个月客休区平均分"), value_max=5)]))
    story += [form.section(tr("报修情况")), form.list_table(
        [tr("日期"), tr("项目"), tr("问题"), tr("状态")], [[f"{d:%Y-%m-%d}", item, remark, state] for d, item, remark, state in
                                       figures.repairs],
        [width * 0.18, width * 0.3, width * 0.36, width * 0.16], blank_rows=0 if figures.repairs else 1)]
    return story


#: The low answers the PDF lists; the workbook holds every one.
LOW_ANSWERS = 40


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _surveys(summary: MonthlySummary, width: float) -> list:
    """七、满意度调查 (RULES §6 item 8): each questionnaire's factors, per specialist and per person judged, the
    twelve months against the targets, and the low answers with what was done about them."""
    figures = summary.surveys
    story = [form.section(SECTIONS[6])]
    if figures is None or not figures.responses:
        return story + [Paragraph(_said(summary, N_("本月没有满意度问卷回答。"), N_("本期没有满意度问卷回答。")), form.styles()["cell"])]
    titles = summary.questionnaire_titles
    targets = {t.name: t for t in summary.targets}
    story.append(Paragraph(_said(summary, N_("本月问卷 {responses} 份，满意率（总体满意 4–5 分）{rate}。因素得分 = 该项平均分 × 20；"
                                             "指数 = 各因素得分的平均。"),
                                 N_("本期问卷 {responses} 份，满意率（总体满意 4–5 分）{rate}。因素得分 = 该项平均分 × 20；"
                                    "指数 = 各因素得分的平均。")
                                 ).format(responses=figures.responses, rate=_pct(figures.satisfied_rate or 0.0)),
                           form.styles()["note"]))
    rows = []
    for code, scores in figures.by_questionnaire.items():
        if not scores.responses:
            continue
        rows.append([tr(titles.get(code, code)), tr("指数"), _score(scores.index), str(scores.responses),
                     _pct(scores.satisfied_rate or 0.0)])
        rows += [["", tr(name), _score(value), "", ""] for name, value in scores.factors.items()]
    story.append(form.list_table([tr("问卷"), tr("因素"), tr("得分"), tr("份数"), tr("满意率")], rows,
                                 [width * 0.26, width * 0.3, width * 0.14, width * 0.14, width * 0.16]))
    for code in ("ssi", "csi"):
        scores = figures.by_questionnaire.get(code)
        if scores and scores.responses:
            names = [tr(n) for n in scores.factors]
            story.append(KeepTogether([charts.horizontal_bars(
                names, [v or 0.0 for v in scores.factors.values()], width, value_max=100, value_format="{:.1f}",
                title=tr("{title}各因素得分").format(title=tr(titles.get(code, code))))]))
    people = [[tr(titles.get(code, code)), p.name, str(p.responses), _score(p.index), _pct(p.satisfied_rate or 0.0)]
              for code, persons in figures.by_specialist.items() for p in persons]
    story += [form.spacer(2), form.list_table([tr("问卷"), tr("回访专员"), tr("份数"), tr("指数"), tr("满意率")], people,
                                              [width * 0.26, width * 0.24, width * 0.14, width * 0.16, width * 0.2])]
    judged = [[tr("销售顾问") if code == "ssi" else tr("服务顾问"), p.name, str(p.responses), _score(p.index),
               _pct(p.satisfied_rate or 0.0)] for code, persons in figures.by_staff.items() for p in persons]
    if judged:
        story += [form.spacer(2), form.list_table([tr("岗位"), tr("姓名"), tr("份数"), tr("指数"), tr("满意率")], judged,
                                                  [width * 0.26, width * 0.24, width * 0.14, width * 0.16, width * 0.2])]
    labels = [t.month[2:] for t in figures.trend]
    target = targets.get("售后满意度 CSI")
    story.append(KeepTogether([charts.line_chart(
        labels, [("SSI", [t.ssi for t in figures.trend]), ("CSI", [t.csi for t in figures.trend]),
                 (tr("满意率"), [t.satisfied_rate for t in figures.trend]),
                 (tr("目标"), [target.target if target else None for _ in figures.trend])],
        width, 160, title=tr("近十二个月 SSI、CSI 与满意率"), value_max=100)]))
    low = figures.low[:LOW_ANSWERS]
    story += [form.section(tr("低分回答与处理")), form.list_table(
        [tr("日期"), tr("客户"), tr("车牌号"), tr("问题"), tr("回答"), tr("处理结果")],
        [[f"{a.at:%m-%d}", a.customer, a.plate, tr(a.question), str(a.answer), a.done] for a in low],
        [width * 0.1, width * 0.12, width * 0.13, width * 0.2, width * 0.08, width * 0.37],
        blank_rows=0 if low else 1)]
    if len(figures.low) > len(low):
        story.append(Paragraph(tr("另有 {more} 条，见总部报表“满意度低分”工作表。").format(more=len(figures.low) - len(low)),
                               form.styles()["note"]))
    return story


def write(header: form.FormHeader, summary: MonthlySummary, path: Path | str) -> Path:
    width = form.content_width()
    story = _cover(summary, width) + [PageBreak()]
    parts = (_f9, _calls, _complaints, _recall, _remarks, _lounge, _surveys, _retention) if _is_full(summary) else \
        (_calls, _complaints)
    for part in parts:
        story += part(summary, width)
        story.append(CondPageBreak(60 * mm))
    return form.build(path, header, story)


#: The maintenance due next month, listed on paper up to this many lines (all of them are in the workbook).
DUE_LINES = 40


def _retention(summary: MonthlySummary, width: float) -> list:
    """RULES §6 item 9: the base of active customers, new and lost, 首保进场率, 返修率, the structure, why customers
    went, and the maintenance due next month."""
    kept = summary.retention
    story = [form.section(tr(SECTIONS[7]))]
    if kept is None:
        return story
    story += [
        Paragraph(tr("基盘客户：截至 {as_of:%Y-%m-%d} 近12个月内到店的客户（车辆 {vehicles} 台）。").format(
            as_of=kept.as_of, vehicles=kept.active_vehicles), form.styles()["note"]),
        form.list_table(
            [tr("基盘客户"), tr("新增客户"), tr("流失客户"), tr("首保进场率"), tr("返修率")],
            [[kept.active, kept.new, kept.lost,
              _pct(kept.first_service_rate) if kept.first_service_rate is not None else "—",
              _pct(kept.return_rate) if kept.return_rate is not None else "—"]], [width / 5] * 5),
        form.spacer(2),
        form.list_table(
            [tr("项目"), tr("数量"), tr("说明")],
            [[tr("应首保车辆"), kept.first_service_due, tr("首保到期日在本期内")],
             [tr("按时首保"), kept.first_service_on_time, tr("到期后 30 天内完成")],
             [tr("观察期未满"), kept.first_service_waiting, tr("尚未首保，30 天未满")],
             [tr("维修"), kept.repairs, tr("一般维修、事故车、索赔")],
             [tr("30天内返修"), kept.returns, tr("同一车辆 30 天内再次维修")]],
            [width * 0.3, width * 0.2, width * 0.5]),
    ]
    if kept.by_model:
        story.append(KeepTogether([charts.horizontal_bars(
            list(kept.by_model), list(kept.by_model.values()), width, title=tr("保有车辆结构（按车型）"))]))
    structure = [[tr("性别"), tr(name), count] for name, count in kept.by_gender.items()]
    # occupations are the customers' own words (data): only the "not recorded" of the program is translated
    structure += [[tr("职业"), tr(name) if name == UNKNOWN else name, count]
                  for name, count in kept.by_occupation.items()]
    if structure:
        story += [form.section(tr("保有客户结构")),
                  form.list_table([tr("分组"), tr("类别"), tr("客户数")], structure,
                                  [width * 0.2, width * 0.5, width * 0.3])]
    story.append(form.section(tr("流失原因（来自回访结果）")))
    if kept.loss_reasons:
        story.append(form.list_table(
            [tr("原因"), tr("次数")],
            [[tr(summary.outcome_titles.get(code, code)), n] for code, n in kept.loss_reasons.items()],
            [width * 0.7, width * 0.3]))
    else:
        story.append(Paragraph(tr("本期回访中没有客户说明流失原因。"), form.styles()["cell"]))
    story.append(form.section(tr("{month} 到期保养客户：{count} 台").format(
        month=kept.next_month, count=len(kept.due_next))))
    if kept.due_next:
        shown = kept.due_next[:DUE_LINES]
        story.append(form.list_table(
            [tr("应保养日"), tr("客户"), tr("车牌号"), tr("车型"), tr("最近到店")],
            [[f"{line.due:%Y-%m-%d}", line.name, line.plate, line.model,
              f"{line.last_visit:%Y-%m-%d}" if line.last_visit else "—"] for line in shown],
            [width * 0.18, width * 0.22, width * 0.2, width * 0.2, width * 0.2]))
        if len(kept.due_next) > DUE_LINES:
            story.append(Paragraph(tr("此处列出前 {shown} 台，完整名单见总部工作簿“到期保养”表。").format(
                shown=DUE_LINES), form.styles()["note"]))
    story.append(form.section(tr("车友会活动")))
    if summary.events:
        story.append(form.list_table(
            [tr("活动日期"), tr("活动名称"), tr("邀约人数"), tr("确认参加"), tr("实到人数"), tr("新入会人数"), tr("发放积分")],
            [[f"{e.day:%Y-%m-%d}", e.name, e.invited, e.confirmed, e.attended, e.new_members, e.points_given]
             for e in summary.events],
            [width * 0.14, width * 0.3, width * 0.1, width * 0.1, width * 0.1, width * 0.12, width * 0.14]))
    else:
        story.append(Paragraph(tr("本期没有举办车友会活动。"), form.styles()["cell"]))
    story.append(form.section(tr("群发短信")))
    if summary.campaigns:
        story.append(form.list_table(
            [tr("日期"), tr("短信模板"), tr("受众条件"), tr("选中"), tr("发送"), tr("拒收排除"), tr("无手机"), tr("经办人")],
            [[f"{c.day:%Y-%m-%d}", tr(c.template), c.audience or tr("全部客户"), c.chosen, c.sent, c.refused,
              c.no_mobile, c.by] for c in summary.campaigns],
            [width * 0.12, width * 0.14, width * 0.26, width * 0.08, width * 0.08, width * 0.1, width * 0.09,
             width * 0.13]))
    else:
        story.append(Paragraph(tr("本期没有群发短信。"), form.styles()["cell"]))
    story.append(form.section(tr("销售线索")))
    if summary.leads:
        story.append(form.list_table(
            [tr("登记日期"), tr("客户"), tr("意向车型"), tr("需求"), tr("登记人"), tr("转交销售顾问"), tr("跟进结果")],
            [[f"{line.day:%Y-%m-%d}", line.name, line.model, tr(line.need), line.by, line.handed_to,
              tr(line.outcome) if line.outcome else tr("待跟进")] for line in summary.leads],
            [width * 0.13, width * 0.17, width * 0.15, width * 0.1, width * 0.14, width * 0.16, width * 0.15]))
    else:
        story.append(Paragraph(tr("本期没有登记销售线索。"), form.styles()["cell"]))
    return story
