"""Charts for printed reports (reportlab.graphics): bars for counts, lines for twelve-month trends.

Built to survive a black-and-white printer: series differ by grey level and hatching-free solid fills for bars, by
dash pattern and marker shape for lines, and every bar carries its value.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from carecenter.reports.fonts import register
from carecenter.i18n import tr

#: Fills from dark to light: distinguishable on a black-and-white print.
GREYS = [colors.Color(0.15, 0.15, 0.15), colors.Color(0.55, 0.55, 0.55), colors.Color(0.82, 0.82, 0.82),
         colors.Color(0.38, 0.38, 0.38)]
DASHES = [None, (4, 2), (1, 2), (6, 2, 1, 2)]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond"]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000):
        if value <= step * 5:
            return step * ((int(value) // step) + 1)
    return value * 1.2


LINE = 14  # the height of the title's line, and of the legend's when it needs a line of its own


def _title_and_legend(drawing: Drawing, title: str, names: Sequence[str], width: float, height: float,
                      swatches: Sequence) -> float:
    """The title at the top left and a one-line legend at the top right; when both do not fit on one line (long
    English names) the legend goes on a line of its own. Returns how much lower the chart must stop."""
    font = register()
    title = tr(title)
    if title:
        drawing.add(String(4, height - 12, title, fontName=font, fontSize=9))
    if len(names) < 2:
        return 0
    names = [tr(name) for name in names]
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = max(stringWidth(name, font, 7) for name in names) + 24
    legend.dx = 8
    legend.dy = 6
    legend_width = legend.deltax * len(names)
    crowded = title and stringWidth(title, font, 9) + 16 + legend_width > width
    legend.x, legend.y = width - legend_width, height - 6 - (LINE if crowded else 0)
    legend.colorNamePairs = list(zip(swatches, names))
    drawing.add(legend)
    return LINE if crowded else 0


def bar_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], width: float,
              height: float = 150, *, title: str = "", value_format: str = "{:g}") -> Drawing:
    """Grouped vertical bars, one group per category, one bar per series, each bar labelled with its value."""
    font = register()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 38
    chart.width, chart.height = width - 44, height - 70
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = [tr(str(c)) for c in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    if len(categories) > 18:  # many categories (every call reason): steep labels, room for them under the axis
        chart.categoryAxis.labels.angle = 60
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.y += 34
        chart.height -= 34
    elif len(categories) > 6:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max([max(v) for _, v in series if len(v)] + [0]))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.barLabelFormat = value_format.format
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    chart.groupSpacing = 6
    for index in range(len(series)):
        chart.bars[index].fillColor = GREYS[index % len(GREYS)]
        chart.bars[index].strokeColor = colors.black
        chart.bars[index].strokeWidth = 0.4
    drawing.add(chart)
    chart.height -= _title_and_legend(drawing, title, [name for name, _ in series], width, height,
                                      [GREYS[i % len(GREYS)] for i in range(len(series))])
    return drawing


def horizontal_bars(categories: Sequence[str], values: Sequence[float], width: float, *, title: str = "",
                    value_max: float | None = None, value_format: str = "{:g}") -> Drawing:
    """One bar per category, laid on its side so that long item names stay readable."""
    font = register()
    row = 14
    height = max(60, row * len(categories) + 40)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 170, 20
    chart.width, chart.height = width - 200, row * len(categories)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [tr(str(c))[:24] for c in reversed(categories)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max or _nice_max(max(list(values) + [0]))
    chart.barLabelFormat = value_format.format
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 8
    chart.bars[0].fillColor = GREYS[1]
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.4
    drawing.add(chart)
    if title:
        drawing.add(String(4, height - 12, tr(title), fontName=font, fontSize=9))
    return drawing


def _runs_joinable(values: Sequence[float | None]) -> bool:
    """True when every run of months with a value has at least two of them (and there is one)."""
    if all(value is None for value in values):
        return False
    run = 0
    for value in list(values) + [None]:
        if value is None:
            if run == 1:
                return False
            run = 0
        else:
            run += 1
    return True


def line_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], width: float,
               height: float = 150, *, title: str = "", value_max: float | None = None) -> Drawing:
    """Lines over months (a twelve-month trend); a missing month (None) leaves a gap."""
    font = register()
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 62
    chart.data = [[v for v in values] for _, values in series]
    chart.categoryAxis.categoryNames = [str(label) for label in labels]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    present = [v for _, values in series for v in values if v is not None]
    chart.valueAxis.valueMax = value_max or _nice_max(max(present + [0]))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    # reportlab cannot draw a line through a lone point (a month between gaps): then markers only
    chart.joinedLines = all(_runs_joinable(values) for _, values in series)
    for index in range(len(series)):
        line = chart.lines[index]
        line.strokeColor = colors.black if index == 0 else GREYS[index % len(GREYS)]
        line.strokeWidth = 1.2
        if DASHES[index % len(DASHES)]:
            line.strokeDashArray = DASHES[index % len(DASHES)]
        line.symbol = makeMarker(MARKERS[index % len(MARKERS)])
        line.symbol.size = 4
        line.symbol.fillColor = line.strokeColor
    drawing.add(chart)
    # on a black-and-white print the names say which line is which: solid, dashed, dotted
    styles = [tr("实线●"), tr("虚线■"), tr("点线▲"), tr("点划线◆")]
    names = [tr("{name}（{v2}）").format(name=tr(name), v2=styles[i % len(styles)]) for i, (name, _) in enumerate(series)]
    chart.height -= _title_and_legend(drawing, title, names, width, height,
                                      [colors.black if i == 0 else GREYS[i % len(GREYS)] for i in range(len(series))])
    return drawing
