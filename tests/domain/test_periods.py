"""The periods the manager reports on (RULES §6): weeks, months, quarters, years, parsed the same everywhere."""

import datetime

import pytest

from carecenter import monthly, periods, stats
from carecenter.errors import UserError

D = datetime.date


def test_each_kind_of_period_has_its_days_and_label():
    assert periods.parse("weekly", "2026-W48") == periods.Period("weekly", "2026-W48", D(2026, 11, 23), D(2026, 11, 29))
    assert periods.parse("weekly", "2026-11-29").label == "2026-W48"  # a Sunday belongs to the week before it
    assert periods.parse("weekly", "2027-01-01").label == "2026-W53"  # ISO weeks: 2026 has 53
    assert periods.parse("monthly", "2028-02") == periods.Period("monthly", "2028-02", D(2028, 2, 1), D(2028, 2, 29))
    assert periods.parse("quarterly", "2026-q4") == periods.Period("quarterly", "2026-Q4", D(2026, 10, 1),
                                                                   D(2026, 12, 31))
    assert periods.parse("yearly", "2025").last == D(2025, 12, 31)
    assert periods.parse("quarterly", "2026-Q1").month == "2026-03"


@pytest.mark.parametrize("kind, text", [("weekly", "2026-W60"), ("monthly", "2026-13"), ("monthly", "2026-1"),
                                        ("quarterly", "2026-Q0"), ("yearly", "26"), ("yearly", "1990"),
                                        ("daily", "2026")])
def test_a_malformed_period_is_one_sentence(kind, text):
    with pytest.raises(UserError) as caught:
        periods.parse(kind, text)
    assert "\n" not in str(caught.value) and str(caught.value).endswith("。")


def test_recent_periods_go_back_without_gaps():
    quarters = periods.recent("quarterly", D(2026, 2, 10), 3)
    assert [p.label for p in quarters] == ["2026-Q1", "2025-Q4", "2025-Q3"]
    weeks = periods.recent("weekly", D(2026, 1, 1), 2)
    assert weeks[0].first == weeks[1].last + datetime.timedelta(days=1)


def test_a_quarter_adds_up_its_months(demo_store):
    quarter = monthly.period_summary(periods.parse("quarterly", "2026-Q3"))
    months = [monthly.monthly_summary(m) for m in ("2026-07", "2026-08", "2026-09")]
    assert quarter.calls.total.due == sum(m.calls.total.due for m in months) > 0
    assert quarter.complaints.kpis.count == sum(m.complaints.kpis.count for m in months)
    assert quarter.appointments.booked == sum(m.appointments.booked for m in months)
    for model, rows in quarter.f9.items():
        for row, (period, year_to_date) in rows.items():
            assert period == sum(m.f9[model][row][0] for m in months)
            assert year_to_date == months[-1].f9[model][row][1]
    assert stats.f9_period(D(2026, 1, 1), D(2026, 12, 31)) == {
        model: {row: (values[1], values[1]) for row, values in rows.items()}
        for model, rows in stats.f9_period(D(2026, 12, 1), D(2026, 12, 31)).items()}


def test_a_week_has_calls_and_complaints_only(demo_store):
    week = monthly.period_summary(periods.parse("weekly", "2026-11-11"))
    assert week.calls.total.due > 0 and week.retention is None and week.f9 == {}
    assert [t.name for t in week.targets] == ["回访率", "质保期内客户回访率", "服务满意率"]


def test_the_first_figures_then_the_rest_make_the_whole_summary(demo_store):
    """The statistics tab shows the quick figures at once and the rest when read: together they are the summary."""
    period = periods.parse("monthly", "2026-10")
    first = monthly.first_figures(period)
    assert first.partial and first.retention is None and first.f9 == {} and first.trend == []
    assert [t.name for t in first.targets] == ["回访率", "质保期内客户回访率", "服务满意率", "销售满意度 SSI", "售后满意度 CSI"]
    whole = monthly.complete(first)
    assert not whole.partial and first.partial  # a new object: what the tab shows is not changed under it
    again = monthly.period_summary(period)
    assert whole.f9 == again.f9 and whole.retention == again.retention and whole.trend == again.trend
    assert whole.calls == again.calls and [t.name for t in whole.targets] == [t.name for t in again.targets]
    assert whole.targets[-3:][0].name == "基盘客户数"
