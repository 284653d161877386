"""The working-day calendar of the complaint clock (RULES.md §3), on hand-built cases."""

import datetime

import pytest

from carecenter.workdays import Calendar, OpeningHours, library_knows

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


def test_a_year_the_library_does_not_know_falls_back_without_error():
    assert library_knows(2026)
    assert not library_knows(2031)
    assert CAL.is_working_day(D(2031, 1, 1))  # a Wednesday: Monday–Friday, the holiday is unknown
    assert CAL.closure_deadline(DT(2031, 1, 3, 9, 0), 3) == DT(2031, 1, 8, 23, 59, 59)  # Fri → Mon, Tue, Wed
    notices = CAL.notices([2026, 2031])
    assert len(notices) == 1 and "2031" in notices[0]


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
