"""Details a desk worker notices: the whole text of a cut cell on hover, the F6 form in one or two columns as the
pane allows, SMS reminders only to the customers due them, F7 only for an escalated complaint, a complaint that asks
which car, 失联 in the archive."""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidgetItem, QToolTip, QWidget

from carecenter import archive, complaints, settings
from carecenter.models import Complaint, Customer
from carecenter.ui.archive_tab import ArchiveTab
from carecenter.ui.complaint_dialog import ComplaintDialog
from carecenter.ui.complaints_tab import ComplaintsTab
from carecenter.ui.letter_dialogs import MessageDialog
from carecenter.ui.widgets import FormGrid, read_only_table


def test_hovering_a_cut_cell_shows_its_whole_text(qtbot):
    table = read_only_table(["提示", "经办人"], stretch=1)
    qtbot.addWidget(table)
    table.setRowCount(1)
    whole = "下次保养 2026-12-20，客户要求周末上午联系，此前两次未接通"
    table.setItem(0, 0, QTableWidgetItem(whole))
    table.setItem(0, 1, QTableWidgetItem("李婷"))
    table.setColumnWidth(0, 80)
    table.resize(400, 200)
    table.show()
    QApplication.processEvents()
    rect = table.visualRect(table.model().index(0, 0))
    viewport = table.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                viewport.mapToGlobal(rect.center())))
    assert QToolTip.text() == whole
    QToolTip.hideText()
    name = table.visualRect(table.model().index(0, 1))  # fits: no tooltip of its own
    handled = QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, name.center(),
                                                          viewport.mapToGlobal(name.center())))
    assert not handled or QToolTip.text() != "李婷"


def test_the_form_puts_two_pairs_a_row_only_when_there_is_room(qtbot):
    pane = QWidget()  # the pane the form sits in (a window would hold the form at its widest)
    qtbot.addWidget(pane)
    pane.resize(1100, 400)
    form = FormGrid(pane)
    pairs = [(QLabel(f"字段标题 {n}"), QLineEdit()) for n in range(4)]
    for field in (pair[1] for pair in pairs):
        field.setMinimumWidth(160)
    form.add_row(pairs[0], pairs[1])
    form.add_row(pairs[2], pairs[3])

    def column_of(widget) -> int:
        return form.grid.getItemPosition(form.grid.indexOf(widget))[1]

    form.resize(1000, 200)
    pane.show()
    QApplication.processEvents()
    assert column_of(pairs[1][0]) == 2  # side by side
    form.resize(form.two_a_row_width() - 10, 300)
    QApplication.processEvents()
    assert column_of(pairs[1][0]) == 0 and form.minimumSizeHint().width() < form.two_a_row_width()
    form.resize(1000, 200)
    QApplication.processEvents()
    assert column_of(pairs[1][0]) == 2


def test_a_reminder_text_goes_only_to_the_customers_due_that_reminder(store, runner, qtbot):
    settings.save_many({"messages.templates": {"周末活动": "{name}您好，本周末来店有礼。"}})  # the dealership's own
    first = archive.save_customer({"name": "张三", "phone": "13812345678"})
    second = archive.save_customer({"name": "李四", "phone": "13912345678"})
    renewal = archive.save_customer({"name": "王五", "phone": "13712345678"})
    reasons = {first: "first_service", second: "first_service", renewal: "insurance_renewal"}
    dialog = MessageDialog(runner, list(reasons), reasons=reasons)
    qtbot.addWidget(dialog)
    assert dialog.template.currentData() == "first_service"  # the list's most common reminder
    assert sorted(p.name for p in dialog.previews) == ["张三", "李四"]
    dialog.template.setCurrentIndex(dialog.template.findData("insurance_renewal"))
    assert [p.name for p in dialog.previews] == ["王五"]
    dialog.template.setCurrentIndex(dialog.template.findData("referral"))  # the list's 推荐购车 calls: none here
    assert dialog.previews == []
    dialog.template.setCurrentIndex(dialog.template.findData("周末活动"))  # no call's own: everyone on the list
    assert len(dialog.previews) == 3


def test_f7_is_offered_only_for_a_complaint_with_an_escalation(demo_store, runner, qtbot):
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    tab.reload()
    warned = next(r for r in tab.rows if complaints.escalation_reason(Complaint.get_by_id(r.id)))
    plain = next(r for r in tab.rows if not complaints.escalation_reason(Complaint.get_by_id(r.id))
                 and Complaint.get_by_id(r.id).state != "已升级")
    for row, offered in ((warned, True), (plain, False)):
        tab.table.selectRow(tab.rows.index(row))
        tab._select(tab.rows.index(row))
        f7 = next(a for a in tab.print_button.menu().actions() if a.text().startswith("F7"))
        assert f7.isEnabled() is offered
        assert ("升级预警：" in tab.header.text()) is offered  # the reason is on screen, not only on paper


def test_a_complaint_for_a_customer_with_two_cars_asks_which(store, runner, qtbot):
    owner = archive.save_customer({"name": "张三", "phone": "13812345678"})
    older = archive.save_vehicle(owner, {"plate": "浙A11111", "model": "明锐"})
    archive.save_vehicle(owner, {"plate": "浙A22222", "model": "速派"})
    dialog = ComplaintDialog(runner)
    qtbot.addWidget(dialog)
    dialog.picker.search.setText("5678")
    dialog.picker.find()
    assert not dialog.vehicle.isHidden() and dialog.vehicle.count() == 3
    dialog.content.setPlainText("空调异响")
    dialog.accept()
    assert "请选择投诉涉及的车辆" in dialog.message.text() and Complaint.select().count() == 0
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(older))  # not the newest car: the one complained of
    dialog.accept()
    [complaint] = Complaint.select()
    assert complaint.vehicle_id == older and complaint.customer_id == owner


def test_unreachable_customers_are_shown_and_filtered_in_the_archive(demo_store, runner, qtbot):
    lost = Customer.select().where(Customer.phone != "").order_by(Customer.id).first()
    Customer.update(lost_contact=True).where(Customer.id == lost.id).execute()
    tab = ArchiveTab(runner)
    qtbot.addWidget(tab)
    # the demo's calls found some numbers wrong: they are unreachable too, marked 号码错误 (RULES §8)
    wrong = Customer.select().where(Customer.phone_wrong & ~Customer.lost_contact).count()
    tab.lost_only.setChecked(True)
    assert tab.model.rowCount() == 1 + wrong
    tab.search_box.setText(lost.phone)
    tab.run_search(force=True)
    assert tab.model.rowCount() == 1
    assert "失联" in tab.model.data(tab.model.index(0, 6))
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert "失联" in tab.detail.toPlainText()
