import csv
import datetime

import openpyxl
import pytest

from carecenter import archive, followup, letters, permissions, session
from carecenter.errors import UserError
from carecenter.models import CallTask, Letter, Message


@pytest.fixture
def customer(store):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    archive.save_vehicle(customer_id, {"plate": "浙A12345", "delivery_date": "2026-08-01", "model": "明锐"})
    return customer_id


def test_a_letter_completes_its_thank_you_task(customer):
    followup.generate(datetime.date(2026, 8, 3))
    task = CallTask.get(CallTask.reason == "thank_you_letter")
    letters.record_letter(customer, "感谢信", "感谢您选择本店", "2026-08-03", "2026-08-04", task.id)
    assert CallTask.get_by_id(task.id).status == "done"
    assert Letter.get().handler == "测试管理员"
    with pytest.raises(UserError):
        letters.record_letter(customer, "传真")
    with pytest.raises(UserError):
        letters.record_letter(customer, "通知", written_on="2026-08-05", sent_on="2026-08-01")


def test_messages_are_filled_in_and_exported_for_the_sms_platform(customer, tmp_path):
    no_mobile = archive.save_customer({"name": "李四", "phone": "0571-87654321"})
    previews = letters.prepare_messages("first_service", [customer, no_mobile])
    assert [p.name for p in previews] == ["张三"]  # a landline cannot take a text
    assert "明锐" in previews[0].text and "3个月" in previews[0].text
    path = letters.export_messages("first_service", previews, tmp_path / "batch.csv")
    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["手机号码", "短信内容"] and rows[1][0] == "13812345678"
    assert Message.get().batch == "batch.csv"
    sheet = openpyxl.load_workbook(letters.export_messages("first_service", previews, tmp_path / "b.xlsx")).active
    assert sheet["A2"].value == "13812345678"


def test_specialists_cannot_export_full_numbers(customer, tmp_path):
    previews = letters.prepare_messages("insurance_renewal", [customer])
    with session.acting_as(session.Actor("李婷", "specialist", 3)):
        with pytest.raises(permissions.PermissionDenied):
            letters.export_messages("insurance_renewal", previews, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_text_messages_leave_out_and_count_who_refused_them(customer):
    from carecenter import do_not_contact
    other = archive.save_customer({"name": "李四", "phone": "13912345678"})
    third = archive.save_customer({"name": "王五", "phone": "13712345678"})
    do_not_contact.refuse(other, "marketing", "不要发短信")
    do_not_contact.refuse(third, "reminder", "自己会记得保养")
    academy = letters.prepare_messages("academy", [customer, other, third])
    assert [p.name for p in academy] == ["张三", "王五"] and academy.refused == 1  # a reminder refusal is no bar here
    reminder = letters.prepare_messages("first_service", [customer, other, third])
    assert [p.name for p in reminder] == ["张三"] and reminder.refused == 2
