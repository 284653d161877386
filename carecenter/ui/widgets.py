"""Small widget helpers every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QGridLayout, QHeaderView, QLabel, QLayout,
                               QTableWidget, QToolTip, QWidget)
from carecenter.i18n import tr, tr_values


#: A widget property: its text is addressed to customers (call scripts, SMS) and stays in Chinese in any language.
CUSTOMER_LANGUAGE = "customer_language"


def dialog_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK / 取消 with the OK button named for what it does, wired to the dialog's accept and reject."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def set_widths(header, widths: Sequence[int]) -> None:
    """Column widths for the usual contents, never narrower than the column's title in the current language."""
    metrics = header.fontMetrics()
    model = header.model()
    for column, width in enumerate(widths):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 24))


#: A view property: hovering a cell whose text is cut shows the whole text (see :func:`tips_for_cut_cells`).
TIPS_FOR_CUT_CELLS = "tips_for_cut_cells"


def cell_is_cut(view: QAbstractItemView, index, text: str) -> bool:
    """Whether ``text`` in the cell at ``index`` is wider (or has more lines) than the cell shows."""
    rect = view.visualRect(index)
    metrics = view.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 8
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        needed += max(view.iconSize().width(), 16)
    return rect.width() < needed or rect.height() + 2 < (text.count("\n") + 1) * metrics.lineSpacing()


class _CutCellTips(QObject):
    def eventFilter(self, viewport, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            view = viewport.parentWidget()
            index = view.indexAt(event.pos())
            if index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str) and text and cell_is_cut(view, index, text):
                    QToolTip.showText(event.globalPos(), text, viewport, view.visualRect(index))
                    return True
        return False


def tips_for_cut_cells(view: QAbstractItemView) -> QAbstractItemView:
    """Hovering a cell whose text does not fit shows all of it, in any list (cells with a tooltip of their own keep
    it)."""
    tips = _CutCellTips(view)
    view.viewport().installEventFilter(tips)
    view.setProperty(TIPS_FOR_CUT_CELLS, True)
    return view


def read_only_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """A table of whole rows to read and pick from, not to edit."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(tr_values(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1 if stretch is None else stretch,
                                                  QHeaderView.ResizeMode.Stretch)
    return tips_for_cut_cells(table)


class FormGrid(QWidget):
    """A paper form on screen: label–field pairs two to a row when the pane has room for them, one to a row when it
    has not (a narrow window, a longer language), so the form never scrolls sideways. Wide fields (a text box) take a
    row of their own either way."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._rows: list[tuple[tuple[QWidget, QWidget], ...]] = []
        self._wide_rows: set[int] = set()
        self._two_a_row: bool | None = None

    def add_row(self, *pairs: tuple[QWidget, QWidget]) -> None:
        """One or two (label, field) pairs that sit side by side when there is room."""
        self._rows.append(tuple(pairs))
        self._lay_out(self._two_a_row if self._two_a_row is not None else True)

    def add_wide(self, label: QWidget, field: QWidget) -> None:
        self._wide_rows.add(len(self._rows))
        self._rows.append(((label, field),))
        self._lay_out(self._two_a_row if self._two_a_row is not None else True)

    def _column_width(self, widgets: list[QWidget]) -> int:
        return max((w.minimumSizeHint().width() if not isinstance(w, QLabel) or not w.wordWrap() else
                    min(w.sizeHint().width(), 160) for w in widgets), default=0)

    def two_a_row_width(self) -> int:
        """The width the form needs with two pairs a row."""
        columns: list[list[QWidget]] = [[], [], [], []]
        for index, pairs in enumerate(self._rows):
            if index in self._wide_rows:
                continue
            for position, (label, field) in enumerate(pairs):
                columns[position * 2].append(label)
                columns[position * 2 + 1].append(field)
        spacing = max(self.grid.horizontalSpacing(), 0)
        return sum(self._column_width(widgets) for widgets in columns) + 3 * spacing

    def one_a_row_width(self) -> int:
        labels = [pair[0] for pairs in self._rows for pair in pairs]
        fields = [pair[1] for pairs in self._rows for pair in pairs]
        return self._column_width(labels) + self._column_width(fields) + max(self.grid.horizontalSpacing(), 0)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name: the form may always fall back to one pair a row
        hint = super().minimumSizeHint()
        hint.setWidth(self.one_a_row_width())
        return hint

    def _lay_out(self, two_a_row: bool) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for column in range(4):
            self.grid.setColumnStretch(column, 0)
        row = 0
        for index, pairs in enumerate(self._rows):
            if index in self._wide_rows:
                label, field = pairs[0]
                self.grid.addWidget(label, row, 0)
                self.grid.addWidget(field, row, 1, 1, 3 if two_a_row else 1)
                row += 1
                continue
            for position, (label, field) in enumerate(pairs):
                if two_a_row:
                    self.grid.addWidget(label, row, position * 2)
                    self.grid.addWidget(field, row, position * 2 + 1)
                else:
                    self.grid.addWidget(label, row, 0)
                    self.grid.addWidget(field, row, 1)
                    row += 1
            if two_a_row:
                row += 1
        self.grid.setColumnStretch(1, 1)
        if two_a_row:
            self.grid.setColumnStretch(3, 1)
        self._two_a_row = two_a_row
        self.grid.invalidate()
        self.updateGeometry()

    def refit(self) -> None:
        """Choose one or two pairs a row for the present width (call when field texts changed)."""
        two_a_row = self.width() >= self.two_a_row_width()
        if two_a_row != self._two_a_row:
            self._lay_out(two_a_row)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()


class FlowLayout(QLayout):
    """Buttons in a row that wraps onto a second line when the pane is narrow (a longer language, a smaller screen),
    instead of making the pane wider than the window."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self):  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self):  # noqa: N802 - Qt's name: the widest single button
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y()
