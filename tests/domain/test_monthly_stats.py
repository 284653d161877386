"""The monthly summary's figures (RULES §6), each on a hand-built dataset with the expected numbers written out."""

import datetime

import pytest

from carecenter import archive, complaints, lounge, recall, stats
from carecenter.models import CallLog, CallTask, Complaint, LoungeScore

D = datetime.date
DT = datetime.datetime
NOV = (D(2026, 11, 1), D(2026, 11, 30))


def car(name, phone, plate, delivered, visits=(), model="明锐"):
    customer_id = archive.save_customer({"name": name, "phone": phone})
    vehicle_id = archive.save_vehicle(customer_id, {"plate": plate, "model": model, "delivery_date": delivered})
    for day, kind, km in visits:
        archive.add_visit(vehicle_id, {"visit_date": day, "visit_type": kind, "mileage": km}, confirm=True)
    return customer_id, vehicle_id


def task(customer, vehicle, reason, due, status="open", outcome="", completed=None, assignee="小王", window=7,
         attempts=0):
    t = CallTask.create(key=f"{reason}-{vehicle}-{due}-{status}-{outcome}", customer=customer, vehicle=vehicle,
                        reason=reason, due_date=due, window_start=due, window_end=due + datetime.timedelta(days=window),
                        assignee=assignee, status=status, outcome=outcome, completed_at=completed)
    for n in range(attempts):
        CallLog.create(task=t, customer=customer, vehicle=vehicle, at=DT(due.year, due.month, due.day, 9, n),
                       caller=assignee, outcome="no-answer")
    return t


def test_call_figures_per_reason_and_specialist(store):
    c, v = car("张三", "13800000001", "浙A10001", "2026-05-01")
    task(c, v, "after_visit_1", D(2026, 11, 3), "done", "satisfied", DT(2026, 11, 4, 10), attempts=1)
    task(c, v, "after_visit_1", D(2026, 11, 5), "done", "unsatisfied", DT(2026, 11, 20, 10), attempts=2)  # late
    task(c, v, "after_visit_2", D(2026, 11, 10), "done", "satisfied", DT(2026, 11, 10, 10), "小李", attempts=1)
    task(c, v, "first_service", D(2026, 11, 12), "lost", attempts=3, assignee="小李")
    task(c, v, "maintenance_due", D(2026, 11, 19), "open")
    task(c, v, "maintenance_due", D(2026, 11, 18), "cancelled")  # not counted
    task(c, v, "thank_you_letter", D(2026, 11, 2), "done", "satisfied", DT(2026, 11, 2, 9))  # a letter: not a call
    task(c, v, "after_visit_1", D(2026, 10, 30), "done", "satisfied", DT(2026, 11, 1, 9))  # due in October
    figures = stats.call_figures(*NOV)
    t = figures.total
    assert (t.due, t.done, t.on_time, t.satisfied, t.unsatisfied, t.lost, t.open, t.attempts) == (5, 3, 2, 2, 1, 1, 1, 7)
    assert (t.rate, t.on_time_rate, t.satisfied_rate) == (60.0, 40.0, 66.7)
    assert (figures.warranty.due, figures.warranty.done) == (5, 3)  # delivered in May: all under warranty
    assert list(figures.by_reason) == ["first_service", "after_visit_1", "after_visit_2", "maintenance_due"]
    first = figures.by_reason["after_visit_1"]
    assert (first.due, first.done, first.on_time, first.satisfied_rate) == (2, 2, 1, 50.0)
    assert {name: (n.due, n.done, n.satisfied) for name, n in figures.by_specialist.items()} == {
        "小李": (2, 1, 1), "小王": (3, 2, 1)}
    old_c, old_v = car("老客户", "13800000009", "浙A10009", "2022-01-01")  # out of warranty since 2025
    task(old_c, old_v, "maintenance_due", D(2026, 11, 6), "open")
    figures = stats.call_figures(*NOV)
    assert (figures.total.due, figures.warranty.due) == (6, 5)


def _complaint(customer, category, channel, accepted, contacted=None, resolved=None, closed=None, **form):
    complaint_id = Complaint.create(customer=customer, content="异响").id
    complaints.accept(complaint_id, category, channel, accepted)
    if contacted:
        complaints.contact(complaint_id, contacted)
    if resolved:
        complaints.move(complaint_id, "处理中", contacted or accepted)
        complaints.move(complaint_id, "处理完成", resolved)
    if closed:
        complaints.move(complaint_id, "已封闭", closed)
    if form:
        complaints.update_form(complaint_id, form)
    return complaint_id


def test_complaint_figures(store):
    c, _ = car("李四", "13800000002", "浙A10002", "2026-01-01")
    _complaint(c, "S1", "电话", DT(2026, 11, 2, 9), DT(2026, 11, 2, 10), DT(2026, 11, 3, 12), DT(2026, 11, 3, 13),
               root_cause="技师未按标准力矩紧固", improvement="增加终检项目")
    _complaint(c, "S2", "面谈", DT(2026, 11, 9, 9), DT(2026, 11, 9, 14))  # late answer, still open past 3 days
    third = _complaint(c, "S1", "电话", DT(2026, 11, 16, 9), DT(2026, 11, 16, 9, 30), DT(2026, 11, 17, 9))
    # the same issue again: an escalation; its deadline (Nov 25) has not come on Nov 20, so it is not overdue
    _complaint(c, "S1", "电话", DT(2026, 11, 20, 9), DT(2026, 11, 20, 9, 30))
    october = _complaint(c, "B4", "网站/媒体/消协", DT(2026, 10, 20, 9))  # never answered; open past both deadlines
    figures = stats.complaint_figures(*NOV)
    assert figures.by_category == {"S1": 2, "S2": 1}  # the repeat is an escalation, as in the KPIs
    assert figures.by_channel == {"电话": 2, "面谈": 1}
    assert (figures.kpis.count, figures.kpis.responded_on_time, figures.kpis.closed_on_time) == (3, 2, 1)
    assert [c.category for c in figures.escalations] == ["S1"]
    assert figures.escalations[0].repeat_of == Complaint.get_by_id(third).number
    assert [c.id for c in figures.overdue][:1] == [october]
    assert [c.category for c in figures.overdue] == ["B4", "S2"]
    assert [(c.root_cause, c.improvement) for c in figures.lessons if c.root_cause] == [
        ("技师未按标准力矩紧固", "增加终检项目")]
    assert len(figures.lessons) == 2  # resolved in November


def test_customer_remarks_from_call_notes(store):
    c, v = car("王五", "13800000003", "浙A10003", "2026-01-01")
    CallLog.create(customer=c, vehicle=v, at=DT(2026, 11, 5, 10), caller="小王", feedback_service="等待时间太长",
                   request="希望周末也能保养")
    CallLog.create(customer=c, vehicle=v, at=DT(2026, 11, 6, 10), caller="小李", feedback_product="  ")
    CallLog.create(customer=c, vehicle=v, at=DT(2026, 10, 31, 10), caller="小李", feedback_other="十月的")
    remarks = stats.customer_remarks(*NOV)
    assert [(r.day, r.customer, r.kind, r.text) for r in remarks] == [
        (D(2026, 11, 5), "王五", "服务", "等待时间太长"), (D(2026, 11, 5), "王五", "要求/希望", "希望周末也能保养")]


def test_reminders_against_customers_who_came_back(store):
    a, va = car("甲", "13800000011", "浙A20001", "2026-01-01")
    b, vb = car("乙", "13800000012", "浙A20002", "2026-01-01")
    c, vc = car("丙", "13800000013", "浙A20003", "2026-01-01")
    d, vd = car("丁", "13800000014", "浙A20004", "2026-01-01")
    task(a, va, "maintenance_due", D(2026, 10, 1), "done", "satisfied", DT(2026, 10, 2, 10))
    archive.add_visit(va, {"visit_date": "2026-10-25", "visit_type": "定期保养", "mileage": "9000"}, confirm=True)
    task(b, vb, "maintenance_due", D(2026, 10, 3), "done", "satisfied", DT(2026, 10, 5, 10))
    archive.add_visit(vb, {"visit_date": "2026-11-20", "visit_type": "定期保养", "mileage": "9000"}, confirm=True)  # day 46
    task(c, vc, "lost_3m", D(2026, 10, 20), "done", "satisfied", DT(2026, 10, 28, 10))  # 30 days still running
    task(d, vd, "lost_3m", D(2026, 10, 20), "lost", completed=None)  # never reached: not a reminder
    task(d, vd, "birthday", D(2026, 10, 9), "done", "satisfied", DT(2026, 10, 9, 10))  # not an invitation
    results = recall.reminder_results(D(2026, 10, 1), D(2026, 10, 31))
    assert set(results) == {"maintenance_due", "lost_3m", "total"}
    assert (results["maintenance_due"].reminded, results["maintenance_due"].came_back) == (2, 1)
    assert (results["lost_3m"].reminded, results["lost_3m"].came_back, results["lost_3m"].waiting) == (1, 0, 1)
    total = results["total"]
    assert (total.reminded, total.came_back, total.waiting, total.rate) == (3, 1, 1, 33.3)


def test_lost_customer_funnel(store):
    # delivered with no visit: first service due three months after delivery (time comes before 5 000 km)
    car("甲", "13800000021", "浙A30001", "2026-04-10")  # due 2026-07-10: 4 months at Nov 20 → 3
    car("乙", "13800000022", "浙A30002", "2025-11-01")  # due 2026-02-01: 9 months → 3, 6, 9
    car("丙", "13800000023", "浙A30003", "2024-06-01")  # due 2024-09-01: 26 months → 3, 6, 9, 12
    car("丁", "13800000024", "浙A30004", "2026-09-01")  # due 2026-12-01: not due yet
    # 戊 (first service due 2026-02-05) came back on 2026-11-10, nine months late: won back from stage 9
    car("戊", "13800000025", "浙A30005", "2025-11-05", [("2026-11-10", "定期保养", "4000")])
    funnel = recall.lost_funnel("2026-11")
    assert funnel.as_of == D(2026, 11, 20)  # the month is not over: today
    assert funnel.stages == {3: 3, 6: 2, 9: 2, 12: 1}
    assert funnel.won_back == {3: 0, 6: 0, 9: 1, 12: 0}
    assert funnel.vehicles == 5
    october = recall.lost_funnel("2026-10")
    assert october.as_of == D(2026, 10, 31)
    assert october.stages == {3: 4, 6: 3, 9: 1, 12: 1}  # 戊 was 6 months past due then, 乙 8 months


def test_lounge_figures(store):
    check = lounge.start_round(D(2026, 11, 3))
    scores = list(LoungeScore.select().where(LoungeScore.check == check).order_by(LoungeScore.position))
    lounge.score_item(scores[0].id, 5)
    lounge.score_item(scores[1].id, 2, "电视无信号")
    lounge.report_repair(scores[1].id)
    second = lounge.start_round(D(2026, 11, 4))
    lounge.score_item(LoungeScore.get((LoungeScore.check == second) & (LoungeScore.position == 1)).id, 4)
    figures = stats.lounge_figures("2026-11")
    assert figures.rounds == 2
    assert figures.averages[(1, scores[0].title)] == 4.5
    assert figures.averages[(2, scores[1].title)] == 2.0
    assert [(day, item, remark, state) for day, item, remark, state in figures.repairs] == [
        (D(2026, 11, 3), scores[1].title, "电视无信号", "已报修")]


def test_f9_month_and_year_to_date(store):
    car("张三", "13800000001", "浙A10001", "2026-01-10", [("2026-04-12", "首保", "3000")])
    car("李四", "13800000002", "浙A10002", "2026-04-20")
    car("王五", "13800000003", "浙A10003", "2026-05-02", model="速派")
    figures = stats.f9_month_and_year("2026-04")
    assert figures["明锐"]["展厅销售数"] == (1, 2)
    assert figures["明锐"]["首次进厂"] == (1, 1)
    assert figures["速派"]["展厅销售数"] == (0, 0)  # May is after April
