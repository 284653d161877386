"""The lounge tab: a whole round with the keyboard only, a meal, a repair."""

from PySide6.QtCore import Qt

from carecenter import lounge
from carecenter.models import GuestMeal, LoungeScore
from carecenter.ui.lounge_tab import LoungeTab


def test_a_whole_round_by_keyboard(store, runner, qtbot, fixed_today):
    tab = LoungeTab(runner)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    assert tab.total.text() == "本轮尚未开始"
    tab.start()
    assert tab.table.rowCount() == 11
    keys = [Qt.Key.Key_5] * 11
    keys[1] = Qt.Key.Key_2  # the television is poor today
    for key in keys:
        qtbot.keyClick(tab.table, key)
    scores = [s.score for s in LoungeScore.select().order_by(LoungeScore.position)]
    assert scores == [5, 2] + [5] * 9
    assert tab.total.text().startswith("已完成　合计 52 / 55")
    tab.table.setCurrentCell(1, 2)
    qtbot.keyClick(tab.table, Qt.Key.Key_R)  # report the television for repair
    assert LoungeScore.get(LoungeScore.position == 2).repair == "已报修"
    assert tab.repairs.count() == 1
    qtbot.keyClicks(tab.plate, "ZJ")  # not a plate: refused, nothing written
    qtbot.keyClick(tab.plate, Qt.Key.Key_Return)
    assert GuestMeal.select().count() == 0
    tab.plate.setText("浙A12345")  # province characters come from the input method
    qtbot.keyClick(tab.plate, Qt.Key.Key_Return)
    assert tab.meals.count() == 1 and tab.meals.item(0).text().startswith("餐")
    assert lounge.round_of(fixed_today).finished


def test_the_spot_check_dialog_samples_answers_and_summarizes(store, runner, qtbot):
    import datetime
    from carecenter import archive, phone
    from carecenter.models import SpotCheck
    from carecenter.ui.lounge_tab import SpotCheckDialog
    customer_id = archive.save_customer({"name": "张三"})
    for hour in (9, 10, 11):
        phone.log_incoming(customer_id, "预约", at=datetime.datetime(2026, 11, 18, hour))
    dialog = SpotCheckDialog(runner)
    qtbot.addWidget(dialog)
    dialog.specialist.setText("测试管理员")
    dialog.count.setValue(2)
    dialog.sample()
    assert dialog.calls.count() == 2
    dialog.answers[13].setCurrentIndex(1)  # 否: did not wait for the customer to hang up
    dialog.accept()
    check = SpotCheck.get()
    assert check.call_id == dialog.calls.itemData(0) and '"no"' in check.answers
    assert dialog.saved_id == check.id and dialog.preview.document.pageCount() == 1  # F10 opens to print
    dialog.preview.close()
    again = SpotCheckDialog(runner)
    qtbot.addWidget(again)
    assert "测试管理员：抽查 1 次，执行率 93.3%" in again.summary.text()  # 14 of 15 done
