"""The lazy archive list: ids from SQL, rows loaded a page at a time, sorting in SQL."""

from PySide6.QtCore import Qt

from carecenter import archive
from carecenter.models import Customer
from carecenter.ui.customer_table import LOADING, PAGE_SIZE, CustomerTableModel
from carecenter.ui.runner import TaskRunner


def test_rows_load_only_for_the_pages_looked_at(demo_store, runner, qtmodeltester):
    model = CustomerTableModel(runner)
    model.search("")
    assert model.rowCount() == 2000
    assert model.pages_loaded == 1  # the first page comes with the search: the list shows rows at once
    assert model.data(model.index(0, 0)) != LOADING

    row = 1500
    assert model.data(model.index(row, 0)) == LOADING  # asked for now, shown as soon as the page arrives
    expected = archive.customer_rows([model.customer_id(row)])[0]
    assert model.data(model.index(row, 0)) == expected.name
    assert model.data(model.index(row, 2)) == expected.plates
    assert model.pages_loaded == 2
    model.data(model.index(row // PAGE_SIZE * PAGE_SIZE, 1))  # same page: nothing more loaded
    model.data(model.index(5, 0))  # the first page: already there
    assert model.pages_loaded == 2
    qtmodeltester.check(model)


def test_sorting_and_filtering_happen_in_sql(demo_store, runner):
    model = CustomerTableModel(runner)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.search("")
    model.data(model.index(0, 0))
    newest = (Customer.select().where(Customer.deleted_at.is_null() & Customer.last_visit_date.is_null(False))
              .order_by(Customer.last_visit_date.desc()).first())
    assert model.data(model.index(0, 4)) == f"{newest.last_visit_date:%Y-%m-%d}"

    model.search("", incomplete_only=True)
    flagged = archive.find_customers("", incomplete_only=True)
    assert model.rowCount() == len(flagged)
    model.data(model.index(0, 0))
    assert "档案待补全" in model.data(model.index(0, 6))


def test_a_newer_search_wins_over_a_slower_older_one(demo_store, runner):
    model = CustomerTableModel(runner)
    model.search("zs")
    stale_generation = model._generation - 1
    model._set_ids(stale_generation, [1, 2, 3])  # an answer to a search nobody waits for any more
    assert model.rowCount() == len(archive.find_customers("zs"))


def test_the_background_thread_fills_the_list(demo_store, qtbot):
    runner = TaskRunner()  # a real worker thread, as in the app
    try:
        model = CustomerTableModel(runner)
        model.search("")
        qtbot.waitUntil(lambda: model.rowCount() == 2000, timeout=5000)
        assert model.data(model.index(42, 0)) == archive.customer_rows([model.customer_id(42)])[0].name
        assert model.data(model.index(1042, 0)) == LOADING
        qtbot.waitUntil(lambda: model.data(model.index(1042, 0)) != LOADING, timeout=5000)
        assert model.data(model.index(1042, 0)) == archive.customer_rows([model.customer_id(1042)])[0].name
    finally:
        runner.shutdown()
