"""What a person sees of a window, checked: a window that does not fit the screen's available area, a label, button,
check box, group title, tab or column title that is cut or elided, a form that scrolls sideways, a cell whose text is
cut with no tooltip to read it whole. Each problem is one line naming the window and the text, so a failing test says
what to fix."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QCheckBox,
                               QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QScrollArea, QStyle, QStyleOptionComboBox, QTabBar, QTableView, QToolButton,
                               QTreeView, QWidget)

from carecenter.ui import screen
from carecenter.ui.widgets import TIPS_FOR_CUT_CELLS

#: How many rows of a list are looked at (the ones a user sees first).
ROWS = 40


def settle(widget: QWidget | None = None) -> None:
    for _ in range(4):
        QApplication.processEvents()


def problems(root: QWidget, name: str) -> list[str]:
    """Everything cut, clipped or off-screen in the shown window ``root``."""
    found: list[str] = []
    room = screen.largest(root)
    if root.isWindow() and (root.width() > room.width() or root.height() > room.height()):
        found.append(f"{name}: the window is {root.width()}×{root.height()}, the screen has room for "
                     f"{room.width()}×{room.height()}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root:
            continue
        for problem in _widget_problems(widget, root):
            found.append(f"{name}: {problem}")
    return found


def _text(widget) -> str:
    return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _describe(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title", "currentText", "windowTitle"):
        value = getattr(widget, attribute, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__} 「{str(text)[:40]}」"


def _widget_problems(widget: QWidget, root: QWidget) -> list[str]:
    found = []
    clipped = _clipped_by_ancestors(widget, root)
    if clipped:
        found.append(f"{_describe(widget)} is cut off by {clipped}")
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        hint = widget.sizeHint()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{_describe(widget)} needs {needed} px of height, has {widget.height()}")
        elif widget.width() + 1 < hint.width() and not widget.property("elided_with_tooltip"):
            found.append(f"{_describe(widget)} is {widget.width()} px wide, its text needs {hint.width()}")
    elif isinstance(widget, (QPushButton, QToolButton)) and _text(widget):
        metrics = widget.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in _text(widget).split("\n")) + 6
        if not widget.icon().isNull():
            needed += widget.iconSize().width() + 4
        if widget.width() < needed:
            found.append(f"{_describe(widget)} is {widget.width()} px wide, its text needs {needed}")
    elif isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
        if widget.width() + 1 < widget.sizeHint().width():
            found.append(f"{_describe(widget)} is {widget.width()} px wide, needs {widget.sizeHint().width()}")
    elif isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(_text_of_title(widget)) + 16
        if widget.width() < needed:
            found.append(f"{_describe(widget)}: its title needs {needed} px, the box is {widget.width()}")
    elif isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if field.width() + 1 < needed:
            found.append(f"{_describe(widget)} shows {field.width()} px of a text {needed} px wide")
    elif isinstance(widget, QLineEdit) and widget.isReadOnly() and widget.text():
        needed = widget.fontMetrics().horizontalAdvance(widget.text()) + 8
        if widget.width() < needed and not widget.toolTip():
            found.append(f"{_describe(widget)} (read-only) is cut: {widget.width()} px for {needed}")
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.isTabVisible(index) and widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                found.append(f"tab 「{widget.tabText(index)}」 is elided")
            if not widget.rect().contains(widget.tabRect(index)):
                found.append(f"tab 「{widget.tabText(index)}」 is off the tab bar")
    if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
        found.append(f"a form pane ({_describe(widget.widget() or widget)}) scrolls sideways")
    if isinstance(widget, QAbstractItemView):
        found.extend(_view_problems(widget))
    return found


def _text_of_title(box: QGroupBox) -> str:
    return box.title().replace("&", "")


def _clipped_by_ancestors(widget: QWidget, root: QWidget) -> str:
    """The ancestor that cuts part of ``widget`` off (scroll areas may cut vertically: that is what they are for)."""
    if widget is root or not isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit, QGroupBox,
                                                 QAbstractScrollArea)):
        return ""
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, QAbstractItemView):
            return ""  # an editor or index widget inside a list: the list scrolls
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            parent = parent.parentWidget()
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            area = QRect(viewport.mapTo(root, viewport.rect().topLeft()), viewport.size())
            if rect.left() < area.left() - 1 or rect.right() > area.right() + 1:
                if not parent.horizontalScrollBar().isVisible():
                    return f"the pane of {type(parent).__name__} (sideways)"
            return ""
        area = QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
        if not area.adjusted(-1, -1, 1, 1).contains(rect):
            return f"{type(parent).__name__}"
        if parent is root:
            break
        parent = parent.parentWidget()
    return ""


def _view_problems(view: QAbstractItemView) -> list[str]:
    found = []
    model = view.model()
    if model is None:
        return found
    header = view.horizontalHeader() if isinstance(view, QTableView) else (
        view.header() if isinstance(view, QTreeView) else None)
    columns = model.columnCount(QModelIndex()) if header is not None else 1
    if header is not None and header.isVisible():
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(columns):
            if header.isSectionHidden(column):
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0) + margin
            if title and header.sectionSize(column) < needed:
                found.append(f"column title 「{title}」 is cut: {header.sectionSize(column)} px for {needed}")
            position = header.sectionViewportPosition(column)
            if title and position + header.sectionSize(column) > header.viewport().width() + 1 \
                    and not view.horizontalScrollBar().isVisible():
                found.append(f"column 「{title}」 is off the edge of the list")
    if view.horizontalScrollBar().isVisible() and not isinstance(view, QHeaderView):
        found.append(f"the list with {_first_title(model)} scrolls sideways")
    if view.property(TIPS_FOR_CUT_CELLS):
        return found  # hovering a cut cell shows its whole text
    metrics = view.fontMetrics()
    seen_rows = 0

    def rows(parent: QModelIndex):
        nonlocal seen_rows
        for row in range(model.rowCount(parent)):
            if seen_rows >= ROWS:
                return
            seen_rows += 1
            yield parent, row
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first) and model.rowCount(first):
                yield from rows(first)

    for parent, row in list(rows(QModelIndex())):
        for column in range(columns):
            if header is not None and header.isSectionHidden(column):
                continue
            index = model.index(row, column, parent)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text in (None, "") or not isinstance(text, str):
                continue
            if view.indexWidget(index) is not None:
                continue
            rect = view.visualRect(index)
            if rect.width() <= 0:
                continue
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 8
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() if view.iconSize().width() > 0 else 16
            lines = text.count("\n") + 1
            cut = rect.width() < needed or rect.height() + 2 < lines * metrics.lineSpacing()
            if cut and not model.data(index, Qt.ItemDataRole.ToolTipRole):
                found.append(f"cell 「{text[:30]}」 under 「{_title(model, column)}」 is cut "
                             f"({rect.width()} px for {needed}) and has no tooltip")
    return found


def _title(model, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal) or column)


def _first_title(model) -> str:
    return f"「{_title(model, 0)}」"
