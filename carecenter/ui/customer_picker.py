"""Find the customer on the line: a search box (name, last four digits, plate; Enter searches) and the matches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from carecenter import archive
from carecenter.i18n import tr
from carecenter.ui.runner import TaskRunner


def _matches(text: str):
    return archive.customer_rows(archive.find_customers(text)[:50])


def load_vehicles(runner: TaskRunner, customer_id: int | None, on_done) -> None:
    """The customer's cars (id, "plate model"), newest first, to ``on_done`` (none without a customer)."""
    if customer_id is None:
        on_done([])
    else:
        runner.run(archive.vehicle_choices, customer_id, on_done=on_done)


def fill_vehicles(combo: QComboBox, choices: list[tuple[int, str]], empty: str = "") -> None:
    """The cars in ``combo``; with more than one, a first line asks which (its data None), so nothing is chosen for
    the desk. ``empty`` is shown when the customer has no car."""
    combo.clear()
    if len(choices) > 1:
        combo.addItem(tr("请选择车辆…"), None)
    for vehicle_id, text in choices:
        combo.addItem(text, vehicle_id)
    if not choices and empty:
        combo.addItem(empty, None)


class CustomerPicker(QWidget):
    #: after a search: how many customers matched
    searched = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("姓名 / 电话后四位 / 车牌，回车查找"))
        self.choice = QComboBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)
        self.search.returnPressed.connect(self.find)

    def find(self) -> None:
        self.runner.run(_matches, self.search.text(), on_done=self._found)

    def _found(self, rows) -> None:
        self.choice.clear()
        for row in rows:
            self.choice.addItem(tr("{name}　{phone}　{plates}").format(name=row.name, phone=row.phone, plates=row.plates),
                                row.id)
        self.searched.emit(len(rows))

    def customer_id(self) -> int | None:
        return self.choice.currentData()
