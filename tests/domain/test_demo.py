import hashlib
import itertools

import pytest

from carecenter import archive, demo
from carecenter.errors import UserError
from carecenter.models import Customer, ServiceVisit, Vehicle
from carecenter.store import open_store
from carecenter.validate import normalize_phone, normalize_plate, normalize_vin


def fingerprint() -> str:
    digest = hashlib.sha256()
    for model in (Customer, Vehicle, ServiceVisit):
        for row in model.select().order_by(model.id).tuples():
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.mark.sqlite_only  # compares rows read back from the same kind of store (the generator knows no server)
def test_same_seed_gives_the_same_dealership_and_another_seed_does_not(demo_store, tmp_path):
    session_demo = fingerprint()  # the tests' own demo: size S, seed 1
    prints = []
    for name, seed in (("a", 1), ("c", 6)):
        store = open_store(tmp_path / f"{name}.sqlite3")
        summary = demo.load_demo("S", seed)
        prints.append((summary, fingerprint()))
        store.close()
    assert prints[0][1] == session_demo
    assert prints[0][1] != prints[1][1]
    assert 1900 <= prints[0][0].customers <= 2100


def test_demo_data_passes_the_archive_validation(demo_store):
    customers = list(Customer.select())
    vehicles = list(Vehicle.select())
    assert len(customers) == 2000
    for vehicle in vehicles:
        assert normalize_vin(vehicle.vin) == (vehicle.vin, [])  # valid check digit, no warning
        assert normalize_plate(vehicle.plate) == vehicle.plate
    assert len({v.vin for v in vehicles}) == len(vehicles)
    assert len({v.plate for v in vehicles}) == len(vehicles)
    phones = [c.phone for c in customers if c.phone]
    assert all(normalize_phone(phone) == phone for phone in phones)
    assert len(set(phones)) == len(phones)
    local = sum(1 for v in vehicles if v.plate.startswith("浙A"))
    assert local / len(vehicles) > 0.7


def test_demo_visits_are_plausible(demo_store, fixed_today):
    visits = ServiceVisit.select().order_by(ServiceVisit.vehicle, ServiceVisit.visit_date, ServiceVisit.id)
    for vehicle_id, group in itertools.groupby(visits, key=lambda v: v.vehicle_id):
        group = list(group)
        vehicle = Vehicle.get_by_id(vehicle_id)
        assert group[0].visit_type == "首保"
        assert all(v.visit_date > vehicle.delivery_date and v.visit_date <= fixed_today for v in group)
        mileages = [v.mileage for v in group]
        assert mileages == sorted(mileages)
        assert vehicle.mileage == mileages[-1]
    some = Customer.select().where(Customer.vehicle_count > 0).first()
    assert some.last_visit_date == max(
        (v.visit_date for v in ServiceVisit.select().where(ServiceVisit.customer == some.id)), default=None)


def test_demo_has_incomplete_archives_to_find(demo_store):
    assert 10 < len(archive.find_customers("", incomplete_only=True)) < 200


def test_demo_refuses_a_store_that_has_customers(store):
    archive.save_customer({"name": "张三"})
    with pytest.raises(UserError) as error:
        demo.load_demo("S", 1)
    assert "空数据库" in str(error.value)
    assert Customer.select().count() == 1


def test_demo_has_a_complaint_history_to_work_with(demo_store):
    from carecenter.models import Complaint
    states = {c.state for c in Complaint.select()}
    assert {"处理中", "已封闭"} <= states
    assert Complaint.select().count() >= 20
    numbers = sorted(c.number for c in Complaint.select() if c.number)
    assert numbers == [f"TS-2026-{i:04d}" for i in range(1, len(numbers) + 1)]  # gap-free in acceptance order
    assert Complaint.select().where(Complaint.closed_at.is_null(False)).exists()


def test_demo_has_lounge_rounds_meals_and_repairs(demo_store, fixed_today):
    from carecenter import lounge
    from carecenter.models import GuestMeal, LoungeCheck, LoungeScore
    assert LoungeCheck.select().count() >= 60
    assert lounge.round_of(fixed_today) is None  # today's round is the desk's to do
    yesterday = lounge.round_of(fixed_today - __import__("datetime").timedelta(days=1))
    assert yesterday.finished and len(yesterday.scores) == 11
    assert GuestMeal.select().count() > 200
    assert LoungeScore.select().where(LoungeScore.repair == "已修复").exists()
    assert lounge.monthly_averages(f"{fixed_today:%Y-%m}")


def test_demo_surveys_are_realistic_and_their_month_sums_match_the_answers(demo_store):
    """Most answers 4–5, some 3s the manager followed up, a few low ones that became complaints; the month sums
    the demo writes are those the answers give when rebuilt."""
    from carecenter import surveys
    from carecenter.models import CallTask, Complaint, SurveyAnswer, SurveyTotal
    answers = [a for (a,) in SurveyAnswer.select(SurveyAnswer.answer).where(SurveyAnswer.answer > 0).tuples()]
    high = sum(1 for a in answers if a >= 4) / len(answers)
    assert len(answers) > 5000 and 0.8 < high < 0.98 and any(a <= 2 for a in answers)
    assert CallTask.select().where((CallTask.reason == "hot_alert") & (CallTask.outcome == "handled")).exists()
    assert Complaint.select().where(Complaint.source_call.in_(
        SurveyAnswer.select(SurveyAnswer.call).where(SurveyAnswer.answer <= 2))).exists()
    written = sorted(SurveyTotal.select(SurveyTotal.month, SurveyTotal.questionnaire, SurveyTotal.question,
                                        SurveyTotal.caller, SurveyTotal.staff, SurveyTotal.total, SurveyTotal.count,
                                        SurveyTotal.high).tuples())
    surveys.rebuild_totals()
    rebuilt = sorted(SurveyTotal.select(SurveyTotal.month, SurveyTotal.questionnaire, SurveyTotal.question,
                                        SurveyTotal.caller, SurveyTotal.staff, SurveyTotal.total, SurveyTotal.count,
                                        SurveyTotal.high).tuples())
    assert written == rebuilt and len(written) > 100
