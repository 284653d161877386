"""The commands of CLI.md for the club (join and its SMS, points, members, campaign) and the complaint desk (complaint:
 warn, upgrade, promise, move), on a fresh store."""

import json

import openpyxl

from carecenter import archive, cli, store


def run(capsys, *argv):
    code = cli.run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_join_points_members_and_a_campaign(tmp_path, capsys):
    path = tmp_path / "club.sqlite3"
    opened = store.open_store(path)
    zhang = archive.save_customer({"name": "张三", "phone": "13812345678", "gender": "男"})
    li = archive.save_customer({"name": "李四", "phone": "13912345678"})
    archive.save_vehicle(li, {"plate": "浙A12345", "model": "明锐", "delivery_date": "2024-05-01"})
    opened.close()

    code, out, err = run(capsys, "--db", path, "--today", "2026-11-20", "join", zhang)
    assert code == 0 and out.strip() == "HY202600001"
    assert "入会短信" in err and "您的会员卡号为HY202600001" in err
    code, out, _ = run(capsys, "--db", path, "points", zhang, "--earn", "300", "--kind", "event", "--reason", "自驾游",
                       "--json")
    ledger = json.loads(out)
    assert code == 0 and ledger["balance"] == 300 and ledger["entries"][0]["kind"] == "活动"
    code, _, err = run(capsys, "--db", path, "points", zhang, "--redeem", "301", "--reason", "抵扣")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    code, out, _ = run(capsys, "--db", path, "members", "--json")
    assert [m["member_number"] for m in json.loads(out)] == ["HY202600001"]

    code, out, _ = run(capsys, "--db", path, "--today", "2026-11-20", "campaign", "--template", "join_invitation",
                       "--audience", "member=no,model=明锐", "--json")
    preview = json.loads(out)
    assert code == 0 and (preview["chosen"], preview["messages"], preview["refused"]) == (1, 1, 0)
    assert preview["campaign_id"] is None  # a preview writes nothing
    out_file = tmp_path / "入会邀请.xlsx"
    code, out, err = run(capsys, "--db", path, "--today", "2026-11-20", "campaign", "--template", "入会邀请",
                         "--audience", "member=no,model=明锐", "--out", out_file)
    assert code == 0 and "短信 1 条" in out
    rows = list(openpyxl.load_workbook(out_file).active.iter_rows(values_only=True))
    assert rows[1][0] == "13912345678"
    code, _, err = run(capsys, "--db", path, "campaign", "--template", "join_invitation", "--audience", "level=gold")
    assert code == 1 and "没有符合这些条件的客户" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", path, "campaign", "--template", "join_invitation", "--audience", "colour=red")
    assert code == 1 and "键可以是" in err


def test_the_complaint_command_warns_upgrades_promises_and_closes(tmp_path, capsys):
    from carecenter import complaints
    from carecenter.models import Complaint
    path = tmp_path / "c.sqlite3"
    opened = store.open_store(path)
    zhang = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint_id = Complaint.create(customer=zhang, content="空调异响").id
    import datetime
    number = complaints.accept(complaint_id, "B4", "电话", datetime.datetime(2026, 11, 2, 9, 0))
    opened.close()
    today = ("--today", "2026-11-20")
    code, _, err = run(capsys, "--db", path, *today, "complaint", number, "--warn", "media", "--note", "说是报社记者")
    assert code == 0
    code, out, err = run(capsys, "--db", path, *today, "complaint", number, "--upgrade", "需厂家技术支持", "--json")
    row = json.loads(out)
    assert code == 0 and (row["level"], row["category"], row["closure_due"], row["warning"]) == (
        "C", "C4", None, "客户自称媒体")
    code, _, err = run(capsys, "--db", path, *today, "complaint", number, "--promise", "2026-11-19 10:00")
    assert code == 1 and "应在现在之后" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", path, *today, "complaint", number, "--warn", "manager")
    assert code == 1 and "请写明经理标记的特殊情况" in err
    for state in ("in-progress", "resolved", "closed"):
        code, out, err = run(capsys, "--db", path, *today, "complaint", number, "--move", state)
        assert code == 0, err
    assert "已封闭" in out
    code, out, _ = run(capsys, "--db", path, "complaints", "--json")
    [listed] = json.loads(out)
    assert listed["state"] == "已封闭" and listed["upgraded_at"] and listed["promised_reply_at"] is None
    code, _, err = run(capsys, "--db", path, "complaint", "TS-2099-0001")
    assert code == 1 and "找不到投诉" in err


def test_incoming_and_leads(tmp_path, capsys):
    from carecenter.models import Staff
    path = tmp_path / "p.sqlite3"
    opened = store.open_store(path)
    zhang = archive.save_customer({"name": "张三", "phone": "13812345678"})
    Staff.create(name="王芳", role="specialist")
    opened.close()
    today = ("--today", "2026-11-20")
    code, out, _ = run(capsys, "--db", path, *today, "incoming", "138-1234-5678", "--note", "问保养价格", "--json")
    assert code == 0 and json.loads(out) == {"customer_id": zhang, "prospect": False, "call_id": 1, "lead_id": None,
                                             "task_id": None, "complaint_id": None}
    code, out, _ = run(capsys, "--db", path, *today, "incoming", "13700002222", "--name", "钱先生", "--type", "lead",
                       "--model", "柯迪亚克", "--need", "trade-in", "--json")
    result = json.loads(out)
    assert code == 0 and result["prospect"] and result["lead_id"] == 1
    code, out, _ = run(capsys, "--db", path, *today, "incoming", "13812345678", "--type", "message", "--for", "王芳",
                       "--note", "请回电说发票的事")
    assert code == 0 and "已排入回访列表" in out
    code, _, err = run(capsys, "--db", path, *today, "incoming", "13900009999")
    assert code == 1 and "请填写来电人的姓名" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", path, *today, "incoming", "12345", "--name", "某人")
    assert code == 1 and "Traceback" not in err
    code, out, _ = run(capsys, "--db", path, "leads", "--json")
    [lead] = json.loads(out)
    assert (lead["name"], lead["model"], lead["need"], lead["outcome"]) == ("钱先生", "柯迪亚克", "置换", "")
