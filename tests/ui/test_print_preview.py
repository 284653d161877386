"""The print preview every form opens in: pages shown, printed to the printer's range, saved, cleaned up."""

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from carecenter import archive, club, printing
from carecenter.errors import UserError
from carecenter.ui.print_preview import safe_file_name, show_preview


def _customer():
    customer = archive.save_customer({"name": "张三", "phone": "13812345678", "club_joined": "2026-03-01"})
    club.earn(customer, 2000, "活动", "车友会活动")  # 银卡: 2 000 points in twelve months
    archive.save_vehicle(customer, {"plate": "浙A12345", "model": "明锐", "delivery_date": "2026-03-01"})
    return customer


def test_preview_shows_prints_and_saves_the_form(store, runner, qtbot, tmp_path):
    customer = _customer()
    preview = show_preview(runner, None, "会员入(转)会申请表", "会员申请表_张三.pdf",
                           lambda path, progress, cancel: printing.print_membership(customer, path))
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 1 and preview.pages_label.text() == "共 1 页"
    folder = preview.pdf.parent
    assert folder.is_dir() and preview.pdf.name == "会员申请表_张三.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    preview.save_to(tmp_path / "saved")  # the extension is added
    text = PdfReader(str(tmp_path / "saved.pdf")).pages[0].extract_text()
    assert "会员入(转)会申请表" in text and "银卡" in text and "2026-03-01" in text
    preview.close()
    assert not folder.exists()  # the preview's own copy is gone


def test_a_form_that_cannot_be_made_shows_one_message_and_no_preview(store, runner, message_boxes):
    def fails(path, progress, cancel):
        raise UserError("找不到客户（编号 99）。")
    assert show_preview(runner, None, "客户档案基本资料表", "x.pdf", fails) is None
    assert message_boxes == [("warning", "找不到客户（编号 99）。")]


def test_safe_file_names():
    assert safe_file_name("张三/李四 公司") == "张三_李四_公司"
    assert safe_file_name("") == "表单"
    assert Path(safe_file_name('a:b*c?"d')).name == "a_b_c__d"
