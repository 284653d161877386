"""F12 月度工作小结 as a PDF, and the head-office workbook, on the demo dealership and on hand-built data."""

import datetime
import os
import re
import shutil
import subprocess

import openpyxl
import pytest
from pypdf import PdfReader

from carecenter import archive, clock, export, monthly, printing, session
from carecenter.errors import JobCancelled
from carecenter.monthly import SECTIONS
from carecenter.reports import charts


def _text(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_monthly_pdf_of_a_demo_month_has_every_section_and_the_f9_labels(demo_store, tmp_path):
    path = printing.print_monthly("2026-10", tmp_path / "f12.pdf")
    text = _text(path)
    for title in SECTIONS:
        assert re.sub(r"\s+", "", title) in text
    for label in ("顾客统计表", "年份", "月份", "展厅销售数", "首次进厂", "流失顾客", "本年累计"):
        assert label in text
    for label in ("回访率", "满意率", "及时响应", "及时封闭", "一次解决", "流失客户漏斗", "根本原因", "平均分"):
        assert label in text
    assert "目标" in text and ("达标" in text or "未达标" in text)
    reader = PdfReader(str(path))
    assert 4 <= len(reader.pages) <= 20  # a summary, not a dump: the remarks are grouped
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts and all("WenQuanYi" in name for name in fonts)  # no unembedded Helvetica, not even in a chart


def test_a_missed_target_is_marked(store, tmp_path):
    from carecenter.models import CallTask
    customer = archive.save_customer({"name": "张三", "phone": "13800000001"})
    vehicle = archive.save_vehicle(customer, {"plate": "浙A10001", "model": "明锐", "delivery_date": "2026-05-01"})
    for n in range(4):  # 4 due, 1 made: 回访率 25 % < 30 %
        CallTask.create(key=f"k{n}", customer=customer, vehicle=vehicle, reason="after_visit_1",
                        due_date=datetime.date(2026, 10, 5 + n), window_start=datetime.date(2026, 10, 5),
                        window_end=datetime.date(2026, 10, 20), status="done" if n == 0 else "open",
                        outcome="satisfied" if n == 0 else "",
                        completed_at=datetime.datetime(2026, 10, 6, 10) if n == 0 else None)
    summary = monthly.monthly_summary("2026-10")
    rate = next(t for t in summary.targets if t.name == "回访率")
    assert (rate.actual, rate.target, rate.met) == (25.0, 30.0, False)
    satisfied = next(t for t in summary.targets if t.name == "服务满意率")
    assert satisfied.met is True  # 1 of 1
    text = _text(printing.print_monthly("2026-10", tmp_path / "f12.pdf"))
    assert "25.0%" in text and "▼未达标" in text


def test_a_month_must_be_a_month(store):
    with pytest.raises(Exception) as error:
        monthly.monthly_summary("2026-13")
    assert "YYYY-MM" in str(error.value)


def test_charts_draw_with_gaps_and_empty_data():
    drawing = charts.line_chart(["01", "02", "03"], [("回访率", [None, 50.0, 80.0]), ("满意率", [None, 90, 100])], 400)
    assert drawing.width == 400
    assert charts.bar_chart(["A"], [("件数", [0])], 300).height == 150
    lone = charts.line_chart(["01", "02", "03"], [("平均分", [None, 4.5, None])], 400, value_max=5)
    assert lone.contents[0].joinedLines is False  # one month of data: a marker, not a line


def _hand_built_archive():
    first = archive.save_customer({"name": "=cmd|' /c calc'!A1", "phone": "13812345678",
                                   "address": "杭州市西湖区文三路 1 号"})
    archive.save_vehicle(first, {"plate": "浙A10001", "model": "明锐", "delivery_date": "2026-01-10"})
    archive.save_customer({"name": "李四", "phone": "13900001111"})
    return first


def test_raw_export_keeps_formulas_as_text_and_masks_for_a_specialist(store, tmp_path):
    _hand_built_archive()
    with session.acting_as(session.Actor("小王", "specialist")):
        path = export.export_raw(tmp_path / "raw.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["客户", "车辆"]
    sheet = book["客户"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:S3"
    headers = [c.value for c in sheet[1]]
    row = {h: c.value for h, c in zip(headers, sheet[2])}
    assert row["姓名"] == "'=cmd|' /c calc'!A1" and sheet["B2"].data_type == "s"
    assert row["电话"] == "138****5678" and row["地址"] is None  # masked
    assert isinstance(row["首次接触日期"], datetime.datetime) and sheet["Q2"].number_format == "yyyy-mm-dd"
    vehicle = book["车辆"]
    assert vehicle["H2"].is_date and vehicle["F2"].value == "明锐"
    with session.acting_as(session.Actor("王经理", "manager")):
        path = export.export_raw(tmp_path / "full.xlsx")
    row = [c.value for c in openpyxl.load_workbook(path)["客户"][2]]
    assert "13812345678" in row and "杭州市西湖区文三路 1 号" in row


def test_a_cancelled_export_leaves_no_file(store, tmp_path):
    _hand_built_archive()
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"the earlier export")
    with pytest.raises(JobCancelled):
        export.export_raw(target, cancel=lambda: True)
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target] or all(not p.name.endswith(".part") for p in tmp_path.iterdir())
    with pytest.raises(JobCancelled):
        export.export_monthly("2026-10", tmp_path / "m.xlsx", cancel=lambda: True)
    assert not (tmp_path / "m.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_maintenance_due_list_is_masked_for_whoever_may_not_see_phones(demo_store, tmp_path, monkeypatch):
    from carecenter import privacy
    monkeypatch.setattr(privacy, "may_unmask", lambda: False)
    book = openpyxl.load_workbook(export.export_monthly("2026-10", tmp_path / "m.xlsx"), read_only=True)
    due = list(book["到期保养"].iter_rows(min_row=2, values_only=True))
    assert due and all(row[3] is None or "****" in row[3] for row in due) and any(row[3] for row in due)
    visits = list(book["进厂明细"].iter_rows(min_row=2, values_only=True))
    assert all(row[3] is None or "****" in row[3] for row in visits) and any(row[3] for row in visits)


def test_monthly_workbook_has_a_sheet_per_section_with_the_summary_figures(demo_store, tmp_path):
    path = export.export_monthly("2026-10", tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["目标对比", "顾客统计表", "回访情况", "客户投诉", "根本原因与改进", "招揽分析", "预约",
                               "客户意见", "客休区", "十二个月趋势", "满意度调查", "满意度低分", "保有客户", "到期保养",
                               "车友会活动", "群发短信", "销售线索", "客户", "车辆", "回访明细", "投诉明细", "进厂明细", "预约明细"]
    summary = monthly.monthly_summary("2026-10")
    booked = {row[1]: row[2] for row in book["预约"].iter_rows(min_row=2, values_only=True) if row[0] == "合计"}
    assert booked["预约"] == summary.appointments.booked > 0 and booked["已到店"] == summary.appointments.arrived
    calls = list(book["回访情况"].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert calls[:4] == ("合计", "全部", summary.calls.total.due, summary.calls.total.done)
    header = list(book["回访情况"].iter_rows(min_row=1, max_row=1, values_only=True))[0]
    assert header[7:10] == ("失联", "已过期", "未完成")
    assert calls[8] == summary.calls.total.missed
    assert abs(calls[header.index("回访率")] - summary.calls.total.rate / 100) < 1e-9
    complaints = [row for row in book["投诉明细"].iter_rows(min_row=2, values_only=True)]
    assert sum(1 for row in complaints if row[10] and row[10] >= datetime.datetime(2026, 10, 1)
               and row[10] < datetime.datetime(2026, 11, 1)) >= summary.complaints.kpis.count
    customers = sum(1 for _ in book["客户"].iter_rows(min_row=2))
    assert customers == 2000
    kept = {row[1]: row[2] for row in book["保有客户"].iter_rows(min_row=2, values_only=True)}
    assert kept["基盘客户（近12个月到店）"] == summary.retention.active > 0
    assert kept["应首保车辆"] == summary.retention.first_service_due > 0
    due = list(book["到期保养"].iter_rows(min_row=2, values_only=True))
    assert len(due) == len(summary.retention.due_next) > 0
    assert all(row[0].strftime("%Y-%m") == "2026-11" for row in due)
    assert any(row[3] for row in due) and not any("****" in row[3] for row in due if row[3])  # the admin sees all
    visits = list(book["进厂明细"].iter_rows(min_row=2, values_only=True))
    assert visits and all(row[0].strftime("%Y-%m") == "2026-10" for row in visits)
    booked_rows = list(book["预约明细"].iter_rows(min_row=2, values_only=True))
    assert sum(1 for row in booked_rows if row[9] != "已取消") == summary.appointments.booked


def test_the_months_club_events_are_in_the_summary_and_the_workbook(demo_store, tmp_path):
    """The demo's owners' outing of 2026-11-02: its figures in F12 (section 八) and a line per guest in the workbook
    (上传会员参与名单)."""
    from carecenter import club_events
    summary = monthly.monthly_summary("2026-11")
    [outing] = [event for event in summary.events if event.attended]  # the other is planned for 2026-11-30
    assert outing == club_events.report(outing.id) and outing.points_given > 0
    book = openpyxl.load_workbook(export.export_monthly("2026-11", tmp_path / "m.xlsx"), read_only=True)
    rows = list(book["车友会活动"].iter_rows(min_row=2, values_only=True))
    rows = [row for row in rows if row[1] == outing.name]
    assert rows[0][1:9] == (outing.name, outing.place, outing.owner, outing.invited, outing.confirmed,
                            outing.attended, outing.new_members, outing.points_given)
    signed = [row for row in rows[1:] if row[12] == "已签到"]
    assert len(signed) == outing.attended and all(row[13] == outing.points for row in signed)
    text = "".join(page.extract_text() for page in PdfReader(printing.print_monthly("2026-11", tmp_path / "m.pdf")).pages)
    assert "车友会活动" in text and outing.name in text
    # the month's text campaigns (the demo's 幸福家庭计划 on the 10th and 20th): F12 and the 群发短信 sheet
    assert [(c.day.day, c.template) for c in summary.campaigns] == [(10, "幸福家庭计划"), (20, "幸福家庭计划")]
    sent = list(book["群发短信"].iter_rows(min_row=2, values_only=True))
    assert [(row[1], row[2], row[4]) for row in sent] == [("幸福家庭计划", "delivered=2024", c.sent)
                                                         for c in summary.campaigns]
    assert all(c.sent + c.refused + c.no_mobile == c.chosen > 0 for c in summary.campaigns)
    assert "群发短信" in text and "delivered=2024" in text


def test_phone_with_plus_stays_readable_and_a_formula_stays_text_in_libreoffice(tmp_path):
    from carecenter.reports.workbook import SheetData, write
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have LibreOffice (see .ci/run)")
        pytest.skip("LibreOffice is not installed here")
    path = write(tmp_path / "w.xlsx", [SheetData("客户", ["姓名", "电话"], [["=cmd|' /c calc'!A1", "+8613812345678"],
                                                                         ["=1+1", "-5"]])])
    done = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path),
                           str(path)], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "w.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1] == "'=cmd|' /c calc'!A1,+8613812345678"
    assert lines[2] == "'=1+1,-5"  # not 2: never evaluated


def test_the_months_sales_leads_are_in_the_summary_the_workbook_and_f17(demo_store, tmp_path):
    """The demo's two leads of 2026-11-20 (a prospect's trade-in, a customer's referral already in the showroom): in
    F12, in the workbook's 销售线索 sheet and on F17."""
    summary = monthly.monthly_summary("2026-11")
    assert [(line.need, line.outcome) for line in summary.leads] == [("置换", ""), ("推荐", "已到店")]
    book = openpyxl.load_workbook(export.export_monthly("2026-11", tmp_path / "m.xlsx"), read_only=True)
    rows = list(book["销售线索"].iter_rows(min_row=2, values_only=True))
    assert [(row[3], row[4], row[8]) for row in rows] == [("柯迪亚克", "置换", "待跟进"), ("明锐", "推荐", "已到店")]
    f17 = "".join(page.extract_text() for page in PdfReader(printing.print_leads("2026-11", tmp_path / "f17.pdf")).pages)
    assert "销售线索登记表" in f17 and "柯迪亚克" in f17 and "马俊" in f17
