"""统计报表: managers only; the month's key figures and charts; the summary PDF, F9 and the workbook from the tab."""

import openpyxl
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QLabel

from carecenter import session
from carecenter.ui.main_window import MainWindow
from carecenter.ui.statistics_tab import StatisticsTab


def test_the_tab_is_for_managers_only(demo_store, runner, qtbot):
    with session.acting_as(session.Actor("小王", "specialist")):
        window = MainWindow(demo_store, runner)
        qtbot.addWidget(window)
        assert window.statistics_tab is None
        assert "统计报表" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    with session.acting_as(session.Actor("王经理", "manager")):
        window = MainWindow(demo_store, runner)
        qtbot.addWidget(window)
        assert window.tabs.tabText(window.tabs.count() - 1) == "统计报表"
        menu = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
        assert "月度工作小结（PDF）…" in menu and "总部工作簿（Excel）…" in menu


def test_the_month_shows_its_figures_charts_and_documents(demo_store, runner, qtbot, tmp_path):
    tab = StatisticsTab(runner)
    qtbot.addWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    assert tab.month.currentText() == "2026年10月"
    tab.reload()
    summary = tab.summary
    assert summary is not None and summary.month == "2026-10"
    rate = tab.findChild(object, "figure-回访率")
    assert f"{summary.calls.total.rate:.1f}%" in rate.text() and "目标 ≥ 30%" in rate.text()
    charts = [view.chart() for view in tab.findChildren(QChartView)]
    assert [c.title() for c in charts][0] == "近十二个月回访率、满意率（%）与 SSI、CSI"
    csi = tab.findChild(object, "figure-售后满意度 CSI")
    assert f"{summary.surveys.by_questionnaire['csi'].index:.1f}" in csi.text() and "目标 ≥ 93" in csi.text()
    assert all(c.series() for c in charts)
    pdf = tab.print_summary()
    assert pdf.document.pageCount() >= 4
    pdf.close()
    f9 = tab.print_f9()
    assert f9.document.pageCount() >= 1 and "顾客统计表" in f9.windowTitle()
    f9.close()
    assert tab.write_workbook(str(tmp_path / "head-office"))
    book = openpyxl.load_workbook(tmp_path / "head-office.xlsx", read_only=True)
    assert book.sheetnames[:2] == ["目标对比", "顾客统计表"]
    assert "满意度调查" in book.sheetnames and "满意度低分" in book.sheetnames
    rows = list(book["满意度调查"].iter_rows(values_only=True))
    csi_row = next(r for r in rows if r[0] == "问卷" and r[1] == "售后满意度（CSI）")
    assert csi_row[4] == summary.surveys.by_questionnaire["csi"].index


def test_choosing_another_month_replaces_the_figures_at_once(demo_store, runner, qtbot):
    tab = StatisticsTab(runner)
    qtbot.addWidget(tab)
    for month in ("2026-10", "2026-09", "2026-10"):
        tab.month.setCurrentIndex(tab.month.findData(month))
        tab.reload()
    figures = [label for label in tab.findChildren(QLabel) if label.objectName().startswith("figure-")]
    assert len(figures) == 12  # the previous month's are gone, not left underneath waiting to be deleted
    names = {label.objectName() for label in figures}
    assert {"figure-基盘客户数", "figure-首保进场率"} <= names  # RULES §6 item 9 (返修率 under 首保)


def test_a_quarter_a_year_and_a_week_from_the_period_chooser(demo_store, runner, qtbot, tmp_path):
    """RULES §6: the same report for a week (calls and complaints), a quarter and a year."""
    tab = StatisticsTab(runner)
    qtbot.addWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("quarterly"))
    tab._fill_periods(reload=False)
    assert tab.month.itemText(0) == "2026年第4季度" and tab.month.findData("2026-Q3") >= 0
    tab.month.setCurrentIndex(tab.month.findData("2026-Q3"))
    tab.reload()
    assert tab.summary.period.label == "2026-Q3" and tab.summary.first.month == 7
    assert tab.pdf_button.text() == "季度工作小结 (PDF)…"
    assert tab.write_workbook(str(tmp_path / "q3"))
    assert "保有客户" in openpyxl.load_workbook(tmp_path / "q3.xlsx", read_only=True).sheetnames
    tab.kind.setCurrentIndex(tab.kind.findData("weekly"))
    tab._fill_periods(reload=False)
    assert tab.month.itemText(0) == "2026年第47周（11-16–11-22）"
    tab.reload()
    figures = {label.objectName() for label in tab.findChildren(QLabel) if label.objectName().startswith("figure-")
               and label.isVisibleTo(tab)}
    assert "figure-回访率" in figures and "figure-投诉受理" in figures and "figure-基盘客户数" not in figures
    assert [view.chart().title() for view in tab.findChildren(QChartView)][0] == "周报只统计回访与投诉"
    pdf = tab.print_summary()
    assert pdf.document.pageCount() >= 2
    pdf.close()


def test_the_first_figures_show_before_the_rest_and_a_document_waits_for_the_rest(demo_store, runner, qtbot,
                                                                                  tmp_path):
    from carecenter import monthly, periods
    tab = StatisticsTab(runner)
    qtbot.addWidget(tab)
    first = monthly.first_figures(periods.parse("monthly", "2026-10"))
    tab.show_summary(first)
    base = tab.findChild(QLabel, "figure-基盘客户数")
    assert "…" in base.text() and "正在统计保有客户" in tab.hint.text()
    assert [view.chart().title() for view in tab.findChildren(QChartView)][0] == "正在统计十二个月趋势……"
    assert tab.write_workbook(str(tmp_path / "w"))  # the workbook reads the rest itself
    assert "保有客户" in openpyxl.load_workbook(tmp_path / "w.xlsx", read_only=True).sheetnames
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    tab.reload()  # the tests' runner is inline: the rest arrives at once
    assert not tab.summary.partial and "…" not in tab.findChild(QLabel, "figure-基盘客户数").text()
