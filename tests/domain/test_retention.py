"""保有客户 (RULES §6 item 9) on a hand-built archive, every figure counted by hand."""

import datetime

from carecenter import archive, clock, retention

D = datetime.date


def car(name, phone, plate, delivered, visits=(), model="明锐", contact=D(2020, 1, 1), **customer):
    customer_id = archive.save_customer({"name": name, "phone": phone, "first_contact_date": contact, **customer})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": plate, "model": model, "delivery_date": delivered})
    for day, kind in visits:
        archive.add_visit(vehicle_id, {"visit_date": day, "visit_type": kind}, confirm=True)
    return customer_id, vehicle_id


def test_retention_of_a_month_counted_by_hand(store):
    clock.set_today(D(2026, 11, 20))
    # active (a visit in the twelve months to 2026-10-31): 张三, 李四, 王五 (two cars), not 赵六 (visit 2025-09)
    car("张三", "13800000001", "浙A10001", D(2026, 7, 10), [(D(2026, 10, 5), "首保")], gender="男",
        occupation="教师", contact=D(2026, 7, 10))  # new in July, first service on time (due 2026-10-10)
    car("李四", "13800000002", "浙A10002", D(2025, 7, 2), [(D(2026, 3, 1), "一般维修"), (D(2026, 3, 20), "一般维修")],
        model="柯珞克", gender="女", contact=D(2026, 10, 3))  # new in October; a repair returned within 30 days
    wang, _ = car("王五", "13800000003", "浙A10003", D(2022, 1, 1), [(D(2026, 10, 20), "定期保养")], gender="男")
    second = archive.save_vehicle(wang, {"plate": "浙A10004", "model": "速派", "delivery_date": D(2023, 1, 1)})
    archive.add_visit(second, {"visit_date": D(2026, 1, 15), "visit_type": "一般维修"}, confirm=True)
    car("赵六", "13800000005", "浙A10005", D(2021, 1, 1), [(D(2025, 10, 12), "定期保养")])  # lost on 2026-10-12
    car("孙七", "13800000006", "浙A10006", D(2026, 7, 15))  # first service due 2026-10-15, not done by 2026-11-14
    figures = retention.retention(D(2026, 10, 1), D(2026, 10, 31))
    assert figures.as_of == D(2026, 10, 31)
    assert figures.active == 3 and figures.active_vehicles == 4
    assert figures.by_model == {"明锐": 2, "柯珞克": 1, "速派": 1}
    assert figures.by_gender == {"男": 2, "女": 1}
    assert figures.new == 1  # 李四's first contact is in October; 张三's in July
    assert figures.lost == 1  # 赵六
    assert (figures.first_service_due, figures.first_service_on_time, figures.first_service_waiting) == (2, 1, 1)
    assert figures.first_service_rate == 100.0  # 1 on time of the 1 whose 30 days are over
    assert figures.next_month == "2026-11"
    march = retention.retention(D(2026, 3, 1), D(2026, 3, 31))
    assert (march.repairs, march.returns, march.return_rate) == (2, 1, 50.0)


def test_a_last_visit_on_29_february_is_lost_in_february_and_not_active_that_day(store):
    clock.set_today(D(2026, 11, 20))
    car("钱八", "13800000007", "浙A10007", D(2022, 1, 1), [(D(2024, 2, 29), "定期保养")])
    february = retention.retention(D(2025, 2, 1), D(2025, 2, 28))
    march = retention.retention(D(2025, 3, 1), D(2025, 3, 31))
    quarter = retention.retention(D(2025, 1, 1), D(2025, 3, 31))
    assert (february.lost, march.lost, quarter.lost) == (1, 0, 1)  # the months add up to the quarter
    assert february.active == 0  # twelve months old on 2025-02-28: no longer active that day
    assert retention.retention(D(2025, 2, 1), D(2025, 2, 27)).active == 1
