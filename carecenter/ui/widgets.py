"""Small widget helpers every dialog uses the same way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget
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


def read_only_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """A table of whole rows to read and pick from, not to edit."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(tr_values(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1 if stretch is None else stretch,
                                                  QHeaderView.ResizeMode.Stretch)
    return table
