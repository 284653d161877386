"""Every vehicle's due date kept by the call-list generation (table vehicle_due): a report reads the kept answers
and works out again what changed since, so the kept and the worked-out answers must never differ."""

import datetime

from carecenter import archive, clock, due_dates, followup, settings
from carecenter.models import StoredDue

D = datetime.date


def car(name, phone, plate, delivered, visits=(), model="明锐"):
    customer_id = archive.save_customer({"name": name, "phone": phone})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": plate, "model": model, "delivery_date": delivered})
    for day, kind, km in visits:
        archive.add_visit(vehicle_id, {"visit_date": day, "visit_type": kind, "mileage": km}, confirm=True)
    return customer_id, vehicle_id


def fleet():
    clock.set_today(D(2026, 6, 1))
    return [
        car("张三", "13800000001", "浙A10001", D(2025, 1, 10), [(D(2025, 4, 2), "首保", 4800)]),
        car("李四", "13800000002", "浙A10002", D(2024, 7, 2), [(D(2025, 3, 1), "定期保养", 20000),
                                                          (D(2025, 9, 1), "一般维修", 26000)], model="柯珞克"),
        car("王五", "13800000003", "浙A10003", D(2026, 3, 1)),
    ]


def kept() -> dict[int, tuple]:
    return {row.vehicle_id: (row.due, row.last_visit, row.first_service)
            for row in StoredDue.select()}


def test_generation_keeps_every_due_date_and_a_report_reads_them(store):
    (_, zhang), (_, li), (_, wang) = fleet()
    followup.generate()
    worked_out = due_dates.due_dates()
    assert {vid: (d.due, d.last_visit, d.first_service) for vid, d in worked_out.items()} == kept()
    # 4 800 km in the 82 days from the delivery: 58.5 km a day, so 5 000 km more 86 days after the first service,
    # before its six months are over
    assert kept()[zhang][0] == D(2025, 6, 27)
    assert kept()[wang] == (D(2026, 6, 1), None, None)  # first service three months after delivery
    assert due_dates.current() == worked_out


def test_what_changed_after_the_generation_is_worked_out_again(store):
    (zhang_customer, zhang), (_, li), (_, wang) = fleet()
    followup.generate()
    before = kept()
    clock.set_today(D(2026, 6, 20))
    archive.add_visit(wang, {"visit_date": D(2026, 6, 20), "visit_type": "首保", "mileage": 3500}, confirm=True)
    archive.save_vehicle(zhang_customer, {"delivery_date": D(2025, 2, 10)}, vehicle_id=zhang)
    assert kept() == before  # nothing generated yet: the table still holds the old answers …
    current = due_dates.current()
    assert current == due_dates.due_dates()  # … and a report sees the new ones all the same
    # 3 500 km in the 111 days since the delivery: 31.5 km a day, 5 000 km more 159 days after the first service
    assert current[wang].due == D(2026, 11, 26) and current[wang].first_service == D(2026, 6, 20)
    followup.generate()
    assert kept()[wang][0] == D(2026, 11, 26)
    assert due_dates.current() == due_dates.due_dates()


def test_a_deleted_customer_leaves_the_figures_at_once(store):
    (zhang_customer, zhang), (_, li), _ = fleet()
    followup.generate()
    archive.delete_customer(zhang_customer)
    assert zhang not in due_dates.current() and li in due_dates.current()
    assert due_dates.current() == due_dates.due_dates()


def test_other_rules_or_a_clock_set_back_do_not_trust_the_kept_answers(store):
    (_, zhang), _, (_, wang) = fleet()
    followup.generate()
    settings.set_value("first_service.months", 2)
    assert due_dates.current()[wang].due == D(2026, 5, 1)  # the kept answer said 2026-06-01
    assert due_dates.current() == due_dates.due_dates()
    followup.generate()  # the generation keeps the answers of the new rules
    assert kept()[wang][0] == D(2026, 5, 1)
    clock.set_now(datetime.datetime(2026, 5, 1, 9, 0))  # a visit recorded now is stamped before the kept answers
    archive.add_visit(wang, {"visit_date": D(2026, 5, 1), "visit_type": "首保", "mileage": 2000}, confirm=True)
    assert due_dates.current()[wang].first_service == D(2026, 5, 1)


def test_the_figures_as_a_past_day_saw_them_leave_out_later_visits(store):
    _, (_, li), (_, wang) = fleet()
    followup.generate()
    clock.set_today(D(2026, 6, 20))
    archive.add_visit(wang, {"visit_date": D(2026, 6, 20), "visit_type": "首保", "mileage": 3500}, confirm=True)
    dues = due_dates.Dues()
    assert dues.on(D(2026, 6, 1))[wang].due == D(2026, 6, 1) and dues.on(D(2026, 6, 1))[wang].first_service is None
    assert dues.on(D(2026, 6, 30))[wang].first_service == D(2026, 6, 20)


def test_kept_answers_that_lost_rows_are_not_trusted(store):
    (_, zhang), (_, li), (_, wang) = fleet()
    followup.generate()
    StoredDue.delete().where(StoredDue.vehicle_id == li).execute()  # a salvaged copy, a table emptied by hand
    assert due_dates.current() == due_dates.due_dates() and li in due_dates.current()


def test_a_past_day_from_the_kept_answers_before_each_cars_last_visit(store):
    """The answers as they stood on 2026-06-10 and before each return in June: a car seen once since (its answer
    before its last visit day is kept), a car seen twice since (worked out again), a car not seen: all equal to the
    answers worked out from every visit."""
    (_, zhang), (_, li), (_, wang) = fleet()
    clock.set_today(D(2026, 6, 30))
    archive.add_visit(wang, {"visit_date": D(2026, 6, 20), "visit_type": "首保", "mileage": 3500}, confirm=True)
    archive.add_visit(li, {"visit_date": D(2026, 6, 12), "visit_type": "一般维修", "mileage": 31000}, confirm=True)
    archive.add_visit(li, {"visit_date": D(2026, 6, 25), "visit_type": "定期保养", "mileage": 32000}, confirm=True)
    followup.generate()
    dues = due_dates.Dues()
    day = D(2026, 6, 10)
    assert dues.on(day) == due_dates.due_dates(day)
    assert dues.on(day)[wang].first_service is None and dues.on(day)[li].last_visit == D(2025, 9, 1)
    assert sorted(dues.before_return(D(2026, 6, 1), D(2026, 6, 30))) == sorted(
        due_dates.due_before_return(D(2026, 6, 1), D(2026, 6, 30)))
    assert len(dues.before_return(D(2026, 6, 1), D(2026, 6, 30))) == 2
