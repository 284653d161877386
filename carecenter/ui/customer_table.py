"""The archive list's table model: ids come from one SQL query (search, filter and sort in SQL), rows are loaded
lazily a page at a time in the background, so the list stays smooth at 100 000 customers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from carecenter import archive
from carecenter.ui.runner import TaskRunner
from carecenter.i18n import N_, tr

PAGE_SIZE = 100

#: (header, domain sort key or None when the column cannot be sorted)
COLUMNS = (
    (N_("姓名"), "name"),
    (N_("电话"), "phone"),
    (N_("车牌"), None),
    (N_("车型"), None),
    (N_("最近到店"), "last_visit"),
    (N_("会员级别"), "club_level"),
    (N_("状态"), None),
)
LOADING = "…"


def _status(row: archive.CustomerRow) -> str:
    marks = []
    if row.prospect:
        marks.append(tr("潜在客户"))
    if row.incomplete:
        marks.append(tr("档案待补全"))
    if row.do_not_call:
        marks.append(tr("勿电话回访"))
    if row.lost_contact:
        marks.append(tr("失联"))
    if row.phone_wrong:
        marks.append(tr("号码错误"))
    return tr("、").join(marks)


class CustomerTableModel(QAbstractTableModel):
    #: The number of customers matching the current search, after each query.
    counted = Signal(int)

    def __init__(self, runner: TaskRunner, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._ids: list[int] = []
        self._rows: dict[int, archive.CustomerRow] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._text = ""
        self._incomplete_only = False
        self._lost_only = False
        self._club = ""
        self._value = ""
        self._order = "name"
        self._descending = False
        self.pages_loaded = 0

    # --- the query -----------------------------------------------------------------------------------------------
    def search(self, text: str, incomplete_only: bool = False, *, lost_only: bool = False, club: str = "",
               value: str = "", force: bool = False) -> None:
        if not force and self._generation and (text, incomplete_only, lost_only, club, value) == (
                self._text, self._incomplete_only, self._lost_only, self._club, self._value):
            return  # asked for already (at start the header's sort and the window both ask for the full list)
        self._text, self._incomplete_only, self._lost_only, self._club = text, incomplete_only, lost_only, club
        self._value = value
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        text, incomplete_only, order, descending = self._text, self._incomplete_only, self._order, self._descending
        lost_only, club, value = self._lost_only, self._club, self._value

        def ids_and_first_page() -> tuple[list[int], list[archive.CustomerRow]] | None:
            # one trip to the worker: the list shows its first rows as soon as the count is known
            if generation != self._generation:
                return None  # a newer search was asked for while this one waited: it would be thrown away
            ids = archive.find_customers(text, incomplete_only=incomplete_only, lost_only=lost_only, order=order,
                                         descending=descending, club=club, value=value)
            return ids, archive.customer_rows(ids[:PAGE_SIZE])

        self._runner.run(ids_and_first_page,
                         on_done=lambda result: result is not None and self._set_ids(generation, *result))

    def _set_ids(self, generation: int, ids: list[int], first_page: list[archive.CustomerRow] | None = None) -> None:
        if generation != self._generation:
            return  # a newer search has been asked for
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._pending.clear()
        if first_page is not None:
            self._rows.update((row.id, row) for row in first_page)
            self._pending.add(0)
            self.pages_loaded += 1
        self.endResetModel()
        self.counted.emit(len(ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        if self._generation and (key, order == Qt.SortOrder.DescendingOrder) == (self._order, self._descending):
            return
        self._order, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    # --- lazy pages ----------------------------------------------------------------------------------------------
    def _request_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        self._runner.run(archive.customer_rows, ids,
                         on_done=lambda rows: self._page_loaded(generation, page, rows))

    def _page_loaded(self, generation: int, page: int, rows: list[archive.CustomerRow]) -> None:
        if generation != self._generation:
            return
        self.pages_loaded += 1
        for row in rows:
            self._rows[row.id] = row
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def loaded_row(self, row: int) -> archive.CustomerRow | None:
        customer_id = self.customer_id(row)
        return self._rows.get(customer_id) if customer_id is not None else None

    # --- Qt model API --------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.loaded_row(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request_page(index.row() // PAGE_SIZE)
                return LOADING
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name, row.phone, row.plates, row.models,
                      f"{row.last_visit_date:%Y-%m-%d}" if row.last_visit_date else "",
                      tr(row.club_level), _status(row))
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and (row.incomplete or row.lost_contact
                                                                             or row.phone_wrong):
            return QBrush(QColor("#C62828"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 6 and row.incomplete:
                return tr("建档已超过期限，仍缺少电话或车辆，请尽快补全（二日内建立客户档案）。")
            if column in (2, 3):
                return row.plates if column == 2 else row.models
        return None
