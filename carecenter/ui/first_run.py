"""The first start on a new store: an empty store, or the demo dealership to try things out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carecenter import demo, i18n, settings
from carecenter.ui import language
from carecenter.ui.errors import show_error
from carecenter.ui.progress import run_with_progress
from carecenter.ui.runner import TaskRunner
from carecenter.i18n import tr

EMPTY = "empty"
DEMO = "demo"


class FirstRunDialog(QDialog):
    """Empty store or demo, the dealership's name, and this PC's language (chosen first: the dialog follows it)."""

    #: the language was changed: the dialog is to be shown again in it
    RELANGUAGE = 2

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("欢迎使用 CareCenter 客户关爱中心"))
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        self.language.currentIndexChanged.connect(lambda _: self.done(self.RELANGUAGE))
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel("语言 / 語言 / Language"))
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        intro = QLabel(tr("将在以下位置新建数据库：<br><code>{path}</code>").format(path=path))
        intro.setWordWrap(True)
        self.empty = QRadioButton(tr("新建空白数据库（正式使用）"))
        self.demo = QRadioButton(tr("载入演示经销商（约 2000 位客户，用于试用和培训）"))
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        self.dealership = QLineEdit()
        self.dealership.setPlaceholderText(tr("例如：杭州某某汽车销售服务有限公司"))
        self.demo.toggled.connect(lambda on: self.dealership.setEnabled(not on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("开始"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("退出"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(QLabel(tr("经销商名称（打印在表单抬头，可在设置中修改）：")))
        layout.addWidget(self.dealership)
        layout.addWidget(self.demo)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def choice(self) -> tuple[str, str]:
        return (DEMO if self.demo.isChecked() else EMPTY), self.dealership.text().strip()


def ask_first_run(path: Path) -> tuple[str, str] | None:
    while True:
        dialog = FirstRunDialog(path)
        result = dialog.exec()
        if result != FirstRunDialog.RELANGUAGE:
            return dialog.choice() if result else None
        chosen = dialog.language.currentData()
        language.apply(chosen)
        language.save_language(chosen)


def load_demo_with_progress(runner: TaskRunner, choice: tuple[str, str]) -> bool:
    """Apply the first-run choice: store the dealership name, or load the S demo with a progress dialog."""
    kind, name = choice
    if kind == EMPTY:
        if name:
            settings.set_value("dealership.name", name)
        return True
    result = run_with_progress(runner, None, tr("正在生成演示经销商……"),
                               lambda progress, cancel: demo.load_demo("S", 1, progress))
    if not result.ok:
        show_error(None, result.error, tr("演示数据未能载入"))
    return result.ok
