"""每日回访: today's call list, overdue first, grouped by reason with counts; Enter opens the call dialog."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import clock, followup, permissions, phone, session
from carecenter.followup import CallRow
from carecenter.followup_rules import note_in_language
from carecenter.models import REASONS, TASK_STATUSES
from carecenter.models.followup import LETTER_REASONS
from carecenter.ui.call_dialog import CallDialog
from carecenter.ui.event_dialog import EventDialog
from carecenter.ui.letter_dialogs import IncomingCallDialog, LetterDialog, MessageDialog
from carecenter.ui.questions_dialog import QuestionsDialog
from carecenter.ui.print_preview import safe_file_name, show_preview
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import set_widths, tips_for_cut_cells
from carecenter.i18n import N_, tr, tr_values

COLUMNS = (
    N_("客户"),
    N_("电话"),
    N_("车牌"),
    N_("车型"),
    N_("应回访"),
    N_("次数"),
    N_("最近到店"),
    N_("最近通话"),
    N_("方便联系时间"),
    N_("提示"),
    N_("经办人"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def load_day(day: datetime.date, assignee: str, reason: str, status: str
             ) -> tuple[list[CallRow], int, tuple[int, int]]:
    """Bring the tasks up to date, then the day's list, the count of questions for the supervisor and the day's
    open and overdue calls whatever the filter (one background job)."""
    followup.generate(day)
    if status == "missed":  # 已过期 for the manager: the last 31 days' missed calls, by reason and specialist
        tasks = followup.missed_tasks(day, assignee=assignee, reason=reason)
    else:
        tasks = followup.day_tasks(day, assignee=assignee, reason=reason)
    if status:
        tasks = [t for t in tasks if t.status == status]
    return followup.call_rows(tasks, day), len(phone.questions_to_report(day)), followup.open_counts(day)


def _marks(row: CallRow) -> str:
    marks = []
    if row.do_not_call:
        marks.append(tr("勿电话"))
    if row.lost_contact:
        marks.append(tr("失联"))
    if row.open_complaints:
        marks.append(tr("投诉{open_complaints}").format(open_complaints=row.open_complaints))
    if row.never_listed:
        marks.append(tr("已过期（未列入清单）"))
    elif row.status != "open":
        marks.append(tr(TASK_STATUSES.get(row.status, row.status)))
    return tr("、").join(marks) or note_in_language(row.note)


class CallsTab(QWidget):
    status_message = Signal(str)
    counted = Signal(int, int)  # open calls, overdue

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[CallRow] = []
        self.day = clock.today()
        self.title = QLabel()
        self.assignee = QComboBox()
        self.assignee.addItem(tr("全部经办人"), "")
        actor = session.current_or_none()
        if actor is not None:
            self.assignee.addItem(tr("我的（{name}）").format(name=actor.name), actor.name)
        self.reason = QComboBox()
        self.reason.addItem(tr("全部原因"), "")
        for code, title in REASONS.items():
            self.reason.addItem(tr(title), code)
        self.status = QComboBox()
        for title, code in ((tr("待回访"), "open"), (tr("今日已完成"), "done"), (tr("全部"), ""),
                            (tr("已过期（近31天）"), "missed")):
            self.status.addItem(title, code)
        self.status.setItemData(3, tr("时间窗口已结束仍未回访的任务，包括电脑未开机期间从未列入清单的；按原因分组，经办人一栏即回访专员"),
                                Qt.ItemDataRole.ToolTipRole)
        refresh = QPushButton(tr("刷新 (F5)"))
        refresh.clicked.connect(self.reload)
        incoming = QPushButton(tr("登记来电…"))
        incoming.clicked.connect(self.log_incoming)
        self.messages_button = QPushButton(tr("短信…"))
        self.messages_button.setToolTip(tr("为列表中的客户生成短信批量文件"))
        self.messages_button.clicked.connect(self.prepare_messages)
        self.messages_button.setVisible(permissions.allowed("export_unmasked"))
        register = QPushButton(tr("打印登记表 (F3)…"))
        register.clicked.connect(self.print_register)
        event = QPushButton(tr("新建活动…"))
        event.clicked.connect(lambda: EventDialog(self.runner, self).open())
        attendance = QPushButton(tr("活动签到…"))
        attendance.clicked.connect(self.event_attendance)
        self.questions_button = QPushButton(tr("需上报问题"))
        self.questions_button.clicked.connect(lambda: QuestionsDialog(self.runner, self).open())
        top = QHBoxLayout()  # the list's title and what it shows; below, what the desk does with it
        top.addWidget(self.title)
        top.addStretch(1)
        for widget in (self.assignee, self.reason, self.status):
            top.addWidget(widget)
        actions = QHBoxLayout()
        for widget in (refresh, incoming, event, attendance, self.questions_button, self.messages_button, register):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.tree = tips_for_cut_cells(QTreeWidget())
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(tr_values(COLUMNS))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        set_widths(header, (120, 105, 85, 90, 60, 40, 85, 95, 150, 200, 80))
        header.setStretchLastSection(False)  # the hints get the spare width, not the specialist's name
        header.setSectionResizeMode(COLUMNS.index(N_("提示")), QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda item, column: self.open_call(item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        for combo in (self.assignee, self.reason, self.status):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        runner.changed.connect(self._changed)
        self.loaded = False
        self.dialog: CallDialog | None = None

    def event_attendance(self):
        """活动签到…: who came to a club event, its points, its report (F16)."""
        from carecenter.ui.event_attendance_dialog import EventAttendanceDialog
        dialog = EventAttendanceDialog(self.runner, self)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        if self.loaded:
            self.reload()

    def reload(self) -> None:
        self.day = clock.today()
        self.title.setText(tr("<b>{day:%Y-%m-%d} 回访清单</b>").format(day=self.day))
        self.empty.setText(tr("正在生成今日回访清单……"))
        self.empty.show()
        self.runner.run(load_day, self.day, self.assignee.currentData(), self.reason.currentData(),
                        self.status.currentData(), on_done=self._show)

    def _show(self, loaded: tuple[list[CallRow], int, tuple[int, int]]) -> None:
        rows, questions, (open_calls, overdue_calls) = loaded
        self.questions_button.setText(tr("需上报问题（{questions}）").format(questions=questions))
        self.questions_button.setStyleSheet("color: #C62828;" if questions else "")
        self.loaded = True
        self.rows = rows
        selected = self.current_row()
        self.tree.clear()
        groups: dict[str, list[CallRow]] = {}
        for row in rows:
            groups.setdefault(row.reason, []).append(row)
        first_child = None
        index_of = {id(row): index for index, row in enumerate(rows)}
        for reason, members in groups.items():
            overdue = sum(1 for r in members if r.overdue)
            group = QTreeWidgetItem([tr("{v1}（{v2}").format(v1=tr(REASONS.get(reason, reason)), v2=len(members))
                                     + (tr("，逾期 {overdue}").format(overdue=overdue) if overdue else "") + tr("）")])
            group.setData(0, ROW_ROLE, -1)  # ints only: PySide6 mishandles Python objects kept in items
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            for row in members:
                item = QTreeWidgetItem([
                    row.name, row.phone, row.plate, row.model, f"{row.due_date:%m-%d}", str(row.attempts),
                    f"{row.last_visit:%Y-%m-%d}" if row.last_visit else "",
                    f"{row.last_call:%m-%d %H:%M}" if row.last_call else "", row.contact_time, _marks(row),
                    row.assignee])
                item.setData(0, ROW_ROLE, index_of[id(row)])
                hints = _marks(row)
                if hints:
                    item.setToolTip(9, hints + ("\n" + note_in_language(row.note) if row.note and
                                                note_in_language(row.note) not in hints else ""))
                if row.overdue:
                    for column in range(4, 5):
                        item.setForeground(column, QBrush(QColor("#C62828")))
                if row.do_not_call or row.lost_contact:
                    item.setForeground(9, QBrush(QColor("#E65100")))
                group.addChild(item)
                if first_child is None or (selected and row.task_id == selected.task_id):
                    first_child = item
            group.setExpanded(True)
        self.counted.emit(open_calls, overdue_calls)  # the status bar counts the whole day, not what is listed
        missed_view = self.status.currentData() == "missed"
        self.empty.setText("" if rows else tr("近 31 天没有已过期的回访。") if missed_view else tr("今天没有需要回访的客户。"))
        self.empty.setVisible(not rows)
        if first_child is not None:
            self.tree.setCurrentItem(first_child)

    def _row_of(self, item: QTreeWidgetItem | None) -> CallRow | None:
        index = item.data(0, ROW_ROLE) if item is not None else -1
        return self.rows[index] if isinstance(index, int) and 0 <= index < len(self.rows) else None

    def current_row(self) -> CallRow | None:
        return self._row_of(self.tree.currentItem())

    def open_call(self, item: QTreeWidgetItem | None = None) -> None:
        row = self._row_of(item or self.tree.currentItem())
        if row is None or row.status != "open":
            return
        if row.reason in LETTER_REASONS:
            LetterDialog(self.runner, row.customer_id, row.name, row.task_id, parent=self).open()
            return
        self.dialog = CallDialog(self.runner, row, self)
        self.dialog.logged.connect(
            lambda result: self.status_message.emit(
                tr("已登记：{name}，{reason_title}，状态 {v3}").format(
                    name=row.name, reason_title=tr(row.reason_title), v3=tr(TASK_STATUSES.get(result.task_status, ''))
                )
            )
        )
        self.dialog.open()

    def log_incoming(self) -> None:
        IncomingCallDialog(self.runner, self).open()

    def prepare_messages(self) -> None:
        open_rows = [row for row in self.rows if row.status == "open"] or self.rows
        reasons: dict[int, str] = {}
        for row in open_rows:
            reasons.setdefault(row.customer_id, row.reason)
        tasks = [(row.task_id, row.customer_id, row.reason) for row in open_rows if row.status == "open"]
        MessageDialog(self.runner, list(reasons), self, reasons=reasons, tasks=tasks).open()

    def print_register(self) -> None:
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        day = f"{self.day:%Y-%m-%d}"
        show_preview(self.runner, self, tr("跟踪服务电话登记表"), tr("电话登记表_{day}.pdf").format(day=day),
                     lambda path, progress, cancel: printing.print_call_register(day, path))

    # --- printing the forms of one line ------------------------------------------------------------------------
    def _context_menu(self, position) -> None:
        row = self.current_row()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("打开回访 (Enter)"), self.open_call)
        menu.addAction(tr("打印最近一次通话记录 (F2)…"), lambda: self.print_form("call", row))
        if row.vehicle_id:
            menu.addAction(tr("打印成交客户回访情况记录表 (F5)…"), lambda: self.print_form("delivery", row))
        menu.addAction(tr("打印本月信函登记表 (F4)…"), lambda: self.print_form("letters", row))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def print_form(self, kind: str, row: CallRow):
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        name = safe_file_name(row.name)
        titles = {"call": (tr("跟踪服务电话记录表"), tr("通话记录_{name}.pdf").format(name=name)),
                  "delivery": (tr("成交客户回访情况记录表"), tr("成交客户回访_{name}.pdf").format(name=name)),
                  "letters": (tr("跟踪服务信函登记表"), tr("信函登记表_{day:%Y-%m}.pdf").format(day=self.day))}
        month = f"{self.day:%Y-%m}"
        work = {"call": lambda path: printing.print_call(last_call_of(row.task_id, row.customer_id), path),
                "delivery": lambda path: printing.print_delivery_followup(row.vehicle_id, path),
                "letters": lambda path: printing.print_letter_register(month, path)}[kind]
        title, file_name = titles[kind]
        return show_preview(self.runner, self, title, file_name, lambda path, progress, cancel: work(path))


def last_call_of(task_id: int, customer_id: int) -> int:
    """The call to print for a line: the task's latest, else the customer's latest."""
    from carecenter.errors import UserError
    from carecenter.models import CallLog
    call = (CallLog.select(CallLog.id).where(CallLog.task == task_id).order_by(CallLog.at.desc()).first()
            or CallLog.select(CallLog.id).where(CallLog.customer == customer_id).order_by(CallLog.at.desc()).first())
    if call is None:
        raise UserError(tr("这位客户还没有通话记录。"))
    return call.id
