"""F1 客户档案基本资料表: every label of FORMS.md in the PDF text, the bundled font embedded, the data printed."""

import re

from pypdf import PdfReader

from carecenter import archive, printing
from carecenter.models import Customer

F1_LABELS = [
    "客户档案基本资料表",
    "客户名称", "地址", "电话", "送修或来访日期",
    "车型", "车号", "车种", "底盘号", "发动机编号", "行驶里程", "维修类型",
    "维修养护项目", "保养周期", "下一次保养期",
    "客户希望得到的服务",
    "在本公司维修、保养记录", "日期", "金额",
    "生日", "职业", "兴趣爱好", "家庭情况", "偏好联系方式", "方便联系时间", "会员级别", "积分", "转介绍",
]


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def embedded_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if descriptor and any(key in descriptor.get_object() for key in ("/FontFile2", "/FontFile3")):
                names.add(str(font["/BaseFont"]))
    return names


def test_f1_of_a_demo_customer_has_every_label_and_the_data(demo_store, tmp_path):
    customer = Customer.select().where(Customer.vehicle_count == 2, Customer.last_visit_date.is_null(False)).first()
    out = printing.print_customer(customer.id, tmp_path / "f1.pdf")
    text = re.sub(r"\s+", "", pdf_text(out))
    missing = [label for label in F1_LABELS if label not in text]
    assert missing == []
    record = archive.customer_record(customer.id)
    assert customer.name in text and customer.phone in text
    for vehicle in record.vehicles:
        assert vehicle.vehicle.vin in text and vehicle.vehicle.plate in text
    assert "杭州明湖汽车销售服务有限公司" in text  # the dealership header
    assert f"F1-{customer.id:06d}" in text and "第1页/共" in text
    assert any("WenQuanYi" in name for name in embedded_fonts(out))


def test_f1_of_a_bare_customer_still_prints_blank_boxes(store, tmp_path):
    customer_id = archive.save_customer({"name": "王五"})
    out = printing.print_customer(customer_id, tmp_path / "bare.pdf")
    text = re.sub(r"\s+", "", pdf_text(out))
    assert [label for label in F1_LABELS if label not in text] == []
    assert "王五" in text
