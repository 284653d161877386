import sqlite3
from pathlib import Path

import pytest
from playhouse.migrate import migrate as run_operations

from carecenter.models import ALL_MODELS, SchemaVersion, migrations
from carecenter.models.archive import Customer
from carecenter.store import StoreError, open_store

import peewee


def test_an_empty_file_becomes_a_store_at_the_latest_schema(tmp_path):
    store = open_store(tmp_path / "new.sqlite3")
    assert store.created
    assert migrations.current_version(store.db) == migrations.LATEST_VERSION
    assert set(store.db.get_tables()) >= {m._meta.table_name for m in ALL_MODELS}
    store.close()


@pytest.mark.sqlite_only
def test_the_store_runs_with_the_design_pragmas(store):
    read = lambda name: store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert store.journal_mode == "wal" and read("journal_mode") == "wal"
    assert read("foreign_keys") == 1
    assert read("synchronous") == 2  # FULL
    assert read("busy_timeout") >= 1000


def test_reopening_runs_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "s.sqlite3"
    store = open_store(path)
    Customer.create(name="张三", first_contact_date="2026-01-01")
    store.close()
    again = open_store(path)
    assert not again.created and again.upgraded == []
    assert Customer.get().name == "张三"
    again.close()


def test_an_old_store_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    store = open_store(path)
    Customer.create(name="张三", first_contact_date="2026-01-01")
    store.close()

    def add_wechat(db, migrator):
        run_operations(migrator.add_column("customer", "wechat", peewee.CharField(default="")))

    new = migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(new, "customer wechat id", add_wechat)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", new)
    upgraded = open_store(path)
    assert upgraded.upgraded == [new]
    assert "wechat" in [c.name for c in upgraded.db.get_columns("customer")]
    assert SchemaVersion.get_by_id(new).description == "customer wechat id"
    upgraded.close()
    backup = tmp_path / f"old.before-v{new}.sqlite3"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM customer").fetchall() == [("张三",)]
        assert "wechat" not in [row[1] for row in copy.execute("PRAGMA table_info(customer)")]


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_store(path).close()

    def broken(db, migrator):
        db.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise peewee.OperationalError("disk full")

    new = migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(new, "broken", broken)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", new)
    with pytest.raises(StoreError):
        open_store(path)
    with sqlite3.connect(path) as raw:
        assert "half_done" not in [row[0] for row in raw.execute("SELECT name FROM sqlite_master")]
        assert raw.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == new - 1


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    store = open_store(path)
    SchemaVersion.create(version=99, description="future")
    store.close()
    with pytest.raises(StoreError) as error:
        open_store(path)
    assert "较新版本" in str(error.value)


def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path):
    text = tmp_path / "customers.xlsx"
    text.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(StoreError) as error:
        open_store(text)
    assert "不是 CareCenter 数据库" in str(error.value)
    assert text.read_bytes() == b"PK\x03\x04 not a database"

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE songs (id INTEGER)")
    with pytest.raises(StoreError) as error:
        open_store(other)
    assert "其他程序" in str(error.value)


def test_opening_a_missing_file_without_create_says_so(tmp_path):
    with pytest.raises(StoreError) as error:
        open_store(tmp_path / "nowhere.sqlite3", create=False)
    assert "找不到" in str(error.value)


def test_every_migration_from_version_1_gives_the_schema_of_a_new_store(tmp_path):
    """A store made by the first release, upgraded step by step, has the same tables and columns as a new one."""
    old = tmp_path / "v1.sqlite3"
    with sqlite3.connect(old) as raw:
        raw.executescript((Path(__file__).parent / "schema_v1.sql").read_text(encoding="utf-8"))
        raw.execute("INSERT INTO schema_version VALUES (1, 'initial', '2026-01-01 00:00:00')")
        raw.execute("PRAGMA foreign_keys = ON")
        # data that foreign keys protect, as a store in use has it
        raw.execute("INSERT INTO staff (name, role, employee_no, active, created_at) "
                    "VALUES ('李婷', 'specialist', 'KF001', 1, '2026-01-01 00:00:00')")
        columns = [row[1] for row in raw.execute("PRAGMA table_info(customer)")]
        values = {c: "" for c in columns}
        values.update(id=1, name="张三", first_contact_date="2026-01-01", birthday=None, last_visit_date=None,
                      referred_by_id=None, deleted_at=None, do_not_call=0, points=0, vehicle_count=1,
                      created_at="2026-01-01 00:00:00", updated_at="2026-01-01 00:00:00")
        raw.execute(f"INSERT INTO customer ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                    list(values.values()))
        raw.execute("INSERT INTO vehicle (customer_id, vin, plate, model, vehicle_type, engine_no, color, "
                    "sales_consultant, mileage, created_at, updated_at) VALUES (1, '', '浙A12345', '明锐', '', '', "
                    "'', '', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    upgraded = open_store(old)
    assert upgraded.upgraded == list(range(2, migrations.LATEST_VERSION + 1))
    assert Customer.get().name == "张三" and Customer.get().vehicle_count == 1  # the data came through

    def shape(database):
        columns = {table: sorted((c.name, c.data_type.upper(), c.null) for c in database.get_columns(table))
                   for table in database.get_tables()}
        indexes = {table: sorted((i.name, tuple(i.columns), i.unique) for i in database.get_indexes(table))
                   for table in database.get_tables()}
        triggers = sorted(row[0] for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall())
        return columns, indexes, triggers
    upgraded_shape = shape(upgraded.db)
    upgraded.close()
    fresh = open_store(tmp_path / "fresh.sqlite3")
    assert upgraded_shape == shape(fresh.db)
    fresh.close()


@pytest.mark.sqlite_only
def test_version_13_keeps_what_each_call_meant_and_turns_do_not_call_into_a_refusal(tmp_path):
    """A store at version 12: a birthday call logged 满意, an invitation 不满意, a reminder 满意, a customer marked
    不接受电话回访. After the upgrade the greeting is 已祝福, the invitation 不参加, the reminder keeps its word (how
    the call went), and the customer has a refusal of 回访 calls; no call is lost."""
    path = tmp_path / "v12.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM schema_version WHERE version >= 13")
        db.execute("DROP TABLE contact_refusal")
        db.execute("INSERT INTO customer (name, first_contact_date, do_not_call, phone_wrong, prospect, name_pinyin, "
                   "name_initials, gender, phone, phone2, contact_name, address, postcode, occupation, hobbies, family, "
                   "preferred_contact, contact_time, lost_contact, club_level, member_number, points, wishes, source, "
                   "notes, vehicle_count, search_text, created_at, updated_at) VALUES ('张三', '2026-01-01', 1, 0, 0, '', "
                   "'', '', '', '', '', '', '', '', '', '', '电话', '', 0, '', '', 0, '', '', '', 0, '', '2026-01-01', "
                   "'2026-01-01')")
        for n, (reason, outcome) in enumerate((("birthday", "satisfied"), ("event_invitation", "unsatisfied"),
                                               ("maintenance_due", "satisfied"))):
            db.execute("INSERT INTO call_task (key, customer_id, reason, due_date, window_start, window_end, assignee, "
                       "status, attempts, outcome, note, never_listed, created_at, updated_at) VALUES "
                       f"('k{n}', 1, '{reason}', '2026-10-01', '2026-10-01', '2026-10-08', '', 'done', 1, "
                       f"'{outcome}', '', 0, '2026-10-01', '2026-10-01')")
            db.execute("INSERT INTO call_log (task_id, customer_id, at, caller, call_type, outcome, \"where\", what, "
                       "why, how, feedback_product, feedback_service, feedback_other, request, answer, open_question) "
                       f"VALUES ({n + 1}, 1, '2026-10-01 10:00:00', '李婷', '回访', '{outcome}', '', '', '', '', '', "
                       "'', '', '', '', '')")
    store = open_store(path)
    assert store.upgraded == list(range(13, migrations.LATEST_VERSION + 1))
    with sqlite3.connect(path) as db:
        tasks = db.execute("SELECT reason, outcome FROM call_task ORDER BY id").fetchall()
        calls = db.execute("SELECT outcome FROM call_log ORDER BY id").fetchall()
        refusals = db.execute("SELECT customer_id, kind FROM contact_refusal").fetchall()
    store.close()
    assert tasks == [("birthday", "greeted"), ("event_invitation", "not-attending"), ("maintenance_due", "satisfied")]
    assert calls == [("greeted",), ("not-attending",), ("satisfied",)]
    assert refusals == [(1, "followup")]


def test_every_migration_description_fits_its_column():
    limit = SchemaVersion.description.max_length
    assert all(len(description) <= limit for _, description, _ in migrations.MIGRATIONS)
