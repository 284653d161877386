"""文件 → 导入客户资料: choose a file, check which column is which, see every problem, then import (or not)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carecenter import importing
from carecenter.import_files import ImportCancelled, SourceFile
from carecenter.import_mapping import FIELDS
from carecenter.ui import screen
from carecenter.ui.errors import show_error
from carecenter.ui.progress import run_with_progress
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import tips_for_cut_cells
from carecenter.i18n import N_, tr

NOT_IMPORTED = N_("（不导入）")
KIND_CHOICES = ((None, N_("自动识别（按列名）")), ("customers", N_("客户")), ("vehicles", N_("客户和车辆")), ("visits", N_("维修保养记录")),
                ("complaints", N_("客服中心投诉工单")))
PROBLEM_LIMIT = 2000  # rows shown on screen; the count says how many there are in all


def save_template(parent: QWidget, runner: TaskRunner) -> None:
    """File → 下载导入模板: an xlsx with the standard headers and one example row."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("保存导入模板"), tr("CareCenter导入模板.xlsx"), tr("Excel 工作簿 (*.xlsx)"))
    if path:
        runner.run(
            importing.write_template,
            Path(path),
            on_done=lambda written: QMessageBox.information(
                parent, tr("导入模板"), tr("已保存：{written}").format(written=written)
            ),
            on_error=lambda error: show_error(parent, error),
        )


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(tr("选择文件"))
        self.setSubTitle(tr("支持 Excel（.xlsx）和 CSV（UTF-8、UTF-16、GBK/GB18030 或 Big5）。可以是销售部的交车客户表，也可以是 DMS 导出的维修记录。"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("选择要导入的文件"))
        browse = QPushButton(tr("浏览…"))
        browse.clicked.connect(self._browse)
        template = QPushButton(tr("下载导入模板…"))
        template.clicked.connect(lambda: save_template(self, wizard.runner))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.kind = QComboBox()
        for _, title in KIND_CHOICES:
            self.kind.addItem(tr(title))
        self.update_existing = QRadioButton(tr("更新已有的客户和车辆（用文件中的非空内容）"))
        self.skip_existing = QRadioButton(tr("跳过已有的客户和车辆"))
        self.update_existing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.update_existing)
        group.addButton(self.skip_existing)
        form = QFormLayout()
        form.addRow(tr("文件："), row)
        form.addRow(tr("文件内容："), self.kind)
        form.addRow(tr("已有记录："), self.update_existing)
        form.addRow("", self.skip_existing)
        self.include_hidden = QCheckBox(tr("包括隐藏的工作表（默认跳过，预览中列出）"))
        form.addRow("", self.include_hidden)
        note = QLabel(tr("按车架号、再按车牌、再按“电话 + 姓名”判断是否已有。导入前会先显示预览，确认后才写入。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择要导入的文件"), "", tr("表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        result = run_with_progress(self.wizard_.runner, self, tr("正在读取文件……"), importing.read,
                                   Path(self.path.text().strip()), cancellable=True)
        if not result.ok:
            if not isinstance(result.error, ImportCancelled):
                show_error(self, result.error, tr("无法导入这个文件"))
            return False
        self.wizard_.source = result.value
        self.wizard_.options = importing.ImportOptions(
            kind=KIND_CHOICES[self.kind.currentIndex()][0],
            on_duplicate="skip" if self.skip_existing.isChecked() else "update",
            include_hidden=self.include_hidden.isChecked())
        return True


class MappingPage(QWizardPage):
    """One table per sheet: the file's column, sample values, and what it is imported as."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(tr("核对每一列的内容"))
        self.setSubTitle(tr("已按列名自动识别。请检查“导入为”一栏，识别不了的列标为“不导入”，可手工指定。"))
        self.tabs = QTabWidget()
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet("color: #E65100;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.unknown)
        self.combos: dict[str, list[QComboBox]] = {}

    def initializePage(self) -> None:
        self.tabs.clear()
        self.combos.clear()
        source: SourceFile = self.wizard_.source
        keys = list(FIELDS)
        unknown_total = []
        for sheet in source.sheets:
            mapping = importing.mapping_for(sheet, importing.ImportOptions())
            table = tips_for_cut_cells(QTableWidget(len(sheet.header), 3))
            table.setHorizontalHeaderLabels([tr("文件中的列"), tr("示例"), tr("导入为")])
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            combos = []
            for index, header in enumerate(sheet.header):
                samples = [str(row[index]) for row in sheet.rows[:30] if index < len(row) and row[index] is not None]
                table.setItem(index, 0, QTableWidgetItem(header or tr("第 {v1} 列").format(v1=index + 1)))
                table.setItem(index, 1, QTableWidgetItem(tr("；").join(samples[:3])))
                combo = QComboBox()
                combo.addItem(tr(NOT_IMPORTED))
                for key in keys:
                    combo.addItem(tr(FIELDS[key][0]), key)
                chosen = mapping.get(index)
                combo.setCurrentIndex(keys.index(chosen) + 1 if chosen in keys else 0)
                if chosen is None and samples:
                    unknown_total.append(
                        tr("{name}：{v2}").format(name=sheet.name, v2=header or tr("第 {v1} 列").format(v1=index + 1))
                    )
                    table.item(index, 0).setForeground(QBrush(QColor("#E65100")))
                table.setCellWidget(index, 2, combo)
                combos.append(combo)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            table.setColumnWidth(0, 160)
            table.setColumnWidth(2, 160)
            self.tabs.addTab(table, tr("{name}（{v2:,} 行）").format(name=sheet.name, v2=len(sheet.rows)))
            self.combos[sheet.name] = combos
        self.unknown.setText((tr("未识别、将不导入的列：") + tr("、").join(unknown_total)) if unknown_total else "")

    def mappings(self) -> dict[str, dict[int, str]]:
        return {name: {index: combo.currentData() for index, combo in enumerate(combos) if combo.currentData()}
                for name, combos in self.combos.items()}

    def validatePage(self) -> bool:
        mappings = self.mappings()
        for name, mapping in mappings.items():
            doubled = {key for key in mapping.values() if list(mapping.values()).count(key) > 1}
            if doubled:
                QMessageBox.warning(
                    self,
                    tr("列对应有重复"),
                    tr("工作表“{name}”中有多列都导入为“{v2}”，每项只能对应一列。").format(
                        name=name, v2=tr("、").join((FIELDS[k][0] for k in doubled))
                    ),
                )
                return False
        self.wizard_.options.mappings = mappings
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(tr("预览"))
        self.setSubTitle(tr("以下是导入后的结果和发现的问题。点“导入”才会写入；有错误时不能导入。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = tips_for_cut_cells(QTableWidget(0, 6))
        self.problems.setHorizontalHeaderLabels([tr("类型"), tr("工作表"), tr("行"), tr("列"), tr("值"), tr("问题")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((50, 90, 60, 100, 130)):
            self.problems.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        self.report: importing.ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        result = run_with_progress(self.wizard_.runner, self, tr("正在检查每一行……"), importing.preview,
                                   self.wizard_.source, self.wizard_.options, cancellable=True)
        if not result.ok:
            if not isinstance(result.error, ImportCancelled):
                show_error(self, result.error)
            self.summary.setText(tr("预览未完成。"))
            self.completeChanged.emit()
            return
        self.report = report = result.value
        shown = report.problems[:PROBLEM_LIMIT]
        self.problems.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            values = (tr("错误") if problem.severity == "error" else tr("提示"), problem.sheet, str(problem.row),
                      problem.column, problem.value, problem.reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if problem.severity == "error":
                    item.setForeground(QBrush(QColor("#C62828")))
                self.problems.setItem(row, column, item)
        text = report.summary()
        if len(report.problems) > PROBLEM_LIMIT:
            text += tr("（下表只列出前 {PROBLEM_LIMIT:,} 条）").format(PROBLEM_LIMIT=PROBLEM_LIMIT)
        if report.rejected:
            text = tr(
                "<span style='color:#C62828'><b>有 {v1:,} 处错误，不能导入。</b>请在文件中修改后重新选择文件。</span><br>{text}"
            ).format(v1=len(report.errors), text=text)
        elif report.rows == 0:
            text = tr("文件中没有可导入的数据行。")
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None and not self.report.rejected and self.report.rows > 0

    def validatePage(self) -> bool:
        result = run_with_progress(self.wizard_.runner, self, tr("正在导入……"), importing.run, self.wizard_.source,
                                   self.wizard_.options, cancellable=True, changes=True)
        if not result.ok:
            if isinstance(result.error, ImportCancelled):
                QMessageBox.information(self, tr("导入"), str(result.error))
            else:
                show_error(self, result.error, tr("导入未完成"))
            return False
        self.wizard_.report = report = result.value
        if not report.written:
            QMessageBox.warning(self, tr("导入"), report.rejection() if report.rejected else tr("没有写入任何数据。"))
            return False
        return True


class ImportWizard(QWizard):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.source: SourceFile | None = None
        self.options = importing.ImportOptions()
        self.report: importing.ImportReport | None = None
        self.setWindowTitle(tr("导入客户资料"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("导入"))
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("导入"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("取消"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        screen.fit(self, 900, 620)
