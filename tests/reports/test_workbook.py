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
