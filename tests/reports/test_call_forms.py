"""F2–F5: every label of FORMS.md in the PDF text, and the data of the call."""

import datetime
import re

import pytest
from pypdf import PdfReader

from carecenter import archive, followup, printing
from carecenter.errors import UserError
from carecenter.models import CallTask, Letter

F2 = ["跟踪服务电话记录表", "日期/时间", "When", "客户/联系人", "Who", "车号", "电话", "地点", "Where", "事由", "What",
      "原因", "Why", "处理方式", "How", "通话类型", "回访", "客户来电咨询", "客户来电投诉", "预约", "提醒", "经办人",
      "客户要求、希望或投诉", "当场答复内容", "需研究的问题", "上报主管日期", "答复客户日期"]
F3 = ["跟踪服务电话登记表", "序号", "日期", "客户名称", "电话", "车号", "通话类型", "内容摘要", "结果", "经办人", "下次联系日期"]
F4 = ["跟踪服务信函登记表", "序号", "日期", "客户名称", "地址", "信函类型", "通知", "邀请函", "答复函", "感谢信", "生日贺卡",
      "内容摘要", "寄出日期", "经办人"]
F5 = ["成交客户回访情况记录表", "客户姓名", "电话", "车型", "车号", "底盘号", "交车日期", "销售顾问", "回访日期", "回访人",
      "回访反馈", "产品", "服务", "其他", "新车交车24小时内回访", "新车交车3日内回访", "新车交车3个月内回访", "预计首保",
      "预计首保日期"]


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def missing(labels, text):
    return [label for label in labels if re.sub(r"\s+", "", label) not in text]


@pytest.fixture
def called(store):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678", "address": "杭州市文一路 1 号"})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": "浙A12345", "delivery_date": "2026-11-17",
                                                    "vin": "LSVAB41Z882345678", "sales_consultant": "马俊"})
    followup.generate(datetime.date(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "delivery_3d")
    followup.log_call(task.id, "satisfied", {"what": "新车三日回访", "feedback_product": "油耗满意",
                                             "open_question": "延保价格"}, at=datetime.datetime(2026, 11, 20, 10, 30))
    Letter.create(customer=customer_id, letter_type="感谢信", summary="感谢购车", written_on="2026-11-18",
                  sent_on="2026-11-19", handler="李婷")
    return customer_id, vehicle_id


def test_f2_call_record(called, tmp_path):
    text = text_of(printing.print_call(1, tmp_path / "f2.pdf"))
    assert missing(F2, text) == []
    assert "新车三日回访" in text and "延保价格" in text and "2026-11-2010:30" in text


def test_f3_call_register(called, tmp_path):
    text = text_of(printing.print_call_register("2026-11", tmp_path / "f3.pdf"))
    assert missing(F3, text) == []
    assert "张三" in text and "满意" in text and "2026-11-01至2026-11-30" in text


def test_f4_letter_register(called, tmp_path):
    text = text_of(printing.print_letter_register("2026-11-18", tmp_path / "f4.pdf"))
    assert missing(F4, text) == []
    assert "感谢购车" in text and "杭州市文一路1号" in text


def test_f5_delivery_followup(called, tmp_path):
    _, vehicle_id = called
    text = text_of(printing.print_delivery_followup(vehicle_id, tmp_path / "f5.pdf"))
    assert missing(F5, text) == []
    assert "油耗满意" in text and "LSVAB41Z882345678" in text and "马俊" in text


def test_a_bad_period_is_one_message(called, tmp_path):
    with pytest.raises(UserError) as error:
        printing.print_call_register("2026-13", tmp_path / "x.pdf")
    assert "YYYY-MM" in str(error.value)
