"""客户档案: the customer archive tab — one search box, the lazy customer list, the detail pane, the dialogs."""

from __future__ import annotations


from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carecenter import archive, clock, permissions
from carecenter.ui.archive_dialogs import customer_dialog, vehicle_dialog, visit_dialog
from carecenter.ui.customer_detail import detail_html
from carecenter.ui.customer_table import CustomerTableModel
from carecenter.ui.print_preview import safe_file_name, show_preview
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import set_widths, tips_for_cut_cells
from carecenter.i18n import tr

SEARCH_DELAY_MS = 250


class ArchiveTab(QWidget):
    #: A message for the main window's status bar.
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.record: archive.CustomerRecord | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("搜索：姓名 / 拼音首字母（如 zs）/ 电话（可输后四位）/ 车牌 / 车架号"))
        self.search_box.setClearButtonEnabled(True)
        self.incomplete_only = QCheckBox(tr("只看待补全档案"))
        self.lost_only = QCheckBox(tr("只看失联"))
        self.lost_only.setToolTip(tr("多次回访未接通的客户：核对电话号码"))
        self.club = QComboBox()
        for code, title in archive.CLUB_FILTERS.items():
            self.club.addItem(tr(title), code)
        self.club.setToolTip(tr("按会员级别筛选（级别由近12个月积分决定）"))
        self.value = QComboBox()
        for code, title in archive.VALUE_FILTERS.items():
            self.value.addItem(tr(title), code)
        self.value.setToolTip(tr("按近12个月的消费金额或进厂次数筛选（进厂次数不含首保、免费检测、索赔和保险）"))
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.club)
        top.addWidget(self.value)
        top.addWidget(self.incomplete_only)
        top.addWidget(self.lost_only)
        top.addWidget(self.count_label)

        self.model = CustomerTableModel(runner, self)
        self.table = tips_for_cut_cells(QTableView())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        set_widths(header, (80, 105, 130, 90, 85, 62))
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(tr("在左侧选择一位客户，这里显示其资料、车辆和维修保养记录。"))

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot in (
            ("new", tr("新增客户 (Ctrl+N)"), self.new_customer),
            ("edit", tr("编辑 (Enter)"), self.edit_customer),
            ("vehicle", tr("添加车辆"), self.add_vehicle),
            ("edit_vehicle", tr("编辑车辆"), self.edit_vehicle),
            ("visit", tr("登记到店"), self.add_visit),
            ("book", tr("预约…"), self.book),
            ("letter", tr("登记信函"), self.add_letter),
            ("contact", tr("免打扰…"), self.do_not_contact),
            ("points", tr("会员积分…"), self.show_points),
            ("delete", tr("删除"), self.delete_customer),
            ("print", tr("打印档案表 (Ctrl+P)"), self.print_sheet),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_now_and_focus_list)
        self.incomplete_only.toggled.connect(lambda _: self.run_search())
        self.lost_only.toggled.connect(lambda _: self.run_search())
        self.club.currentIndexChanged.connect(lambda _: self.run_search())
        self.value.currentIndexChanged.connect(lambda _: self.run_search())
        self.model.counted.connect(self._counted)
        self.model.modelReset.connect(self._select_remembered)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda index: self.edit_customer())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_customer)
        runner.changed.connect(self.refresh)
        self._remember_id: int | None = None
        # sorting on last, once everything listens: it runs the first query (by name, A to Z), the only one at start
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._update_buttons()

    # --- searching -----------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self, force: bool = False) -> None:
        self._search_timer.stop()
        self.model.search(self.search_box.text(), self.incomplete_only.isChecked(), lost_only=self.lost_only.isChecked(),
                          club=self.club.currentData() or "", value=self.value.currentData() or "", force=force)

    def _search_now_and_focus_list(self) -> None:
        self.run_search()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _counted(self, count: int) -> None:
        self.count_label.setText(tr("共 {count:,} 位客户").format(count=count))

    def refresh(self) -> None:
        """After any write: re-run the query and keep the same customer selected."""
        self._remember_id = self.record.customer.id if self.record else None
        self.model.reload()

    def _select_remembered(self) -> None:
        row = self.model.row_of(self._remember_id) if self._remember_id else None
        self._remember_id = None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._show(None)

    # --- the detail pane -----------------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        customer_id = self.model.customer_id(current.row()) if current.isValid() else None
        if customer_id is None:
            self._show(None)
            return
        self.runner.run(archive.customer_record, customer_id, on_done=self._show, on_error=lambda e: self._show(None))

    def _show(self, record: archive.CustomerRecord | None) -> None:
        self.record = record
        if record is None:
            self.detail.clear()
        else:
            self.detail.setHtml(detail_html(record))
        self._update_buttons()

    def apply_permissions(self) -> None:
        """Buttons for what the role may not do are hidden (the domain refuses those actions anyway)."""
        for key, action in (("new", "create"), ("edit", "edit"), ("vehicle", "create"), ("edit_vehicle", "edit"),
                            ("visit", "create"), ("book", "create"), ("letter", "create"), ("contact", "edit"), ("delete", "delete"),
                            ("print", "print")):
            self.buttons[key].setVisible(permissions.allowed(action))

    def _update_buttons(self) -> None:
        has_record = self.record is not None
        for key in ("edit", "vehicle", "visit", "letter", "contact", "points", "delete", "print"):
            self.buttons[key].setEnabled(has_record)
        has_vehicle = has_record and bool(self.record.vehicles)
        self.buttons["visit"].setEnabled(has_vehicle)
        self.buttons["book"].setEnabled(has_vehicle)
        self.buttons["edit_vehicle"].setEnabled(has_vehicle)

    # --- actions -------------------------------------------------------------------------------------------------
    def _after_save(self, dialog) -> None:
        if dialog.exec() and dialog.saved_id is not None:
            self.status_message.emit(tr("已保存。"))

    def new_customer(self) -> None:
        dialog = customer_dialog(self.runner, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._remember_id = dialog.saved_id
            self.search_box.clear()
            self.run_search(force=True)  # the new customer is selected once the list has it
            self.status_message.emit(tr("已新增客户。"))

    def edit_customer(self) -> None:
        if self.record:
            self._after_save(customer_dialog(self.runner, self.record.customer, self))

    def add_vehicle(self) -> None:
        if self.record:
            self._after_save(vehicle_dialog(self.runner, self.record.customer.id, None, self))

    def _pick_vehicle(self):
        vehicles = [item.vehicle for item in self.record.vehicles] if self.record else []
        if len(vehicles) <= 1:
            return vehicles[0] if vehicles else None
        labels = [tr("{v1}　{model}").format(v1=v.plate or v.vin, model=v.model) for v in vehicles]
        label, ok = QInputDialog.getItem(self, tr("选择车辆"), tr("车辆："), labels, 0, False)
        return vehicles[labels.index(label)] if ok else None

    def edit_vehicle(self) -> None:
        vehicle = self._pick_vehicle()
        if vehicle is not None:
            self._after_save(vehicle_dialog(self.runner, self.record.customer.id, vehicle, self))

    def add_visit(self) -> None:
        vehicle = self._pick_vehicle()
        if vehicle is not None:
            self._after_save(visit_dialog(self.runner, vehicle.id, clock.today(), self))

    def book(self):
        """预约 for the customer in front (the car asked when they have more than one)."""
        from carecenter.ui.booking_dialog import BookingDialog
        if self.record is None:
            return None
        dialog = BookingDialog(self.runner, self, customer_id=self.record.customer.id,
                               title=tr("{name}　{phone}").format(name=self.record.customer.name,
                                                                 phone=self.record.customer.phone))
        dialog.booked.connect(lambda _: self.status_message.emit(tr("已预约。")))
        dialog.open()
        return dialog

    def add_letter(self) -> None:
        if self.record:
            from carecenter.ui.letter_dialogs import LetterDialog
            LetterDialog(self.runner, self.record.customer.id, self.record.customer.name, letter_type=tr("通知"),
                         parent=self).open()

    def do_not_contact(self):
        """免打扰…: the kinds of contact the customer refuses, recorded or withdrawn one by one."""
        from carecenter.ui.contact_dialog import ContactDialog
        if self.record is None:
            return None
        dialog = ContactDialog(self.runner, self.record.customer.id, self.record.customer.name, self)
        dialog.open()
        return dialog

    def show_points(self):
        """积分…: the member number, level, balance and ledger; points earned, redeemed or corrected; joining."""
        from carecenter.ui.points_dialog import PointsDialog
        if self.record is None:
            return None
        dialog = PointsDialog(self.runner, self.record.customer.id, self.record.customer.name, self)
        dialog.open()
        return dialog

    def delete_customer(self) -> None:
        if not self.record or not permissions.allowed("delete"):
            return
        customer = self.record.customer
        answer = QMessageBox.question(
            self, tr("删除客户"), tr("确定删除客户“{name}”吗？\n\n客户将从列表和搜索中移除，其车辆与维修记录仍保留在数据库中。").format(name=customer.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.runner.run(archive.delete_customer, customer.id, changes=True,
                            on_done=lambda _: self.status_message.emit(tr("已删除客户“{name}”。").format(name=customer.name)))

    def print_sheet(self) -> None:
        """F1 in the print preview."""
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        if not self.record:
            return
        customer = self.record.customer
        show_preview(self.runner, self, tr("客户档案基本资料表"), tr("客户档案_{v1}.pdf").format(v1=safe_file_name(customer.name)),
                     lambda path, progress, cancel: printing.print_customer(customer.id, path))

    def print_membership(self) -> None:
        """F11 会员入(转)会申请表, filled from the customer's record (the points dialog's button too)."""
        if self.record:
            print_membership(self.runner, self, self.record.customer.id, self.record.customer.name)


def print_membership(runner: TaskRunner, parent: QWidget, customer_id: int, name: str) -> None:
    """F11 in the print preview."""
    from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
    show_preview(runner, parent, tr("会员入(转)会申请表"), tr("会员申请表_{v1}.pdf").format(v1=safe_file_name(name)),
                 lambda path, progress, cancel: printing.print_membership(customer_id, path))
