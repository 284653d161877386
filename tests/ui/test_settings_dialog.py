"""系统 → 设置: the administrator edits the dealership, the numbers, the calendar and the lounge items in one save;
a bad value is told in words and changes nothing; everyone else may only change this PC's language."""

from PySide6.QtCore import QDate, QTime

from carecenter import complaints, i18n, lounge, session, settings
from carecenter.ui import language
from carecenter.ui.main_window import MainWindow
from carecenter.ui.settings_dialog import SettingsDialog


def test_the_administrator_changes_several_settings_in_one_save(store, runner, qtbot):
    window = MainWindow(store, runner)
    qtbot.addWidget(window)
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions() if a.text() == "设置…")
    assert action.shortcut().toString() == "Ctrl+,"
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
        "经销商与语言", "营业时间与工作日", "规则", "月度目标", "车型与首保里程", "短信模板", "客休区检查项目"]
    dialog.editors["dealership.name"].setText("湖滨汽车销售服务有限公司")
    dialog.editors["calls.max_attempts"].setValue(4)
    dialog.editors["targets.satisfaction"].setValue(95.5)
    dialog.override_day.setDate(QDate(2026, 12, 31))
    dialog.override_kind.setCurrentIndex(dialog.override_kind.findData("休息"))
    dialog._new_override()
    dialog.lounge_items.item(0, 0).setText("空调和新风")
    dialog.submit()
    assert not dialog.isVisible()
    assert settings.get("dealership.name") == "湖滨汽车销售服务有限公司"
    assert (settings.get("calls.max_attempts"), settings.get("targets.satisfaction")) == (4, 95.5)
    assert settings.get(complaints.OVERRIDES_KEY) == {"2026-12-31": False}
    titles = [item.title for item in lounge.items()]
    assert titles[0] == "空调和新风" and titles[1] == "电视" and len(titles) == 11


def test_closing_before_opening_is_told_and_nothing_is_saved(store, runner, qtbot, message_boxes):
    dialog = SettingsDialog(runner)
    qtbot.addWidget(dialog)
    dialog.editors["dealership.name"].setText("不该保存的名字")
    dialog.editors["hours.opens"].setTime(QTime(18, 0))
    dialog.editors["hours.closes"].setTime(QTime(9, 0))
    dialog.submit()
    assert message_boxes == [("warning", "关门时间应晚于开门时间。")]
    assert settings.get("dealership.name") == "本店" and settings.get("hours.opens") == "08:30"


def test_in_english_the_stored_lounge_items_are_kept_when_not_edited(store, runner, qtbot):
    try:
        language.apply("en")
        dialog = SettingsDialog(runner)
        qtbot.addWidget(dialog)
        assert dialog.lounge_items.item(0, 0).text() == "Air conditioning"
        dialog.submit()
        assert lounge.items()[0].title == "空调"  # shown translated, stored as the desk wrote it
    finally:
        language.apply("zh_CN")


def test_a_specialist_sees_the_settings_but_changes_only_the_language(store, runner, qtbot):
    with session.acting_as(session.Actor("小王", "specialist")):
        window = MainWindow(store, runner)
        qtbot.addWidget(window)
        dialog = window.open_settings()
        assert not dialog.editors["dealership.name"].isEnabled()
        assert dialog.language.isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
        try:
            dialog.submit()
            assert window.successor.tabs.tabText(0) == "客戶檔案"
            assert settings.get("dealership.name") == "本店"
        finally:
            language.apply("zh_CN")
            language.save_language("zh_CN")
    assert i18n.language() == "zh_CN"


def test_the_model_line_up_lists_the_archive_and_keeps_only_what_differs(store, runner, qtbot):
    from carecenter import archive

    for plate, model in (("浙A12345", "明锐"), ("浙A23456", "明锐"), ("浙A34567", "速派")):
        customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
        archive.save_vehicle(customer, {"plate": plate, "model": model})
    dialog = SettingsDialog(runner)
    qtbot.addWidget(dialog)
    assert [(dialog.models.item(r, 0).text(), dialog.models.item(r, 1).text())
            for r in range(dialog.models.rowCount())] == [("明锐", "5000"), ("速派", "5000")]
    dialog.models.item(1, 1).setText("7500")
    dialog.editors["first_service.km"].setValue(6000)  # the general value moves; 明锐 follows it
    dialog.submit()
    assert settings.get("models.first_service_km") == {"速派": 7500}
    assert settings.first_service_km("明锐") == 6000 and settings.first_service_km("速派") == 7500
