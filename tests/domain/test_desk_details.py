"""What the desk reads on its screens, from the domain: 失联 in the archive, the day's open calls whatever the list
shows, the car a complaint is about, meals and spot-check calls in words, a staff member without a password."""

import datetime

import pytest

from carecenter import archive, auth, complaints, followup, lounge, phone
from carecenter.errors import UserError
from carecenter.models import Complaint, Customer

D, DT = datetime.date, datetime.datetime


def test_unreachable_customers_are_marked_and_listed(store):
    reachable = archive.save_customer({"name": "张三", "phone": "13812345678"})
    unreachable = archive.save_customer({"name": "李四", "phone": "13912345678"})
    Customer.update(lost_contact=True).where(Customer.id == unreachable).execute()
    assert archive.find_customers("", lost_only=True) == [unreachable]
    rows = {row.id: row for row in archive.customer_rows([reachable, unreachable])}
    assert rows[unreachable].lost_contact and not rows[reachable].lost_contact


def test_the_days_open_calls_are_counted_whatever_the_list_shows(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678", "birthday": "1980-11-20"})
    archive.save_customer({"name": "李四", "phone": "13912345678", "birthday": "1985-11-19"})
    followup.generate(D(2026, 11, 19))
    followup.generate(D(2026, 11, 20))
    open_tasks = [t for t in followup.day_tasks(D(2026, 11, 20)) if t.status == "open"]
    overdue = [t for t in open_tasks if t.due_date < D(2026, 11, 20)]
    assert followup.open_counts(D(2026, 11, 20)) == (len(open_tasks), len(overdue))
    assert len(open_tasks) >= 1
    task = next(t for t in open_tasks if t.customer_id == customer)
    followup.log_call(task.id, "greeted", {"what": "生日祝福"})
    assert followup.open_counts(D(2026, 11, 20)) == (len(open_tasks) - 1, len(overdue))


def test_a_complaint_is_filed_for_the_car_the_desk_chose(store):
    owner = archive.save_customer({"name": "张三", "phone": "13812345678"})
    old = archive.save_vehicle(owner, {"plate": "浙A11111", "model": "明锐"})
    new = archive.save_vehicle(owner, {"plate": "浙A22222", "model": "柯迪亚克"})
    other = archive.save_customer({"name": "李四", "phone": "13912345678"})
    foreign = archive.save_vehicle(other, {"plate": "浙B33333"})
    assert archive.vehicle_choices(owner) == [(new, "浙A22222 柯迪亚克"), (old, "浙A11111 明锐")]
    chosen = complaints.file(owner, "空调异响", "S5", "电话", vehicle_id=old)
    assert Complaint.get_by_id(chosen).vehicle_id == old
    assert Complaint.get_by_id(complaints.file(owner, "等候太久", "S2", "电话")).vehicle_id == new  # the newest
    before = Complaint.select().count()
    with pytest.raises(UserError):
        complaints.file(owner, "内容", "S2", "电话", vehicle_id=foreign)
    assert Complaint.select().count() == before  # nothing half-written


def test_meals_carry_the_customers_name_and_sampled_calls_are_described(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    archive.save_vehicle(customer, {"plate": "浙A12345"})
    lounge.register_meal("浙A12345", D(2026, 11, 20))
    lounge.register_meal("沪B99999", D(2026, 11, 20))
    assert [m.customer_name for m in lounge.meals(D(2026, 11, 20))] == ["张三", None]
    phone.log_incoming(customer, "预约", at=DT(2026, 11, 20, 9, 30))
    [call_id] = lounge.sample_calls("测试管理员", D(2026, 11, 1), D(2026, 11, 30), 5)
    [(described_id, text)] = lounge.describe_calls([call_id])
    assert described_id == call_id and text.startswith("11-20 09:30　张三　")
    assert lounge.describe_calls([]) == []


def test_adding_a_listed_person_without_a_password_says_what_to_do(store):
    from carecenter.models import Staff
    Staff.create(name="李婷", role="specialist")  # as the demo and imports list staff: no password yet
    with pytest.raises(UserError, match="设置密码"):
        auth.add_user("李婷", "specialist", "password-1")
    auth.add_user("王芳", "specialist", "password-1")
    with pytest.raises(UserError, match="已存在"):
        auth.add_user("王芳", "specialist", "password-2")
