import datetime

import openpyxl

from carecenter.reports.workbook import SheetData, write


def test_header_frozen_filtered_dates_real_and_formulas_neutralized(tmp_path):
    path = write(tmp_path / "w.xlsx", [SheetData("客户", ["姓名", "备注", "日期"], [
        ["张三", "=HYPERLINK(\"http://x\")", datetime.date(2026, 1, 2)],
        ["李四", "+86 138", None],
        ["王五", "-1", None],
        ["赵六", "@SUM(A1)", None],
    ])])
    sheet = openpyxl.load_workbook(path)["客户"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C5"
    assert sheet["A1"].font.bold
    assert [sheet[f"B{r}"].value for r in range(2, 6)] == ["'=HYPERLINK(\"http://x\")", "+86 138", "-1", "'@SUM(A1)"]
    assert sheet["B3"].data_type == "s" and sheet["B3"].quotePrefix  # a signed number or phone stays text, readable
    assert sheet["C2"].is_date and sheet["C2"].number_format == "yyyy-mm-dd"


def test_a_sparse_date_column_shows_dates_and_long_text_is_cut_to_excels_limit(tmp_path):
    """A birthday column empty in its first thousand rows still shows its dates as dates (not 00:00 times); a text
    longer than Excel's 32 767 characters is cut to them instead of failing the whole workbook."""
    rows = [["客户", None, None] for _ in range(1000)]
    rows += [["张三", datetime.date(1985, 6, 18), datetime.datetime(2026, 1, 2, 8, 45)], ["李四", None, "x" * 40000]]
    path = write(tmp_path / "w.xlsx", [SheetData("客户", ["姓名", "生日", "备注"], rows)])
    sheet = openpyxl.load_workbook(path)["客户"]
    assert sheet["B1002"].is_date and sheet["B1002"].number_format == "yyyy-mm-dd"
    assert sheet["B1002"].value == datetime.datetime(1985, 6, 18)
    assert len(sheet["C1003"].value) == 32767
