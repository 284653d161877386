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
