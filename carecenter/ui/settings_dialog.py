"""系统 → 设置: the dealership (it heads every form), opening hours and working-day changes, every decided number,
the monthly targets, the model line-up with first-service mileages, SMS templates, the lounge items, and this PC's
language. Everyone may change the language; the rest is the administrator's (read-only for others)."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from carecenter import call_scripts, clock, dealership_setup, i18n, official_calendar, settings
from carecenter.i18n import N_, tr, tr_values
from carecenter.ui import language
from carecenter.ui.errors import show_error
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import CUSTOMER_LANGUAGE, dialog_buttons, tips_for_cut_cells

WORKING, CLOSED = N_("上班"), N_("休息")


def _editable_table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(tr_values(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return tips_for_cut_cells(table)


def _button(text: str, slot) -> QPushButton:
    button = QPushButton(tr(text))
    button.clicked.connect(slot)
    return button


def _row_of(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, left-aligned."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _table_page(explain: str, table: QTableWidget, *buttons: QPushButton) -> QWidget:
    """A page of the settings: what it is, the table, the buttons under it."""
    page = QWidget()
    note = QLabel(tr(explain))
    note.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addWidget(note)
    layout.addWidget(table)
    layout.addLayout(_row_of(*buttons))
    return page


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[(table.item(row, column).text() if table.item(row, column) else "").strip()
             for column in range(table.columnCount())] for row in range(table.rowCount())]


def _add_row(table: QTableWidget, values: tuple[str, ...]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


class SettingsDialog(QDialog):
    #: emitted with the new language code after the dialog closed with a different language chosen
    language_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(tr("设置"))
        self.setMinimumSize(860, 580)
        self.setup: dealership_setup.Setup | None = None
        self.editors: dict[str, QWidget] = {}
        self.pages = QTabWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #E65100;")
        self.note.hide()
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        buttons = dialog_buttons(self, tr("保存"))
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.submit)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        runner.run(dealership_setup.load, on_done=self._show, on_error=lambda error: show_error(self, error))

    # --- building the pages ---------------------------------------------------------------------------------------
    def _show(self, setup: dealership_setup.Setup) -> None:
        self.setup = setup
        self.pages.addTab(self._form_page(settings.DEALERSHIP, extra=self._language_row()), tr("经销商与语言"))
        self.pages.addTab(self._hours_page(), tr("营业时间与工作日"))
        self.pages.addTab(self._form_page(settings.RULES), tr("规则"))
        self.pages.addTab(self._form_page(settings.TARGETS), tr("月度目标"))
        self.pages.addTab(self._models_page(), tr("车型与首保里程"))
        self.pages.addTab(self._templates_page(), tr("短信模板"))
        self.pages.addTab(self._lounge_page(), tr("客休区检查项目"))
        self.pages.addTab(self._questionnaires_page(), tr("满意度问卷"))
        if not setup.editable:
            self.note.setText(tr("只有管理员可以修改经销商的设置；本机的界面语言可以随时更改。"))
            self.note.show()
            for editor in self.editors.values():
                editor.setEnabled(False)
            for table in (self.overrides, self.models, self.lounge_items):
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            own = set(self.buttons.buttons())  # 保存 (this PC's language) and 取消 stay for everyone
            for button in self.findChildren(QPushButton):
                if button not in own:
                    button.setEnabled(False)
            for widget in (self.override_day, self.override_kind):
                widget.setEnabled(False)
            # what the two buttons do for this user: keep this PC's language, or just close
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("保存语言"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("关闭"))

    def _language_row(self) -> tuple[str, QWidget]:
        return tr("界面和打印语言（本机）"), self.language

    def _form_page(self, group: str, extra: tuple[str, QWidget] | None = None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for spec in settings.SETTINGS.values():
            if spec.group != group or isinstance(spec.default, (dict, list)):
                continue
            value = self.setup.values[spec.key]
            if isinstance(spec.default, float):
                editor: QWidget = QDoubleSpinBox()
                editor.setDecimals(1)
                editor.setRange(spec.minimum, spec.maximum)
                editor.setValue(float(value))
            elif isinstance(spec.default, int):
                editor = QSpinBox()
                editor.setRange(int(spec.minimum), int(spec.maximum))
                editor.setGroupSeparatorShown(True)
                editor.setValue(int(value))
            else:
                editor = QLineEdit(str(value))
                editor.setMinimumWidth(360)
            editor.setObjectName(spec.key)
            self.editors[spec.key] = editor
            form.addRow(tr(spec.title), editor)
        if extra is not None:
            form.addRow(*extra)
        return page

    def _hours_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        for key in ("hours.opens", "hours.closes"):
            editor = QTimeEdit(QTime.fromString(str(self.setup.values[key]), "HH:mm"))
            editor.setDisplayFormat("HH:mm")
            editor.setMaximumWidth(140)
            editor.setObjectName(key)
            self.editors[key] = editor
            form.addRow(tr(settings.SETTINGS[key].title), editor)
        explain = QLabel(tr("投诉的 120 分钟响应时限只计营业时间；3 个工作日的封闭时限按国家法定节假日和下表的调整计算。"
                            "修改后，未封闭投诉的时限会重新计算。"))
        explain.setWordWrap(True)
        self.overrides = _editable_table((N_("日期"), N_("本店安排")))
        self.overrides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for day, working in self.setup.overrides.items():
            self._add_override(day, working)
        self.override_day = QDateEdit(QDate.fromString(f"{clock.today():%Y-%m-%d}", "yyyy-MM-dd"))
        self.override_day.setCalendarPopup(True)
        self.override_day.setDisplayFormat("yyyy-MM-dd")
        self.override_kind = QComboBox()
        for value in (WORKING, CLOSED):
            self.override_kind.addItem(tr(value), value)
        row = _row_of(self.override_day, self.override_kind, _button(N_("添加调整"), self._new_override),
                      _button(N_("删除所选"), lambda: self._remove_selected(self.overrides)))
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.overrides)
        layout.addLayout(row)
        layout.addWidget(self._notices_box())
        return page

    # --- the State Council's notices (take effect at once, each in its own transaction) ------------------------
    def _notices_box(self) -> QGroupBox:
        box = QGroupBox(tr("国务院放假通知"))
        explain = QLabel(tr("每年 11 月国务院公布下一年的放假和调休安排。载入后（JSON 文件，或每行“日期 休/班”"
                            "的文本），未封闭投诉的时限立即按通知重新计算；未载入的年份按周一至周五和法定节假日估算。"))
        explain.setWordWrap(True)
        self.notices = _editable_table((N_("年份"), N_("放假安排来源")))
        self.notices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notices.setMaximumHeight(110)
        self.notices.setColumnWidth(0, 70)
        self.notice_message = QLabel()
        self.notice_message.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addWidget(self.notices)
        layout.addLayout(_row_of(_button(N_("载入通知文件…"), self._load_notice),
                                 _button(N_("删除所选年份的通知"), self._remove_notice)))
        layout.addWidget(self.notice_message)
        self._reload_notices()
        return box

    def _reload_notices(self) -> None:
        def show(years) -> None:
            self.notices.setRowCount(0)
            for schedule in years:
                _add_row(self.notices, (str(schedule.year), schedule.source_title))
                self.notices.item(self.notices.rowCount() - 1, 0).setData(Qt.ItemDataRole.UserRole, schedule.source)
        self.runner.run(official_calendar.overview, on_done=show, on_error=lambda error: show_error(self, error))

    def _load_notice(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("载入国务院放假通知"), "",
                                                  tr("放假通知（*.json *.txt *.csv）;;所有文件（*）"))
        if not path:
            return

        def done(result) -> None:
            notice, moved = result
            self.notice_message.setText(tr("已载入 {year} 年的放假通知（{source}）：放假 {off} 天，调休上班 {worked} 天；"
                                           "{moved} 件未封闭投诉的时限已重新计算。").format(
                year=notice.year, source=notice.source, off=notice.off, worked=notice.worked, moved=moved))
            self._reload_notices()
        self.runner.run(official_calendar.load, Path(path), on_done=done, changes=True,
                        on_error=lambda error: show_error(self, error, N_("通知未载入")))

    def _remove_notice(self) -> None:
        rows = sorted({index.row() for index in self.notices.selectedIndexes()})
        years = [int(self.notices.item(row, 0).text()) for row in rows
                 if self.notices.item(row, 0).data(Qt.ItemDataRole.UserRole) == "loaded"]
        if not years:
            self.notice_message.setText(tr("请先选择一个已载入通知的年份。"))
            return

        def done(moved: int) -> None:
            self.notice_message.setText(tr("已删除 {year} 年的放假通知；{moved} 件未封闭投诉的时限已重新计算。").format(
                year=years[0], moved=moved))
            self._reload_notices()
        self.runner.run(official_calendar.remove, years[0], on_done=done, changes=True,
                        on_error=lambda error: show_error(self, error))

    def _add_override(self, day: datetime.date, working: bool) -> None:
        for row in range(self.overrides.rowCount()):
            if self.overrides.item(row, 0).text() == f"{day:%Y-%m-%d}":
                self.overrides.removeRow(row)
                break
        _add_row(self.overrides, (f"{day:%Y-%m-%d}", tr(WORKING if working else CLOSED)))
        self.overrides.item(self.overrides.rowCount() - 1, 1).setData(Qt.ItemDataRole.UserRole, working)
        self.overrides.sortItems(0)

    def _new_override(self) -> None:
        day = self.override_day.date().toPython()
        self._add_override(day, self.override_kind.currentData() == WORKING)

    @staticmethod
    def _remove_selected(table: QTableWidget) -> None:
        for row in sorted({index.row() for index in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    def _models_page(self) -> QWidget:
        self.models = _editable_table((N_("车型"), N_("首保里程（公里）")))
        own = self.setup.values["models.first_service_km"]
        general = self.setup.values["first_service.km"]
        for model in self.setup.models + sorted(set(own) - set(self.setup.models)):
            _add_row(self.models, (model, str(own.get(model, general))))
        self._general_shown = general

        def add() -> None:
            _add_row(self.models, ("", str(self.setup.values["first_service.km"])))
            self.models.editItem(self.models.item(self.models.rowCount() - 1, 0))
        return _table_page(N_("档案中的车型及其首保里程。与通用设置（规则页）相同的不单独保存；改动通用设置时一起变化。"), self.models,
                           _button(N_("添加车型"), add),
                           _button(N_("删除所选"), lambda: self._remove_selected(self.models)))

    def _templates_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        explain = QLabel(tr("可用占位符：{placeholders}。自己的模板（例如“幸福家庭计划”）可在群发短信中使用；"
                            "清空文字即删除自己的模板，或恢复系统自带的文字。").format(
            placeholders=tr("、").join(f"{{{code}}} {tr(title)}" for code, title in call_scripts.PLACEHOLDERS.items())))
        explain.setWordWrap(True)
        outer.addWidget(explain)
        inner = QWidget()
        self.template_form = QFormLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        outer.addLayout(_row_of(_button(N_("添加自己的模板…"), self._add_template)))
        own = self.setup.values["messages.templates"]
        self.templates: dict[str, QPlainTextEdit] = {}
        shipped = {template.code for template in call_scripts.MESSAGE_TEMPLATES}
        for template in call_scripts.MESSAGE_TEMPLATES:
            self._template_row(template.code, tr(template.title), own.get(template.code) or template.text)
        for name, text in own.items():
            if name not in shipped:
                self._template_row(name, name, text)
        return page

    def _template_row(self, code: str, title: str, text: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(text)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(56)
        editor.setObjectName(f"template.{code}")
        editor.setProperty(CUSTOMER_LANGUAGE, True)  # sent to customers: their language
        self.templates[code] = editor
        self.editors[f"template.{code}"] = editor
        self.template_form.addRow(title, editor)
        return editor

    def _add_template(self) -> None:
        name, ok = QInputDialog.getText(self, tr("添加自己的模板"), tr("模板名称（例如 幸福家庭计划）："))
        name = name.strip()
        if not ok or not name:
            return
        if name in self.templates:
            self.templates[name].setFocus()
            return
        self._template_row(name, name, "").setFocus()

    def _lounge_page(self) -> QWidget:
        self.lounge_items = _editable_table((N_("检查项目"), N_("标准")))
        for title, description in self.setup.lounge_items:
            _add_row(self.lounge_items, (tr(title), tr(description)))
            for column, stored in enumerate((title, description)):  # the words as stored, kept when not edited
                self.lounge_items.item(self.lounge_items.rowCount() - 1, column).setData(
                    Qt.ItemDataRole.UserRole, stored
                )
        self.lounge_items.resizeColumnToContents(0)
        return _table_page(N_("每天检查的项目（F8）。已完成的检查保留当时的项目文字。"), self.lounge_items,
                           _button(N_("添加项目"), lambda: _add_row(self.lounge_items, ("", ""))),
                           _button(N_("上移"), lambda: self._move(-1)), _button(N_("下移"), lambda: self._move(1)),
                           _button(N_("删除所选"), lambda: self._remove_selected(self.lounge_items)))

    def _questionnaires_page(self) -> QWidget:
        """The questions of each questionnaire, one per line in the order asked, and the overall question."""
        page = QWidget()
        explain = QLabel(tr("每行一个评分项目，按回访时的提问顺序；总体评价问题单独填写，放在最后。已有回答的问题删去后不再提问，"
                            "但不会删除：以前的回答按当时的问题保存，并计入当时的统计。修改会记入审计日志。"))
        explain.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.questionnaire_editors: dict[str, tuple[QLineEdit, QPlainTextEdit, QLineEdit]] = {}
        self._question_words: dict[str, str] = {}  # the shown (translated) words → the stored ones
        for code, (title, factors, overall, hidden) in self.setup.questionnaires.items():
            for stored in (title, *factors, overall, *hidden):
                self._question_words[tr(stored)] = stored
            box = QGroupBox(tr(title))
            form = QFormLayout(box)
            name = QLineEdit(tr(title))
            questions = QPlainTextEdit("\n".join(tr(q) for q in factors))
            questions.setTabChangesFocus(True)
            questions.setMinimumHeight(150)
            last = QLineEdit(tr(overall))
            for widget, suffix in ((name, "title"), (questions, "factors"), (last, "overall")):
                widget.setObjectName(f"questionnaire.{code}.{suffix}")
                self.editors[f"questionnaire.{code}.{suffix}"] = widget
            form.addRow(tr("名称"), name)
            form.addRow(tr("评分项目"), questions)
            form.addRow(tr("总体评价"), last)
            if hidden:
                note = QLabel(tr("已停用（保留以前的回答）：{questions}").format(questions=tr("、").join(tr(q) for q in hidden)))
                note.setWordWrap(True)
                form.addRow(note)
            self.questionnaire_editors[code] = (name, questions, last)
            row.addWidget(box)
        layout.addLayout(row, 1)
        return page

    def _collected_questionnaires(self) -> dict:
        stored = lambda text: self._question_words.get(text.strip(), text.strip())  # noqa: E731
        result = {}
        for code, (name, questions, last) in self.questionnaire_editors.items():
            lines = [stored(line) for line in questions.toPlainText().splitlines() if line.strip()]
            result[code] = (stored(name.text()), lines, stored(last.text()), self.setup.questionnaires[code][3])
        return result

    def _move(self, step: int) -> None:
        row = self.lounge_items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.lounge_items.rowCount():
            return
        for column in range(self.lounge_items.columnCount()):
            upper, lower = self.lounge_items.takeItem(row, column), self.lounge_items.takeItem(target, column)
            self.lounge_items.setItem(row, column, lower)
            self.lounge_items.setItem(target, column, upper)
        self.lounge_items.setCurrentCell(target, 0)

    # --- saving ---------------------------------------------------------------------------------------------------
    def collected(self) -> dealership_setup.Setup:
        values = dict(self.setup.values)
        for key, editor in self.editors.items():
            if key.startswith(("template.", "questionnaire.")):
                continue
            if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                values[key] = editor.value()
            elif isinstance(editor, QTimeEdit):
                values[key] = editor.time().toString("HH:mm")
            else:
                values[key] = editor.text()
        models = {}
        general = values["first_service.km"]
        own_before = self.setup.values["models.first_service_km"]
        for model, km in _rows(self.models):
            if model or km:
                mileage = int(km) if km.isdigit() else -1
                follows_general = model not in own_before and mileage == self._general_shown
                if mileage != general and not follows_general:  # the rest follow the general value, even changed
                    models[model] = mileage
        values["models.first_service_km"] = models
        shipped = {t.code: t.text for t in call_scripts.MESSAGE_TEMPLATES}
        values["messages.templates"] = {
            code: editor.toPlainText().strip()
            for code, editor in self.templates.items()
            if editor.toPlainText().strip() and editor.toPlainText().strip() != shipped.get(code)
        }
        overrides = {datetime.date.fromisoformat(self.overrides.item(row, 0).text()):
                     bool(self.overrides.item(row, 1).data(Qt.ItemDataRole.UserRole))
                     for row in range(self.overrides.rowCount())}
        items = [tuple(self._stored(row, column) for column in range(2)) for row in range(self.lounge_items.rowCount())]
        items = [(title, description) for title, description in items if title or description]
        return dealership_setup.Setup(values, overrides, items, True,
                                      questionnaires=self._collected_questionnaires())

    def _stored(self, row: int, column: int) -> str:
        """A lounge item's text: as stored when the user left the shown (translated) text unchanged."""
        item = self.lounge_items.item(row, column)
        if item is None:
            return ""
        stored = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        return stored if stored and text == tr(stored) else text

    def submit(self) -> None:
        if self.setup is None:
            return
        if not self.setup.editable:
            self._finish()
            return
        self.runner.run(dealership_setup.save, self.collected(), changes=True, on_done=lambda _moved: self._finish(),
                        on_error=lambda error: show_error(self, error))

    def _finish(self) -> None:
        chosen = self.language.currentData()
        self.accept()
        if chosen != i18n.language():
            language.save_language(chosen)
            self.language_chosen.emit(chosen)
