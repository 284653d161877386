"""The complaint desk completed (RULES §3): warnings set by whoever hears them, the upgrade to C, every state with a
way to 已封闭, the promised reply time with its reminder and its warning, and how all of it counts in the KPIs."""

import datetime

import pytest

from carecenter import archive, complaints, followup, permissions, session
from carecenter.errors import UserError
from carecenter.models import CallTask, Complaint, ComplaintEvent

DT = datetime.datetime
NOW = DT(2026, 11, 20, 9, 0)  # the tests' clock


@pytest.fixture
def accepted(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})

    def make(category="S1", at=DT(2026, 11, 16, 9, 0)):
        complaint_id = Complaint.create(customer=customer, content="空调异响").id
        complaints.accept(complaint_id, category, "电话", at)
        return complaint_id
    return make


@pytest.mark.parametrize("kind, words", [("nobody", "客户表示无人与其联系"), ("emotion", "客户情绪激动，要求立即答复"),
                                         ("media", "客户自称媒体")])
def test_a_warning_is_set_by_whoever_hears_it_with_the_time(accepted, kind, words):
    complaint_id = accepted()
    with session.acting_as(session.Actor("李婷", "specialist")):
        complaints.warn(complaint_id, kind, "电话里说的", DT(2026, 11, 20, 8, 40))
    assert Complaint.get_by_id(complaint_id).warning == words
    event = ComplaintEvent.get((ComplaintEvent.complaint == complaint_id) & (ComplaintEvent.kind == "warning"))
    assert (event.actor, event.at, event.detail) == ("李婷", DT(2026, 11, 20, 8, 40), f"{words}：电话里说的")
    [row] = complaints.complaint_rows(open_only=True)
    assert row.warning == words


def test_only_a_manager_marks_a_special_case_and_says_what_it_is(accepted):
    complaint_id = accepted()
    with session.acting_as(session.Actor("李婷", "specialist")):
        with pytest.raises(permissions.PermissionDenied):
            complaints.warn(complaint_id, "manager", "客户是当地人大代表")
    with session.acting_as(session.Actor("王经理", "manager")):
        with pytest.raises(UserError, match="请写明经理标记的特殊情况"):
            complaints.warn(complaint_id, "manager", "")
        complaints.warn(complaint_id, "manager", "客户是当地人大代表")
    assert Complaint.get_by_id(complaint_id).warning == "经理标记为特殊情况：客户是当地人大代表"


@pytest.mark.parametrize("action, words", [
    (lambda c: complaints.warn(c, "angry"), "预警情况应为"),
    (lambda c: complaints.warn(c, "media", at=NOW + datetime.timedelta(hours=2)), "时间不能晚于现在"),
    (lambda c: complaints.upgrade_to_c(c, ""), "请写明升级为C类的原因"),
    (lambda c: complaints.promise_reply(c, NOW - datetime.timedelta(hours=1)), "答复客户的时间应在现在之后"),
])
def test_bad_input_gets_one_sentence_and_changes_nothing(accepted, action, words):
    complaint_id = accepted()
    before = Complaint.get_by_id(complaint_id).__data__.copy()
    with pytest.raises(UserError, match=words):
        action(complaint_id)
    assert Complaint.get_by_id(complaint_id).__data__ == before
    assert CallTask.select().where(CallTask.reason == "complaint_reply").count() == 0


def test_a_b_past_its_deadline_upgraded_to_c_goes_on_to_closed(accepted):
    b = accepted("B4", DT(2026, 11, 2, 9, 0))  # B: 7 working days → 2026-11-11 23:59:59, missed
    complaints.contact(b, DT(2026, 11, 2, 10, 0), "已致电客户")  # answered in time: the closure clock is what runs
    with session.acting_as(session.Actor("李婷", "specialist")):
        with pytest.raises(permissions.PermissionDenied):
            complaints.upgrade_to_c(b, "需厂家技术支持")
    with session.acting_as(session.Actor("王经理", "manager")):
        complaints.upgrade_to_c(b, "需厂家技术支持，无法在时限内解决")
    upgraded = Complaint.get_by_id(b)
    assert (upgraded.level, upgraded.category, upgraded.closure_due, upgraded.number) == ("C", "C4", None,
                                                                                        "TS-2026-0001")
    assert upgraded.late_when_upgraded
    assert ComplaintEvent.get((ComplaintEvent.complaint == b) & (ComplaintEvent.kind == "upgraded")).detail == \
        "B4 → C4：需厂家技术支持，无法在时限内解决"
    [row] = complaints.complaint_rows(open_only=True)
    assert (row.clock, row.remaining) == ("none", "不限")  # no longer in the overdue list
    assert complaints.overdue_count() == 0
    with pytest.raises(UserError, match="已是C类"):
        complaints.upgrade_to_c(b, "again")
    for state in ("处理中", "处理完成", "已封闭"):
        complaints.move(b, state)
    assert Complaint.get_by_id(b).state == "已封闭"


def test_upgraded_and_escalated_complaints_count_in_the_kpis_as_they_should(accepted):
    """Four complaints of November: a B upgraded after its deadline (closed: late still), an A upgraded in time
    (closed later than 3 days: on time, C has no limit), an escalated one closed in time, an escalated one left
    open."""
    late = accepted("B4", DT(2026, 11, 2, 9, 0))
    early = accepted("S1", DT(2026, 11, 16, 9, 0))
    escalated_closed = accepted("S2", DT(2026, 11, 17, 9, 0))
    escalated_open = accepted("S3", DT(2026, 11, 17, 10, 0))
    complaints.upgrade_to_c(late, "厂家技术支持")
    complaints.upgrade_to_c(early, "等配件", DT(2026, 11, 17, 9, 0))
    for complaint_id in (escalated_closed, escalated_open):
        complaints.move(complaint_id, "已升级", DT(2026, 11, 17, 12, 0))
    for complaint_id in (late, early, escalated_closed):
        for state in ("处理中", "处理完成", "已封闭"):
            complaints.move(complaint_id, state, DT(2026, 11, 20, 8, 0))
    result = complaints.kpis(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert (result.count, result.closed_on_time) == (4, 2)  # early (C) and escalated_closed (by 11-20, S2: 3 days)


def test_a_promised_reply_is_a_call_on_the_handlers_list_and_a_warning_when_missed(accepted):
    complaint_id = accepted()
    when = DT(2026, 11, 20, 16, 0)
    task_id = complaints.promise_reply(complaint_id, when)
    task = CallTask.get_by_id(task_id)
    assert (task.reason, task.due_date, task.assignee) == ("complaint_reply", when.date(), "测试管理员")
    assert task_id in [t.id for t in followup.day_tasks(when.date())]
    assert not complaints.promise_missed(Complaint.get_by_id(complaint_id))
    [row] = complaints.complaint_rows(open_only=True, at=DT(2026, 11, 20, 16, 30))
    assert row.warning == "承诺 2026-11-20 16:00 答复客户，已过时未答复"
    followup.log_call(task_id, "informed", {"what": "已告知检测结果"}, at=DT(2026, 11, 20, 15, 50))
    kept = Complaint.get_by_id(complaint_id)
    assert kept.promise_kept_at == DT(2026, 11, 20, 15, 50) and not complaints.promise_missed(kept, DT(2026, 11, 21))
    assert CallTask.get_by_id(task_id).status == "done"


def test_a_new_promise_moves_the_reminder(accepted):
    complaint_id = accepted()
    first = complaints.promise_reply(complaint_id, DT(2026, 11, 20, 16, 0))
    second = complaints.promise_reply(complaint_id, DT(2026, 11, 23, 10, 0))
    assert CallTask.get_by_id(first).status == "cancelled"
    assert (CallTask.get_by_id(second).status, CallTask.get_by_id(second).due_date) == ("open", datetime.date(2026, 11, 23))
    complaints.contact(complaint_id, DT(2026, 11, 20, 11, 0), "电话告知")  # any contact keeps the promise
    assert CallTask.get_by_id(second).status == "done"


def test_quality_complaints_are_counted_for_the_week_and_the_month(accepted):
    """000 WI-xG-S6: quality complaints (维修质量 S1, 产品瑕疵 A4e) closed within 3 working days, reported weekly and
    monthly — one closed in time, one open, one upgraded to C and closed (counted, not in time), and a complaint of
    another kind left out."""
    from carecenter import stats
    in_time = accepted("S1", DT(2026, 11, 16, 9, 0))
    accepted("S1", DT(2026, 11, 18, 9, 0))
    product = accepted("A4e", DT(2026, 11, 2, 9, 0))
    other = accepted("S2", DT(2026, 11, 16, 10, 0))
    complaints.upgrade_to_c(product, "等厂家配件")
    for complaint_id, closed in ((in_time, DT(2026, 11, 17, 12, 0)), (product, DT(2026, 11, 20, 8, 0)),
                                 (other, DT(2026, 11, 17, 12, 0))):
        for state in ("处理中", "处理完成", "已封闭"):
            complaints.move(complaint_id, state, closed)
    month = stats.complaint_figures(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert month.quality == (3, 1, 1)
    week = stats.complaint_figures(datetime.date(2026, 11, 16), datetime.date(2026, 11, 22))
    assert week.quality == (2, 1, 1)
