"""The README's first steps, as a newcomer takes them: a new store with the demo dealership and the administrator,
then find a customer, log a call, file a complaint, print it, and export the month for head office."""

import openpyxl
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from carecenter import session
from carecenter.models import CallLog, Complaint, Customer
from carecenter.ui.first_run import DEMO, load_demo_with_progress
from carecenter.ui.login_dialog import CreateAdminDialog
from carecenter.ui.main_window import MainWindow


def test_the_first_steps_of_the_readme(store, runner, qtbot, tmp_path, monkeypatch):
    # 1. the first start: the administrator, then the demo dealership
    admin = CreateAdminDialog(runner)
    qtbot.addWidget(admin)
    admin.name.setText("王经理")
    admin.password.setText("first-start-password")
    admin.again.setText("first-start-password")
    admin.accept()
    assert admin.actor is not None
    with session.acting_as(session.Actor(admin.actor.name, admin.actor.role, admin.actor.staff_id)):
        assert load_demo_with_progress(runner, (DEMO, "")) is True
        window = MainWindow(store, runner)
        qtbot.addWidget(window)
        window.show()

        # 2. find a customer: Ctrl+F, type pinyin initials
        window._find()
        archive = window.archive_tab
        assert window.tabs.currentWidget() is archive
        archive.search_box.setText("zs")
        archive.run_search(force=True)
        assert archive.model.rowCount() > 0
        assert Customer.get_by_id(archive.model.customer_id(0)).name_initials.startswith("zs")

        # 3. log a call from today's list
        calls = window.calls_tab
        window.tabs.setCurrentWidget(calls)
        calls.reload()
        row = next(r for r in calls.rows if r.status == "open" and r.reason != "thank_you_letter")
        item = next(calls.tree.topLevelItem(g).child(c) for g in range(calls.tree.topLevelItemCount())
                    for c in range(calls.tree.topLevelItem(g).childCount())
                    if calls._row_of(calls.tree.topLevelItem(g).child(c)) is row)
        before = CallLog.select().count()
        calls.open_call(item)
        calls.dialog.editors["what"].setText("首保提醒已送达")
        from carecenter.models import DATED_OUTCOMES, outcomes_for
        calls.dialog.log(next(code for code in outcomes_for(row.reason) if code != "booked"
                              and code not in DATED_OUTCOMES))
        assert CallLog.select().count() == before + 1

        # 4. file a complaint for the customer on the line, and print it
        complaints_tab = window.complaints_tab
        window.tabs.setCurrentWidget(complaints_tab)
        dialog = complaints_tab.new_complaint()
        dialog.picker.search.setText(row.phone[-4:])
        dialog.picker.find()
        if not dialog.vehicle.isHidden():  # a customer with two cars: the desk is asked which one
            assert dialog.vehicle.currentData() is None
            dialog.vehicle.setCurrentIndex(1)
        dialog.content.setPlainText("保养等候时间超过两小时")
        dialog.accept()
        complaint = Complaint.get_by_id(complaints_tab.current_id)
        assert complaint.number and complaint.content == "保养等候时间超过两小时"
        preview = complaints_tab.print_form("complaint")
        preview.save_to(tmp_path / "F6.pdf")
        preview.close()
        text = PdfReader(tmp_path / "F6.pdf").pages[0].extract_text()
        assert complaint.number in text and "保养等候时间超过两小时" in text

        # 5. export the month: File → 总部工作簿（Excel）…
        target = tmp_path / "月度报表_2026-10.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
        window.statistics_tab.month.setCurrentIndex(window.statistics_tab.month.findData("2026-10"))
        action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                      if a.text() == "总部工作簿（Excel）…")
        action.trigger()
        assert "目标对比" in openpyxl.load_workbook(target, read_only=True).sheetnames
