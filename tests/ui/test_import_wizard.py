"""The import wizard as the desk uses it: pick the sales export, check the columns, read the preview, import."""

import openpyxl
from PySide6.QtWidgets import QWizard

from carecenter.models import Customer, Vehicle
from carecenter.ui.import_wizard import NOT_IMPORTED, ImportWizard


def export(path, rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return str(path)


def open_wizard(qtbot, runner, path):
    wizard = ImportWizard(runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(path)
    return wizard


def test_a_clean_file_goes_through_to_the_archive(store, runner, qtbot, tmp_path):
    path = export(tmp_path / "sales.xlsx", [["客户姓名", "手机", "车牌号", "车型", "微信号"],
                                            ["张三", "138 1234 5678", "浙a12345", "明锐", "zs01"],
                                            ["李四", "13912345678", "浙B54321", "速派", ""]])
    wizard = open_wizard(qtbot, runner, path)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos["Sheet"]
    assert [c.currentText() for c in combos] == ["客户姓名", "手机", "车牌号", "车型", NOT_IMPORTED]
    assert "微信号" in wizard.mapping_page.unknown.text()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert "新增 2" in wizard.preview_page.summary.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert Customer.select().count() == 0  # nothing written before the user confirms
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.report is not None and wizard.report.written
    assert Customer.select().count() == 2 and Vehicle.get(Vehicle.plate == "浙A12345").model == "明锐"


def test_a_column_the_guess_missed_can_be_assigned(store, runner, qtbot, tmp_path):
    path = export(tmp_path / "odd.xlsx", [["姓名", "号码"], ["张三", "13812345678"]])
    wizard = open_wizard(qtbot, runner, path)
    wizard.next()
    phone = wizard.mapping_page.combos["Sheet"][1]
    assert phone.currentText() == NOT_IMPORTED
    phone.setCurrentIndex(phone.findText("手机"))
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert Customer.get().phone == "13812345678"


def test_errors_are_listed_and_import_is_not_offered(store, runner, qtbot, tmp_path):
    path = export(tmp_path / "bad.xlsx", [["姓名", "手机"], ["张三", "13812345678"], ["李四", "1391234"]])
    wizard = open_wizard(qtbot, runner, path)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert "不能导入" in page.summary.text()
    assert page.problems.rowCount() == 1
    assert [page.problems.item(0, c).text() for c in (0, 2, 3, 4)] == ["错误", "3", "手机", "1391234"]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert Customer.select().count() == 0


def test_a_file_that_cannot_be_read_stays_on_the_first_page(store, runner, qtbot, tmp_path, message_boxes):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    wizard = open_wizard(qtbot, runner, str(broken))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert message_boxes and "broken.xlsx" in message_boxes[-1][1]
