"""The settings screen's domain: every decided number with bounds, opening hours for the complaint clock, working-day
changes, per-model first-service mileage, SMS templates, lounge items; checked first, saved in one transaction,
each change audited."""

import datetime

import pytest

from carecenter import archive, complaints, dealership_setup, followup, letters, lounge, session, settings
from carecenter.errors import UserError
from carecenter.permissions import PermissionDenied
from carecenter.models import AuditEntry, Complaint, LoungeItem

DT = datetime.datetime


def test_a_number_outside_its_bounds_is_refused_in_words_and_nothing_changes(store):
    setup = dealership_setup.load()
    setup.values["dealership.name"] = "湖滨汽车"
    setup.values["calls.max_attempts"] = 0
    with pytest.raises(UserError, match="未接通几次后记为失联应在 1 到 10 之间"):
        dealership_setup.save(setup)
    assert settings.get("dealership.name") == "本店"  # the valid change in the same save was not kept either
    assert settings.get("calls.max_attempts") == 3


def test_closing_before_opening_is_refused(store):
    with pytest.raises(UserError, match="关门时间应晚于开门时间"):
        settings.save_many({"hours.opens": "18:00", "hours.closes": "08:30"})
    with pytest.raises(UserError, match="HH:MM"):
        settings.save_many({"hours.opens": "8点半"})
    assert settings.get("hours.opens") == "08:30"


def test_saving_audits_each_changed_value_with_old_and_new(store):
    changed = settings.save_many({"dealership.name": "湖滨汽车", "targets.call_rate": 35, "calls.max_attempts": 3})
    assert changed == ["dealership.name", "targets.call_rate"]  # an unchanged value is not rewritten
    assert settings.get("targets.call_rate") == 35.0 and isinstance(settings.get("targets.call_rate"), float)
    entries = {e.entity_id: e.changes for e in AuditEntry.select().where(AuditEntry.entity == "setting")}
    assert '"本店"' in entries["dealership.name"] and '"湖滨汽车"' in entries["dealership.name"]


def test_only_the_administrator_changes_settings(store):
    with session.acting_as(session.Actor("小王", "specialist")):
        assert dealership_setup.load().editable is False
        with pytest.raises(PermissionDenied):
            settings.save_many({"dealership.name": "别家"})


def test_later_opening_hours_move_the_response_deadline(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint = Complaint.create(customer=customer, content="空调异响").id
    settings.save_many({"hours.opens": "09:00", "hours.closes": "17:00"})
    complaints.accept(complaint, "S1", "电话", DT(2026, 11, 20, 16, 30))  # a Friday, half an hour before closing
    # 30 minutes on Friday, the other 90 from 09:00 the next day (the desk is open every day)
    assert Complaint.get_by_id(complaint).response_due == DT(2026, 11, 21, 10, 30)


def test_a_closed_day_added_in_settings_moves_open_deadlines(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint = Complaint.create(customer=customer, content="空调异响").id
    complaints.accept(complaint, "S1", "电话", DT(2026, 11, 20, 10, 0))
    before = Complaint.get_by_id(complaint).closure_due
    setup = dealership_setup.load()
    setup.overrides[datetime.date(2026, 11, 23)] = False
    assert dealership_setup.save(setup) == 1
    assert Complaint.get_by_id(complaint).closure_due == before + datetime.timedelta(days=1)
    setup = dealership_setup.load()
    setup.overrides.clear()
    dealership_setup.save(setup)
    assert Complaint.get_by_id(complaint).closure_due == before


def test_a_model_with_its_own_first_service_mileage_is_reminded_by_it(store):
    from carecenter.followup_rules import VehicleFacts, vehicle_tasks

    settings.save_many({"models.first_service_km": {"明锐": 7500}, "mileage.default_km_per_day": 100})
    rules = followup.rule_settings()

    def first_service_due(model):
        tasks, _ = vehicle_tasks(VehicleFacts(1, 1, datetime.date(2026, 10, 1), model=model),
                                 datetime.date(2026, 10, 2), rules)
        return next(task.due for task in tasks if task.reason == "first_service")

    # at 100 km a day 5000 km come 50 days after delivery, 7500 km after 75; three months would be 2027-01-01
    assert first_service_due("速派") == datetime.date(2026, 11, 20)
    assert first_service_due("明锐") == datetime.date(2026, 12, 15)
    vehicle = archive.save_vehicle(archive.save_customer({"name": "李四", "phone": "13812345678"}),
                                   {"plate": "浙A12345", "delivery_date": "2026-10-01", "model": "明锐"})
    record = archive.customer_record(archive.Vehicle.get_by_id(vehicle).customer_id)
    assert record.vehicles[0].next_maintenance_km == 7500  # the archive shows the model's own mileage too


def test_a_bad_model_line_is_refused(store):
    setup = dealership_setup.load()
    setup.values["models.first_service_km"] = {"明锐": -1}
    with pytest.raises(UserError, match="明锐"):
        dealership_setup.save(setup)


def test_the_dealership_wording_of_an_sms_template_is_used(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    settings.save_many({"messages.templates": {"referral": "推荐好友购车，致电{phone}。"},
                        "dealership.hotline": "400-800-1234"})
    [preview] = letters.prepare_messages("referral", [customer])
    assert preview.text == "推荐好友购车，致电400-800-1234。"


def test_lounge_items_are_replaced_in_the_same_save(store):
    setup = dealership_setup.load()
    assert len(setup.lounge_items) == 11
    setup.lounge_items = setup.lounge_items[:3] + [("充电桩", "车位空出，充电枪归位")]
    dealership_setup.save(setup)
    assert [item.title for item in lounge.items()][-1] == "充电桩"
    assert LoungeItem.select().where(LoungeItem.active).count() == 4
