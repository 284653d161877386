"""统计报表 (managers): pick a month, see the key figures against their targets and four charts (Qt Charts), and
make the monthly summary PDF (F12), the head-office workbook and the F9 顾客统计表 from here."""

from __future__ import annotations

import threading

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter import clock, monthly, periods
from carecenter.errors import JobCancelled
from carecenter.monthly import MonthlySummary
from carecenter.recall import FUNNEL
from carecenter.ui.errors import show_error
from carecenter.ui.print_preview import show_preview
from carecenter.ui.progress import run_with_progress
from carecenter.ui.runner import TaskRunner
from carecenter.i18n import tr

GREYS = [QColor("#37474F"), QColor("#90A4AE"), QColor("#CFD8DC")]
MISSED = QColor("#C62828")
MET = QColor("#2E7D32")
#: The reasons the calls chart shows (the PDF and the workbook list every one).
TOP_REASONS = 7


def _wrapped(label: str) -> str:
    """A category name of several words on two lines, split where the halves are most even (the chart elides a line
    wider than its bar group; the axis has room for two). Chinese names are short and stay on one line."""
    words = label.split()
    if len(words) < 2:
        return label
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "<br>" + " ".join(words[best:])


def _axes(chart: QChart, series, categories: list[str], maximum: float, horizontal: bool = False) -> None:
    names = QBarCategoryAxis()
    names.append([_wrapped(tr(c)) for c in categories])
    font = names.labelsFont()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    names.setLabelsFont(font)
    values = QValueAxis()
    values.setRange(0, max(4.0, maximum * 1.25))  # room above the tallest bar for its value
    values.applyNiceNumbers()
    values.setLabelFormat("%d")
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(tr(title))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(0)
    return chart


def bar_chart(title: str, categories: list[str], sets: list[tuple[str, list[float]]], *,
              horizontal: bool = False) -> QChart:
    """Bars with their values; ``horizontal`` for many or long category names (laid top to bottom)."""
    chart = _chart(title)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    if horizontal:  # Qt draws the first category at the bottom: reverse, so the list reads from the top
        categories = list(reversed(categories))
        sets = [(name, list(reversed(values))) for name, values in sets]
    for index, (name, values) in enumerate(sets):
        bar_set = QBarSet(tr(name))
        bar_set.append([float(v) for v in values])
        bar_set.setColor(GREYS[index % len(GREYS)])
        bar_set.setLabelColor(QColor("#212121"))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    _axes(chart, series, categories, max([max(v, default=0) for _, v in sets], default=0), horizontal)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def line_chart(title: str, labels: list[str], lines: list[tuple[str, list[float | None]]], maximum: float) -> QChart:
    chart = _chart(title)
    x = QBarCategoryAxis()
    x.append(labels)
    y = QValueAxis()
    y.setRange(0, maximum)
    y.setLabelFormat("%d")
    y.setTickCount(3)  # 0, half, all: three labels still fit a short chart (150 % on 1920×1080)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for index, (name, values) in enumerate(lines):
        series = QLineSeries()
        series.setName(tr(name))
        for position, value in enumerate(values):
            if value is not None:
                series.append(position, value)
        pen = QPen(GREYS[index % len(GREYS)] if index else QColor("#1565C0"))
        pen.setWidth(2)
        if index:
            pen.setStyle(Qt.PenStyle.DashLine)
        series.setPen(pen)
        series.setPointsVisible(True)
        chart.addSeries(series)
        series.attachAxis(y)
        # a QBarCategoryAxis places category i at x = i: the points sit on their months
        series.attachAxis(x)
    return chart


#: The key figures in two rows of six (three rows do not fit 728 pixels): 返修率 shares the 首保进场率 tile.
TILES_PER_ROW = 6
#: How many periods of each kind the chooser offers, newest first.
PERIODS_OFFERED = {"weekly": 12, "monthly": 24, "quarterly": 8, "yearly": 5}


def _period_name(period: periods.Period) -> str:
    if period.kind == "weekly":
        return tr("{year}年第{week}周（{first:%m-%d}–{last:%m-%d}）").format(
            year=period.first.isocalendar().year, week=period.first.isocalendar().week, first=period.first,
            last=period.last)
    if period.kind == "monthly":
        return tr("{year}年{v2}月").format(year=period.first.year, v2=period.first.month)
    if period.kind == "quarterly":
        return tr("{year}年第{quarter}季度").format(year=period.first.year, quarter=(period.first.month + 2) // 3)
    return tr("{year}年").format(year=period.first.year)


class StatisticsTab(QWidget):
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.summary: MonthlySummary | None = None
        # RULES §6: the same report for a week (calls and complaints), a month, a quarter and a year
        self.kind = QComboBox()
        for kind, name in (("weekly", tr("周")), ("monthly", tr("月")), ("quarterly", tr("季度")), ("yearly", tr("年"))):
            self.kind.addItem(name, kind)
        self.kind.setCurrentIndex(1)
        self.kind.activated.connect(lambda _: self._fill_periods())
        self.month = QComboBox()
        self.month.activated.connect(lambda _: self.reload())
        refresh = QPushButton(tr("统计"))
        refresh.clicked.connect(self.reload)
        self.pdf_button = QPushButton(tr("月度工作小结 (PDF)…"))
        self.pdf_button.clicked.connect(self.print_summary)
        self.xlsx_button = QPushButton(tr("总部工作簿 (Excel)…"))
        self.xlsx_button.clicked.connect(self.save_workbook)
        self.f9_button = QPushButton(tr("顾客统计表 (F9)…"))
        self.f9_button.clicked.connect(self.print_f9)
        self._fill_periods(reload=False)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("期间：")))
        top.addWidget(self.kind)
        top.addWidget(self.month)
        top.addWidget(refresh)
        top.addStretch(1)
        for button in (self.pdf_button, self.xlsx_button, self.f9_button):
            top.addWidget(button)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(18)
        self.figures.setVerticalSpacing(4)
        self.hint = QLabel(tr("选择期间后按“统计”。"))
        self.hint.setStyleSheet("color: #555;")
        self.views = [QChartView() for _ in range(4)]
        charts = QGridLayout()
        for index, view in enumerate(self.views):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(170)  # four charts and the figures fit 720 logical pixels (1080 p at 150 %)
            charts.addWidget(view, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(self.figures)
        layout.addLayout(charts, 1)
        self._loaded_once = False
        self._rest: threading.Event | None = None  # set to drop the rest of a summary still being read

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded_once:  # figures of a large store take seconds: only once the manager looks
            self._loaded_once = True
            self.reload()

    def _fill_periods(self, reload: bool = True) -> None:
        """The periods of the chosen kind, newest first; early in a month (quarter, year) the last one is chosen."""
        kind = self.kind.currentData()
        self.month.clear()
        today = clock.today()
        for period in periods.recent(kind, today, PERIODS_OFFERED[kind]):
            self.month.addItem(_period_name(period), period.label)
        early = today.day < 10 if kind in ("monthly", "quarterly") else today.month == 1 if kind == "yearly" else False
        if kind == "quarterly":
            early = early and today.month in (1, 4, 7, 10)
        self.month.setCurrentIndex(1 if early and self.month.count() > 1 else 0)
        self.pdf_button.setText(tr("{title} (PDF)…").format(title=tr(periods.TITLES[kind])))
        if reload:
            self.reload()

    def selected_period(self) -> periods.Period:
        return periods.parse(self.kind.currentData(), self.month.currentData())

    def selected_month(self) -> str:
        """The chosen period's last month (F9 prints its year)."""
        return self.selected_period().month

    def reload(self) -> None:
        """The first figures at once (calls, complaints, reminders, appointments, surveys: half a second for a month
        at L), then the rest in the background (F9, the funnel, retention, the trend: seconds at L) while the tab and
        the other tabs can be used."""
        period = self.selected_period()
        if self._rest is not None:
            self._rest.set()  # the rest of the period looked at before is no longer wanted
            self._rest = None
        result = run_with_progress(
            self.runner,
            self,
            tr("正在统计 {currentText}……").format(currentText=self.month.currentText()),
            lambda progress, cancel: monthly.first_figures(period, progress=progress, cancel=cancel),
            cancellable=True,
        )
        if not result.ok:
            show_error(self, result.error, tr("统计未完成"))
            return
        self.show_summary(result.value)
        if result.value.partial:
            stop = threading.Event()
            self._rest = stop
            self.runner.run(monthly.complete, result.value, cancel=stop.is_set,
                            on_done=lambda whole: self._rest_done(whole, stop),
                            on_error=lambda error: self._rest_failed(error, stop))

    def _whole(self) -> MonthlySummary | None:
        """The summary shown, when it is whole (a document of a partial one reads everything itself)."""
        return self.summary if self.summary is not None and not self.summary.partial else None

    def _rest_done(self, whole: MonthlySummary, stop: threading.Event) -> None:
        if stop.is_set() or self._rest is not stop:  # another period was chosen meanwhile
            return
        self._rest = None
        self.show_summary(whole)

    def _rest_failed(self, error: BaseException, stop: threading.Event) -> None:
        if stop.is_set() or self._rest is not stop or isinstance(error, JobCancelled):
            return
        self._rest = None
        show_error(self, error, tr("统计未完成"))

    # --- showing ------------------------------------------------------------------------------------------------
    def show_summary(self, summary: MonthlySummary) -> None:
        self.summary = summary
        self.hint.setText(
            tr("{dealership}　统计期间 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}（截至 {as_of:%Y-%m-%d}）").format(
                dealership=tr(summary.dealership), first=summary.first, last=summary.last, as_of=summary.funnel.as_of
            ) + ("　" + tr("正在统计保有客户、流失漏斗和十二个月趋势……") if summary.partial else "")
        )
        while self.figures.count():
            widget = self.figures.takeAt(0).widget()
            if widget is not None:  # off the screen at once, not when the event loop gets round to deleting it
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        k = summary.complaints.kpis
        cells = []
        for index, target in enumerate(summary.targets):
            mark = ("—", "#555") if target.met is None else ((tr("✓ 达标"), MET.name()) if target.met else
                                                             (tr("▼ 未达标"), MISSED.name()))
            note = tr("目标 ≥ {target:g}%　<span style='color:{v2}'>{v3}</span>").format(
                target=target.target, v2=mark[1], v3=mark[0])
            if index == 0 and summary.calls.total.missed:  # 回访率: what was missed counts against it
                note += "<br>" + tr("已过期 {missed} 项（从未列入 {unlisted} 项）").format(
                    missed=summary.calls.total.missed, unlisted=summary.calls.total.unlisted)
            if not target.unit:  # an index (SSI, CSI), not a share
                note = tr("目标 ≥ {target:g}　<span style='color:{v2}'>{v3}</span>").format(
                    target=target.target, v2=mark[1], v3=mark[0]) + "<br>" + tr("问卷 {count} 份").format(
                    count=target.basis)
                cells.append((tr(target.name), f"{target.actual:.1f}" if target.basis else "—", note))
                continue
            if target.unit == "人":  # 基盘: a count of customers
                note = tr("目标 ≥ {target:g} 人　<span style='color:{v2}'>{v3}</span>").format(
                    target=target.target, v2=mark[1], v3=mark[0])
                if summary.retention is not None:
                    note += "<br>" + tr("新增 {new}，流失 {lost}").format(new=summary.retention.new,
                                                                      lost=summary.retention.lost)
                cells.append((tr(target.name), f"{target.actual:.0f}", note))
                continue
            if target.at_most:  # 返修率: a ceiling, told under 首保进场率 (the tile before it)
                name, value, before = cells[-1]
                cells[-1] = (name, value, before + "<br>" + tr("返修率 {rate}（≤ {target:g}%）<span style='color:{v2}'>"
                                                               "{v3}</span>").format(
                    rate=f"{target.actual:.1f}%" if target.basis else "—", target=target.target, v2=mark[1],
                    v3=mark[0]))
                continue
            cells.append((tr(target.name), f"{target.actual:.1f}%" if target.basis else "—", note))
        if summary.partial:  # the rest is being read: its tiles keep their places
            cells += [(tr("基盘客户数"), "…", tr("正在统计…")), (tr("首保进场率"), "…", tr("正在统计…"))]
        week = summary.period is not None and not summary.period.full  # calls and complaints only
        monthly_period = summary.period is None or summary.period.kind == "monthly"
        cells += [
            (
                tr("投诉受理"),
                tr("{count} 件").format(count=k.count),
                tr("逾期未结 {v1} 件").format(v1=len(summary.complaints.overdue)),
            ),
            (
                tr("及时响应率"),
                f"{k.rate(k.responded_on_time):.1f}%",
                tr("及时封闭率 {v1:.1f}%").format(v1=k.rate(k.closed_on_time)),
            ),
            (
                tr("一次解决率"),
                f"{k.rate(k.solved_first_time):.1f}%",
                tr("升级/预警 {v1} 件").format(v1=len(summary.complaints.escalations)),
            ),
            (
                tr("提醒后30天内回厂"),
                f"{summary.reminders['total'].came_back} / {summary.reminders['total'].reminded}",
                tr("回厂率 {rate:.1f}%").format(rate=summary.reminders['total'].rate)
                + tr("　预约 {booked}，到店率 {show}").format(
                    booked=summary.appointments.booked,
                    show=f"{summary.appointments.show_rate:.1f}%" if summary.appointments.show_rate is not None
                    else "—"),
            ),
            (
                tr("流失客户（12个月）"),
                "…" if summary.partial else tr("{v1} 台").format(v1=summary.funnel.stages[12]),
                tr("正在统计…") if summary.partial else
                (tr("本月招回 {v1} 台") if monthly_period else tr("本期招回 {v1} 台")).format(
                    v1=sum(summary.funnel.won_back.values())),
            ),
        ]
        if week:
            cells = cells[:len(summary.targets) + 3]
        for index, (name, value, note) in enumerate(cells):
            label = QLabel(f"<span style='color:#555'>{name}</span><br><b style='font-size:15pt'>{value}</b>"
                           f"<br><span style='font-size:9pt'>{note}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setObjectName(f"figure-{name}")
            self.figures.addWidget(label, index // TILES_PER_ROW, index % TILES_PER_ROW)
        if week:  # no trend, no funnel: the calls by reason and the complaints by category
            self.views[0].setChart(_chart(tr("周报只统计回访与投诉")))
        elif summary.partial:
            self.views[0].setChart(_chart(tr("正在统计十二个月趋势……")))
        else:
            labels = [t.month[5:] for t in summary.trend]  # "11", "12", "01": the title says which twelve months
            surveyed = summary.surveys.trend if summary.surveys else []
            self.views[0].setChart(line_chart(
                tr("近十二个月回访率、满意率（%）与 SSI、CSI"), labels,
                [(tr("回访率"), [t.call_rate if t.calls_due else None for t in summary.trend]),
                 (tr("满意率"), [t.satisfied_rate if t.calls_due else None for t in summary.trend]),
                 ("SSI", [t.ssi for t in surveyed]), ("CSI", [t.csi for t in surveyed])], 100))
        busiest = sorted(summary.calls.by_reason, key=lambda c: -summary.calls.by_reason[c].due)[:TOP_REASONS]
        reasons = [c for c in summary.calls.by_reason if c in busiest]  # in the list's own order
        self.views[1].setChart(bar_chart(
            tr("回访量最大的 {v1} 个原因：应回访 / 已回访").format(v1=len(reasons)),
            [tr(summary.short_reason_titles.get(c, summary.reason_titles[c])) for c in reasons],
            [(tr("应回访"), [summary.calls.by_reason[c].due for c in reasons]),
             (tr("已回访"), [summary.calls.by_reason[c].done for c in reasons])]))
        codes = list(summary.complaints.by_category)
        self.views[2].setChart(bar_chart(tr("各类别投诉件数"), codes,
                                         [(tr("件数"), [summary.complaints.by_category[c] for c in codes])]))
        if week or summary.partial:
            self.views[3].setChart(_chart(tr("周报只统计回访与投诉") if week else tr("正在统计流失漏斗……")))
            return
        self.views[3].setChart(bar_chart(
            tr("流失漏斗：逾期未回厂的车辆"), [tr(name).split("（")[0].split(" (")[0] for _, name in FUNNEL],
            [(tr("车辆数"), [summary.funnel.stages[m] for m, _ in FUNNEL]),
             (tr("本月招回") if monthly_period else tr("本期招回"), [summary.funnel.won_back[m] for m, _ in FUNNEL])]))

    # --- the documents ------------------------------------------------------------------------------------------
    def print_summary(self):
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        period, summary = self.selected_period(), self._whole()
        return show_preview(self.runner, self, tr(period.title),
                            tr("{title}_{label}.pdf").format(title=tr(period.title), label=period.label),
                            lambda path, progress, cancel: printing.print_period(
                                period, path, progress=progress, cancel=cancel, summary=summary),
                            cancellable=True)

    def print_f9(self):
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        year = self.selected_month()[:4]
        return show_preview(self.runner, self, tr("顾客统计表"), tr("顾客统计表_{year}.pdf").format(year=year),
                            lambda path, progress, cancel: printing.print_statistics(year, path))

    def save_workbook(self) -> None:
        period = self.selected_period()
        name = (tr("月度报表_{month}.xlsx").format(month=period.label) if period.kind == "monthly" else
                tr("{title}_{label}.xlsx").format(title=tr(period.title), label=period.label))
        path, _ = QFileDialog.getSaveFileName(self, tr("保存总部工作簿"), name, tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.write_workbook(path)

    def write_workbook(self, path: str) -> bool:
        from carecenter import export  # reportlab/openpyxl load on first use, not at start-up
        period, summary = self.selected_period(), self._whole()
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        result = run_with_progress(self.runner, self, tr("正在生成总部工作簿……"),
                                   lambda progress, cancel: export.export_period(
                                       period, path, progress=progress, cancel=cancel, summary=summary),
                                   cancellable=True)
        if result.ok:
            self.status_message.emit(tr("已生成 {value}").format(value=result.value))
            return True
        show_error(self, result.error, tr("工作簿未生成"))
        return False
