import datetime

import pytest

from carecenter import archive
from carecenter.errors import NotFound
from carecenter.models import Customer, ServiceVisit, Vehicle
from carecenter.validate import ValidationFailed

GOOD_VIN = "LSVAB41Z882345678"  # check digit 8 is right


def make_customer(name="张三", phone="13812345678", plate="浙A12345", vin=GOOD_VIN, **extra):
    customer_id = archive.save_customer({"name": name, "phone": phone, **extra})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": plate, "vin": vin, "model": "明锐"}) if plate or vin \
        else None
    return customer_id, vehicle_id


def test_bad_input_lists_every_problem_and_writes_nothing(store):
    with pytest.raises(ValidationFailed) as error:
        archive.save_customer({"name": "", "phone": "12345", "postcode": "abc", "birthday": "2023-02-30"})
    fields = {problem.field for problem in error.value.problems}
    assert fields == {"name", "phone", "postcode", "birthday"}
    assert Customer.select().count() == 0


def test_birthday_in_the_future_is_refused(store):
    with pytest.raises(ValidationFailed) as error:
        archive.save_customer({"name": "李四", "birthday": "2030-01-01"})
    assert "晚于今天" in str(error.value)


@pytest.mark.parametrize("query", ["张三", "张", "zs", "zhangsan", "ZS", "5678", "138-1234-5678", "+86 13812345678",
                                   "浙a123", "浙A12345", "lsvab41", GOOD_VIN[-6:]])
def test_search_finds_by_every_key(store, query):
    target, _ = make_customer()
    make_customer("王芳", "13900001111", "沪B99999", "LSVCD75N4N0000019")
    assert archive.find_customers(query) == [target]


def test_search_words_must_all_match_and_unknown_finds_nothing(store):
    target, _ = make_customer()
    make_customer("张丽", "13900001111", "沪B99999", "")
    assert set(archive.find_customers("张")) == {target, target + 1}
    assert archive.find_customers("张 5678") == [target]
    assert archive.find_customers("zz") == []
    assert archive.find_customers("100%") == []  # a LIKE wildcard typed by the user is a literal


def test_a_new_plate_is_searchable_at_once(store):
    customer_id, _ = make_customer(plate="", vin=GOOD_VIN)
    assert archive.find_customers("浙B") == []
    archive.save_vehicle(customer_id, {"plate": "浙B54321"})
    assert archive.find_customers("浙B") == [customer_id]


def test_list_sorts_chinese_names_by_pinyin(store):
    for name in ("赵六", "安七", "王五"):
        archive.save_customer({"name": name})
    names = [row.name for row in archive.customer_rows(archive.find_customers(""))]
    assert names == ["安七", "王五", "赵六"]
    names = [row.name for row in archive.customer_rows(archive.find_customers("", descending=True))]
    assert names == ["赵六", "王五", "安七"]


def test_deleted_customer_leaves_lists_but_keeps_history(store):
    customer_id, vehicle_id = make_customer()
    archive.add_visit(vehicle_id, {"visit_date": "2026-10-01", "visit_type": "定期保养", "mileage": "8000"})
    archive.delete_customer(customer_id)
    assert archive.find_customers("张三") == []
    assert archive.count_customers() == 0
    assert ServiceVisit.select().where(ServiceVisit.customer == customer_id).count() == 1
    assert Vehicle.get_by_id(vehicle_id).vin == GOOD_VIN
    with pytest.raises(NotFound):
        archive.customer_record(customer_id)
    with pytest.raises(NotFound):
        archive.delete_customer(customer_id)


def test_archive_flag_only_after_the_two_day_limit(store, fixed_today):
    complete, _ = make_customer()
    fresh = archive.save_customer({"name": "新客户", "first_contact_date": fixed_today - datetime.timedelta(days=2)})
    overdue = archive.save_customer({"name": "老客户", "phone": "13911112222",
                                     "first_contact_date": fixed_today - datetime.timedelta(days=3)})
    assert archive.find_customers("", incomplete_only=True) == [overdue]
    flags = {row.id: row.incomplete for row in archive.customer_rows([complete, fresh, overdue])}
    assert flags == {complete: False, fresh: False, overdue: True}
    archive.save_vehicle(overdue, {"plate": "浙C11111"})
    assert archive.find_customers("", incomplete_only=True) == []


def test_same_vin_twice_is_refused_naming_the_owner(store):
    make_customer()
    other = archive.save_customer({"name": "李四"})
    with pytest.raises(ValidationFailed) as error:
        archive.save_vehicle(other, {"vin": GOOD_VIN.lower()})
    assert "张三" in str(error.value)
    assert Vehicle.select().count() == 1


def test_wrong_vin_check_digit_asks_then_saves_when_confirmed(store):
    customer_id = archive.save_customer({"name": "李四"})
    bad = GOOD_VIN[:8] + "1" + GOOD_VIN[9:]
    with pytest.raises(ValidationFailed) as error:
        archive.save_vehicle(customer_id, {"vin": bad})
    assert error.value.only_warnings
    assert Vehicle.select().count() == 0
    archive.save_vehicle(customer_id, {"vin": bad}, confirm=True)
    assert Vehicle.get().vin == bad


def test_visits_move_mileage_and_last_visit_and_lower_mileage_asks(store):
    customer_id, vehicle_id = make_customer()
    archive.add_visit(vehicle_id, {"visit_date": "2026-05-01", "visit_type": "首保", "mileage": "5100"})
    archive.add_visit(vehicle_id, {"visit_date": "2026-11-01", "visit_type": "定期保养", "mileage": "10,200",
                                   "amount": "¥680.50"})
    vehicle = Vehicle.get_by_id(vehicle_id)
    assert (vehicle.mileage, vehicle.mileage_date) == (10200, datetime.date(2026, 11, 1))
    assert Customer.get_by_id(customer_id).last_visit_date == datetime.date(2026, 11, 1)
    with pytest.raises(ValidationFailed) as error:
        archive.add_visit(vehicle_id, {"visit_date": "2026-11-15", "visit_type": "一般维修", "mileage": "9000"})
    assert error.value.only_warnings and "10200" in str(error.value)
    assert ServiceVisit.select().count() == 2
    with pytest.raises(ValidationFailed) as error:
        archive.add_visit(vehicle_id, {"visit_date": "2026-11-15", "visit_type": "洗车", "mileage": "-1"})
    assert {p.field for p in error.value.problems} == {"visit_type", "mileage"}


def test_next_maintenance_follows_the_last_maintenance(store):
    _, vehicle_id = make_customer()
    archive.save_vehicle(Vehicle.get_by_id(vehicle_id).customer_id, {"delivery_date": "2026-01-10"}, vehicle_id)
    record = archive.customer_record(Vehicle.get_by_id(vehicle_id).customer_id)
    assert record.vehicles[0].next_maintenance_date == datetime.date(2026, 4, 10)  # first service: 3 months
    archive.add_visit(vehicle_id, {"visit_date": "2026-08-31", "visit_type": "定期保养", "mileage": "8000"})
    record = archive.customer_record(Vehicle.get_by_id(vehicle_id).customer_id)
    assert record.vehicles[0].next_maintenance_date == datetime.date(2027, 2, 28)  # 6 months, month end kept
    assert record.vehicles[0].next_maintenance_km == 13000


def test_names_starting_with_the_search_come_before_other_matches(store):
    plate_match, _ = make_customer("王芳", "13900001111", "浙AZS123", "")
    initials_inside, _ = make_customer("冯子思", "13900002222", "浙A11111", "")
    starts_with, _ = make_customer("张三", "13900003333", "浙A22222", "")
    assert archive.find_customers("zs") == [starts_with, initials_inside, plate_match]
    # a chosen column order is kept as it is
    assert archive.find_customers("zs", order="phone") == [plate_match, initials_inside, starts_with]
