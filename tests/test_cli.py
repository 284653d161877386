"""The command line of CLI.md: demo, customers, print customer; exit codes 0 / 1 / 2, never a traceback."""

import json

import pytest

from carecenter import cli


@pytest.fixture
def demo_file(demo_location):
    return demo_location


def run(capsys, *argv):
    code = cli.run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_fills_an_empty_store_and_refuses_a_full_one(tmp_path, capsys):
    path = tmp_path / "d.sqlite3"
    code, out, err = run(capsys, "--db", path, "demo", "--size", "S", "--seed", "2")
    assert code == 0 and "位客户" in out
    code, out, err = run(capsys, "--db", path, "demo")
    assert code == 1
    assert err.count("\n") == 1 and "空数据库" in err and "Traceback" not in err


def test_customers_json_follows_the_contract(demo_file, capsys):
    code, out, err = run(capsys, "--db", demo_file, "customers", "--search", "浙A", "--json")
    assert code == 0
    customers = json.loads(out)
    assert len(customers) > 1000
    first = customers[0]
    assert set(first) >= {"id", "name", "phone", "vehicles"}
    vehicle = next(c for c in customers if c["vehicles"])["vehicles"][0]
    assert set(vehicle) >= {"id", "vin", "plate", "model", "delivery_date", "mileage", "last_visit_date"}
    assert len(vehicle["delivery_date"]) == 10 and vehicle["delivery_date"][4] == "-"
    assert all(any(v["plate"].startswith("浙A") for v in c["vehicles"]) for c in customers)


def test_customers_by_last_four_digits_prints_a_table(demo_file, capsys):
    code, out, err = run(capsys, "--db", demo_file, "customers", "--json")
    phone = next(c["phone"] for c in json.loads(out) if c["phone"])
    code, out, err = run(capsys, "--db", demo_file, "customers", "--search", phone[-4:])
    assert code == 0 and phone in out and "共" in err


def test_print_customer_writes_a_pdf(demo_file, tmp_path, capsys):
    out_file = tmp_path / "f1.pdf"
    code, out, err = run(capsys, "--db", demo_file, "print", "customer", 7, "--out", out_file)
    assert code == 0
    assert out_file.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("argv, words", [
    (["print", "customer", "999999", "--out", "{tmp}/x.pdf"], "找不到客户"),
    (["print", "customer", "abc", "--out", "{tmp}/x.pdf"], "应为数字"),
    (["print", "customer", "7", "--out", "{tmp}/missing/x.pdf"], "文件夹不存在"),
])
def test_user_errors_exit_1_with_one_line(demo_file, tmp_path, capsys, argv, words):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, "--db", demo_file, *argv)
    assert code == 1
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_file_that_is_not_a_store_is_a_user_error(tmp_path, capsys):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello", encoding="utf-8")
    code, out, err = run(capsys, "--db", bogus, "customers")
    assert code == 1 and "不是 CareCenter 数据库" in err
    assert bogus.read_text(encoding="utf-8") == "hello"


@pytest.mark.parametrize("argv", [["bogus"], ["--today", "2026-13-01", "customers"], ["print", "letter", "1",
                                                                                     "--out", "x.pdf"]])
def test_usage_errors_exit_2(argv, capsys):
    code, out, err = run(capsys, *argv)
    assert code == 2 and "usage" in err.lower()


def test_import_json_report_and_dry_run(tmp_path, capsys):
    import openpyxl
    path = tmp_path / "customers.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["客户姓名", "手机", "车牌号"])
    workbook.active.append(["张三", "13812345678", "浙A12345"])
    workbook.save(path)
    db = tmp_path / "i.sqlite3"
    code, out, err = run(capsys, "--db", db, "import", path, "--dry-run", "--json")
    report = json.loads(out)
    assert code == 0 and report["written"] is False and report["created"] == 1
    assert set(report) >= {"kind", "rows", "created", "updated", "skipped", "problems", "written"}
    code, out, err = run(capsys, "--db", db, "customers", "--json")
    assert json.loads(out) == []
    code, out, err = run(capsys, "--db", db, "import", path, "--json")
    assert code == 0 and json.loads(out)["written"] is True
    code, out, err = run(capsys, "--db", db, "customers", "--search", "zs", "--json")
    assert [c["name"] for c in json.loads(out)] == ["张三"]


def test_a_rejected_import_exits_1_with_one_line(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("姓名,手机\n张三,12345\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", tmp_path / "i.sqlite3", "import", path, "--json")
    assert code == 1 and err.count("\n") == 1 and "第 2 行" in err and "手机" in err
    report = json.loads(out)
    assert report["written"] is False
    assert report["problems"][0]["row"] == 2 and report["problems"][0]["column"] == "手机"


def test_a_broken_file_exits_1_with_one_line(tmp_path, capsys):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04broken")
    code, out, err = run(capsys, "--db", tmp_path / "i.sqlite3", "import", path)
    assert code == 1 and err.count("\n") == 1 and "broken.xlsx" in err and "Traceback" not in err


def test_user_add_reads_the_password_from_stdin_and_lists(tmp_path, capsys, monkeypatch):
    import io
    db = tmp_path / "u.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO("a-good-password\n"))
    code, out, err = run(capsys, "--db", db, "user", "add", "李婷", "--role", "specialist", "--employee-no", "KF001")
    assert code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, out, err = run(capsys, "--db", db, "user", "passwd", "李婷")
    assert code == 1 and "8 个字符" in err
    code, out, err = run(capsys, "--db", db, "user", "list", "--json")
    assert [(u["name"], u["role"], u["can_log_in"]) for u in json.loads(out)] == [("李婷", "specialist", True)]
    from carecenter import auth
    assert auth.login("李婷", "a-good-password").role == "specialist"
    from carecenter.models import AuditEntry
    assert AuditEntry.get(AuditEntry.action == "create").actor.startswith("cli:")


@pytest.mark.sqlite_only
def test_backup_check_and_restore_from_the_command_line(demo_file, tmp_path, capsys):
    code, out, err = run(capsys, "--db", demo_file, "backup", "--to", tmp_path / "usb")
    assert code == 0
    saved = next((tmp_path / "usb").glob("carecenter-*.sqlite3"))
    code, out, err = run(capsys, "--db", demo_file, "check")
    assert code == 0 and "数据库结构完整" in out
    code, out, err = run(capsys, "--db", demo_file, "restore", saved)
    assert code == 0 and "恢复" in out
    code, out, err = run(capsys, "--db", demo_file, "restore", demo_file.with_suffix(".txt"))
    assert code == 1 and "找不到文件" in err
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    code, out, err = run(capsys, "--db", demo_file, "restore", notes)
    assert code == 1 and err.count("\n") == 1 and "不是 CareCenter" in err


def test_calls_and_log_call(tmp_path, capsys):
    db = tmp_path / "calls.sqlite3"
    from carecenter import archive
    from carecenter.store import open_store
    open_store(db)
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    archive.save_vehicle(customer_id, {"plate": "浙A12345", "delivery_date": "2026-11-17"})
    code, out, err = run(capsys, "--db", db, "calls", "--date", "2026-11-20", "--json")
    tasks = json.loads(out)
    assert code == 0 and {t["reason"] for t in tasks} == {"delivery_3d", "thank_you_letter"}
    assert set(tasks[0]) >= {"id", "customer_id", "vehicle_id", "reason", "due_date", "window_start", "window_end",
                             "status", "attempts"}
    call = next(t for t in tasks if t["reason"] == "delivery_3d")
    code, out, err = run(capsys, "--db", db, "log-call", call["id"], "--outcome", "no-answer",
                         "--at", "2026-11-20T10:00")
    assert code == 0 and "第 1 次" in out
    code, out, err = run(capsys, "--db", db, "log-call", call["id"], "--outcome", "reschedule")
    assert code == 1 and "改约" in err
    code, out, err = run(capsys, "--db", db, "log-call", "99999", "--outcome", "satisfied")
    assert code == 1 and "找不到回访任务" in err
    code, out, err = run(capsys, "--db", db, "log-call", call["id"], "--outcome", "maybe")
    assert code == 2


def test_complaints_and_kpi_json(tmp_path, capsys):
    import datetime
    from carecenter import archive, complaints
    from carecenter.models import Complaint
    from carecenter.store import open_store
    db = tmp_path / "k.sqlite3"
    open_store(db)
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint_id = Complaint.create(customer=customer_id, content="异响").id
    complaints.accept(complaint_id, "S1", "电话", datetime.datetime(2026, 11, 2, 9, 0))
    complaints.contact(complaint_id, datetime.datetime(2026, 11, 2, 9, 30))
    code, out, err = run(capsys, "--db", db, "complaints", "--open", "--json")
    listed = json.loads(out)
    assert code == 0 and listed[0]["number"] == "TS-2026-0001"
    assert set(listed[0]) >= {"id", "number", "customer_id", "category", "level", "channel", "state", "accepted_at",
                              "response_due", "closure_due", "first_response_at", "resolved_at", "closed_at",
                              "escalated", "warning", "deadline_estimated"}
    assert listed[0]["closure_due"].startswith("2026-11-05T23:59:59")
    code, out, err = run(capsys, "--db", db, "kpi", "--month", "2026-11", "--json")
    report = json.loads(out)
    assert code == 0 and report["month"] == "2026-11"
    assert report["complaints"] == {"count": 1, "response_on_time_rate": 100.0, "closure_on_time_rate": 0.0,
                                    "first_time_resolution_rate": 0.0}
    assert set(report["calls"]) == {"due", "done", "on_time", "rate", "satisfied_rate", "missed"}
    code, out, err = run(capsys, "--db", db, "kpi", "--month", "2026-1")
    assert code == 1 and "YYYY-MM" in err


def test_report_monthly_writes_the_pdf_and_the_workbook(demo_file, tmp_path, capsys):
    pdf, xlsx = tmp_path / "f12.pdf", tmp_path / "f12.xlsx"
    code, out, err = run(capsys, "--db", demo_file, "--today", "2026-11-20", "report", "monthly", "--month", "2026-10",
                         "--pdf", pdf, "--xlsx", xlsx)
    assert code == 0, err
    assert pdf.read_bytes()[:5] == b"%PDF-" and xlsx.read_bytes()[:2] == b"PK"
    code, out, err = run(capsys, "--db", demo_file, "report", "monthly", "--month", "2026-1", "--pdf", pdf)
    assert code == 1 and "YYYY-MM" in err and err.count("\n") == 1
    code, out, err = run(capsys, "--db", demo_file, "report", "monthly", "--month", "2026-10", "--pdf", tmp_path / "a.txt")
    assert code == 1 and ".pdf" in err


def test_report_for_a_week_a_quarter_and_a_year(demo_file, tmp_path, capsys):
    """RULES §6: the same report for a week (complaints and calls only), a quarter and a year (000 每年總結)."""
    import openpyxl
    from pypdf import PdfReader
    for kind, period, title, sheets in (
            ("weekly", "2026-11-11", "2026年第46周 周报", ["目标对比", "回访情况", "客户投诉", "根本原因与改进", "回访明细",
                                                       "投诉明细"]),
            ("quarterly", "2026-Q3", "2026年第3季度 季度工作小结", None),
            ("yearly", "2025", "2025年 年度工作总结", None)):
        pdf, xlsx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.xlsx"
        code, out, err = run(capsys, "--db", demo_file, "--today", "2026-11-20", "report", kind, "--period", period,
                             "--pdf", pdf, "--xlsx", xlsx)
        assert code == 0, err
        text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert title in text
        book = openpyxl.load_workbook(xlsx, read_only=True)
        if sheets is not None:
            assert book.sheetnames == sheets
            assert "八、保有客户" not in text and "二、回访情况" in text and "三、客户投诉" in text
        else:
            assert "八、保有客户" in text and "保有客户" in book.sheetnames and "进厂明细" in book.sheetnames
            header = next(book["顾客统计表"].iter_rows(max_row=1, values_only=True))
            assert header[2] == ("7–9月" if kind == "quarterly" else "1–12月")
    code, out, err = run(capsys, "--db", demo_file, "report", "quarterly", "--period", "2026-Q5", "--pdf",
                         tmp_path / "q.pdf")
    assert code == 1 and "YYYY-Qn" in err and err.count("\n") == 1 and not (tmp_path / "q.pdf").exists()
    code, out, err = run(capsys, "--db", demo_file, "report", "weekly", "--pdf", tmp_path / "w.pdf")
    assert code == 1 and "--period" in err


def test_export_writes_raw_sheets_and_print_membership(demo_file, tmp_path, capsys):
    import openpyxl
    out = tmp_path / "raw.xlsx"
    code, _, err = run(capsys, "--db", demo_file, "export", "--xlsx", out, "--month", "2026-10")
    assert code == 0, err
    assert openpyxl.load_workbook(out, read_only=True).sheetnames == ["客户", "车辆", "回访明细", "投诉明细", "进厂明细",
                                                                    "预约明细"]
    code, _, err = run(capsys, "--db", demo_file, "print", "membership", "1", "--out", tmp_path / "f11.pdf")
    assert code == 0, err
    from pypdf import PdfReader
    text = PdfReader(str(tmp_path / "f11.pdf")).pages[0].extract_text()
    for label in ("会员入(转)会申请表", "姓名", "联系方式", "兴趣爱好", "职业", "家庭", "车型", "底盘号", "购车日期", "入会日期",
                  "客户签名"):
        assert label in text
    assert "严格保密" in text.replace("\n", "")


@pytest.mark.parametrize("language, title, error", [
    ("en", "Customer record sheet", "Customer not found"),
    ("zh_TW", "客戶檔案基本資料表", "找不到客戶"),
])
def test_lang_prints_the_form_and_tells_errors_in_that_language(demo_file, tmp_path, capsys, language, title, error):
    from pypdf import PdfReader

    from carecenter import i18n

    try:
        out_file = tmp_path / "f1.pdf"
        code, out, err = run(capsys, "--db", demo_file, "--lang", language, "print", "customer", 7, "--out", out_file)
        assert code == 0 and title in PdfReader(out_file).pages[0].extract_text()
        code, out, err = run(capsys, "--db", demo_file, "--lang", language, "print", "customer", 999999,
                             "--out", tmp_path / "x.pdf")
        assert code == 1 and error in err and "Traceback" not in err
    finally:
        i18n.set_language("zh_CN")


def test_calendar_load_show_remove_and_the_estimated_deadline(tmp_path, capsys):
    import datetime
    from carecenter import archive, complaints
    from carecenter.store import open_store
    db = tmp_path / "cal.sqlite3"
    open_store(db)
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaints.file(customer_id, "异响", "S1", "电话", datetime.datetime(2027, 2, 4, 10, 0))
    code, out, _ = run(capsys, "--db", db, "complaints", "--json")
    assert code == 0 and json.loads(out)[0]["deadline_estimated"] is True
    code, out, _ = run(capsys, "--db", db, "calendar", "show", "2027", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["estimated"] and {"date": "2027-02-05", "working": False, "name": "农历除夕",
                                                  "from": "estimated"} in shown["days"]
    notice = tmp_path / "2027.txt"
    notice.write_text("\n".join([f"2027-02-{day:02d} 休" for day in range(5, 14)] + ["2027-02-20 班"]),
                      encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "calendar", "load", notice)
    assert code == 0 and "放假 9 天，调休上班 1 天" in out and "1 件" in out
    code, out, _ = run(capsys, "--db", db, "complaints", "--json")
    listed = json.loads(out)[0]
    assert listed["deadline_estimated"] is False and listed["closure_due"].startswith("2027-02-17T23:59:59")
    code, out, _ = run(capsys, "--db", db, "calendar", "show", "2027")
    assert code == 0 and "已载入的国务院放假通知（2027.txt）" in out and "2027-02-20\t周六\t上班" in out
    code, out, err = run(capsys, "--db", db, "calendar", "load", tmp_path / "missing.json")
    assert code == 1 and "无法读取 missing.json" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--db", db, "calendar", "remove", "2027")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "complaints")
    assert "封闭时限 2027-02-15 23:59（估算）" in out
    code, out, err = run(capsys, "--db", db, "calendar", "remove", "2027")
    assert code == 1 and "没有载入过 2027 年" in err


@pytest.mark.sqlite_only
def test_while_a_desk_has_the_store_the_command_line_reads_but_does_not_write(tmp_path, capsys):
    import subprocess
    import sys
    from carecenter.store import open_store
    db = tmp_path / "held.sqlite3"
    open_store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from carecenter import desk_lock; lock = desk_lock.acquire(Path(sys.argv[1])); "
                               "print('held', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        code, out, err = run(capsys, "--db", db, "customers", "--json")
        assert code == 0 and json.loads(out) == []  # reading is allowed
        code, out, err = run(capsys, "--db", db, "demo", "--size", "S")
        assert code == 1 and "正在被" in err and "命令行现在只能查看和打印" in err and "Traceback" not in err
        code, out, err = run(capsys, "--db", db, "customers", "--json")
        assert json.loads(out) == []  # nothing was written
    finally:
        holder.kill()
        holder.wait()
    code, out, err = run(capsys, "--db", db, "calendar", "show", "2026")
    assert code == 0


def test_the_command_line_is_audited_as_the_os_account_not_an_environment_variable(tmp_path, capsys, monkeypatch):
    from carecenter import session
    from carecenter.models import AuditEntry
    from carecenter.store import open_store
    monkeypatch.setenv("LOGNAME", "王经理")
    monkeypatch.setenv("USER", "王经理")
    monkeypatch.setenv("USERNAME", "王经理")
    db = tmp_path / "who.sqlite3"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a-long-password\n"))
    code, out, err = run(capsys, "--db", db, "user", "add", "李婷", "--role", "specialist")
    assert code == 0, err
    open_store(db)
    actors = {entry.actor for entry in AuditEntry.select()}
    assert actors == {f"cli:{session.os_account()}"} and "cli:王经理" not in actors


def test_appointments_are_booked_listed_moved_and_printed_from_the_command_line(demo_file, tmp_path, capsys):
    from pypdf import PdfReader
    code, out, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "book", "5", "--at", "2026-11-30 10:00",
                       "--kind", "repair", "--words", "刹车异响", "--json")
    booked = json.loads(out)
    assert code == 0 and set(booked) == {"id", "customer_id", "vehicle_id", "start", "kind", "status", "source",
                                         "task_id", "words"}
    assert (booked["start"], booked["kind"], booked["status"]) == ("2026-11-30T10:00", "一般维修", "已预约")
    code, out, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "appointments", "--date", "2026-11-30",
                       "--json")
    assert booked["id"] in [row["id"] for row in json.loads(out)]
    code, _, err = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "appointment", str(booked["id"]),
                       "--move", "2026-11-29 10:00")  # a Sunday
    assert code == 1 and "不营业" in err and err.count("\n") == 1
    code, _, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "appointment", str(booked["id"]),
                     "--move", "2026-12-01 10:00")
    assert code == 0
    for form, ident in (("appointment", str(booked["id"])), ("appointments", "2026-12-01")):
        out_file = tmp_path / f"{form}.pdf"
        assert run(capsys, "--db", str(demo_file), "print", form, ident, "--out", str(out_file))[0] == 0
        text = "".join(page.extract_text() for page in PdfReader(out_file).pages)
        assert "刹车异响" in text
    code, out, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "kpi", "--month", "2026-11", "--json")
    assert set(json.loads(out)["appointments"]) == {"booked", "arrived", "no_show", "cancelled", "show_rate"}


def test_a_reminder_is_logged_booked_in_one_step(demo_file, capsys):
    from carecenter.models import CallTask
    from carecenter.store import open_store
    store = open_store(demo_file)
    task = CallTask.select().where((CallTask.reason == "maintenance_due") & (CallTask.status == "open")
                                   & CallTask.vehicle.is_null(False)).first()
    birthday = CallTask.select().where((CallTask.reason == "birthday") & (CallTask.status == "open")).first()
    store.close()
    code, out, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "log-call", str(task.id),
                       "--outcome", "booked", "--at", "2026-12-02 14:30", "--note", "定保提醒")
    assert code == 0 and "已预约" in out
    code, _, err = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "log-call", str(birthday.id),
                       "--outcome", "booked", "--at", "2026-12-02 15:00")
    assert code == 1 and "不是提醒预约" in err


def test_a_survey_is_logged_from_the_command_line(demo_file, capsys):
    from carecenter.models import CallTask
    from carecenter.store import open_store
    store = open_store(demo_file)
    task = CallTask.select().where((CallTask.reason == "delivery_3d") & (CallTask.status == "open")).first()
    store.close()
    code, _, err = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "survey", str(task.id),
                       "--answers", "5,5,x")
    assert code == 1 and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "survey", str(task.id),
                       "--answers", "5,5,4,5,5,4,5", "--json")
    assert code == 0 and json.loads(out)["outcome"] == "satisfied"
    code, out, _ = run(capsys, "--db", str(demo_file), "--today", "2026-11-20", "kpi", "--month", "2026-11", "--json")
    assert json.loads(out)["surveys"]["responses"] >= 1


def test_outcomes_that_do_not_fit_are_refused_and_do_not_contact_is_kept_from_the_command_line(demo_file, capsys,
                                                                                                tmp_path):
    from carecenter.models import CallTask
    from carecenter.store import open_store
    store = open_store(demo_file)
    invitation = CallTask.select().where((CallTask.reason == "event_invitation") & (CallTask.status == "open")).first()
    reminder = CallTask.select().where(CallTask.reason.in_(["maintenance_due", "first_service"])
                                       & (CallTask.status == "open")).first()
    customer = reminder.customer_id
    store.close()
    base = ("--db", str(demo_file), "--today", "2026-11-20")
    code, _, err = run(capsys, *base, "log-call", str(invitation.id), "--outcome", "unsatisfied")
    assert code == 1 and "参加（attending）" in err and err.count("\n") == 1
    code, _, _ = run(capsys, *base, "log-call", str(invitation.id), "--outcome", "not-attending")
    assert code == 0
    code, _, err = run(capsys, *base, "log-call", str(reminder.id), "--outcome", "not-needed")
    assert code == 1 and "--on" in err
    code, out, _ = run(capsys, *base, "log-call", str(reminder.id), "--outcome", "not-needed", "--on", "2027-01-10")
    assert code == 0
    code, _, err = run(capsys, *base, "do-not-contact", str(customer), "--refuse", "marketing")
    assert code == 1 and "原因" in err
    code, out, _ = run(capsys, *base, "do-not-contact", str(customer), "--refuse", "marketing", "--reason",
                       "不要活动短信", "--json")
    assert code == 0 and json.loads(out)[0]["kind"] == "marketing"


def test_f15_prints_one_survey_and_a_months_register(demo_file, capsys, tmp_path):
    from pypdf import PdfReader
    from carecenter.models import SurveyAnswer
    from carecenter.store import open_store
    store = open_store(demo_file)
    call = SurveyAnswer.select(SurveyAnswer.call).first().call_id
    store.close()
    base = ("--db", str(demo_file), "--today", "2026-11-20")
    code, _, _ = run(capsys, *base, "print", "survey", str(call), "--out", str(tmp_path / "one.pdf"))
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "one.pdf").pages)
    assert "满意度回访记录表" in text and "总体满意" in text and "处理结果" in text
    code, _, _ = run(capsys, *base, "print", "survey", "2026-11", "--out", str(tmp_path / "month.pdf"))
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "month.pdf").pages)
    assert "销售满意度（SSI）" in text and "专营店" in text and "CSI" in text
    code, _, err = run(capsys, *base, "print", "survey", "2026-13-01", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and err.count("\n") == 1


def test_kpi_for_a_quarter_and_a_year_adds_up_the_months(demo_file, capsys):
    base = ("--db", str(demo_file), "--today", "2026-11-20")
    months = []
    for month in ("2026-07", "2026-08", "2026-09"):
        code, out, _ = run(capsys, *base, "kpi", "--month", month, "--json")
        assert code == 0
        months.append(json.loads(out))
    code, out, _ = run(capsys, *base, "kpi", "--quarter", "2026-Q3", "--json")
    quarter = json.loads(out)
    assert code == 0 and quarter["quarter"] == "2026-Q3" and (quarter["first"], quarter["last"]) == ("2026-07-01",
                                                                                                   "2026-09-30")
    assert quarter["calls"]["due"] == sum(m["calls"]["due"] for m in months)
    assert quarter["surveys"]["responses"] == sum(m["surveys"]["responses"] for m in months) > 0
    code, out, _ = run(capsys, *base, "kpi", "--year", "2026", "--json")
    assert code == 0 and json.loads(out)["year"] == "2026" and json.loads(out)["last"] == "2026-12-31"
    code, out, _ = run(capsys, *base, "kpi", "--quarter", "2026-Q4")
    assert code == 0 and "2026-Q4 满意度：问卷" in out
    for bad in (("--quarter", "2026-Q5"), ("--year", "26")):
        code, _, err = run(capsys, *base, "kpi", *bad)
        assert code == 1 and err.count("\n") == 1
