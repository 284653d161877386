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
    monkeypatch.setattr("carecenter.ui.complaints_tab.QInputDialog.getItem",
                        lambda parent, title, label, items, current, editable: (items[current], True))
    tab.accept_draft()
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


def test_a_year_without_the_official_calendar_is_announced(store, runner, qtbot, monkeypatch):
    monkeypatch.setattr("carecenter.workdays.library_knows", lambda year: year <= 2026)
    tab = ComplaintsTab(runner)
    qtbot.addWidget(tab)
    tab.reload()
    assert "2027 年的法定节假日日历尚未载入" in tab.notice.text()
