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
        "经销商与语言", "营业时间与工作日", "规则", "月度目标", "车型与首保里程", "短信模板", "客休区检查项目", "满意度问卷"]
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
        assert not settings.get("surveys.questionnaires")  # the questionnaires shown in English are left as shipped
    finally:
        language.apply("zh_CN")


def test_a_specialist_sees_the_settings_but_changes_only_the_language(store, runner, qtbot):
    with session.acting_as(session.Actor("小王", "specialist")):
        window = MainWindow(store, runner)
        qtbot.addWidget(window)
        dialog = window.open_settings()
        assert not dialog.editors["dealership.name"].isEnabled()
        assert dialog.language.isEnabled()
        from PySide6.QtWidgets import QDialogButtonBox
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert save.isEnabled() and cancel.isEnabled()  # they were greyed out with the admin-only buttons
        assert (save.text(), cancel.text()) == ("保存语言", "关闭")  # what they do for this user, in words
        assert not dialog.override_day.isEnabled() and not dialog.override_kind.isEnabled()
        assert not next(b for b in dialog.findChildren(type(save)) if b.text() == "载入通知文件…").isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
        try:
            save.click()
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


def test_the_years_notice_is_loaded_and_removed_from_the_hours_page(store, runner, qtbot, tmp_path):
    import datetime
    from carecenter import archive
    from carecenter.models import Complaint
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint_id = complaints.file(customer_id, "异响", "S1", "电话", datetime.datetime(2027, 2, 4, 10, 0))
    dialog = SettingsDialog(runner)
    qtbot.addWidget(dialog)
    rows = {dialog.notices.item(r, 0).text(): dialog.notices.item(r, 1).text() for r in range(dialog.notices.rowCount())}
    assert rows == {"2026": "程序自带的国务院放假通知", "2027": "未载入通知：按周一至周五和法定节假日估算"}
    notice = tmp_path / "2027.json"
    notice.write_text('{"year": 2027, "days": [%s]}' % ", ".join(
        f'{{"name": "春节", "date": "2027-02-{day:02d}", "isOffDay": true}}' for day in range(5, 14)), encoding="utf-8")
    dialog._load_notice(str(notice))
    assert "已载入 2027 年的放假通知（2027.json）：放假 9 天" in dialog.notice_message.text()
    assert dialog.notices.item(1, 1).text() == "已载入的国务院放假通知（2027.json）"
    assert not Complaint.get_by_id(complaint_id).closure_estimated
    dialog.notices.selectRow(1)
    dialog._remove_notice()
    assert "已删除 2027 年的放假通知" in dialog.notice_message.text()
    assert Complaint.get_by_id(complaint_id).closure_estimated
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    shown = []
    import carecenter.ui.settings_dialog as module
    original = module.show_error
    module.show_error = lambda parent, error, title="": shown.append(str(error))
    try:
        dialog._load_notice(str(broken))
    finally:
        module.show_error = original
    assert shown == ["broken.json 不是有效的 JSON 文件。"] and settings.get(complaints.NOTICES_KEY) == {}


def test_a_questionnaire_is_changed_in_the_settings_and_the_survey_thresholds_are_rules(store, runner, qtbot,
                                                                                      message_boxes):
    from carecenter import surveys
    from carecenter.models import AuditEntry
    dialog = SettingsDialog(runner)
    qtbot.addWidget(dialog)
    questions = dialog.editors["questionnaire.csi.factors"]
    assert questions.toPlainText().splitlines()[0] == "预约与接待"
    questions.setPlainText(questions.toPlainText() + "\n代步车服务")
    dialog.editors["surveys.hot_alert_answer"].setValue(2)
    dialog.submit()
    assert surveys.questionnaires()["csi"].factors[-1] == "代步车服务" and settings.get("surveys.hot_alert_answer") == 2
    assert AuditEntry.select().where(AuditEntry.entity_id == "surveys.questionnaires").exists()
    again = SettingsDialog(runner)
    qtbot.addWidget(again)
    again.editors["questionnaire.csi.factors"].setPlainText("")
    again.submit()  # no scored question left: refused in words, nothing written
    assert message_boxes == [("warning", "问卷至少要有一个评分项目。")]
    assert surveys.questionnaires()["csi"].factors[-1] == "代步车服务"
