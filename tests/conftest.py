"""Shared fixtures: real SQLite files in tmp_path, copied from a migrated template (DESIGN.md house style 6)."""

from __future__ import annotations

import datetime
import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# caller ID's socket (carecenter.ring): every desk the tests open listens in a folder of the test run, not the user's
import tempfile  # noqa: E402
os.environ["CARECENTER_RING_DIR"] = tempfile.mkdtemp(prefix="cc-ring-")

from carecenter import auth, clock, session  # noqa: E402
from carecenter.store import open_store  # noqa: E402

TODAY = datetime.date(2026, 11, 20)


ADMIN = session.Actor(name="测试管理员", role="admin")


#: The moment every test starts at, whatever the wall clock says (CI runs the suite with the clock moved too).
NOW = datetime.datetime.combine(TODAY, datetime.time(9, 0))


@pytest.fixture(autouse=True)
def fixed_today():
    clock.set_today(TODAY)
    clock.set_now(NOW)
    yield TODAY
    clock.set_today(None)
    clock.set_now(None)


@pytest.fixture(autouse=True)
def acting_admin(monkeypatch):
    """Domain calls act as an administrator unless a test says otherwise; scrypt is made cheap for speed (the real
    cost is asserted in tests/domain/test_auth.py)."""
    monkeypatch.setattr(auth, "SCRYPT_N", 2 ** 12)
    with session.acting_as(ADMIN):
        yield ADMIN


#: Set to a PostgreSQL server URL (postgresql://user@host:port/postgres) to run the suite against PostgreSQL: every
#: test then gets a database of its own, copied from a template database (``.ci/run`` does this after the SQLite run).
POSTGRES = os.environ.get("CARECENTER_TEST_POSTGRES", "")


def pytest_collection_modifyitems(config, items):
    if POSTGRES:
        skip = pytest.mark.skip(reason="SQLite-only behaviour (files, WAL, backups, the desk lock)")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


def _server(name: str) -> str:
    return POSTGRES.rsplit("/", 1)[0] + "/" + name


def _admin(statement: str) -> None:
    import psycopg2
    connection = psycopg2.connect(POSTGRES)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


def _fresh_database(name: str, template: str = "template0") -> str:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
    return _server(name)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory):
    if POSTGRES:
        url = _fresh_database(f"cc_template_empty_{os.getpid()}")
        open_store(url).close()
        yield url
        _admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        return
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_store(path).close()
    yield path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    from carecenter import demo
    clock.set_today(TODAY)
    if POSTGRES:
        url = _fresh_database(f"cc_template_demo_{os.getpid()}")
        store = open_store(url)
    else:
        url = tmp_path_factory.mktemp("template") / "demo.sqlite3"
        store = open_store(url)
    with session.acting_as(ADMIN):
        demo.load_demo("S", seed=1)
    if not POSTGRES:
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    clock.set_today(None)
    yield url
    if POSTGRES:
        _admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture(scope="session")
def demo_m_template(tmp_path_factory):
    """The M demo (20 000 customers) as a SQLite file, built once for the session (25 s): the screen check looks at
    every screen on it, the SQL figures are compared with the old ones on it."""
    from carecenter import demo
    path = tmp_path_factory.mktemp("m") / "m.sqlite3"
    clock.set_today(TODAY)
    clock.set_now(NOW)
    store = open_store(path)
    with session.acting_as(ADMIN):
        demo.load_demo("M", seed=1)
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    clock.set_now(NOW)  # as every test starts
    return path


_copies = iter(range(1, 10 ** 9))


def _copy_and_open(template, tmp_path):
    if POSTGRES:
        name = f"cc_test_{os.getpid()}_{next(_copies)}"
        store = open_store(_fresh_database(name, template.rsplit("/", 1)[1]))
        yield store
        store.close()
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    target = tmp_path / "store.sqlite3"
    shutil.copy(template, target)
    store = open_store(target)
    yield store
    store.close()


@pytest.fixture(scope="module", params=["S", "M"])
def demo_to_read(request, tmp_path_factory):
    """The S demo, then the M demo (SQLite only), opened once per module for tests that only read them."""
    if request.param == "M" and POSTGRES:
        pytest.skip("the M demo is read on SQLite; PostgreSQL runs the same queries on the S demo")
    if request.param == "M" and os.environ.get("CARECENTER_TESTS_WITHOUT_M"):
        pytest.skip("the M demo is read once per CI run (the runs with the clock moved leave it out)")
    template = request.getfixturevalue("demo_template" if request.param == "S" else "demo_m_template")
    opened = _copy_and_open(template, tmp_path_factory.mktemp(f"read-{request.param}"))
    yield next(opened)
    next(opened, None)


@pytest.fixture
def store(empty_template, tmp_path):
    """An empty, migrated store of this test's own (a SQLite file, or a PostgreSQL database)."""
    yield from _copy_and_open(empty_template, tmp_path)


@pytest.fixture
def demo_location(demo_template, tmp_path):
    """Where a copy of the demo store is, for ``--db``: a file, or on PostgreSQL a database URL (not opened)."""
    if POSTGRES:
        name = f"cc_cli_{os.getpid()}_{next(_copies)}"
        url = _fresh_database(name, demo_template.rsplit("/", 1)[1])
        yield url
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    path = tmp_path / "cli.sqlite3"
    shutil.copy(demo_template, path)
    yield path


@pytest.fixture
def demo_store(demo_template, tmp_path):
    """The S demo dealership (2 000 customers), a copy of this test's own."""
    yield from _copy_and_open(demo_template, tmp_path)


@pytest.fixture
def desk(demo_template, tmp_path):
    """A demo store with one good backup beside it, closed: what a desk has on disk between two days. Returns the
    store's path, the backup and the number of customers."""
    from carecenter import backup
    from carecenter.models import Customer
    path = tmp_path / "desk" / "carecenter.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    store = open_store(path)
    good = backup.make_backup(store, reason="测试", automatic=True)
    customers = Customer.select().count()
    store.close()
    return path, good, customers
