"""投诉处理: the complaints with their clocks (overdue first, in colour), the F6 form beside, events and signatures."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import complaint_files, complaints, official_calendar, permissions, session
from carecenter.models import CATEGORIES, SIGNATURE_BOXES, STATES
from carecenter.ui.complaint_dialog import ComplaintDialog
from carecenter.ui.errors import show_error
from carecenter.ui.print_preview import show_preview
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import FlowLayout, FormGrid, read_only_table, set_widths, tips_for_cut_cells
from carecenter.i18n import N_, tr

COLUMNS = (N_("受理编号"), N_("客户"), N_("电话"), N_("类别"), N_("状态"), N_("时限"), N_("剩余"), N_("预警"))
#: The F6 form is never squeezed narrower than this by the list beside it.
FORM_MINIMUM_WIDTH = 420
CLOCK_COLOURS = {"overdue": "#C62828", "soon": "#E65100", "ok": "#2E7D32"}
#: F6's head, two fields a row, as the paper has them (keys of printing.complaint_sheet_values).
PAPER_PAIRS = (
    (("accepted_on", N_("受理日期")), ("number", N_("受理编号"))),
    (("response_due", N_("响应时限")), ("closure_due", N_("封闭时限"))),
    (("name", N_("客户姓名")), ("contact", N_("联系人"))),
    (("address", N_("地址")), ("postcode", N_("邮编"))),
    (("phone", N_("电话")), ("fax", N_("传真"))),
    (("bought_on", N_("购车时间")), ("complained_at", N_("抱怨/投诉时间"))),
    (("times", N_("抱怨/投诉次数")), ("model", N_("车型"))),
    (("vin", N_("底盘号")), ("engine_no", N_("发动机号"))),
    (("sales_consultant", N_("接待的销售顾问")), ("handler", N_("接待的客户关爱专员"))),
)
#: F6's body in its order: text rows, and rows ending in a signature box.
PAPER_BODY = (
    ("text", "content", N_("抱怨/投诉内容")),
    ("text", "analysis", N_("初步原因分析")),
    ("signatures", "specialist", N_("客户关爱专员签名"), "director", N_("客户关爱总监签名")),
    ("pair", "transferred_at", N_("转交时间"), "department_manager", N_("责任部门经理签名")),
    ("text", "investigation", N_("抱怨/投诉调查结果")),
    ("text", "measures", N_("采取措施")),
    ("pair", "measures_done_at", N_("措施完成时间"), "measure_owner", N_("负责人签名")),
    ("text", "customer_feedback", N_("客户对采取措施后的反馈意见")),
    ("pair", "feedback_at", N_("回访时间"), "feedback_specialist", N_("客户关爱专员签名")),
    ("text", "root_cause", N_("抱怨/投诉根本原因分析")),
    ("text", "improvement", N_("经销商改进措施")),
    ("pair", "improvement_dept", N_("改进措施实施部门"), "implementing_manager", N_("实施部门经理签名")),
    ("signature", "final_director", N_("客户关爱总监签名")),  # its date is the signature's own time
)


def load_detail(complaint_id: int):
    """The complaint, its events, its live signatures, F6 as text and the attachments (one background job)."""
    from carecenter import printing  # reportlab loads on first use, not at start-up
    return (*complaints.complaint_detail(complaint_id), printing.complaint_sheet_values(complaint_id),
            complaint_files.attachments(complaint_id))


class AttachmentList(QListWidget):
    """The complaint's attachments; files dropped on it are attached."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


#: The closed and all-complaints lists show the most recent ones; open complaints are always all listed.
LIST_LIMIT = 1000

EVENT_TITLES = {"accepted": N_("受理"), "contact": N_("联系客户"), "customer_call": N_("客户来电"), "state": N_("状态"),
                "reopened": N_("重新处理"), "signed": N_("签名"), "withdrawn": N_("撤回签名"), "warning": N_("升级预警"),
                "upgraded": N_("升级为C类"), "promise": N_("约定答复"), "attached": N_("附件")}
NEXT_STATES = {"未处理": (N_("处理中"), N_("已升级")), "处理中": (N_("处理完成"), N_("已升级")), "处理完成": (N_("已封闭"), N_("处理中"), N_("已升级")),
               "已封闭": (N_("处理中"),), "已升级": (N_("处理中"), N_("处理完成"), N_("已封闭"))}


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class ComplaintsTab(QWidget):
    status_message = Signal(str)
    overdue = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[complaints.ComplaintRow] = []
        self.current_id: int | None = None
        self.signed: dict = {}
        self.state = QComboBox()
        self.state.addItem(tr("未封闭"), "open")
        self.state.addItem(tr("全部"), "")
        for state in STATES:
            self.state.addItem(tr(state), state)
        self.category = QComboBox()
        self.category.addItem(tr("全部类别"), "")
        for code, title in CATEGORIES.items():
            self.category.addItem(f"{code} {tr(title)}", code)
        self.mine = QCheckBox(tr("只看我受理的"))
        self.overdue_only = QCheckBox(tr("只看超时"))
        refresh = QPushButton(tr("刷新"))
        refresh.clicked.connect(self.reload)
        self.new_button = QPushButton(tr("新建投诉 (Ctrl+Shift+C)…"))
        self.new_button.clicked.connect(self.new_complaint)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.new_complaint)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #E65100;")
        self.notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("<b>投诉处理</b>")))
        top.addWidget(self.new_button)
        top.addStretch(1)
        for widget in (self.state, self.category, self.mine, self.overdue_only, refresh):
            top.addWidget(widget)
        self.table = read_only_table(COLUMNS)
        set_widths(self.table.horizontalHeader(), (110, 70, 100, 50, 70, 120, 120))
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.actions = FlowLayout()  # wraps onto a second line when the pane is narrow
        self.paper = FormGrid()  # F6 as on paper: label, value, label, value (one pair a row when narrow)
        self.values: dict[str, QLabel] = {}
        self.editors: dict[str, QPlainTextEdit | QLineEdit] = {}
        self.sign_buttons: dict[str, QPushButton] = {}
        self._build_paper()
        save = QPushButton(tr("保存表单内容"))
        save.clicked.connect(self.save_form)
        self.events = tips_for_cut_cells(QListWidget())
        self.events.setMaximumHeight(120)
        self.events.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole line in its tooltip
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sheet = QWidget()
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.paper)
        sheet_layout.addWidget(save)
        sheet_layout.addWidget(QLabel(tr("处理经过")))
        sheet_layout.addWidget(self.events)
        self.attachments = tips_for_cut_cells(AttachmentList())
        self.attachments.setMaximumHeight(96)
        self.attachments.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the whole line in its tooltip
        self.attachments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments.setToolTip(tr("回函、照片、录音等；可把文件拖到这里。双击打开。"))
        self.attachments.dropped.connect(self._attach_files)
        self.attachments.itemDoubleClicked.connect(lambda item: self._open_attachment(item))
        add_file = QPushButton(tr("添加附件…"))
        add_file.clicked.connect(self._choose_files)
        files_head = QHBoxLayout()
        files_head.addWidget(QLabel(tr("附件（回函、照片、录音）")))
        files_head.addStretch(1)
        files_head.addWidget(add_file)
        sheet_layout.addLayout(files_head)
        sheet_layout.addWidget(self.attachments)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addLayout(self.actions)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([700, 600])
        splitter.setStretchFactor(0, 0)  # a wider window widens the form; the list keeps what its columns need
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        right.setMinimumWidth(FORM_MINIMUM_WIDTH)
        self.splitter, self._user_split = splitter, False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_split", True))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)  # its own line under the toolbar: a long notice never squeezes the filters
        self.notice.hide()
        self._notices = {"calendar": "", "limit": ""}
        layout.addWidget(splitter, 1)
        self.state.currentIndexChanged.connect(lambda _: self.reload())
        self.overdue_only.toggled.connect(lambda _: self.reload())
        self.mine.toggled.connect(lambda _: self.reload())
        self.category.currentIndexChanged.connect(lambda _: self.reload())
        runner.changed.connect(self.reload)
        right.setEnabled(False)
        self.right = right

    # --- the list ----------------------------------------------------------------------------------------------
    def _set_notice(self, kind: str, text: str) -> None:
        self._notices[kind] = text
        shown = "　".join(part for part in self._notices.values() if part)
        self.notice.setText(shown)
        self.notice.setVisible(bool(shown))

    def reload(self) -> None:
        self.runner.run(official_calendar.notices_due, on_done=lambda lines: self._set_notice("calendar", "　".join(lines)))
        state = self.state.currentData()
        actor = session.current_or_none()
        self.runner.run(complaints.complaint_rows, "" if state in ("open", "") else state, open_only=state == "open",
                        overdue_only=self.overdue_only.isChecked(), category=self.category.currentData(),
                        handler=actor.name if self.mine.isChecked() and actor else "",
                        limit=None if state == "open" else LIST_LIMIT, on_done=self._show)
        self.runner.run(complaints.overdue_count, on_done=self.overdue.emit)

    def _show(self, rows: list[complaints.ComplaintRow]) -> None:
        self.rows = rows
        self._set_notice("limit", tr("只列出最近受理的 {LIST_LIMIT} 件；更早的投诉请按类别筛选或导出月度工作簿查看。").format(
            LIST_LIMIT=LIST_LIMIT) if len(rows) >= LIST_LIMIT else "")
        self.table.setRowCount(len(rows))
        selected = None
        for index, row in enumerate(rows):
            deadline = f"{tr(row.deadline_kind)} {row.deadline:%m-%d %H:%M}" if row.deadline else ""
            if row.deadline and row.deadline_estimated:
                deadline += tr("（估算）")
            values = (
                row.number or tr("（草稿）"),
                row.name,
                row.phone,
                row.category,
                tr(row.state),
                deadline,
                row.remaining,
                complaints.in_language(row.warning) or (tr("升级") if row.escalated else ""),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 6 and row.clock in CLOCK_COLOURS:
                    item.setForeground(QBrush(QColor(CLOCK_COLOURS[row.clock])))
                if column == 7 and value:
                    item.setForeground(QBrush(QColor("#C62828")))
                self.table.setItem(index, column, item)
            if row.id == self.current_id:
                selected = index
        for column in range(len(COLUMNS) - 1):  # as wide as what they hold, in any language
            self.table.resizeColumnToContents(column)
        self._share_width()
        index = (selected if selected is not None else 0) if rows else -1
        if index >= 0:
            self.table.blockSignals(True)
            self.table.selectRow(index)
            self.table.blockSignals(False)
        self._select(index)  # the detail follows every reload, also when the same line stays selected

    def _share_width(self) -> None:
        """The list gets the width its columns need (the warning column at least its title), the form the rest; until
        the user moves the divider, then it stays where they put it."""
        if self._user_split or not self.rows or self.splitter.width() <= 0:
            return
        header = self.table.horizontalHeader()
        last = len(COLUMNS) - 1
        warning = max(header.sectionSizeHint(last), self.table.sizeHintForColumn(last))
        needed = sum(header.sectionSize(c) for c in range(last)) + warning + self.table.verticalScrollBar().sizeHint().width() \
            + 2 * self.table.frameWidth()
        total = self.splitter.width() - self.splitter.handleWidth()
        table = min(needed, total - self.right.minimumSizeHint().width())
        self.splitter.setSizes([table, total - table])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_width()

    def _select(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            self.current_id = None
            self.right.setEnabled(False)
            return
        self.current_id = self.rows[index].id
        self.runner.run(load_detail, self.current_id, on_done=self._show_detail)

    # --- the form ------------------------------------------------------------------------------------------------
    def _build_paper(self) -> None:
        def label(text: str) -> QLabel:
            widget = QLabel(tr(text))
            widget.setStyleSheet("background: #EEEEEE; padding: 3px;")
            widget.setWordWrap(True)
            return widget

        for left, right in PAPER_PAIRS:
            pairs = []
            for key, text in (left, right):
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[key] = value
                pairs.append((label(text), value))
            self.paper.add_row(*pairs)
        for item in PAPER_BODY:
            kind, key, text = item[0], item[1], item[2]
            if kind == "text":
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(48)
                self.editors[key] = editor
                self.paper.add_wide(label(text), editor)
            elif kind == "pair":  # a time or a field, then a signature box
                field = QWidget()
                if key:
                    field = QLineEdit()
                    field.setPlaceholderText("YYYY-MM-DD HH:MM" if key.endswith("_at") else "")
                    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("YYYY-MM-DD HH:MM") + 20)
                    self.editors[key] = field
                self.paper.add_row((label(text), field), (label(item[4]), self._sign_button(item[3])))
            elif kind == "signature":
                self.paper.add_row((label(text), self._sign_button(key)))
            elif kind == "signatures":
                self.paper.add_row((label(text), self._sign_button(key)), (label(item[4]), self._sign_button(item[3])))

    def _sign_button(self, box: str) -> QPushButton:
        button = QPushButton(tr("签名"))
        button.clicked.connect(lambda _=False, b=box: self._sign_or_withdraw(b))
        self.sign_buttons[box] = button
        return button

    def _sign_or_withdraw(self, box: str) -> None:
        if box in self.signed:
            self.withdraw(box)
        else:
            self._do(complaints.sign, self.current_id, box)

    def _show_detail(self, detail) -> None:
        complaint, events, signed, (_, values, signatures), files = detail
        self.attachments.clear()
        for attachment in files:
            item = QListWidgetItem(tr("{kind}　{name}　{size}　{at:%Y-%m-%d %H:%M} {by}{note}").format(
                kind=tr(attachment.kind), name=attachment.name, size=_size(attachment.size), at=attachment.added_at,
                by=attachment.added_by, note=f"　{attachment.note}" if attachment.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.attachments.addItem(item)
        self.signed = signed
        self.right.setEnabled(True)
        category = tr(CATEGORIES.get(complaint.category, ""))
        if complaint.state == "草稿":  # no number yet: the draft waits to be accepted (category and channel chosen then)
            head = tr("<b>草稿</b>　待受理：选择类别和渠道后获得受理编号并开始计时")
        else:
            head = tr("<b>{number}</b>　{state}　{category} {category2}　{channel}　抱怨/投诉次数 {contact_count}").format(
                number=complaint.number, state=tr(complaint.state), category=complaint.category, category2=category,
                channel=tr(complaint.channel), contact_count=complaint.contact_count)
        reason = complaints.escalation_reason(complaint)
        if reason:  # what F7 prints as 升级预警原因, on screen too
            head += tr("<br><span style='color:#C62828'>升级预警：{warning}</span>").format(warning=reason)
        self.header.setText(head)
        for key, widget in self.values.items():
            widget.setText(values.get(key, ""))
        locked = {name for box in signed for b, _, _, names in SIGNATURE_BOXES if b == box for name in names}
        for key, editor in self.editors.items():
            value = getattr(complaint, key)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            else:
                editor.setText(f"{value:%Y-%m-%d %H:%M}" if hasattr(value, "strftime") else (value or ""))
            editor.setReadOnly(key in locked)
        for box, button in self.sign_buttons.items():
            button.setText(signatures.get(box) or tr("签名"))
            button.setToolTip(tr("点击撤回签名") if box in signed else tr("以当前用户签名"))
        self.paper.refit()
        self._rebuild_actions(complaint)
        self.events.clear()
        for event in events:
            kind = tr(EVENT_TITLES.get(event.kind, event.kind))
            self.events.addItem(
                tr("{at:%Y-%m-%d %H:%M}　{actor}　{kind}　{detail}").format(
                    at=event.at, actor=event.actor, kind=kind, detail=complaints.in_language(event.detail)
                )
            )

    def _clear(self, layout) -> None:
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _rebuild_actions(self, complaint) -> None:
        self._clear(self.actions)
        buttons = []
        if complaint.state == "草稿":
            buttons.append((tr("受理…"), self.accept_draft))
        else:
            buttons.append((tr("已联系客户"), lambda: self._do(complaints.contact, self.current_id)))
            buttons.append((tr("客户再次来电"), lambda: self._do(complaints.customer_called, self.current_id)))
            for state in NEXT_STATES.get(complaint.state, ()):
                buttons.append((f"→ {tr(state)}",
                                lambda _=False, s=state: self._do(complaints.move, self.current_id, s)))
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.actions.addWidget(button)
        if complaint.state in complaints.OPEN_STATES:
            self.actions.addWidget(self._warning_button(complaint))
        printing_button = QPushButton(tr("打印"))
        menu = QMenu(printing_button)
        menu.addAction(tr("F6 抱怨/投诉处理表…"), lambda: self.print_form("complaint"))
        escalation = menu.addAction(tr("F7 客户投诉升级预警单…"), lambda: self.print_form("escalation"))
        escalated = complaint.state == "已升级" or bool(complaints.escalation_reason(complaint))
        escalation.setEnabled(escalated)  # the form reports an escalation: empty for any other complaint
        if not escalated:
            escalation.setToolTip(tr("只有已升级或有升级预警的投诉才有升级预警单"))
            menu.setToolTipsVisible(True)
        printing_button.setMenu(menu)
        self.print_button = printing_button
        self.actions.addWidget(printing_button)

    def _warning_button(self, complaint) -> QPushButton:
        """预警与升级: a warning condition heard (with the time now), the manager's special case, the upgrade to C,
        the reply time promised to the customer."""
        button = QPushButton(tr("预警/升级…"))
        menu = QMenu(button)
        for kind in ("nobody", "emotion", "media"):
            menu.addAction(tr(complaints.WARNING_TITLES[kind]),
                           lambda k=kind: self._do(complaints.warn, self.current_id, k))
        supervisor = permissions.allowed("supervise_complaints")
        special = menu.addAction(tr("经理标记特殊情况…"), self._mark_special)
        special.setEnabled(supervisor)
        menu.addSeparator()
        upgrade = menu.addAction(tr("升级为C类（无封闭时限）…"), self._upgrade)
        upgrade.setEnabled(supervisor and complaint.level != "C")
        menu.addAction(tr("约定答复客户时间…"), self._promise)
        button.setMenu(menu)
        return button

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _mark_special(self) -> None:
        note = self._ask(tr("经理标记特殊情况"), tr("特殊情况说明："))
        if note is not None:
            self._do(complaints.warn, self.current_id, "manager", note)

    def _upgrade(self) -> None:
        reason = self._ask(tr("升级为C类"), tr("升级原因（升级后不再有封闭时限，已超时的仍计为未及时封闭）："))
        if reason is not None:
            self._do(complaints.upgrade_to_c, self.current_id, reason)

    def _promise(self) -> None:
        from carecenter import clock
        suggested = clock.now() + datetime.timedelta(hours=2)
        when = self._ask(tr("约定答复客户时间"), tr("答复时间（YYYY-MM-DD HH:MM），到时出现在经办人的回访列表："),
                         f"{suggested:%Y-%m-%d %H:00}")
        if when is not None:
            self.runner.run(complaints.promise_reply, self.current_id, when, changes=True,
                            on_done=lambda _: self.status_message.emit(tr("已约定答复时间 {when}。").format(when=when)),
                            on_error=lambda error: show_error(self, error))

    def _choose_files(self) -> None:
        if self.current_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, tr("添加附件"), "", tr("回函、照片、录音 ({patterns})").format(
            patterns=" ".join(f"*{suffix}" for suffix in complaint_files.TYPES)))
        self._attach_files(paths)

    def _attach_files(self, paths: list[str]) -> None:
        if self.current_id is None or not paths:
            return
        complaint_id = self.current_id

        def attach_all() -> int:  # each file its own transaction: a refused one leaves the others attached
            for path in paths:
                complaint_files.attach(complaint_id, path)
            return len(paths)
        self.runner.run(attach_all, changes=True, on_error=lambda error: show_error(self, error),
                        on_done=lambda count: self.status_message.emit(tr("已附加 {count} 个文件。").format(count=count)))

    def _open_attachment(self, item) -> None:
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        self.runner.run(complaint_files.open_copy, attachment_id, on_error=lambda error: show_error(self, error),
                        on_done=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def _do(self, work, *args) -> None:
        self.runner.run(work, *args, changes=True, on_error=lambda error: show_error(self, error))

    def save_form(self) -> None:
        if self.current_id is None:
            return
        data = {key: editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
                for key, editor in self.editors.items() if not editor.isReadOnly()}
        self.runner.run(complaints.update_form, self.current_id, data, changes=True,
                        on_done=lambda _: self.status_message.emit(tr("投诉表单已保存。")),
                        on_error=lambda error: show_error(self, error))

    def new_complaint(self) -> ComplaintDialog:
        """A complaint taken at the desk: accepted at once, then shown in the list with its form."""
        dialog = ComplaintDialog(self.runner, self)
        dialog.accepted.connect(lambda: self._show_new(dialog.saved_id))
        dialog.open()
        return dialog

    def accept_draft(self) -> ComplaintDialog:
        dialog = ComplaintDialog(self.runner, self, draft_id=self.current_id)
        dialog.open()
        return dialog

    def _show_new(self, complaint_id: int | None) -> None:
        self.current_id = complaint_id
        self.reload()

    def withdraw(self, box: str) -> None:
        reason, ok = QInputDialog.getText(self, tr("撤回签名"), tr("撤回原因（将记入审计日志）："))
        if ok:
            self._do(complaints.withdraw, self.current_id, box, reason)

    def print_form(self, kind: str):
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        if self.current_id is None:
            return
        complaint_id = self.current_id
        if kind == "complaint":
            title, work, name = (
                tr("客户抱怨/投诉处理表"),
                printing.print_complaint,
                tr("投诉处理表_{complaint_id}.pdf").format(complaint_id=complaint_id),
            )
        else:
            title, work, name = (
                tr("客户投诉升级预警单"),
                printing.print_escalation,
                tr("升级预警单_{complaint_id}.pdf").format(complaint_id=complaint_id),
            )
        return show_preview(self.runner, self, title, name, lambda path, progress, cancel: work(complaint_id, path))
