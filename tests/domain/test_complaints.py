"""Complaints: numbers, the clock, the states, escalation, warnings, KPIs (RULES.md §3)."""

import datetime

import pytest

from carecenter import archive, complaints
from carecenter.errors import UserError
from carecenter.models import Complaint, ComplaintEvent

DT = datetime.datetime


@pytest.fixture
def customer(store):
    return archive.save_customer({"name": "张三", "phone": "13812345678"})


def draft(customer_id, content="空调异响"):
    return Complaint.create(customer=customer_id, content=content).id


def test_accepting_numbers_gap_free_and_sets_the_clock(customer):
    first = draft(customer)
    assert complaints.accept(first, "S1", "电话", DT(2026, 9, 30, 15, 0)) == "TS-2026-0001"
    stored = Complaint.get_by_id(first)
    assert (stored.level, stored.state) == ("A", "未处理")
    assert stored.response_due == DT(2026, 9, 30, 17, 0)
    assert stored.closure_due == DT(2026, 10, 10, 23, 59, 59)  # the National Day example of RULES §3
    assert complaints.accept(draft(customer), "B4", "网站/媒体/消协", DT(2026, 11, 20, 19, 0)) == "TS-2026-0002"
    b = Complaint.get(Complaint.number == "TS-2026-0002")
    assert b.response_due == DT(2026, 11, 21, 10, 30)  # after closing: the clock starts at the next opening
    assert b.closure_due == DT(2026, 12, 1, 23, 59, 59)  # 7 working days
    c = Complaint.get_by_id(draft(customer))
    with pytest.raises(UserError, match="C类投诉是主管从已受理的投诉升级而来"):  # C comes from an upgrade only
        complaints.accept(c.id, "C4", "面谈", DT(2027, 1, 4, 9, 0))
    complaints.accept(c.id, "S1", "面谈", DT(2027, 1, 4, 9, 0))
    assert Complaint.get_by_id(c.id).number == "TS-2027-0001"
    with pytest.raises(UserError):
        complaints.accept(first, "S1", "电话")


@pytest.mark.parametrize("path, legal", [
    (["处理中"], True), (["处理完成"], False), (["已封闭"], False), (["已升级"], True),
    (["处理中", "处理完成", "已封闭"], True), (["处理中", "已封闭"], False),
    (["处理中", "处理完成", "处理中"], True), (["处理中", "处理完成", "已封闭", "处理中"], True),
    (["已升级", "处理中"], True), (["已升级", "处理完成", "已封闭"], True), (["已升级", "已封闭"], True),
    (["处理中", "处理完成", "已封闭", "已升级"], False),
])
def test_state_moves(customer, path, legal):
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S2", "面谈", DT(2026, 11, 20, 10, 0))
    if legal:
        for state in path:
            complaints.move(complaint_id, state, DT(2026, 11, 20, 12, 0))
        assert Complaint.get_by_id(complaint_id).state == path[-1]
    else:
        with pytest.raises(UserError):
            for state in path:
                complaints.move(complaint_id, state, DT(2026, 11, 20, 12, 0))


def test_reopening_is_counted_and_recorded(customer):
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S2", "面谈", DT(2026, 11, 20, 10, 0))
    for state in ("处理中", "处理完成", "已封闭", "处理中"):
        complaints.move(complaint_id, state)
    stored = Complaint.get_by_id(complaint_id)
    assert stored.reopened == 1 and stored.closed_at is None
    assert ComplaintEvent.select().where(ComplaintEvent.kind == "reopened").count() == 1


@pytest.mark.parametrize("days_later, escalated", [(6, True), (8, False)])
def test_a_repeat_within_7_days_of_resolution_is_an_escalation(customer, days_later, escalated):
    original = draft(customer)
    complaints.accept(original, "S1", "电话", DT(2026, 11, 2, 10, 0))
    complaints.move(original, "处理中", DT(2026, 11, 2, 11, 0))
    complaints.move(original, "处理完成", DT(2026, 11, 3, 16, 0))
    again = draft(customer, "还是异响")
    complaints.accept(again, "S1", "电话", DT(2026, 11, 3, 16, 0) + datetime.timedelta(days=days_later))
    assert (Complaint.get_by_id(again).escalated_from_id == original) is escalated


def test_warnings(customer):
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S5", "电话", DT(2026, 11, 20, 10, 0))
    assert complaints.customer_called(complaint_id) == "状态为未处理，客户已来电 2 次"
    other = Complaint.get_by_id(draft(customer))
    other.state, other.contact_count = "处理中", 3
    assert complaints.warning_for(other) == "状态为处理中，客户已来电 3 次"
    other.contact_count = 1
    assert complaints.warning_for(other) == ""
    assert complaints.warning_for(other, says_nobody_called=True) == "客户表示无人与其联系"
    assert complaints.warning_for(other, strong_emotion=True) == "客户情绪激动，要求立即答复"
    assert complaints.warning_for(other, claims_media=True) == "客户自称媒体"
    assert complaints.warning_for(other, manager_mark="老客户特别关注") == "老客户特别关注"


def test_a_calendar_override_moves_open_deadlines(customer):
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S1", "电话", DT(2026, 11, 20, 10, 0))
    assert Complaint.get_by_id(complaint_id).closure_due == DT(2026, 11, 25, 23, 59, 59)
    assert complaints.set_override(datetime.date(2026, 11, 23), False) == 1
    assert Complaint.get_by_id(complaint_id).closure_due == DT(2026, 11, 26, 23, 59, 59)


def test_kpis_on_a_hand_counted_set(customer):
    def handled(accepted, contacted, closed, category="S1"):
        complaint_id = draft(customer)
        complaints.accept(complaint_id, category, "电话", accepted)
        if contacted:
            complaints.contact(complaint_id, contacted)
        if closed:
            complaints.move(complaint_id, "处理中", contacted or accepted)
            complaints.move(complaint_id, "处理完成", closed)
            complaints.move(complaint_id, "已封闭", closed)
        return complaint_id
    handled(DT(2026, 11, 2, 9, 0), DT(2026, 11, 2, 10, 0), DT(2026, 11, 3, 12, 0))          # all on time
    handled(DT(2026, 11, 9, 9, 0), DT(2026, 11, 9, 14, 0), DT(2026, 11, 20, 12, 0), "S2")  # late and late
    first = handled(DT(2026, 11, 16, 9, 0), DT(2026, 11, 16, 9, 30), DT(2026, 11, 17, 9, 0), "S3")
    handled(DT(2026, 11, 20, 9, 0), DT(2026, 11, 20, 9, 30), None, "S3")  # the same issue again: escalation
    result = complaints.kpis(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert result.count == 3  # the escalation itself is not a new complaint
    assert (result.responded_on_time, result.closed_on_time, result.solved_first_time) == (2, 2, 2)
    assert result.as_json() == {"count": 3, "response_on_time_rate": 66.7, "closure_on_time_rate": 66.7,
                                "first_time_resolution_rate": 66.7}
    assert Complaint.get(Complaint.escalated_from == first)


# --- signatures -------------------------------------------------------------------------------------------------

from carecenter import permissions, session  # noqa: E402
from carecenter.models import SIGNATURE_BOXES, ComplaintSignature  # noqa: E402

EXPECTED_SIGNERS = {
    "specialist": {"specialist", "manager", "director", "admin"},
    "feedback_specialist": {"specialist", "manager", "director", "admin"},
    "department_manager": {"manager", "director", "admin"},
    "measure_owner": {"manager", "director", "admin"},
    "implementing_manager": {"manager", "director", "admin"},
    "director": {"director", "admin"},
    "final_director": {"director", "admin"},
}


@pytest.mark.parametrize("role", ["specialist", "manager", "director", "admin"])
@pytest.mark.parametrize("box", [box for box, *_ in SIGNATURE_BOXES])
def test_each_box_is_signed_only_by_its_roles(customer, role, box):
    complaint_id = draft(customer)
    with session.acting_as(session.Actor("签名人", role, 5)):
        if role in EXPECTED_SIGNERS[box]:
            complaints.sign(complaint_id, box)
            assert ComplaintSignature.get().signer == "签名人"
        else:
            with pytest.raises(permissions.PermissionDenied):
                complaints.sign(complaint_id, box)
            assert not ComplaintSignature.select().exists()


def test_a_signature_locks_its_fields_until_withdrawn(customer):
    complaint_id = draft(customer)
    complaints.update_form(complaint_id, {"analysis": "压缩机支架松动"})
    complaints.sign(complaint_id, "specialist")
    with pytest.raises(UserError) as error:
        complaints.update_form(complaint_id, {"analysis": "改一下"})
    assert "客户关爱专员签名" in str(error.value)
    complaints.update_form(complaint_id, {"investigation": "已检查"})  # below the box: still open
    with pytest.raises(UserError):
        complaints.withdraw(complaint_id, "specialist", "  ")
    complaints.withdraw(complaint_id, "specialist", "分析有误")
    complaints.update_form(complaint_id, {"analysis": "冷凝器风扇异响"})
    assert Complaint.get_by_id(complaint_id).analysis == "冷凝器风扇异响"
    assert ComplaintSignature.get().withdrawn_at is not None  # kept, not deleted


def test_the_list_shows_the_clock_that_matters_and_overdue_first(customer):
    late = draft(customer)
    complaints.accept(late, "S1", "电话", DT(2026, 11, 16, 9, 0))  # closure due Nov 19
    complaints.contact(late, DT(2026, 11, 16, 9, 30))
    waiting = draft(customer)
    complaints.accept(waiting, "S2", "电话", DT(2026, 11, 20, 9, 0))  # response due 11:00
    draft(customer)  # a draft: no clock yet
    rows = complaints.complaint_rows(at=DT(2026, 11, 20, 10, 45))
    assert [(r.id, r.deadline_kind, r.clock) for r in rows][:2] == [(late, "封闭", "overdue"), (waiting, "响应", "soon")]
    assert rows[0].remaining.startswith("超时") and rows[2].remaining == "待受理"
    assert complaints.overdue_count(at=DT(2026, 11, 20, 10, 45)) == 1
    assert complaints.overdue_count(at=DT(2026, 11, 20, 11, 5)) == 2


def test_the_list_filters_by_category_and_handler(customer):
    for category in ("S1", "S2"):
        complaints.accept(draft(customer), category, "电话", DT(2026, 11, 20, 9, 0))
    assert [r.category for r in complaints.complaint_rows(category="S2")] == ["S2"]
    assert len(complaints.complaint_rows(handler="测试管理员")) == 2
    assert complaints.complaint_rows(handler="李婷") == []


def test_every_transition_between_states_is_allowed_or_refused_as_the_rules_say(customer):
    from carecenter.models import STATES
    for source in STATES[1:]:
        for target in STATES[1:]:
            complaint_id = draft(customer)
            complaints.accept(complaint_id, "S1", "电话", DT(2026, 11, 20, 9, 0))
            Complaint.update(state=source).where(Complaint.id == complaint_id).execute()
            if target in complaints.TRANSITIONS[source]:
                complaints.move(complaint_id, target)
                assert Complaint.get_by_id(complaint_id).state == target
            else:
                with pytest.raises(UserError):
                    complaints.move(complaint_id, target)
                assert Complaint.get_by_id(complaint_id).state == source


def test_kpis_by_category_and_channel(customer):
    for category, channel, contacted in (("S1", "电话", 30), ("S1", "面谈", 200), ("S2", "电话", 30)):
        complaint_id = draft(customer, f"{category}{channel}")
        complaints.accept(complaint_id, category, channel, DT(2026, 11, 2, 9, 0))
        complaints.contact(complaint_id, DT(2026, 11, 2, 9, 0) + datetime.timedelta(minutes=contacted))
    by_category = complaints.kpis_by(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30), "category")
    assert {k: (v.count, v.responded_on_time) for k, v in by_category.items()} == {"S1": (2, 1), "S2": (1, 1)}
    by_channel = complaints.kpis_by(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30), "channel")
    assert {k: v.count for k, v in by_channel.items()} == {"电话": 2, "面谈": 1}


def test_closing_a_complaint_brings_the_follow_up_call(customer):
    from carecenter import followup
    from carecenter.models import CallTask
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S1", "电话", DT(2026, 11, 16, 9, 0))
    for state in ("处理中", "处理完成", "已封闭"):
        complaints.move(complaint_id, state, DT(2026, 11, 18, 16, 0))
    followup.generate(datetime.date(2026, 11, 20))
    task = CallTask.get(CallTask.reason == "complaint_followup")
    assert (task.customer_id, task.due_date, task.window_end) == (customer, datetime.date(2026, 11, 19),
                                                                  datetime.date(2026, 11, 25))


def test_a_complaint_closed_after_the_days_list_gets_its_call_on_a_later_run(customer):
    import time

    from carecenter import followup
    from carecenter.models import CallTask
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S1", "电话", DT(2026, 11, 13, 9, 0))
    for state in ("处理中", "处理完成", "已封闭"):
        complaints.move(complaint_id, state, DT(2026, 11, 13, 17, 30))  # Friday, after the day's list was made
    time.sleep(1.1)  # the change is now older than the next run: only the open window brings the complaint back
    followup.generate(datetime.date(2026, 11, 13))
    assert not CallTask.select().where(CallTask.reason == "complaint_followup").exists()  # due Saturday
    followup.generate(datetime.date(2026, 11, 16))  # Monday: nothing changed since, the window is open
    task = CallTask.get(CallTask.reason == "complaint_followup")
    assert (task.due_date, task.window_end) == (datetime.date(2026, 11, 14), datetime.date(2026, 11, 20))


def test_a_long_list_keeps_drafts_and_the_most_recent(customer):
    for day in range(1, 6):
        complaints.accept(draft(customer, f"第 {day} 件"), "S1", "电话", DT(2026, 10, day, 9, 0))
    waiting = draft(customer, "还没受理")
    rows = complaints.complaint_rows(limit=3)
    assert [r.id for r in rows][0] == waiting or waiting in [r.id for r in rows]
    assert sorted(r.accepted_at for r in rows if r.accepted_at) == [DT(2026, 10, 4, 9, 0), DT(2026, 10, 5, 9, 0)]


def test_a_complaint_phoned_in_becomes_a_draft(customer):
    from carecenter import phone

    phone.log_incoming(customer, "客户来电投诉", {"what": "保养价格", "request": "认为收费过高，要求解释"})
    phone.log_incoming(customer, "客户来电咨询", {"what": "营业时间"})
    [draft] = Complaint.select()
    assert draft.state == "草稿" and draft.content == "保养价格\n认为收费过高，要求解释"
    assert draft.source_call_id is not None


def test_a_complaint_taken_at_the_desk_is_accepted_in_one_step(customer):
    complaint_id = complaints.file(customer, "前台接待态度冷淡", "S2", "面谈", DT(2026, 11, 20, 10, 0))
    stored = Complaint.get_by_id(complaint_id)
    assert (stored.number, stored.state, stored.response_due) == ("TS-2026-0001", "未处理", DT(2026, 11, 20, 12, 0))
    with pytest.raises(UserError):
        complaints.file(customer, "   ", "S2", "面谈")
    with pytest.raises(UserError):
        complaints.file(customer, "内容", "X9", "面谈")  # a bad category leaves no draft behind
    assert Complaint.select().count() == 1


def test_a_warning_is_stored_in_chinese_and_shown_in_the_language_chosen(customer):
    from carecenter import i18n

    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S1", "电话", DT(2026, 11, 20, 10, 0))
    complaints.customer_called(complaint_id, DT(2026, 11, 20, 11, 0))
    stored = Complaint.get_by_id(complaint_id)
    assert stored.warning == "状态为未处理，客户已来电 2 次"
    event = ComplaintEvent.select().where(ComplaintEvent.kind == "accepted").get()
    try:
        i18n.set_language("en")
        assert complaints.in_language(stored.warning) == "still open, the customer has called 2 times"
        assert complaints.in_language(event.detail) == "S1 Phone"
        assert complaints.in_language("店长手写的说明") == "店长手写的说明"
    finally:
        i18n.set_language("zh_CN")


# --- the year's official notice (RULES §3) ------------------------------------------------------------------

HOLIDAY_CN_2027 = """{"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
 "year": 2027, "papers": [],
 "days": [%s, {"name": "春节", "date": "2027-02-20", "isOffDay": false}]}""" % ", ".join(
    f'{{"name": "春节", "date": "2027-02-{day:02d}", "isOffDay": true}}' for day in range(5, 14))


def test_a_notice_moves_open_deadlines_and_removes_the_estimate(customer, tmp_path):
    from carecenter import official_calendar
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S1", "电话", DT(2027, 2, 4, 10, 0))
    stored = Complaint.get_by_id(complaint_id)
    assert stored.closure_due >= DT(2027, 2, 10) and stored.closure_estimated  # no 2027 notice yet
    path = tmp_path / "2027.json"
    path.write_text(HOLIDAY_CN_2027, encoding="utf-8")
    notice, moved = official_calendar.load(path)
    assert (notice.year, notice.off, notice.worked, moved) == (2027, 9, 1, 1)
    stored = Complaint.get_by_id(complaint_id)
    assert (stored.closure_due, stored.closure_estimated) == (DT(2027, 2, 17, 23, 59, 59), False)
    schedule = official_calendar.show(2027)
    assert schedule.source == "loaded" and (datetime.date(2027, 2, 20), True) in [d[:2] for d in schedule.days]
    assert official_calendar.remove(2027) == 1
    stored = Complaint.get_by_id(complaint_id)
    assert (stored.closure_due, stored.closure_estimated) == (DT(2027, 2, 15, 23, 59, 59), True)


def test_a_typed_list_of_days_is_a_notice_too(customer, tmp_path):
    from carecenter import official_calendar
    path = tmp_path / "通知.txt"
    path.write_text("# 2027 春节\n2027-02-05 休\n2027/2/6\t休\n2027年2月20日，班\n", encoding="utf-8")
    notice, _ = official_calendar.load(path)
    assert notice.days == {datetime.date(2027, 2, 5): False, datetime.date(2027, 2, 6): False,
                           datetime.date(2027, 2, 20): True}


@pytest.mark.parametrize("content, words", [
    ("", "没有放假或调休上班的日期"),
    ("{broken", "不是有效的 JSON"),
    ('{"year": 2027, "holidays": []}', "不是节假日文件"),
    ('{"year": 2027, "days": [{"date": "2027-02-30", "isOffDay": true}]}', "第 1 项"),
    ("2027-02-05 休\n2027-02-06 maybe\n", "第 2 行"),
    ('{"year": 2027, "days": [{"date": "2031-02-05", "isOffDay": true}]}', "相隔太远"),
])
def test_a_file_that_is_not_a_notice_is_refused_and_changes_nothing(customer, tmp_path, content, words):
    from carecenter import official_calendar, settings
    complaint_id = draft(customer)
    complaints.accept(complaint_id, "S1", "电话", DT(2027, 2, 4, 10, 0))
    before = Complaint.get_by_id(complaint_id).closure_due
    path = tmp_path / "notice.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=words):
        official_calendar.load(path)
    assert settings.get("calendar.notices") == {}
    assert Complaint.get_by_id(complaint_id).closure_due == before
