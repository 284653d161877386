"""A dialog for editing one record: fields laid out in a form, the domain's validation shown beside each field.

Subclasses (customer, vehicle, visit) only list their fields and name the domain function that saves. Saving runs in
the background; errors appear under their fields, and warnings ask "save anyway?" before saving with ``confirm``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from carecenter.ui.errors import show_error
from carecenter.ui.runner import TaskRunner
from carecenter.validate import ValidationFailed
from carecenter.i18n import tr


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text, multiline, date, choice, bool
    options: tuple[str, ...] = ()
    placeholder: str = ""
    required: bool = False


class RecordDialog(QDialog):
    """Edits ``fields`` of one record; ``save(values, confirm)`` is the domain call and returns the record id."""

    columns = 2

    def __init__(self, runner: TaskRunner, title: str, fields: list[Field], save: Callable[[dict, bool], int],
                 values: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(760)
        self._runner = runner
        self._fields = fields
        self._save = save
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._problems: dict[str, str] = {}
        self.saved_id: int | None = None
        self.last_problems: list = []

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        forms = [self._form() for _ in range(self.columns)]
        wide = [f for f in fields if f.kind == "multiline"]
        narrow = [f for f in fields if f.kind != "multiline"]
        per_column = (len(narrow) + self.columns - 1) // self.columns
        for position, spec in enumerate(narrow):
            self._add_field(forms[min(position // max(per_column, 1), self.columns - 1)], spec)
        for column, form in enumerate(forms):
            grid.addLayout(form, 0, column)
        wide_form = self._form()
        for spec in wide:
            self._add_field(wide_form, spec)
        self._summary = QLabel()
        self._summary.setStyleSheet("color: #C62828;")
        self._summary.setWordWrap(True)
        self._summary.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(wide_form)
        layout.addWidget(self._summary)
        layout.addWidget(buttons)
        if values:
            self.set_values(values)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add_field(self, form: QFormLayout, spec: Field) -> None:
        if spec.kind == "multiline":
            editor: QWidget = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(60)
        elif spec.kind == "choice":
            editor = QComboBox()
            editor.addItems([tr(option) if option else tr("（无）") for option in spec.options])
        elif spec.kind == "bool":
            editor = QCheckBox()
        else:
            editor = QLineEdit()
            editor.setPlaceholderText(tr(spec.placeholder) or ("YYYY-MM-DD" if spec.kind == "date" else ""))
            editor.setMinimumWidth(200)
        editor.setObjectName(spec.key)
        form.addRow(tr(spec.label) + ("*" if spec.required else ""), editor)
        self._editors[spec.key] = editor
        self._labels[spec.key] = tr(spec.label)

    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def set_values(self, values: dict) -> None:
        for spec in self._fields:
            if spec.key not in values:
                continue
            value, editor = values[spec.key], self._editors[spec.key]
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value or ""))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, spec.options.index(value) if value in spec.options else 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(value, datetime.date):
                editor.setText(f"{value:%Y-%m-%d}")
            else:
                editor.setText("" if value is None else str(value))
                editor.setCursorPosition(0)  # show the start of a long address, not its end

    def values(self) -> dict:
        result = {}
        for spec in self._fields:
            editor = self._editors[spec.key]
            if isinstance(editor, QPlainTextEdit):
                result[spec.key] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                result[spec.key] = spec.options[editor.currentIndex()]
            elif isinstance(editor, QCheckBox):
                result[spec.key] = editor.isChecked()
            else:
                result[spec.key] = editor.text()
        return result

    # --- saving --------------------------------------------------------------------------------------------------
    def submit(self, confirm: bool = False) -> None:
        self._clear_problems()
        self._runner.run(self._save, self.values(), confirm, on_done=self._saved, on_error=self._failed,
                         changes=True)

    def _saved(self, record_id: int) -> None:
        self.saved_id = record_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ValidationFailed):
            show_error(self, error)
            return
        self.last_problems = error.problems
        if error.only_warnings:
            text = "\n".join(problem.message for problem in error.problems)
            answer = QMessageBox.question(self, tr("请确认"), tr("{text}\n\n仍然保存吗？").format(text=text))
            if answer == QMessageBox.StandardButton.Yes:
                self.submit(confirm=True)
            return
        lines = []
        order = [spec.key for spec in self._fields]
        problems = sorted(error.problems, key=lambda p: order.index(p.field) if p.field in order else len(order))
        for problem in problems:
            self._problems[problem.field] = problem.message
            editor = self._editors.get(problem.field)
            if editor is not None:
                editor.setStyleSheet(f"#{problem.field} {{ border: 2px solid #C62828; }}")
                editor.setToolTip(problem.message)
            label = self._labels.get(problem.field, "")
            lines.append(f"• {problem.message}" if not label or problem.message.startswith(label)
                         else tr("• {label}：{message}").format(label=label, message=problem.message))
        self._summary.setText(tr("请修改标红的项目后再保存：\n") + "\n".join(lines))
        self._summary.show()
        first = next((p.field for p in problems if p.field in self._editors), None)
        if first:
            self._editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_problems(self) -> None:
        for key in self._problems:
            if key in self._editors:
                self._editors[key].setStyleSheet("")
                self._editors[key].setToolTip("")
        self._problems.clear()
        self._summary.hide()

    def problem_text(self, key: str) -> str:
        """The message shown for field ``key`` after the last save attempt ("" when it is fine)."""
        return self._problems.get(key, "")
