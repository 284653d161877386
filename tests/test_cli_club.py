"""The club's commands of CLI.md on a fresh store: join (the number and its SMS), points, members, campaign."""

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
