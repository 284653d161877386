"""帮助 (F1): a short guide to the tab in front — what it is for, the daily routine, its keys — and the list of every
shortcut. The texts go through the same translations as the screens."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from carecenter.i18n import N_, tr

#: tab → (title, what it is for, the daily routine (steps), keys (key, what it does))
GUIDE: dict[str, tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "archive": (
        N_("客户档案"),
        N_("每位客户一份档案：联系方式、车辆、维修保养记录和会员资料。回访、投诉和统计都从这里的资料出发。"),
        (N_("交车或首次到店的客户，两天内建立档案（列表中标红的是待补全的档案）。"),
         N_("在搜索框输入姓名、拼音首字母、电话后四位、车牌或车架号，回车打开客户。"),
         N_("客户到店维修保养后，用“登记到店”记下日期、类型和里程：修后回访会自动排进回访清单。"),
         N_("需要纸质档案时，按 Ctrl+P 打印客户档案基本资料表（F1）。")),
        (("Ctrl+F", N_("搜索客户")), ("Enter", N_("编辑所选客户")), ("Ctrl+N", N_("新增客户")),
         ("Delete", N_("删除所选客户（车辆和记录保留）")), ("Ctrl+P", N_("打印客户档案基本资料表")),
         ("Ctrl+Shift+N", N_("为所选客户添加车辆")), ("Ctrl+R", N_("为所选车辆登记到店")),
         ("Ctrl+I", N_("导入客户资料")), ("Ctrl+E", N_("导出客户与车辆"))),
    ),
    "calls": (
        N_("每日回访"),
        N_("今天要打的电话：交车回访、修后回访、首保和定保提醒、续保年检、流失客户、生日和投诉回访，按原因分组，逾期的标红。"),
        (N_("上班后先看列表：逾期的先打。"),
         N_("选中一行按回车，对着话术通话，按 5W1H 记下通话内容，再选结果：每种回访只列出适合它的结果（Ctrl+1、Ctrl+2……）。"),
         N_("交车3日和修后第一次回访有满意度问卷：在问卷上按 5–1 逐题作答（0 = 不适用），总体满意最后；保存时按回答判定满意或不满意。"),
         N_("不满意会自动生成投诉草稿；有“一般”的回答会提醒经理跟进；未接通三次记为失联。"),
         N_("首保、定保、流失预警等提醒电话中客户同意预约时，选“已预约”（Ctrl+1）并选时段：预约和回访一起保存；"
            "客户暂不需要、已在他处保养、车辆已转让或报废、号码错误也各有按钮。"),
         N_("下班前打印当天的电话登记表（F3），交车客户的回访记录表（F5）随时可打印。"),
         N_("时间窗口过了还没打的回访记为“已过期”，计入应回访；电脑几天没开时，这期间整个窗口都已过去的回访也会补记为已过期"
            "（未列入清单）。经理在状态筛选中选“已过期（近31天）”按原因和经办人查看。")),
        (("Enter", N_("打开所选回访")), ("F5", N_("刷新清单")), ("Ctrl+1 … Ctrl+7", N_("通话窗口中：选择回访结果")), ("5 … 1, 0", N_("问卷中：回答当前问题"))),
    ),
    "appointments": (
        N_("预约"),
        N_("维修保养的预约簿：每 30 分钟一个时段，每个时段和每天的工位有上限（在设置中修改），休息日没有时段。"),
        (N_("提醒电话中客户同意预约时，在通话窗口按“已预约”，选时段：预约登记和回访完成一次保存。"),
         N_("客户来电或到店预约时，按 Ctrl+B；先推荐当天最早的两个空闲时段，当天已满时推荐之后最近的空闲时段。"),
         N_("把客户描述的车辆情况写下来，前台接车时不必再问；告诉客户要携带的证件，打印或发送预约单（F13）。"),
         N_("提前一天以上的预约，前一个工作日会出现在回访清单上的“预约确认”中；客户到店时按“到店”，登记维修记录也会自动标为到店。"),
         N_("当天没有到店也没有取消的预约，第二天早上记为爽约，并安排一次“爽约回访”请客户重新预约。"),
         N_("每天早上打印当天的预约登记表（F14）交给前台。")),
        (("Ctrl+B", N_("新预约")), ("← / →", N_("前一天 / 后一天（在列表中）")), ("Enter", N_("预约空闲时段，或为所选预约改约"))),
    ),
    "complaints": (
        N_("投诉处理"),
        N_("客户抱怨和投诉的处理表（F6）：受理、联系客户、处理、封闭，每一步都有时限。"),
        (N_("客户来电或到店投诉时，点“新建投诉”，找到客户，写下内容，选类别和渠道后受理；回访中不满意或登记“客户来电投诉”会生成草稿，选中草稿点“受理”。"),
         N_("受理后 120 分钟（营业时间）内必须第一次联系客户；3 个工作日内封闭。"),
         N_("工作日按国务院放假通知计算。某年的通知没有载入时，时限按周一至周五和法定节假日估算，标“估算”；每年 11 月通知发布后，"
            "在“设置 → 营业时间与工作日”中载入，未封闭投诉的时限随即重新计算。"),
         N_("列表按紧急程度排列：超时的红色，快到期的橙色。"),
         N_("填写调查结果和措施，请相关人员签名；客户再次来电时点“客户再次来电”，需要时打印升级预警单（F7）。")),
        (("Ctrl+Shift+C", N_("新建投诉")), ("Enter", N_("打开所选投诉"))),
    ),
    "lounge": (
        N_("客休区检查"),
        N_("每天上午（需要时下午再查一次）按顾客休息室检查表（F8）逐项打分，登记客餐和报修。"),
        (N_("选日期和轮次，点“开始本轮检查”。"),
         N_("每一项按 0–5 打分，光标自动跳到下一项；低于 3 分的按 R 报修。"),
         N_("修好后在报修列表中标记为已修复；每月用“通话抽查”检查关爱专员的预约流程（F10）。")),
        (("0 … 5", N_("给当前项目打分")), ("R", N_("报修当前项目")), ("Enter", N_("为当前项目填写备注"))),
    ),
    "statistics": (
        N_("统计报表"),
        N_("经理用：每月的回访率、满意率、投诉时效、招揽效果、流失客户和客休区得分，与目标比较。"),
        (N_("选择月份后按“统计”。"),
         N_("打印月度工作小结（PDF），或生成给总部的 Excel 工作簿。")),
        (),
    ),
}

GENERAL_KEYS = (
    ("F1", N_("本页使用说明")), ("Ctrl+1 … Ctrl+5", N_("切换到第 1–5 页")), ("Ctrl+F", N_("查找客户")),
    ("Ctrl+N", N_("新增客户")), ("Ctrl+P", N_("打印")), ("Ctrl+E", N_("导出客户与车辆")),
    ("Ctrl+I", N_("导入客户资料")), ("Ctrl+B", N_("立即备份")), ("Ctrl+,", N_("设置")), ("Ctrl+Q", N_("退出")),
    ("Esc", N_("关闭窗口")),
)


def _keys_table(keys) -> str:
    rows = "".join(f"<tr><td><b>{escape(key)}</b></td><td>{escape(tr(what))}</td></tr>" for key, what in keys)
    return f"<table cellspacing='0' cellpadding='4'>{rows}</table>"


def guide_html(topic: str) -> str:
    if topic == "shortcuts":
        parts = [f"<h2>{escape(tr('快捷键一览'))}</h2>", _keys_table(GENERAL_KEYS)]
        for title, _, _, keys in GUIDE.values():
            if keys:
                parts += [f"<h3>{escape(tr(title))}</h3>", _keys_table(keys)]
        return "".join(parts)
    title, purpose, routine, keys = GUIDE[topic]
    parts = [f"<h2>{escape(tr(title))}</h2>", f"<p>{escape(tr(purpose))}</p>",
             f"<h3>{escape(tr('每天的工作'))}</h3><ol>",
             "".join(f"<li>{escape(tr(step))}</li>" for step in routine), "</ol>"]
    if keys:
        parts += [f"<h3>{escape(tr('快捷键'))}</h3>", _keys_table(keys)]
    parts.append(f"<p style='color:#555'>{escape(tr('按钮上的 F1–F12 是纸质表单的编号，不是键盘按键。'))}</p>")
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, topic: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("使用说明"))
        self.setMinimumSize(620, 480)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(guide_html(topic))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
