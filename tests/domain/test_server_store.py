"""Several desks on one PostgreSQL database (--db postgresql://…): what differs from the local file.

The tests needing a server run when CARECENTER_TEST_POSTGRES is set (``.ci/run`` starts one on the loopback
address); the whole suite then runs against PostgreSQL as well.
"""

import datetime
import threading

import openpyxl
import pytest

from carecenter import archive, backup, complaints, importing, session
from carecenter.errors import UserError
from carecenter.models import Complaint
from carecenter.store import StoreError, current_store, open_store
from tests_support import ADMIN_ACTOR, POSTGRES

server_only = pytest.mark.skipif(not POSTGRES, reason="needs CARECENTER_TEST_POSTGRES (a PostgreSQL server)")


def test_an_unreachable_server_is_one_message():
    pytest.importorskip("psycopg2")
    with pytest.raises(StoreError) as error:
        open_store("postgresql://nobody@127.0.0.1:1/carecenter")
    assert "无法连接 PostgreSQL 数据库 postgresql://nobody@127.0.0.1:1/carecenter" in str(error.value)


def test_an_address_without_a_database_name_is_refused():
    pytest.importorskip("psycopg2")
    with pytest.raises(StoreError) as error:
        open_store("postgresql://nobody@127.0.0.1:1/")
    assert "缺少数据库名" in str(error.value)


@server_only
def test_backups_are_the_servers_and_the_check_says_what_it_checked(store):
    assert store.on_server and store.location.startswith("postgresql://")
    assert backup.make_backup(store, reason="定时自动备份", automatic=True) is None  # nothing written on this PC
    with pytest.raises(UserError) as error:
        backup.make_backup(store)
    assert "pg_dump" in str(error.value)
    result = backup.check(store)
    assert result.ok and "审计日志完整" in result.text() and "保护触发器都在" in result.text()


@server_only
def test_two_desks_accepting_at_once_get_consecutive_numbers(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    drafts = [Complaint.create(customer=customer, content=f"问题 {n}").id for n in range(6)]
    errors = []

    def desk(ids):
        try:
            with session.acting_as(ADMIN_ACTOR):  # each thread is a desk with its own connection
                for complaint_id in ids:
                    complaints.accept(complaint_id, "S1", "电话", datetime.datetime(2026, 11, 20, 9, 0))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            current_store().db.close()

    threads = [threading.Thread(target=desk, args=(drafts[i::2],)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(c.number for c in Complaint.select())
    assert numbers == [f"TS-2026-{n:04d}" for n in range(1, 7)]


@server_only
def test_after_an_import_with_its_own_ids_new_customers_still_get_free_ids(store, tmp_path):
    path = tmp_path / "c.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["客户姓名", "手机", "车牌号"])
    book.active.append(["李四", "13900001111", "浙A54321"])
    book.save(path)
    report = importing.run(importing.read(path), importing.ImportOptions())
    assert report.written
    customer = archive.save_customer({"name": "王五", "phone": "13700001111"})  # would collide without sync_ids
    assert customer > max(c for c in archive.find_customers("李四"))


@server_only
def test_two_desks_booking_the_last_bay_of_a_slot_get_one_booking_and_one_sentence(store):
    from carecenter import appointments, settings
    settings.save_many({"appointments.bays_per_slot": 1})
    cars = []
    for n in range(2):
        customer = archive.save_customer({"name": f"客户{n}", "phone": f"1381234000{n}"})
        cars.append(archive.save_vehicle(customer, {"plate": f"浙A1234{n}"}))
    slot = datetime.datetime(2026, 11, 23, 9, 0)
    start = threading.Barrier(2)
    booked, refused = [], []

    def desk(vehicle_id):
        try:
            with session.acting_as(ADMIN_ACTOR):  # each thread is a desk with its own connection
                start.wait()
                booked.append(appointments.book(vehicle_id, slot).id)
        except UserError as error:
            refused.append(str(error))
        finally:
            current_store().db.close()

    threads = [threading.Thread(target=desk, args=(car,)) for car in cars]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(booked) == 1 and len(refused) == 1
    assert "已约满" in refused[0] and "11-23 08:30" in refused[0]  # the next free slots are offered
