"""F8 and F10: every label of FORMS.md, F8's two footnotes, the scores."""

import datetime
import re

from pypdf import PdfReader

from carecenter import lounge, printing
from carecenter.models import DEFAULT_ITEMS, F8_NOTES, SPOT_CHECK_ITEMS


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_f8_has_every_item_both_footnotes_and_the_scores(store, tmp_path):
    day = datetime.date(2026, 11, 20)
    lounge.start_round(day)
    for score in lounge.round_of(day).scores:
        lounge.score_item(score.id, 4, "温度偏高" if score.title == "空调" else "")
    text = text_of(printing.print_lounge("2026-11-20", tmp_path / "f8.pdf"))
    labels = ["顾客休息室检查表", "序号", "检查项目", "备注", "检查人", "评分"]
    assert [label for label in labels if label not in text] == []
    for title, description in DEFAULT_ITEMS:
        assert squeeze(title) in text and squeeze(description) in text
    for note in F8_NOTES:
        assert squeeze(note) in text
    assert "温度偏高" in text and "合计44/55" in text


def test_f8_of_a_day_without_a_check_is_the_blank_list(store, tmp_path):
    text = text_of(printing.print_lounge("2026-11-21", tmp_path / "blank.pdf"))
    assert squeeze(DEFAULT_ITEMS[10][1]) in text and squeeze(F8_NOTES[1]) in text


def test_f10_has_every_item(store, tmp_path):
    check_id = lounge.record_spot_check(None, "李婷", ["yes"] * 14 + ["no"], ["" for _ in range(15)])
    text = text_of(printing.print_spot_check(check_id, tmp_path / "f10.pdf"))
    labels = ["关键岗位流程执行情况检查表", "预约流程", "岗位", "检查项目", "执行情况", "是否关爱人员"]
    assert [label for label in labels if label not in text] == []
    assert [item for item in SPOT_CHECK_ITEMS if squeeze(item) not in text] == []
    assert "李婷" in text
