"""The phone at the desk (RULES §9): a caller found by the number or made a prospect, a message for a colleague on
their list until done, a call back on the day promised, a sales lead and its outcome, an answered question."""

import datetime

import pytest

from carecenter import archive, followup, phone
from carecenter.errors import UserError
from carecenter.models import CallLog, CallTask, Complaint, Customer, Lead, Staff

D = datetime.date
DT = datetime.datetime


@pytest.fixture
def desk(store):
    for name in ("李婷", "王芳"):
        Staff.create(name=name, role="specialist")
    return archive.save_customer({"name": "张三", "phone": "13812345678"})


def test_a_known_caller_is_found_by_the_number_however_it_is_written(desk):
    assert phone.find_caller("+86 138-1234-5678").customers == [(desk, "张三")]
    result = phone.incoming("138 1234 5678", call_type="咨询", notes={"what": "问保养价格"})
    assert (result.customer_id, result.prospect) == (desk, False)
    call = CallLog.get_by_id(result.call_id)
    assert (call.call_type, call.what) == ("客户来电咨询", "问保养价格")


def test_an_unknown_caller_becomes_a_prospect_marked_in_the_archive(desk):
    with pytest.raises(UserError, match="请填写来电人的姓名"):
        phone.incoming("13900001111", call_type="咨询")
    assert Customer.select().count() == 1  # nothing written
    result = phone.incoming("13900001111", call_type="咨询", name="赵女士", notes={"what": "问新车到货"})
    customer = Customer.get_by_id(result.customer_id)
    assert result.prospect and customer.prospect and (customer.name, customer.phone, customer.source) == (
        "赵女士", "13900001111", "来电")
    again = phone.incoming("13900001111", call_type="咨询")  # the next call finds her
    assert (again.customer_id, again.prospect) == (result.customer_id, False)
    archive.save_vehicle(result.customer_id, {"plate": "浙A88888", "model": "明锐"})  # she bought: no longer a prospect
    assert not Customer.get_by_id(result.customer_id).prospect


@pytest.mark.parametrize("number, words", [("12345", "手机号码"), ("abc", "无效字符"), ("", "请填写来电号码")])
def test_a_badly_formed_number_gets_one_sentence(desk, number, words):
    with pytest.raises(UserError, match=words):
        phone.incoming(number, call_type="咨询", name="某人")
    assert CallLog.select().count() == 0


def test_a_message_for_a_colleague_stays_on_their_list_until_done(desk):
    result = phone.incoming("13812345678", call_type="留言",
                            message={"for": "王芳", "about": "问上次维修的发票", "by": D(2026, 11, 21)})
    task = CallTask.get_by_id(result.task_id)
    assert (task.reason, task.assignee, task.due_date) == ("message", "王芳", D(2026, 11, 21))
    assert task.note == "张三（13812345678）来电留言：问上次维修的发票"
    assert [t.id for t in followup.day_tasks(D(2026, 11, 25), assignee="王芳")] == [task.id]  # still there
    followup.generate(D(2026, 11, 25))
    assert CallTask.get_by_id(task.id).status == "open"  # the rules never withdraw it
    followup.log_call(task.id, "informed")
    assert CallTask.get_by_id(task.id).status == "done"


@pytest.mark.parametrize("message, words", [({"about": "x"}, "留言请写明给谁"), ({"for": "不存在", "about": "x"}, "不是本店的用户"),
                                            ({"for": "王芳"}, "请写明留言的内容"),
                                            ({"for": "王芳", "about": "x", "by": D(2026, 11, 19)}, "回电日期不能早于今天")])
def test_a_message_needs_whom_and_what(desk, message, words):
    with pytest.raises(UserError, match=words):
        phone.incoming("13812345678", call_type="留言", message=message)
    assert CallLog.select().count() == 0 and CallTask.select().count() == 0


def test_a_next_contact_date_becomes_a_call_back(desk):
    result = phone.incoming("13812345678", call_type="咨询",
                            notes={"what": "等配件到货", "next_contact": "2026-11-23"})
    task = CallTask.get_by_id(result.task_id)
    assert (task.reason, task.due_date, task.note) == ("callback", D(2026, 11, 23), "约定今天回电：等配件到货")
    with pytest.raises(UserError, match="下次联系日期应在今天以后"):
        phone.incoming("13812345678", notes={"what": "x", "next_contact": "2026-11-20"})


def test_a_complaint_phoned_in_is_a_draft(desk):
    result = phone.incoming("13812345678", call_type="complaint", notes={"what": "维修后异响还在"})
    draft = Complaint.get_by_id(result.complaint_id)
    assert (draft.state, draft.content, draft.source_call_id) == ("草稿", "维修后异响还在", result.call_id)


def test_a_caller_who_wants_to_buy_is_a_lead_for_sales(desk):
    result = phone.incoming("13700002222", call_type="lead", name="钱先生",
                            lead={"model": "柯迪亚克", "need": "trade-in", "call_time": "工作日晚上"})
    [line] = phone.leads(D(2026, 11, 1), D(2026, 11, 30))
    assert (line.id, line.name, line.model, line.need, line.call_time, line.prospect) == (
        result.lead_id, "钱先生", "柯迪亚克", "置换", "工作日晚上", True)
    phone.hand_over(line.id, "周销售")
    phone.record_outcome(line.id, "已到店", "周六到店试驾")
    lead = Lead.get_by_id(line.id)
    assert (lead.handed_to, lead.outcome, lead.outcome_note) == ("周销售", "已到店", "周六到店试驾")
    assert phone.leads(open_only=True) == []
    with pytest.raises(UserError, match="跟进结果应为"):
        phone.record_outcome(line.id, "很好")
    with pytest.raises(UserError, match="需求应为"):
        phone.incoming("13700002222", call_type="购车意向", lead={"need": "租车"})


def test_an_answered_question_gets_its_day_and_leaves_the_supervisors_list(desk):
    result = phone.incoming("13812345678", call_type="咨询", notes={"what": "变速箱保修范围", "open_question": "离合片是否保修"},
                            at=DT(2026, 11, 16, 10, 0))
    assert [c.id for c in phone.questions_to_report(D(2026, 11, 19))] == [result.call_id]
    phone.answer_question(result.call_id, D(2026, 11, 19))
    assert CallLog.get_by_id(result.call_id).answered_on == D(2026, 11, 19)
    assert phone.questions_to_report(D(2026, 11, 20)) == []
    with pytest.raises(UserError, match="答复日期不能早于来电日期"):
        phone.answer_question(result.call_id, D(2026, 11, 1))


def test_a_next_contact_date_in_any_call_becomes_a_call_back(desk):
    car = archive.save_vehicle(desk, {"plate": "浙A12345", "delivery_date": "2026-11-17", "model": "明锐"})
    followup.generate(D(2026, 11, 20))
    task = CallTask.get((CallTask.vehicle == car) & (CallTask.reason == "delivery_3d"))
    result = followup.log_call(task.id, "satisfied", {"what": "客户想了解导航升级", "next_contact": "2026-11-24"})
    callback = CallTask.get_by_id(result.follow_up_task)
    assert (callback.reason, callback.due_date, callback.customer_id) == ("callback", D(2026, 11, 24), desk)
    assert callback.note == "约定今天回电：客户想了解导航升级"


def test_the_leads_go_to_sales_as_a_workbook_with_phones_masked_for_a_specialist(desk, tmp_path):
    import openpyxl

    from carecenter import export, session
    phone.incoming("13700002222", call_type="购车意向", name="钱先生", lead={"model": "柯迪亚克", "need": "置换"})
    export.export_leads(tmp_path / "all.xlsx", "2026-11")
    with session.acting_as(session.Actor("李婷", "specialist")):
        export.export_leads(tmp_path / "masked.xlsx")
    full = list(openpyxl.load_workbook(tmp_path / "all.xlsx").active.iter_rows(values_only=True))
    masked = list(openpyxl.load_workbook(tmp_path / "masked.xlsx").active.iter_rows(values_only=True))
    assert full[1][3:7] == ("钱先生", "13700002222", "柯迪亚克", "置换") and full[1][12] == "是"
    assert masked[1][4] == "137****2222"
