"""Shared fixtures: real SQLite files in tmp_path, copied from a migrated template (DESIGN.md house style 6)."""

from __future__ import annotations

import datetime
import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from carecenter import auth, clock, session  # noqa: E402
from carecenter.store import open_store  # noqa: E402

TODAY = datetime.date(2026, 11, 20)


ADMIN = session.Actor(name="测试管理员", role="admin")


@pytest.fixture(autouse=True)
def fixed_today():
    clock.set_today(TODAY)
    yield TODAY
    clock.set_today(None)


@pytest.fixture(autouse=True)
def acting_admin(monkeypatch):
    """Domain calls act as an administrator unless a test says otherwise; scrypt is made cheap for speed (the real
    cost is asserted in tests/domain/test_auth.py)."""
    monkeypatch.setattr(auth, "SCRYPT_N", 2 ** 12)
    with session.acting_as(ADMIN):
        yield ADMIN


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    from carecenter import demo
    clock.set_today(TODAY)
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    store = open_store(path)
    with session.acting_as(ADMIN):
        demo.load_demo("S", seed=1)
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    clock.set_today(None)
    return path


def _copy_and_open(template, tmp_path):
    target = tmp_path / "store.sqlite3"
    shutil.copy(template, target)
    store = open_store(target)
    yield store
    store.close()


@pytest.fixture
def store(empty_template, tmp_path):
    """An empty, migrated store of this test's own."""
    yield from _copy_and_open(empty_template, tmp_path)


@pytest.fixture
def demo_store(demo_template, tmp_path):
    """The S demo dealership (2 000 customers), a copy of this test's own."""
    yield from _copy_and_open(demo_template, tmp_path)
