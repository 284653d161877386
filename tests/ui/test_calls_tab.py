"""The call list as the desk works it: from the list to a logged outcome with the keyboard only."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carecenter import archive
from carecenter.models import CallLog, CallTask, SurveyAnswer
from carecenter.ui.calls_tab import CallsTab


def delivered(name, phone, plate, day):
    customer_id = archive.save_customer({"name": name, "phone": phone})
    archive.save_vehicle(customer_id, {"plate": plate, "delivery_date": day, "model": "明锐"})


def test_a_call_from_the_list_to_a_logged_outcome_by_keyboard(store, runner, qtbot, fixed_today):
    delivered("张三", "13812345678", "浙A12345", fixed_today - datetime.timedelta(days=3))
    delivered("李四", "13912345678", "浙B54321", fixed_today - datetime.timedelta(days=6))
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    groups = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert groups[0].startswith("交车3日回访（2，逾期 1）")
    tab.tree.setFocus()
    assert tab.current_row().name == "李四"  # overdue first
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert tab.current_row().name == "张三"
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert "满意" in dialog.script.toPlainText()
    assert dialog.focusWidget() is dialog.editors["what"]  # typing starts in 事由
    qtbot.keyClicks(dialog.focusWidget(), "new car check")  # an IME types Chinese; QTest types keys
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to 原因
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to 处理方式
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to 反馈·产品
    qtbot.keyClicks(dialog.focusWidget(), "likes it")
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # 保存问卷回访 before the answers
    assert dialog.isVisible() and "回答问卷" in dialog.message.text()
    assert dialog.survey.questions[0] == "专营店设施" and dialog.survey.questions[-1] == "总体满意"
    dialog.survey.setFocus()
    qtbot.keyClicks(dialog.survey, "554504")  # one key per answer, moving on; 0 = 不适用
    assert "还有 1 个问题" in dialog.survey.verdict.text()
    qtbot.keyClick(dialog.survey, Qt.Key.Key_3)  # the overall answer: a 3 raises the manager's hot alert
    assert "提醒经理跟进" in dialog.survey.verdict.text()
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    call = CallLog.get()
    assert (call.what, call.feedback_product, call.outcome) == ("new car check", "likes it", "satisfied")
    assert [a.answer for a in SurveyAnswer.select().order_by(SurveyAnswer.position)] == [5, 5, 4, 5, 0, 4, 3]
    assert CallTask.select().where(CallTask.reason == "hot_alert").count() == 1
    assert CallTask.get_by_id(call.task_id).status == "done"
    remaining = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert remaining[0].startswith("交车3日回访（1，逾期 1）")


def test_reschedule_asks_for_the_date(store, runner, qtbot, fixed_today):
    delivered("张三", "13812345678", "浙A12345", fixed_today - datetime.timedelta(days=3))
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    tab.reason.setCurrentIndex(tab.reason.findData("delivery_3d"))
    tab.open_call()
    dialog = tab.dialog
    dialog.log("reschedule")
    assert "改约" in dialog.message.text() and dialog.isVisible()
    dialog.next_contact.setText("2026-11-25")
    dialog.log("reschedule")
    assert not dialog.isVisible()
    assert CallTask.get_by_id(dialog.row.task_id).next_try == datetime.date(2026, 11, 25)


def test_a_thank_you_letter_row_opens_the_letter_register(store, runner, qtbot, fixed_today):
    from carecenter.models import Letter
    from carecenter.ui.letter_dialogs import LetterDialog
    delivered("张三", "13812345678", "浙A12345", fixed_today - datetime.timedelta(days=3))
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    tab.reason.setCurrentIndex(tab.reason.findData("thank_you_letter"))
    tab.open_call()
    dialog = next(w for w in tab.findChildren(LetterDialog))
    dialog.sent_on.setText(f"{fixed_today:%Y-%m-%d}")
    dialog.accept()
    assert Letter.get().letter_type == "感谢信"
    assert CallTask.get(CallTask.reason == "thank_you_letter").status == "done"


def test_an_event_planned_in_the_dialog_invites_its_guests(store, runner, qtbot, fixed_today):
    from carecenter.models import Event
    from carecenter.ui.event_dialog import EventDialog
    delivered("张三", "13812345678", "浙A12345", "2025-01-05")
    dialog = EventDialog(runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("明锐车主自驾游")
    dialog.date.setText(f"{fixed_today + datetime.timedelta(days=10):%Y-%m-%d}")
    dialog.audience.setCurrentIndex(dialog.audience.findData("model:明锐"))
    dialog.accept()
    assert Event.get().audience == "model:明锐"
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    tab.reason.setCurrentIndex(tab.reason.findData("event_invitation"))
    assert [row.name for row in tab.rows] == ["张三"]


def test_the_forms_of_a_line_print_from_the_tab(store, runner, qtbot, fixed_today, tmp_path):
    from pypdf import PdfReader
    delivered("张三", "13812345678", "浙A12345", fixed_today - datetime.timedelta(days=3))
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    tab.reason.setCurrentIndex(tab.reason.findData("delivery_3d"))
    from carecenter import followup
    followup.log_call(tab.current_row().task_id, "no-answer")
    previews = []
    for kind, name in (("call", "f2.pdf"), ("delivery", "f5.pdf"), ("letters", "f4.pdf")):
        preview = tab.print_form(kind, tab.current_row())
        assert preview.document.pageCount() >= 1
        preview.save_to(tmp_path / name)
        previews.append(preview.windowTitle())
        preview.close()
    titles = ["".join(PdfReader(str(tmp_path / n)).pages[0].extract_text().split()) for n in ("f2.pdf", "f5.pdf",
                                                                                             "f4.pdf")]
    assert "跟踪服务电话记录表" in titles[0] and "成交客户回访情况记录表" in titles[1] and "跟踪服务信函登记表" in titles[2]
    assert "跟踪服务电话记录表" in previews[0] and "已保存到 f2.pdf" in previews[0]


def test_the_manager_lists_what_was_missed_while_the_pc_was_off(store, runner, qtbot, fixed_today):
    from carecenter import clock, followup
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678", "birthday": "1980-11-15"})
    archive.save_customer({"name": "李四", "phone": "13912345678", "birthday": "1980-11-20"})
    clock.set_today(datetime.date(2026, 11, 13))
    followup.generate()  # the last list before the PC was off
    clock.set_today(fixed_today)
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    counted = []
    tab.counted.connect(lambda *values: counted.append(values))
    tab.reload()
    assert [r.name for r in tab.rows] == ["李四"]  # today's birthday; the one on the 15th is not today's call
    tab.status.setCurrentIndex(tab.status.findData("missed"))
    assert [(r.name, r.status, r.customer_id) for r in tab.rows] == [("张三", "missed", customer_id)]
    group = tab.tree.topLevelItem(0)
    assert group.text(0).startswith("生日祝福（1")
    assert group.child(0).text(9) == "已过期（未列入清单）"  # never on a list: the PC was off all its window
    # the status bar keeps counting the day's open calls (李四's birthday), not the filtered view's one missed call
    assert counted == [(1, 0), (1, 0)]


def test_each_call_offers_the_outcomes_of_its_purpose(store, runner, qtbot, fixed_today):
    """A declined invitation is 不参加, not 不满意; a reminder can say 暂不需要 with a date; the outcome buttons are
    exactly RULES §8's for the reason."""
    from carecenter.models import Event
    from carecenter.ui.call_dialog import CallDialog
    delivered("张三", "13812345678", "浙A12345", fixed_today - datetime.timedelta(days=3))
    tab = CallsTab(runner)
    qtbot.addWidget(tab)
    tab.reload()
    row = next(r for r in tab.rows if r.reason == "delivery_3d")
    invitation = CallDialog(runner, row.__class__(**{**row.__dict__, "reason": "event_invitation"}))
    qtbot.addWidget(invitation)
    assert list(invitation.outcome_buttons) == ["attending", "not-attending", "no-answer", "reschedule"]
    reminder = CallDialog(runner, row.__class__(**{**row.__dict__, "reason": "maintenance_due"}))
    qtbot.addWidget(reminder)
    assert list(reminder.outcome_buttons) == ["booked", "not-needed", "serviced-elsewhere", "vehicle-gone",
                                              "no-answer", "reschedule", "wrong-number"]
    reminder.log("not-needed")
    assert "下次联系日期" in reminder.message.text()
    survey = CallDialog(runner, row)
    qtbot.addWidget(survey)
    assert list(survey.outcome_buttons) == ["survey", "no-answer", "reschedule"]
    assert Event.select().count() == 0 and CallLog.select().count() == 0
