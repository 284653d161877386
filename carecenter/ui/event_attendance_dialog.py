"""活动签到与积分 (RULES §5, F16): for one club event, who was invited and said they would come, who signed in at the
door (walk-ins found by name, phone or plate), the event's points given to everyone who came in one step, and the
event report printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from carecenter import clock, club_events
from carecenter.i18n import tr
from carecenter.ui import screen
from carecenter.ui.customer_picker import CustomerPicker
from carecenter.ui.errors import say_in, show_error
from carecenter.ui.print_preview import safe_file_name, show_preview
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons, set_widths


class EventAttendanceDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, event_id: int | None = None):
        super().__init__(parent)
        self.runner = runner
        self.wanted = event_id
        self.setWindowTitle(tr("活动签到与积分"))
        self.event = QComboBox()
        self.event.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("活动")))
        top.addWidget(self.event, 1)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("姓名"), tr("电话"), tr("会员卡号"), tr("签到"), tr("积分")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        set_widths(self.table.horizontalHeader(), [110, 120, 120, 150, 70])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self._sign_selected())

        self.picker = CustomerPicker(runner)
        walk_in = QPushButton(tr("签到（找到的客户）"))
        walk_in.clicked.connect(self._sign_found)
        sign = QPushButton(tr("签到所选"))
        sign.clicked.connect(self._sign_selected)
        undo = QPushButton(tr("撤销签到"))
        undo.clicked.connect(self._undo_selected)
        self.give = QPushButton(tr("发放活动积分"))
        self.give.clicked.connect(self._give)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(walk_in)
        actions = QHBoxLayout()
        actions.addWidget(sign)
        actions.addWidget(undo)
        actions.addStretch(1)
        actions.addWidget(self.give)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        buttons = dialog_buttons(self, tr("关闭"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        printing = buttons.addButton(tr("打印活动总结表 (F16)"), buttons.ButtonRole.ActionRole)
        printing.clicked.connect(self._print)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        screen.fit(self, 820, 600)
        self.report: club_events.EventReport | None = None
        runner.run(club_events.events, on_done=self._events, on_error=lambda e: show_error(self, e))

    def _events(self, events) -> None:
        self.event.blockSignals(True)
        self.event.clear()
        for event_id, name, day in events:
            self.event.addItem(f"{day:%Y-%m-%d}　{name}", event_id)
        held = [index for index, (_, _, day) in enumerate(events) if day <= clock.today()]
        if self.wanted is not None and self.event.findData(self.wanted) >= 0:
            self.event.setCurrentIndex(self.event.findData(self.wanted))
        elif held:  # the latest event held: the one whose guests are signing in or were
            self.event.setCurrentIndex(held[0])
        self.event.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        event_id = self.event.currentData()
        if event_id is None:
            self.summary.setText(tr("还没有活动：请先在“每日回访”中新建活动。"))
            return
        self.runner.run(club_events.report, event_id, on_done=self._show, on_error=lambda e: show_error(self, e))

    def _show(self, report: club_events.EventReport) -> None:
        self.report = report
        self.summary.setText(tr("{place}　负责人 {owner}　每人 {points} 分<br>邀约 <b>{invited}</b>　确认参加 <b>{confirmed}"
                                "</b>　实到 <b>{attended}</b>　新入会 <b>{new}</b>　已发放积分 <b>{given}</b>").format(
            place=report.place or tr("（地点未填）"), owner=report.owner or "—", points=report.points,
            invited=report.invited, confirmed=report.confirmed, attended=report.attended, new=report.new_members,
            given=report.points_given))
        self.table.setRowCount(len(report.guests))
        for row, guest in enumerate(report.guests):
            state = tr("已签到") if guest.attended else tr("确认参加，未签到")
            for column, text in enumerate((guest.name, guest.phone, guest.member_number or tr("非会员"), state,
                                           str(guest.points) if guest.points else "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, guest.customer_id)
                self.table.setItem(row, column, item)
        self.give.setEnabled(report.points_pending)

    def _selected(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _act(self, work, *args) -> None:
        self.message.clear()
        self.runner.run(work, *args, changes=True, on_done=lambda _: self.reload(), on_error=self._failed)

    def _sign_selected(self) -> None:
        if self.report is not None and self._selected() is not None:
            self._act(club_events.arrive, self.report.id, self._selected())

    def _sign_found(self) -> None:
        if self.report is None:
            return
        customer_id = self.picker.customer_id()
        if customer_id is None:
            self.message.setText(tr("请先查找并选择客户。"))
            return
        self._act(club_events.arrive, self.report.id, customer_id)

    def _undo_selected(self) -> None:
        if self.report is not None and self._selected() is not None:
            self._act(club_events.undo_arrival, self.report.id, self._selected())

    def _give(self) -> None:
        if self.report is not None:
            self._act(club_events.give_points, self.report.id)

    def _print(self) -> None:
        from carecenter import printing  # reportlab loads on first use
        if self.report is None:
            return
        event_id = self.report.id
        show_preview(self.runner, self, tr("活动总结表"), tr("活动总结_{name}.pdf").format(
            name=safe_file_name(self.report.name)), lambda path, progress, cancel: printing.print_event(event_id, path))

    def _failed(self, error: BaseException) -> None:
        say_in(self.message, self, error)
