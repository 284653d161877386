import datetime

import pytest

from carecenter.validate import (
    InvalidValue,
    mask_phone,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    parse_date,
    parse_mileage,
)


@pytest.mark.parametrize("raw, expected", [
    ("13812345678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("0086-139-1234-5678", "13912345678"),
    ("８６１３８１２３４５６７８", "13812345678"),
    ("１３８－１２３４－５６７８", "13812345678"),
    ("010-12345678", "010-12345678"),
    ("(0571) 8765 4321", "0571-87654321"),
    ("021-61234567 转 808", "021-61234567-808"),
    ("", ""),
])
def test_good_phones_are_normalized(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw, words", [
    ("1381234567", "11 位"),          # one digit short
    ("12812345678", "13–19"),         # no such mobile prefix
    ("87654321", "区号"),              # landline without area code
    ("0571-123", "区号或位数"),
    ("138abc45678", "无效字符"),
    ("13812345678 转 12", "分机"),
])
def test_bad_phones_say_what_is_wrong(raw, words):
    with pytest.raises(InvalidValue) as error:
        normalize_phone(raw)
    assert words in str(error.value)
    assert raw in str(error.value) or "分机" in str(error.value)


def test_phone_mask_shows_only_prefix_and_last_four():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0571-87654321").endswith("4321") and "8765" not in mask_phone("0571-87654321")


def test_vin_with_valid_check_digit_passes_without_warning():
    assert normalize_vin("1m8gdm9axkp042788") == ("1M8GDM9AXKP042788", [])


def test_vin_with_wrong_check_digit_warns_but_keeps_the_value():
    vin, problems = normalize_vin("1M8GDM9A1KP042788")
    assert vin == "1M8GDM9A1KP042788"
    assert [p.severity for p in problems] == ["warning"]
    assert "应为 X" in problems[0].message


@pytest.mark.parametrize("raw, words", [
    ("LSVAB41Z08234567", "17 位"),
    ("LSVAB41Z0823456O8", "O"),
    ("LSVAB41I082345678", "I"),
    ("LSVAB41Z08234567*", "数字和大写字母"),
])
def test_bad_vins_are_refused(raw, words):
    with pytest.raises(InvalidValue) as error:
        normalize_vin(raw)
    assert words in str(error.value)


@pytest.mark.parametrize("raw, expected", [
    ("浙A12345", "浙A12345"),
    ("浙a 1234 5", "浙A12345"),
    ("京·AB123C", "京AB123C"),
    ("粤B1234学", "粤B1234学"),
    ("沪AD12345", "沪AD12345"),   # new energy, small car
    ("沪A12345F", "沪A12345F"),   # new energy, large car
    ("浙ＡＦ１２３４５", "浙AF12345"),
])
def test_good_plates(raw, expected):
    assert normalize_plate(raw) == expected


@pytest.mark.parametrize("raw, words", [
    ("A12345", "省份"),
    ("浙A1234", "位数"),
    ("浙I12345", "格式"),
    ("沪AX12345", "格式"),       # 8 characters but not a new-energy pattern
    ("哈A12345", "省份"),
])
def test_bad_plates(raw, words):
    with pytest.raises(InvalidValue) as error:
        normalize_plate(raw)
    assert words in str(error.value)


@pytest.mark.parametrize("raw", ["2023-05-06", "2023/5/6", "2023.5.6", "2023年5月6日", "20230506",
                                 "2023-05-06 14:30:00", datetime.datetime(2023, 5, 6, 9, 0)])
def test_dates_in_the_forms_people_write_them(raw):
    assert parse_date(raw) == datetime.date(2023, 5, 6)


@pytest.mark.parametrize("raw", ["2023-02-30", "明天", "5/6/2023", "2023-13-01"])
def test_bad_dates(raw):
    with pytest.raises(InvalidValue) as error:
        parse_date(raw, "交车日期")
    assert "交车日期" in str(error.value)


def test_mileage_never_negative_and_lower_reading_asks():
    assert parse_mileage("12,000 公里") == (12000, [])
    with pytest.raises(InvalidValue):
        parse_mileage("-5")
    with pytest.raises(InvalidValue):
        parse_mileage("很多")
    value, problems = parse_mileage("9000", last=10000)
    assert value == 9000
    assert problems[0].severity == "warning" and "10000" in problems[0].message


def test_notes_keep_chinese_punctuation_but_digits_become_half_width():
    from carecenter.validate import clean_multiline, clean_text
    assert clean_text("客户问：导航能升级吗？　里程１２０００") == "客户问：导航能升级吗？ 里程12000"
    assert clean_multiline("第一行，好的！\n第二行") == "第一行，好的！\n第二行"
