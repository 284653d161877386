"""The head-office workbook's summary sheets (RULES §6): one sheet per section of the monthly summary, with the
same figures as the PDF, laid out one fact per row so head office can filter and pivot them. Plain data in, sheets
out; the raw sheets come from :mod:`carecenter.export`."""

from __future__ import annotations

from carecenter.monthly import MonthlySummary
from carecenter.recall import FUNNEL
from carecenter.reports.workbook import PERCENT, SheetData
from carecenter.stats import ROWS as F9_ROWS
from carecenter.stats import CallCounts

CUSTOMER_WIDTHS = (10, 14, 6, 16, 16, 36, 8, 12, 14, 10, 10, 6, 10, 12, 8, 10, 14, 14, 8)
VEHICLE_WIDTHS = (10, 10, 14, 22, 12, 14, 8, 12, 12, 12, 12, 12, 12)
CALL_WIDTHS = (18, 10, 14, 16, 12, 22, 12, 14, 10, 20, 20, 20, 24, 24)
VISIT_WIDTHS = (12, 10, 14, 16, 12, 14, 12, 10, 10, 10, 30, 30)
APPOINTMENT_WIDTHS = (18, 10, 14, 16, 12, 12, 30, 10, 10, 8, 20, 10, 18, 18)
COMPLAINT_WIDTHS = (14, 14, 10, 14, 16, 8, 26, 6, 14, 10, 18, 18, 18, 8, 18, 18, 18, 8, 14, 24, 36, 30, 30)


def _share(value: float) -> float:
    """Percent figures (93.7) go to Excel as fractions (0.937) shown as 93.7 %."""
    return round(value / 100.0, 4)


def _call_row(group: str, name: str, c: CallCounts) -> tuple:
    return (group, name, c.due, c.done, c.on_time, c.satisfied, c.unsatisfied, c.lost, c.missed, c.open, c.attempts,
            _share(c.rate), _share(c.satisfied_rate))


def week_sheets(s: MonthlySummary) -> list[SheetData]:
    """A week's workbook (RULES §6: complaints and calls only): the calls, the complaints, their lessons."""
    return [sheet for sheet in summary_sheets(s) if sheet.title in ("目标对比", "回访情况", "客户投诉", "根本原因与改进")]


def summary_sheets(s: MonthlySummary) -> list[SheetData]:
    month = int(s.month.split("-")[1])
    period = f"{month}月" if s.period is None or s.period.kind == "monthly" else \
        f"{s.first.month}–{s.last.month}月"
    f9 = [(model, row, *figures[row]) for model, figures in s.f9.items() for row in F9_ROWS]
    calls = [_call_row("合计", "全部", s.calls.total), _call_row("合计", "质保期内客户", s.calls.warranty)]
    calls += [_call_row("回访原因", s.reason_titles[code], c) for code, c in s.calls.by_reason.items()]
    calls += [_call_row("回访专员", name, c) for name, c in s.calls.by_specialist.items()]
    k = s.complaints.kpis
    complaint_rows = [("指标", "投诉受理", k.count, None), ("指标", "及时响应", k.responded_on_time,
                                                       _share(k.rate(k.responded_on_time))),
                      ("指标", "及时封闭", k.closed_on_time, _share(k.rate(k.closed_on_time))),
                      ("指标", "一次解决", k.solved_first_time, _share(k.rate(k.solved_first_time))),
                      ("指标", "升级/预警", len(s.complaints.escalations), None),
                      ("指标", "逾期未结（截至期末）", len(s.complaints.overdue), None),
                      ("质量投诉", "受理（维修质量、产品瑕疵）", s.complaints.quality[0], None),
                      ("质量投诉", "3 个工作日内封闭", s.complaints.quality[1],
                       _share(100 * s.complaints.quality[1] / s.complaints.quality[0]) if s.complaints.quality[0]
                       else None),
                      ("质量投诉", "尚未封闭", s.complaints.quality[2], None)]
    complaint_rows += [("类别", f"{code} {s.category_titles[code]}", n, None)
                       for code, n in s.complaints.by_category.items()]
    complaint_rows += [("投诉方式", name, n, None) for name, n in s.complaints.by_channel.items()]
    lessons = [(c.number, c.category, c.state, c.root_cause, c.improvement) for c in s.complaints.lessons]
    recall_rows = [("提醒", s.reason_titles[code], n.reminded, n.came_back, n.waiting, _share(n.rate))
                   for code, n in s.reminders.items() if code != "total"]
    total = s.reminders["total"]
    recall_rows.append(("提醒", "合计", total.reminded, total.came_back, total.waiting, _share(total.rate)))
    funnel_rows = [("流失漏斗", name, s.funnel.stages[months], s.funnel.won_back[months], None, None)
                   for months, name in FUNNEL]
    lounge_rows = [("平均分", f"{position}. {title}", average, None, None)
                   for (position, title), average in s.lounge.averages.items()]
    lounge_rows += [("报修", item, None, day, f"{remark}（{state}）") for day, item, remark, state in s.lounge.repairs]
    verdict = {True: "达标", False: "未达标", None: "无数据"}
    targets = [(t.name, _share(t.actual), _share(t.target), t.basis, verdict[t.met]) for t in s.targets
               if t.unit == "%"]
    trend = [(t.month, t.calls_due, _share(t.call_rate), _share(t.satisfied_rate), t.complaints,
              _share(t.response_rate), t.lounge_average) for t in s.trend]
    remarks = [(r.day, r.customer, r.kind, r.text, r.caller) for r in s.remarks]
    booked = s.appointments
    appointment_rows = [("合计", "预约", booked.booked, None), ("合计", "已到店", booked.arrived, None),
                        ("合计", "爽约", booked.no_show, None), ("合计", "已取消", booked.cancelled, None),
                        ("合计", "到店率", None, _share(booked.show_rate) if booked.show_rate is not None else None)]
    appointment_rows += [("预约来源", s.source_titles.get(source, source), n, None)
                         for source, n in booked.by_source.items()]
    for code, (called, bookings, arrived) in booked.funnel.items():
        appointment_rows += [(f"提醒：{s.reason_titles[code]}", "已回访", called, None),
                             (f"提醒：{s.reason_titles[code]}", "预约", bookings,
                              _share(100.0 * bookings / called) if called else None),
                             (f"提醒：{s.reason_titles[code]}", "已到店", arrived,
                              _share(100.0 * arrived / bookings) if bookings else None)]
    survey_rows, low_rows = [], []
    if s.surveys is not None:
        titles = s.questionnaire_titles
        for code, scores in s.surveys.by_questionnaire.items():
            title = titles.get(code, code)
            survey_rows.append(("问卷", title, "指数", scores.responses, scores.index,
                                _share(scores.satisfied_rate) if scores.satisfied_rate is not None else None))
            survey_rows += [("因素", title, name, None, value, None) for name, value in scores.factors.items()]
        for code, persons in s.surveys.by_specialist.items():
            survey_rows += [("回访专员", titles.get(code, code), p.name, p.responses, p.index,
                             _share(p.satisfied_rate) if p.satisfied_rate is not None else None) for p in persons]
        for code, persons in s.surveys.by_staff.items():
            role = "销售顾问" if code == "ssi" else "服务顾问"
            survey_rows += [(role, titles.get(code, code), p.name, p.responses, p.index,
                             _share(p.satisfied_rate) if p.satisfied_rate is not None else None) for p in persons]
        survey_rows += [("目标", t.name, f"≥ {t.target:g}（{verdict[t.met]}）", t.basis, t.actual if t.basis else None,
                         None) for t in s.targets if not t.unit]
        survey_rows += [("十二个月", t.month, "SSI / CSI / 满意率", t.responses, None,
                         _share(t.satisfied_rate) if t.satisfied_rate is not None else None) for t in s.surveys.trend]
        survey_rows += [("十二个月", t.month, name, None, value, None) for t in s.surveys.trend
                        for name, value in (("SSI", t.ssi), ("CSI", t.csi)) if value is not None]
        low_rows = [(a.at, a.customer, a.plate, titles.get(a.questionnaire, a.questionnaire), a.question, a.answer,
                     a.done) for a in s.surveys.low]
    retention_rows, due_rows = _retention_rows(s, verdict)
    actual = "本月实际" if s.period is None or s.period.kind == "monthly" else "本期实际"
    return [
        SheetData("目标对比", ("指标", actual, "目标", "依据（件）", "结果"), targets, (22, 12, 12, 12, 10),
                  {actual: PERCENT, "目标": PERCENT}),
        SheetData("顾客统计表", ("车型", "项目", period, "本年累计"), f9, (16, 14, 10, 12)),
        SheetData("回访情况", ("分组", "名称", "应回访", "已回访", "按时", "满意", "不满意", "失联", "已过期", "未完成",
                           "拨打次数", "回访率", "满意率"), calls, (10, 22, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10, 10),
                  {"回访率": PERCENT, "满意率": PERCENT}),
        SheetData("客户投诉", ("分组", "项目", "件数", "比率"), complaint_rows, (10, 36, 8, 10), {"比率": PERCENT}),
        SheetData("根本原因与改进", ("受理编号", "类别", "状态", "根本原因", "改进措施"), lessons, (14, 8, 10, 40, 40)),
        SheetData("招揽分析", ("分组", "名称", "已提醒/车辆数", "30天内回厂/本月招回", "观察期未满", "回厂率"),
                  recall_rows + funnel_rows, (10, 24, 14, 18, 12, 10), {"回厂率": PERCENT}),
        SheetData("预约", ("分组", "项目", "数量", "比率"), appointment_rows, (22, 14, 10, 10), {"比率": PERCENT}),
        SheetData("客户意见", ("日期", "客户", "类别", "内容", "回访人"), remarks, (12, 12, 10, 50, 10)),
        SheetData("客休区", ("分组", "项目", "平均分", "日期", "问题"), lounge_rows, (8, 24, 8, 12, 30),
                  {"平均分": "0.00"}),
        SheetData("十二个月趋势", ("月份", "应回访", "回访率", "满意率", "投诉件数", "及时响应率", "客休区平均分"), trend,
                  (10, 10, 10, 10, 10, 12, 12), {"回访率": PERCENT, "满意率": PERCENT, "及时响应率": PERCENT,
                                                  "客休区平均分": "0.00"}),
        SheetData("满意度调查", ("分组", "问卷/月份", "项目", "份数", "得分", "满意率"), survey_rows,
                  (10, 18, 18, 8, 8, 10), {"得分": "0.0", "满意率": PERCENT}),
        SheetData("满意度低分", ("回访时间", "客户", "车牌号", "问卷", "问题", "回答", "处理结果"), low_rows,
                  (18, 10, 12, 18, 16, 6, 40)),
        SheetData("保有客户", ("分组", "项目", "数量", "比率"), retention_rows, (12, 30, 12, 10), {"比率": PERCENT}),
        SheetData("到期保养", DUE_HEADERS, due_rows, DUE_WIDTHS),
        SheetData("车友会活动", EVENT_HEADERS, _event_rows(s), (12, 28, 12, 10, 10, 10, 10, 10, 12, 10, 12, 12, 16, 8)),
        SheetData("群发短信", CAMPAIGN_HEADERS, [(c.day, c.template, c.audience, c.chosen, c.sent, c.refused,
                                              c.no_mobile, c.by) for c in s.campaigns], (12, 16, 36, 8, 8, 10, 8, 10)),
        SheetData("销售线索", LEAD_HEADERS, [(line.day, line.customer_id, line.name, line.model, line.need,
                                           line.call_time, line.by, line.handed_to, line.outcome or "待跟进")
                                          for line in s.leads], (12, 10, 12, 14, 8, 14, 10, 12, 10)),
    ]


LEAD_HEADERS = ("登记日期", "客户编号", "客户姓名", "意向车型", "需求", "方便联系时间", "登记人", "转交销售顾问", "跟进结果")


CAMPAIGN_HEADERS = ("日期", "短信模板", "受众条件", "选中", "发送", "拒收营销排除", "无手机号码", "经办人")


EVENT_HEADERS = ("活动日期", "活动名称", "活动地点", "负责人", "邀约人数", "确认参加", "实到人数", "新入会人数", "发放积分",
                 "客户编号", "姓名", "会员卡号", "状态", "积分")


def _event_rows(s: MonthlySummary) -> list[tuple]:
    """Each event of the period: a line of its figures, then a line for each guest (上传会员参与名单, 003)."""
    rows = []
    for e in s.events:
        rows.append((e.day, e.name, e.place, e.owner, e.invited, e.confirmed, e.attended, e.new_members,
                     e.points_given, None, "", "", "", None))
        for g in e.guests:
            rows.append((e.day, e.name, "", "", None, None, None, None, None, g.customer_id, g.name, g.member_number,
                         "已签到" if g.attended else "确认参加", g.points or None))
    return rows


RETENTION_TARGETS = ("基盘客户数", "首保进场率", "返修率")
DUE_HEADERS = ("应保养日", "客户编号", "客户", "电话", "车牌号", "车型", "最近到店")
DUE_WIDTHS = (12, 10, 12, 16, 12, 14, 12)


def _retention_rows(s: MonthlySummary, verdict: dict) -> tuple[list[tuple], list[tuple]]:
    """RULES §6 item 9 one fact per row, and the maintenance due next month (phones as the summary holds them: the
    export masks them before they come here)."""
    kept = s.retention
    if kept is None:
        return [], []
    rows = [("基盘", "基盘客户（近12个月到店）", kept.active, None), ("基盘", "保有车辆", kept.active_vehicles, None),
            ("新增与流失", "新增客户", kept.new, None), ("新增与流失", "流失客户", kept.lost, None),
            ("首保", "应首保车辆", kept.first_service_due, None), ("首保", "按时首保", kept.first_service_on_time, None),
            ("首保", "观察期未满", kept.first_service_waiting, None),
            ("首保", "首保进场率", None, _share(kept.first_service_rate) if kept.first_service_rate is not None
             else None),
            ("返修", "维修", kept.repairs, None), ("返修", "30天内返修", kept.returns, None),
            ("返修", "返修率", None, _share(kept.return_rate) if kept.return_rate is not None else None)]
    rows += [("目标", f"{t.name}（{t.bound}，{verdict[t.met]}）", t.actual if t.unit != "%" else None,
              _share(t.actual) if t.unit == "%" else None) for t in s.targets if t.name in RETENTION_TARGETS]
    rows += [("车型", model, n, None) for model, n in kept.by_model.items()]
    rows += [("性别", name, n, None) for name, n in kept.by_gender.items()]
    rows += [("职业", name, n, None) for name, n in kept.by_occupation.items()]
    rows += [("流失原因", s.outcome_titles.get(code, code), n, None) for code, n in kept.loss_reasons.items()]
    rows.append(("到期保养", f"{kept.next_month} 到期保养车辆", len(kept.due_next), None))
    due = [(line.due, line.customer_id, line.name, line.phone, line.plate, line.model, line.last_visit)
           for line in kept.due_next]
    return rows, due
