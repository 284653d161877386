"""Print preview (打印预览) for every PDF CareCenter makes: the form is generated in the background, shown page by
page (QtPdf), and from here printed on a printer the user picks (QPrinter) or saved under a name of their choice.

A tab asks for a preview with :func:`show_preview`, giving a function that writes the PDF to a path; nothing is
saved anywhere the user did not choose (the preview's own file lives in a temporary folder removed on close).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carecenter.errors import UserError
from carecenter.ui import screen
from carecenter.ui.errors import show_error
from carecenter.ui.progress import run_with_progress
from carecenter.ui.runner import TaskRunner
from carecenter.i18n import tr

#: Pages go to the printer as images of this resolution: sharp on paper, and an A4 page stays ~35 MB at most.
PRINT_DPI = 300

#: The function that writes the PDF: ``make(path, progress, cancel)``; it returns the path written.
Maker = Callable[[Path, Callable, Callable], Path]


class PrintPreview(QDialog):
    """Shows one PDF; 打印 (Ctrl+P), 另存为 (Ctrl+S), fit to width or whole page, Esc closes."""

    def __init__(self, pdf: Path, title: str, file_name: str, parent: QWidget | None = None,
                 cleanup: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("打印预览 — {title}").format(title=title))
        screen.fit(self, 900, 1000)
        self.pdf, self.file_name, self._cleanup = pdf, file_name, cleanup
        self.document = QPdfDocument(self)
        error = self.document.load(str(pdf))
        if error != QPdfDocument.Error.None_:
            raise UserError(tr("无法打开生成的 PDF（{name}）。").format(name=pdf.name))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(tr("打印…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(tr("选择打印机并打印（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(tr("另存为…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(tr("保存 PDF 文件（Ctrl+S）"))
        self.save_button.clicked.connect(self.save_as)
        self.width_button = QPushButton(tr("适合宽度"))
        self.width_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_button = QPushButton(tr("整页"))
        self.page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        self.pages_label = QLabel(tr("共 {pageCount} 页").format(pageCount=self.document.pageCount()))
        bar = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.width_button, self.page_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.finished.connect(self._closed)

    # --- printing ---------------------------------------------------------------------------------------------
    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("打印"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pages = self.print_to(printer)
            QMessageBox.information(
                self,
                tr("打印"),
                tr("已发送 {pages} 页到打印机“{v2}”。").format(pages=pages, v2=printer.printerName() or tr("文件")),
            )

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages the printer's range asks for (all by default), one per sheet; returns how many."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(count) if first == 0 else range(first - 1, min(last, count))
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(tr("无法连接打印机，请检查打印机是否开启。"))
        try:
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(int(size.width() * PRINT_DPI / 72),
                                                         int(size.height() * PRINT_DPI / 72)))
                area = painter.viewport()  # the printable area, in printer pixels
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), scaled), image)
        finally:
            painter.end()
        return len(pages)

    # --- saving -----------------------------------------------------------------------------------------------
    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("另存为"), self.file_name, "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> None:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf, target)
        except OSError as error:
            show_error(self, UserError(tr("无法保存到 {target}：{v2}").format(target=target, v2=error.strerror or error)))
            return
        self.save_button.setText(tr("已保存"))
        self.setWindowTitle(tr("{v1}（已保存到 {name}）").format(v1=self.windowTitle().split('（')[0], name=target.name))

    def _closed(self) -> None:
        self.view.setDocument(None)
        self.document.close()
        if self._cleanup is not None:
            self._cleanup()


def safe_file_name(text: str) -> str:
    """A name that every file system takes (a customer may be called 张三/李四)."""
    return re.sub(r'[\\/:*?"<>|\s]', "_", text)[:60] or tr("表单")


def show_preview(runner: TaskRunner, parent: QWidget | None, title: str, file_name: str, make: Maker,
                 *, cancellable: bool = False) -> PrintPreview | None:
    """Generate the PDF in the background (with a progress dialog), then open the preview; None when it failed or
    was cancelled (the user has been told why)."""
    folder = Path(tempfile.mkdtemp(prefix="carecenter-preview-"))
    target = folder / file_name

    def cleanup() -> None:
        shutil.rmtree(folder, ignore_errors=True)

    result = run_with_progress(runner, parent, tr("正在生成“{title}”……").format(title=title),
                               lambda progress, cancel: make(target, progress, cancel), cancellable=cancellable)
    if not result.ok:
        cleanup()
        show_error(parent, result.error, tr("未能生成表单"))
        return None
    try:
        preview = PrintPreview(Path(result.value), title, file_name, parent, cleanup)
    except UserError as error:
        cleanup()
        show_error(parent, error)
        return None
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.open()
    return preview
