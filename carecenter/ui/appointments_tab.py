"""预约 (appointments tab): the day by slot — what is booked, what is free — and the week at a glance, for the desk
and the front desk. Keyboard-first: ←/→ move a day (in the list, Alt+←/→), Enter opens, Ctrl+B books; search by
plate or phone; mark arrived, confirm, move, cancel with a reason; print the slip (F13) and the day (F14)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carecenter import appointments, clock
from carecenter.i18n import N_, tr
from carecenter.models import APPOINTMENT_SOURCES
from carecenter.ui.booking_dialog import BookingDialog
from carecenter.ui.errors import show_error
from carecenter.ui.print_preview import show_preview
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import FlowLayout, read_only_table, set_widths

COLUMNS = (N_("时段"), N_("状态"), N_("客户"), N_("车牌"), N_("车型"), N_("预约项目"), N_("客户描述"), N_("服务顾问"),
           N_("来源"))
WEEK_COLUMNS = (N_("日期"), N_("已约"))
STATE_COLOURS = {"已到店": "#2E7D32", "爽约": "#C62828", "已取消": "#9E9E9E", "已确认": "#1565C0"}
WEEKDAYS = (N_("周一"), N_("周二"), N_("周三"), N_("周四"), N_("周五"), N_("周六"), N_("周日"))


class AppointmentsTab(QWidget):
    status_message = Signal(str)
    #: today's appointments still to come, arrived (the status bar)
    counted = Signal(int, int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[appointments.AppointmentRow | None] = []
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self._set_day(clock.today())
        previous_day, next_day, today = QPushButton("◀"), QPushButton("▶"), QPushButton(tr("今天"))
        for arrow in (previous_day, next_day):
            arrow.setFixedWidth(arrow.fontMetrics().horizontalAdvance("◀") + 24)
        previous_day.setToolTip(tr("前一天（Alt+←）"))
        next_day.setToolTip(tr("后一天（Alt+→）"))
        previous_day.clicked.connect(lambda: self.shift(-1))
        next_day.clicked.connect(lambda: self.shift(1))
        today.clicked.connect(lambda: self._set_day(clock.today()))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("按车牌或电话查找预约，回车查找"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(lambda text: self.reload() if not text else None)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("<b>预约</b>")))
        for widget in (previous_day, self.day_edit, next_day, today):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        self.actions = FlowLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("book", tr("新预约 (Ctrl+B)…"), self.book),
                                ("arrived", tr("到店"), self.mark_arrived),
                                ("confirm", tr("已确认"), self.confirm),
                                ("move", tr("改约…"), self.move),
                                ("cancel", tr("取消预约…"), self.cancel),
                                ("slip", tr("打印预约单 (F13)…"), self.print_slip),
                                ("sms", tr("复制短信文本"), self.copy_message),
                                ("day", tr("打印登记表 (F14)…"), self.print_day)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.actions.addWidget(button)
            self.buttons[key] = button
        self.table = read_only_table(COLUMNS, stretch=COLUMNS.index(N_("客户描述")))
        set_widths(self.table.horizontalHeader(), (70, 60, 80, 90, 90, 80, 160, 70, 80))
        self.table.itemActivated.connect(lambda _: self.open_current())
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week = read_only_table(WEEK_COLUMNS, stretch=0)
        row_height = self.week.fontMetrics().height() + 8
        self.week.verticalHeader().setDefaultSectionSize(row_height)
        self.week.setFixedHeight(7 * row_height + self.week.horizontalHeader().sizeHint().height() + 4)
        self.week.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.week.cellClicked.connect(lambda row, _: self._pick_week_day(row))
        self.detail = QTextBrowser()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(tr("本周")))
        right_layout.addWidget(self.week)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self.day_edit.dateChanged.connect(lambda _: self.reload())
        QShortcut(QKeySequence("Ctrl+B"), self, self.book)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.shift(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.shift(1))
        self.table.installEventFilter(self)
        runner.changed.connect(self.reload)
        self._update_buttons()

    # --- the day ------------------------------------------------------------------------------------------------
    def _set_day(self, day: datetime.date) -> None:
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> datetime.date:
        return self.day_edit.date().toPython()

    def shift(self, days: int) -> None:
        self._set_day(self.selected_day() + datetime.timedelta(days=days))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name: ←/→ in the list move a day
        if watched is self.table and event.type() == event.Type.KeyPress and not event.modifiers():
            if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.shift(-1 if event.key() == Qt.Key.Key_Left else 1)
                return True
        return False

    def _pick_week_day(self, row: int) -> None:
        item = self.week.item(row, 0)
        if item is not None:
            self._set_day(item.data(Qt.ItemDataRole.UserRole))

    def reload(self) -> None:
        self.runner.run(appointments.day_view, self.selected_day(), self.search.text(), on_done=self._show)
        if self.selected_day() != clock.today():
            self.runner.run(appointments.today_count, on_done=lambda counts: self.counted.emit(*counts))

    def _show(self, loaded) -> None:
        slots, rows, week, found = loaded
        selected = self.current()
        self.rows = []
        lines: list[tuple] = []
        if found is not None:  # a search: the matches, from today on first
            for row in found:
                lines.append((f"{row.start:%m-%d %H:%M}", row))
        else:
            by_slot: dict[datetime.datetime, list] = {}
            for row in rows:
                by_slot.setdefault(row.start, []).append(row)
            starts = sorted({slot.start for slot in slots} | set(by_slot))
            free = {slot.start: slot.free for slot in slots}
            for start in starts:
                for row in by_slot.get(start, []):
                    lines.append((f"{start:%H:%M}", row))
                if free.get(start):
                    lines.append((f"{start:%H:%M}", free[start]))
        self.table.setRowCount(len(lines))
        current_index = 0
        for index, (when, value) in enumerate(lines):
            if isinstance(value, int):
                cells = (when, tr("空闲 {free}").format(free=value), "", "", "", "", "", "", "")
                self.rows.append(None)
            else:
                cells = (when, tr(value.status), value.name, value.plate, value.model, tr(value.kind), value.words,
                         value.advisor, tr(APPOINTMENT_SOURCES.get(value.source, value.source)))
                self.rows.append(value)
                if selected is not None and value.id == selected.id:
                    current_index = index
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if isinstance(value, int):
                    item.setForeground(QBrush(QColor("#9E9E9E")))
                elif column == 1 and value.status in STATE_COLOURS:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[value.status])))
                self.table.setItem(index, column, item)
        if lines:
            self.table.setCurrentCell(current_index, 0)
        self._show_week(week)
        held = [r for r in rows if r.status != "已取消"]
        capacity = sum(slot.capacity for slot in slots)
        self.summary.setText(
            tr("{day:%Y-%m-%d}：预约 {booked}，已确认 {confirmed}，已到店 {arrived}，爽约 {no_show}；空闲工位 {free}").format(
                day=self.selected_day(), booked=len(held), confirmed=sum(r.status == "已确认" for r in held),
                arrived=sum(r.status == "已到店" for r in held), no_show=sum(r.status == "爽约" for r in held),
                free=sum(slot.free for slot in slots))
            if capacity else tr("{day:%Y-%m-%d}：本店不营业").format(day=self.selected_day()))
        if self.selected_day() == clock.today():
            self.counted.emit(sum(1 for r in held if r.status in ("已预约", "已确认")),
                              sum(1 for r in held if r.status == "已到店"))
        self._show_current()

    def _show_week(self, week) -> None:
        self.week.setRowCount(len(week))
        for index, (day, booked, limit) in enumerate(week):
            label = QTableWidgetItem(f"{day:%m-%d} {tr(WEEKDAYS[day.weekday()])}")
            label.setData(Qt.ItemDataRole.UserRole, day)
            count = QTableWidgetItem(f"{booked} / {limit}" if limit else tr("休息"))
            if day == self.selected_day():
                for item in (label, count):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.week.setItem(index, 0, label)
            self.week.setItem(index, 1, count)

    # --- the appointment in front ---------------------------------------------------------------------------------
    def current(self) -> appointments.AppointmentRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_current(self) -> None:
        row = self.current()
        self._update_buttons()
        if row is None:
            self.detail.setPlainText(tr("选择一个预约查看详情；空闲的时段可按“新预约”预约。"))
            return
        self.runner.run(appointments.history, row.id, on_done=lambda events: self._show_detail(row, events))

    def _show_detail(self, row, events) -> None:
        lines = [f"<b>{row.name}</b>　{row.phone}", f"{row.plate} {row.model}",
                 tr("{start:%Y-%m-%d %H:%M}　{kind}　{status}").format(start=row.start, kind=tr(row.kind),
                                                                      status=tr(row.status))]
        if row.words:
            lines.append(tr("客户描述：{words}").format(words=row.words))
        if row.documents:
            lines.append(tr("需携带证件：{documents}").format(
                documents=appointments.documents_in_language(row.documents)))
        if row.cancel_reason:
            lines.append(tr("取消原因：{reason}").format(reason=row.cancel_reason))
        lines.append(tr("经办人：{who}").format(who=row.booked_by))
        lines.append("<hr>" + "<br>".join(
            f"{event.at:%m-%d %H:%M}　{event.actor}　{tr(appointments.EVENT_TITLES.get(event.kind, event.kind))}"
            f"　{tr('由维修记录自动登记') if event.kind == 'arrived' and event.detail == 'visit' else event.detail}"
            for event in events))
        self.detail.setHtml("<br>".join(lines))

    def _update_buttons(self) -> None:
        row = self.current()
        open_ = row is not None and row.status in ("已预约", "已确认")
        for key in ("arrived", "move", "cancel"):
            self.buttons[key].setEnabled(open_)
        self.buttons["confirm"].setEnabled(row is not None and row.status == "已预约")
        for key in ("slip", "sms"):
            self.buttons[key].setEnabled(row is not None and row.status != "已取消")

    def open_current(self) -> None:
        """Enter: a free slot books it, an appointment moves it."""
        if self.current() is None:
            self.book()
        elif self.current().status in ("已预约", "已确认"):
            self.move()

    # --- actions ------------------------------------------------------------------------------------------------
    def _do(self, work, *args) -> None:
        self.runner.run(work, *args, changes=True, on_error=lambda error: show_error(self, error))

    def book(self, customer_id: int | None = None) -> BookingDialog:
        dialog = BookingDialog(self.runner, self, customer_id=customer_id or None, day=self.selected_day())
        dialog.booked.connect(lambda _: self.status_message.emit(tr("已预约。")))
        dialog.open()
        return dialog

    def mark_arrived(self) -> None:
        if self.current() is not None:
            self._do(appointments.arrive, self.current().id)

    def confirm(self) -> None:
        if self.current() is not None:
            self._do(appointments.confirm, self.current().id)

    def move(self) -> BookingDialog | None:
        row = self.current()
        if row is None:
            return None
        dialog = BookingDialog(self.runner, self, appointment_id=row.id, day=row.start.date(),
                               title=tr("{name}　{plate}　原预约 {start:%Y-%m-%d %H:%M}").format(
                                   name=row.name, plate=row.plate, start=row.start))
        dialog.open()
        return dialog

    def cancel(self, reason: str | None = None) -> None:
        row = self.current()
        if row is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, tr("取消预约"), tr("取消的原因："))
            if not ok:
                return
        self._do(appointments.cancel, row.id, reason)

    def print_slip(self):
        from carecenter import printing  # reportlab loads on first use, not at start-up
        row = self.current()
        if row is None:
            return None
        return show_preview(self.runner, self, tr("维修预约单"), tr("预约单_{plate}.pdf").format(plate=row.plate),
                            lambda path, progress, cancel: printing.print_appointment(row.id, path))

    def copy_message(self) -> None:
        from carecenter import printing
        row = self.current()
        if row is not None:
            self.runner.run(printing.slip_message, row.id, on_done=self._copied)

    def _copied(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.status_message.emit(tr("预约短信已复制，可粘贴到短信平台：{text}").format(text=text[:40] + "…"))

    def print_day(self):
        from carecenter import printing
        day = f"{self.selected_day():%Y-%m-%d}"
        return show_preview(self.runner, self, tr("预约登记表"), tr("预约登记表_{day}.pdf").format(day=day),
                            lambda path, progress, cancel: printing.print_appointments(day, path))
