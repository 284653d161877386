"""F13 维修预约单 and F14 预约登记表 carry every label of FORMS.md, the customer's words and the two sentences."""

import datetime
import re

from pypdf import PdfReader

from carecenter import appointments, archive, printing, settings

F13 = ("预约单号", "客户姓名", "电话", "车牌号", "车型", "预约日期", "预约时间", "预约项目", "客户描述", "服务顾问", "需携带证件",
       "经办人", "请记住预约时间", "如未能按预约时间到达，可能无法为您保留工位")
F14 = ("序号", "预约时间", "客户姓名", "电话", "车牌号", "车型", "预约项目", "客户描述", "需携带证件", "服务顾问", "来源", "状态",
       "经办人", "合计")


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_the_slip_and_the_day_sheet_carry_every_label(store, tmp_path):
    settings.save_many({"dealership.address": "杭州市文一西路 888 号", "dealership.hotline": "0571-88886666"})
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    vehicle = archive.save_vehicle(customer, {"plate": "浙A12345", "model": "明锐"})
    booked = appointments.book(vehicle, datetime.datetime(2026, 11, 23, 9, 30), "首保", "左前轮有异响",
                               advisor="赵顾问", documents=["行驶证", "保养手册"])
    slip = text_of(printing.print_appointment(booked.id, tmp_path / "f13.pdf"))
    assert [label for label in F13 if label not in slip] == []
    assert "左前轮有异响" in slip and "2026-11-23" in slip and "09:30" in slip and "0571-88886666" in slip
    day = text_of(printing.print_appointments("2026-11-23", tmp_path / "f14.pdf"))
    assert [label for label in F14 if label not in day] == []
    assert "浙A12345" in day and "赵顾问" in day and "预约1" in day
    message = printing.slip_message(booked.id)
    assert "2026-11-23 09:30" in message and "请记住预约时间" in message and "0571-88886666" in message
