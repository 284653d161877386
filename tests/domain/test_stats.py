"""F9 顾客统计表 on hand-counted data."""

import datetime
import re

from pypdf import PdfReader

from carecenter import archive, printing, stats


def car(name, phone, plate, model, delivered, visits=()):
    customer_id = archive.save_customer({"name": name, "phone": phone})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": plate, "model": model, "delivery_date": delivered})
    for day, kind, km in visits:
        archive.add_visit(vehicle_id, {"visit_date": day, "visit_type": kind, "mileage": km}, confirm=True)
    return vehicle_id


def test_f9_counts_deliveries_first_visits_and_lost_customers(store):
    car("张三", "13800000001", "浙A10001", "明锐", "2026-01-10", [("2026-04-12", "首保", "3000")])
    car("李四", "13800000002", "浙A10002", "明锐", "2026-01-20")  # never came: lost 12 months after first service due
    car("王五", "13800000003", "浙A10003", "速派", "2025-11-05", [("2026-02-01", "首保", "2000")])
    car("赵六", "13800000004", "浙A10004", "速派", "2024-06-01", [("2024-09-01", "首保", "2000")])  # lost in 2026
    table = stats.customer_statistics(2026)
    assert table["明锐"]["展厅销售数"][0] == 2 and sum(table["明锐"]["展厅销售数"]) == 2
    assert table["明锐"]["首次进厂"][3] == 1  # April
    assert table["速派"]["首次进厂"][1] == 1 and sum(table["速派"]["展厅销售数"]) == 0
    # 赵六: 2 000 km in 92 days (22 km a day) would take 230 days for 5 000 km more, so time decides: maintenance due
    # 2025-03-01, six months after the first service; lost twelve months later, in March 2026
    assert table["速派"]["流失顾客"][2] == 1
    # 李四: first service due 2026-04-20 (3 months), lost on 2027-04-20: not in 2026
    assert sum(table["明锐"]["流失顾客"]) == 0
    assert sum(stats.customer_statistics(2027)["明锐"]["流失顾客"]) == 0  # April 2027 has not come yet


def test_f9_pdf_has_its_labels_and_totals(store, tmp_path):
    car("张三", "13800000001", "浙A10001", "明锐", "2026-01-10")
    text = re.sub(r"\s+", "", PdfReader(str(printing.print_statistics("2026", tmp_path / "f9.pdf"))).pages[0]
                  .extract_text())
    for label in ("顾客统计表", "年份", "月份", "1月", "12月", "合计", "展厅销售数", "首次进厂", "流失顾客", "明锐"):
        assert label in text
    assert datetime.date(2026, 1, 1) == stats.months_of(2026)[0]
