"""The working-day calendar of the complaint clock (RULES.md §3), on hand-built cases."""

import datetime

import pytest

from carecenter.workdays import ESTIMATED, LIBRARY, LOADED, Calendar, OpeningHours, library_knows

DT = datetime.datetime
D = datetime.date
CAL = Calendar()


def test_national_day_2026_example_of_the_rules():
    assert CAL.closure_deadline(DT(2026, 9, 30, 15, 0), 3) == DT(2026, 10, 10, 23, 59, 59)


def test_a_weekend_day_moved_to_be_a_workday_counts():
    assert CAL.is_working_day(D(2026, 10, 10))  # a Saturday, worked in lieu of the holiday
    assert not CAL.is_working_day(D(2026, 10, 5))  # a Monday in the holiday


def test_seven_working_days_over_a_plain_weekend():
    # accepted Friday 2026-11-20: Nov 23–27, Nov 30, Dec 1 are the seven working days
    assert CAL.closure_deadline(DT(2026, 11, 20, 10, 0), 7) == DT(2026, 12, 1, 23, 59, 59)


def test_accepted_on_a_holiday():
    assert CAL.closure_deadline(DT(2026, 10, 3, 11, 0), 3) == DT(2026, 10, 10, 23, 59, 59)


@pytest.mark.parametrize("accepted, due", [
    (DT(2026, 11, 20, 7, 0), DT(2026, 11, 20, 10, 30)),    # before opening: the clock starts at 08:30
    (DT(2026, 11, 20, 9, 15), DT(2026, 11, 20, 11, 15)),   # during opening hours
    (DT(2026, 11, 20, 17, 30), DT(2026, 11, 21, 10, 0)),   # 30 minutes today, 90 tomorrow
    (DT(2026, 11, 20, 20, 0), DT(2026, 11, 21, 10, 30)),   # after closing: next opening
])
def test_response_clock_runs_in_opening_hours(accepted, due):
    assert CAL.response_deadline(accepted) == due
    assert CAL.business_minutes(accepted, due) == 120


def test_a_year_without_its_notice_is_estimated_from_the_statutory_holidays():
    assert library_knows(2026) and CAL.source(2026) == LIBRARY
    assert not library_knows(2027) and CAL.source(2027) == ESTIMATED
    # Spring Festival 2027: Feb 5 (除夕) and Feb 8 are statutory days off, Feb 9–10 given in lieu of the weekend
    assert [CAL.is_working_day(D(2027, 2, day)) for day in range(4, 12)] == [
        True, False, False, False, False, False, False, True]
    deadline, estimated = CAL.closure_deadline_estimated(DT(2027, 2, 4, 10, 0), 3)
    assert deadline >= DT(2027, 2, 10) and deadline == DT(2027, 2, 15, 23, 59, 59) and estimated
    assert CAL.closure_deadline_estimated(DT(2026, 9, 30, 15, 0), 3) == (DT(2026, 10, 10, 23, 59, 59), False)
    # a deadline counted from December into a year without its notice is an estimate too
    assert CAL.closure_deadline_estimated(DT(2026, 12, 30, 10, 0), 3)[1]


def test_a_loaded_notice_decides_its_year():
    notice = {D(2027, 2, day): False for day in range(5, 14)} | {D(2027, 2, 20): True}
    loaded = Calendar(notices={2027: notice})
    assert loaded.source(2027) == LOADED
    assert loaded.closure_deadline_estimated(DT(2027, 2, 4, 10, 0), 3) == (DT(2027, 2, 17, 23, 59, 59), False)
    assert loaded.is_working_day(D(2027, 2, 20))  # the Saturday worked in lieu
    assert loaded.is_working_day(D(2027, 4, 5))  # a day the notice does not list is a plain Monday
    assert Calendar(overrides={D(2027, 2, 15): False}, notices={2027: notice}).closure_deadline(
        DT(2027, 2, 4, 10, 0), 3) == DT(2027, 2, 18, 23, 59, 59)  # the dealership's own days come first


@pytest.mark.parametrize("year", [1850, 1999, 2150, 2999])
def test_a_year_with_neither_notice_nor_library_data_never_fails(year):
    assert CAL.source(year) == ESTIMATED
    friday = next(D(year, 3, day) for day in range(1, 8) if D(year, 3, day).weekday() == 4)
    assert CAL.closure_deadline_estimated(DT.combine(friday, datetime.time(9)), 3)[0].date() >= friday
    assert isinstance(CAL.days_off(year), list)


def test_from_november_the_desk_is_told_that_next_years_notice_is_missing():
    assert CAL.notices_due(D(2026, 10, 31)) == []
    lines = CAL.notices_due(D(2026, 11, 1))
    assert len(lines) == 1 and "2027" in lines[0]
    assert Calendar(notices={2027: {D(2027, 1, 1): False}}).notices_due(D(2026, 11, 1)) == []
    assert len(CAL.notices_due(D(2027, 3, 1))) == 1  # in 2027 itself, still without its notice


def test_an_override_changes_the_deadline():
    closed_for_training = Calendar(overrides={D(2026, 11, 23): False})
    assert closed_for_training.closure_deadline(DT(2026, 11, 20, 10, 0), 3) == DT(2026, 11, 26, 23, 59, 59)
    assert CAL.closure_deadline(DT(2026, 11, 20, 10, 0), 3) == DT(2026, 11, 25, 23, 59, 59)
    open_on_sunday = Calendar(overrides={D(2031, 1, 5): True})
    assert open_on_sunday.closure_deadline(DT(2031, 1, 3, 9, 0), 3) == DT(2031, 1, 7, 23, 59, 59)


def test_opening_hours_are_checked():
    assert OpeningHours.parse("09:00", "17:30").closes == datetime.time(17, 30)
    with pytest.raises(ValueError):
        OpeningHours.parse("18:00", "08:30")
