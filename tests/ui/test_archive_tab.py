"""The archive tab as a front-desk user works it: type to search, read the detail, add and correct records."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from carecenter import archive
from carecenter.models import Customer, Vehicle
from carecenter.ui.archive_dialogs import customer_dialog, vehicle_dialog
from carecenter.ui.archive_tab import ArchiveTab
from carecenter.ui.main_window import MainWindow


def make_tab(qtbot, runner):
    tab = ArchiveTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.run_search()
    return tab


def test_typing_initials_narrows_the_list_and_shows_the_first_customer(demo_store, runner, qtbot):
    tab = make_tab(qtbot, runner)
    assert tab.count_label.text() == "共 2,000 位客户"
    qtbot.keyClicks(tab.search_box, "zs")
    expected = archive.find_customers("zs")
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(expected), timeout=2000)
    assert tab.count_label.text() == f"共 {len(expected)} 位客户"
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    assert tab.record is not None and tab.record.customer.id == expected[0]
    assert tab.record.customer.name in tab.detail.toPlainText()
    assert "维修类型" in tab.detail.toPlainText() or "尚未登记车辆" in tab.detail.toPlainText()


def test_last_four_digits_find_the_caller(demo_store, runner, qtbot):
    tab = make_tab(qtbot, runner)
    caller = Customer.select().where(Customer.phone != "").order_by(Customer.id.desc()).first()
    tab.search_box.setText(caller.phone[-4:])
    tab.run_search()
    tab.model.data(tab.model.index(0, 0))  # asks for the first page; the inline runner answers at once
    phones = [tab.model.data(tab.model.index(row, 1)) for row in range(tab.model.rowCount())]
    assert caller.phone in phones


def test_a_wrong_phone_is_shown_beside_the_field_and_nothing_is_saved(store, runner, qtbot):
    dialog = customer_dialog(runner)
    qtbot.addWidget(dialog)
    dialog.editor("name").setText("刘洋")
    dialog.editor("phone").setText("1381234567")
    dialog.submit()
    assert dialog.result() == 0 and dialog.saved_id is None
    assert "11 位" in dialog.problem_text("phone")
    assert Customer.select().count() == 0

    dialog.editor("phone").setText("138 1234 5678")
    dialog.submit()
    assert dialog.saved_id is not None
    saved = Customer.get_by_id(dialog.saved_id)
    assert (saved.name, saved.phone) == ("刘洋", "13812345678")


def test_a_doubtful_vin_asks_before_saving(store, runner, qtbot, monkeypatch):
    customer_id = archive.save_customer({"name": "刘洋"})
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No)
    dialog = vehicle_dialog(runner, customer_id)
    qtbot.addWidget(dialog)
    dialog.editor("vin").setText("LSVAB41Z182345678")  # check digit should be 8
    dialog.submit()
    assert asked and "校验位" in asked[0]
    assert Vehicle.select().count() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog.submit()
    assert Vehicle.get().vin == "LSVAB41Z182345678"


def test_a_new_customer_is_selected_after_saving(store, runner, qtbot, monkeypatch):
    tab = make_tab(qtbot, runner)

    def fill_and_save(dialog):
        dialog.editor("name").setText("张三")
        dialog.editor("phone").setText("13812345678")
        dialog.submit()
        return 1

    monkeypatch.setattr("carecenter.ui.record_dialog.RecordDialog.exec", fill_and_save)
    tab.new_customer()
    assert tab.model.rowCount() == 1
    assert tab.record is not None and tab.record.customer.name == "张三"
    assert "尚未登记车辆" in tab.detail.toPlainText()


def test_delete_asks_and_removes_from_the_list(demo_store, runner, qtbot, monkeypatch):
    tab = make_tab(qtbot, runner)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    doomed = tab.record.customer
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    tab.delete_customer()
    assert tab.model.rowCount() == 1999
    assert archive.find_customers(doomed.name) == [] or doomed.id not in archive.find_customers(doomed.name)


def test_main_window_has_the_desk_tabs_and_ctrl_f_goes_to_search(demo_store, runner, qtbot):
    window = MainWindow(demo_store, runner)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    # the reminder's call, then its booking; an administrator sees the reports
    assert titles == ["客户档案", "每日回访", "预约管理", "投诉处理", "客休区检查", "统计报表"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    assert isinstance(window.focusWidget(), QLineEdit) and window.focusWidget() is window.archive_tab.search_box
    assert "2,000" in window.count_label.text()


def test_every_menu_shortcut_is_unique(demo_store, runner, qtbot):
    window = MainWindow(demo_store, runner)
    qtbot.addWidget(window)
    keys = [action.shortcut().toString() for menu in window.menuBar().actions() for action in menu.menu().actions()
            if not action.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)) and "Ctrl+F" in keys


def test_first_run_demo_loads_on_the_worker_thread(store, qtbot):
    from carecenter.ui.first_run import DEMO, load_demo_with_progress
    from carecenter.ui.runner import TaskRunner

    runner = TaskRunner()  # the real background thread, as at a first start
    try:
        assert load_demo_with_progress(runner, (DEMO, "")) is True
    finally:
        runner.shutdown()
    assert Customer.select().count() == 2000


def test_first_run_empty_store_keeps_the_dealership_name(store, runner):
    from carecenter import settings
    from carecenter.ui.first_run import EMPTY, load_demo_with_progress

    assert load_demo_with_progress(runner, (EMPTY, "宁波海曙汽车服务有限公司")) is True
    assert settings.get("dealership.name") == "宁波海曙汽车服务有限公司"
    assert Customer.select().count() == 0


def test_do_not_contact_is_recorded_per_kind_and_shown_in_the_detail(store, runner, qtbot):
    from carecenter import do_not_contact
    from carecenter.ui.archive_tab import ArchiveTab
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    tab = ArchiveTab(runner)
    qtbot.addWidget(tab)
    tab.run_search(force=True)
    tab.table.selectRow(0)
    dialog = tab.do_not_contact()
    qtbot.addWidget(dialog)
    dialog._act("marketing")  # no reason: told in words, nothing recorded
    assert "原因" in dialog.message.text() and do_not_contact.refusals(customer) == []
    dialog.reasons["marketing"].setText("不要再发活动短信")
    dialog._act("marketing")
    assert [r.kind for r in do_not_contact.refusals(customer)] == ["marketing"]
    assert "不接受：" in dialog.state["marketing"].text() and dialog.actions["marketing"].text().startswith("撤销")
    tab._show(archive.customer_record(customer))
    assert "不接受营销/短信" in tab.detail.toPlainText() and "不要再发活动短信" in tab.detail.toPlainText()
    dialog._act("marketing")
    assert do_not_contact.refusals(customer) == []
