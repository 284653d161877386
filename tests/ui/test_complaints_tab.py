"""The complaints tab: a draft from an unsatisfied call is accepted, worked and signed."""

import datetime

from PySide6.QtWidgets import QPushButton

from carecenter import archive, complaints
from carecenter.models import Complaint, ComplaintSignature
from carecenter.ui.complaints_tab import ComplaintsTab


def test_a_complaint_is_accepted_worked_and_signed_in_the_tab(store, runner, qtbot, monkeypatch):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint_id = Complaint.create(customer=customer_id, content="保养等太久").id
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "（草稿）"
    dialog = tab.accept_draft()
    dialog.category.setCurrentIndex(dialog.category.findData("S1"))
    dialog.accept()
    stored = Complaint.get_by_id(complaint_id)
    assert (stored.number, stored.category, stored.channel) == ("TS-2026-0001", "S1", "电话")
    assert tab.table.item(0, 0).text() == "TS-2026-0001" and tab.table.item(0, 5).text().startswith("响应")
    tab.editors["analysis"].setPlainText("接待人手不足")
    tab.save_form()
    assert Complaint.get_by_id(complaint_id).analysis == "接待人手不足"
    tab._do(complaints.sign, complaint_id, "specialist")
    assert ComplaintSignature.get().box == "specialist"
    assert tab.editors["analysis"].isReadOnly()  # signed: locked until the signature is withdrawn
    move = next(b for b in tab.findChildren(QPushButton) if b.text() == "→ 处理中")
    move.click()
    assert Complaint.get_by_id(complaint_id).state == "处理中"
    assert tab.events.count() >= 3


def test_overdue_complaints_are_counted_for_the_status_bar(store, runner, qtbot):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint_id = Complaint.create(customer=customer_id, content="异响").id
    complaints.accept(complaint_id, "S1", "电话", datetime.datetime(2026, 1, 5, 9, 0))
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.overdue) as signal:
        tab.reload()
    assert signal.args == [1]
    assert tab.table.item(0, 6).text().startswith("超时")


def test_next_years_missing_notice_is_announced_from_november_and_estimates_are_marked(store, runner, qtbot,
                                                                                     tmp_path):
    from carecenter import official_calendar
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint_id = complaints.file(customer_id, "空调异响", "S1", "电话", datetime.datetime(2026, 12, 30, 10, 0))
    complaints.contact(complaint_id, at=datetime.datetime(2026, 12, 30, 11, 0))
    tab = ComplaintsTab(runner)  # today is 2026-11-20 (tests/conftest.py)
    qtbot.addWidget(tab)
    tab.reload()
    assert "2027 年的国务院放假通知尚未载入" in tab.notice.text()
    assert tab.table.item(0, 5).text().endswith("（估算）")  # closes 2027-01-05, counted without the notice
    notice = tmp_path / "2027.txt"
    notice.write_text("日期,类型\n2027-01-01,休\n2027-01-02,休\n2027-01-03,休\n", encoding="utf-8")
    official_calendar.load(notice)
    tab.reload()
    assert tab.notice.text() == ""
    assert not tab.table.item(0, 5).text().endswith("（估算）")


def test_a_walk_in_complaint_is_taken_accepted_and_printed(store, runner, qtbot):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    archive.save_vehicle(customer_id, {"plate": "浙A12345", "model": "明锐"})
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    dialog = tab.new_complaint()
    dialog.accept()
    assert dialog.message.text() == "请先查找并选择客户。"  # nothing filed without a customer
    dialog.picker.search.setText("2345")
    dialog.picker.find()
    dialog.content.setPlainText("保养后车内有油污，要求清洗并道歉")
    dialog.category.setCurrentIndex(dialog.category.findData("S1"))
    dialog.channel.setCurrentIndex(dialog.channel.findData("面谈"))
    dialog.accept()
    stored = Complaint.get()
    assert (stored.number, stored.state, stored.category, stored.channel) == ("TS-2026-0001", "未处理", "S1", "面谈")
    assert stored.vehicle_id is not None and stored.response_due is not None
    assert tab.current_id == stored.id and tab.table.item(0, 0).text() == "TS-2026-0001"
    preview = tab.print_form("complaint")
    assert preview.document.pageCount() >= 1
    preview.close()


def test_a_complaint_without_content_is_refused_and_nothing_is_filed(store, runner, qtbot):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    dialog = tab.new_complaint()
    dialog.picker.search.setText("张三")
    dialog.picker.find()
    assert dialog.picker.customer_id() == customer_id
    dialog.accept()
    assert dialog.message.text() == "请填写抱怨/投诉内容。" and Complaint.select().count() == 0
