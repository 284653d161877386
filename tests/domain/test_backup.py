"""Backups, their rotation, restore, the database check, the one-desk lock and a full disk."""

import datetime
import os
import sqlite3

import peewee
import pytest

from carecenter import archive, backup, desk_lock, permissions, session
from carecenter.errors import UserError
from carecenter.models import AuditEntry, Customer
from carecenter.store import StoreError, open_store

T0 = datetime.datetime(2026, 11, 20, 18, 0, 0)


#: Local backups, restore and the file check are about the SQLite file; a server store has its own (see
#: test_server_store.py).
pytestmark = pytest.mark.sqlite_only

def test_a_backup_is_a_checked_copy_and_is_audited(store, tmp_path):
    archive.save_customer({"name": "张三"})
    target = backup.make_backup(store, tmp_path / "usb", when=T0)
    assert target.name == "carecenter-20261120-180000.sqlite3"
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT name FROM customer").fetchall() == [("张三",)]
    assert not list((tmp_path / "usb").glob("*.partial"))
    assert AuditEntry.select().where(AuditEntry.action == "backup").count() == 1


def test_a_folder_that_cannot_be_written_is_one_message(store, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(UserError) as error:
        backup.make_backup(store, blocked / "backups")
    assert "无法写入备份文件夹" in str(error.value)


def test_specialists_cannot_back_up_by_hand_but_automatic_backups_run(store, tmp_path):
    with session.acting_as(session.Actor("李婷", "specialist", 3)):
        with pytest.raises(permissions.PermissionDenied):
            backup.make_backup(store, tmp_path / "b")
        assert backup.make_backup(store, automatic=True, reason="关闭程序").exists()


def test_backup_due_at_most_every_30_minutes_while_something_changed():
    assert backup.backup_due(None, True, T0)
    assert not backup.backup_due(None, False, T0)
    assert not backup.backup_due(T0, True, T0 + datetime.timedelta(minutes=29))
    assert backup.backup_due(T0, True, T0 + datetime.timedelta(minutes=30))


def test_rotation_keeps_today_yesterday_12_daily_10_weekly_9_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    when = datetime.datetime(2026, 11, 20, 17, 0)
    moment = when
    while moment > when - datetime.timedelta(days=500):  # one backup every 6 hours for 500 days
        (folder / backup.backup_name(moment)).write_bytes(b"")
        moment -= datetime.timedelta(hours=6)
    (folder / "notes.txt").write_text("not a backup")
    backup.prune(folder, when)
    kept = [backup.backup_time(p) for p in backup.list_backups(folder)]
    recent = [k for k in kept if k.date() >= datetime.date(2026, 11, 19)]
    older = [k for k in kept if k.date() < datetime.date(2026, 11, 19)]
    assert len(recent) == 3 + 4  # all of today (17:00, 11:00, 05:00) and of yesterday
    assert len(older) == 12 + 10 + 9
    days = [k.date() for k in older[:12]]
    assert days == [datetime.date(2026, 11, 18) - datetime.timedelta(days=i) for i in range(12)]
    assert all(k.hour == 23 for k in older[:12])  # the newest of each day is the one kept
    assert len({k.isocalendar()[:2] for k in older[12:]}) >= 10  # one a week …
    assert min(older) < datetime.datetime(2026, 3, 1)  # … and one a month reaching about 9 months back
    assert min(older) > datetime.datetime(2025, 11, 1)  # but no further
    assert (folder / "notes.txt").exists()
    backup.prune(folder, when)  # pruning again removes nothing more
    assert len(backup.list_backups(folder)) == len(kept)


def test_restore_swaps_in_the_backup_and_keeps_the_replaced_file(store, tmp_path):
    archive.save_customer({"name": "张三"})
    saved = backup.make_backup(store, tmp_path / "usb")
    archive.save_customer({"name": "李四"})
    restored = backup.restore(store, saved)
    assert [c.name for c in Customer.select()] == ["张三"]
    replaced = [p for p in restored.path.parent.glob("store.replaced-*.sqlite3")]
    assert len(replaced) == 1
    with sqlite3.connect(replaced[0]) as old:
        assert sorted(r[0] for r in old.execute("SELECT name FROM customer")) == ["张三", "李四"]
    assert AuditEntry.select().where(AuditEntry.action == "restore").count() == 1
    assert backup.list_backups(restored.path.parent / "backups")  # a forced backup was made first
    restored.close()


@pytest.mark.parametrize("content, words", [
    (b"hello, this is a text file", "不是 CareCenter 数据库"),
    (None, "其他程序"),
])
def test_restore_of_the_wrong_file_changes_nothing(store, tmp_path, content, words):
    archive.save_customer({"name": "张三"})
    wrong = tmp_path / "wrong.sqlite3"
    if content is None:
        with sqlite3.connect(wrong) as other:
            other.execute("CREATE TABLE photos (id INTEGER)")
    else:
        wrong.write_bytes(content)
    with pytest.raises(UserError) as error:
        backup.restore(store, wrong)
    assert words in str(error.value)
    assert [c.name for c in Customer.select()] == ["张三"]
    assert not list(store.path.parent.glob("*.replaced-*"))


def test_only_admins_restore(store, tmp_path):
    saved = backup.make_backup(store, tmp_path / "usb")
    with session.acting_as(session.Actor("赵敏", "manager", 4)):
        with pytest.raises(permissions.PermissionDenied):
            backup.restore(store, saved)


def corrupt(path):
    """Overwrite a few pages in the middle of a closed store."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_the_check_finds_a_corrupted_copy(demo_store, tmp_path):
    copy = backup.make_backup(demo_store, tmp_path / "copy")
    demo_store.close()
    corrupt(copy)
    try:
        damaged = open_store(copy)
    except StoreError:
        pytest.fail("the damaged copy should still open, so that check() is what finds the damage")
    result = backup.check(damaged)
    assert not result.ok and "已损坏" in result.text()
    damaged.close()


def test_a_start_waits_only_for_a_first_look_and_the_full_check_runs_beside_it(demo_store, tmp_path):
    assert backup.first_look(demo_store) == "ok"
    copy = backup.make_backup(demo_store, tmp_path / "copy")
    corrupt(copy)
    damaged = open_store(copy)
    assert backup.first_look(damaged) == "ok"  # the schema still reads: the desk is not kept waiting
    problem = backup.background_check(copy)
    assert problem != "ok"
    assert backup.check_marker(copy).read_text(encoding="utf-8") == problem
    assert backup.first_look(damaged) != "ok"  # the next start checks fully, and recovery is offered
    damaged.close()
    assert backup.background_check(demo_store.path) == "ok"
    assert not backup.check_marker(demo_store.path).exists()


def test_a_corrupt_store_is_moved_aside_and_the_newest_good_backup_offered(store, tmp_path):
    archive.save_customer({"name": "张三"})
    good = backup.make_backup(store, when=T0)
    bad = store.path.parent / "backups" / backup.backup_name(T0 + datetime.timedelta(hours=1))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    path = store.path
    store.close()
    aside = backup.move_aside(path, "corrupt", T0)
    assert aside.exists() and not path.exists()
    assert backup.newest_good_backup(path.parent / "backups") == good
    backup.recover_from_backup(path, good)
    again = open_store(path)
    assert [c.name for c in Customer.select()] == ["张三"]
    again.close()


def test_a_desk_on_another_pc_is_recognized_by_its_heartbeat(tmp_path):
    path = tmp_path / "desk.sqlite3"
    other = desk_lock.LockInfo("前台电脑", "lit", 4242, T0.isoformat(), T0.isoformat())
    desk_lock.lock_path(path).write_text(__import__("json").dumps(other.__dict__), encoding="utf-8")
    with pytest.raises(desk_lock.StoreInUse) as error:  # a share that does not lock files: the heartbeat tells
        desk_lock.acquire(path, T0 + datetime.timedelta(minutes=5))
    assert "前台电脑" in str(error.value) and "lit" in str(error.value)
    # the other PC stopped beating: its lock is stale and taken over
    taken = desk_lock.acquire(path, T0 + datetime.timedelta(minutes=11))
    assert desk_lock.read(path).pid == os.getpid()
    taken.release()
    assert desk_lock.read(path) is None


HOLDER = """
import sys, time, datetime
from pathlib import Path
from carecenter import desk_lock
lock = desk_lock.acquire(Path(sys.argv[1]))
print("held", flush=True)
time.sleep(60)
"""


def test_a_running_desk_holds_the_lock_until_it_ends_however_it_ends(tmp_path):
    import subprocess
    import sys
    path = tmp_path / "desk.sqlite3"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(desk_lock.StoreInUse) as error:
            desk_lock.acquire(path)
        assert error.value.info.pid == holder.pid and "使用" in str(error.value)
    finally:
        holder.kill()  # SIGKILL: no clean-up runs
        holder.wait()
    taken = desk_lock.acquire(path)  # the system freed the crashed holder's lock
    assert desk_lock.read(path).pid == os.getpid()
    taken.release()


RACER = """
import os, sys, time
from pathlib import Path
from carecenter import desk_lock
print("ready", flush=True)
while not os.path.exists(sys.argv[2]):  # both racers start from the same signal (not the clock: CI moves it)
    pass
try:
    lock = desk_lock.acquire(Path(sys.argv[1]))
except desk_lock.StoreInUse:
    print("refused", flush=True)
    sys.exit(0)
print("took", flush=True)
time.sleep(0.5)
"""


def test_two_desks_started_together_never_both_take_the_lock(tmp_path):
    import subprocess
    import sys
    outcomes = []
    for attempt in range(6):
        path, go = tmp_path / f"race{attempt}.sqlite3", tmp_path / f"go{attempt}"
        racers = [subprocess.Popen([sys.executable, "-c", RACER, str(path), str(go)], stdout=subprocess.PIPE,
                                   text=True) for _ in range(2)]
        for racer in racers:
            assert racer.stdout.readline().strip() == "ready"
        go.touch()
        outcomes.append(sorted(racer.communicate(timeout=60)[0].strip() for racer in racers))
    assert outcomes == [["refused", "took"]] * 6


def test_a_lock_left_by_a_crashed_process_on_this_pc_is_taken_over(tmp_path):
    import socket
    import subprocess
    import sys
    path = tmp_path / "desk.sqlite3"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(finished.stdout)
    info = desk_lock.LockInfo(socket.gethostname(), "lit", dead_pid, T0.isoformat(), T0.isoformat())
    desk_lock.lock_path(path).write_text(__import__("json").dumps(info.__dict__), encoding="utf-8")
    lock = desk_lock.acquire(path, T0)
    assert lock.info.pid == os.getpid()
    live = desk_lock.LockInfo(socket.gethostname(), "lit", os.getppid(), T0.isoformat(), T0.isoformat())
    desk_lock.lock_path(path).write_text(__import__("json").dumps(live.__dict__), encoding="utf-8")
    with pytest.raises(desk_lock.StoreInUse):
        desk_lock.acquire(path, T0)


def test_a_full_disk_is_one_clear_message_and_nothing_partial(store, tmp_path):
    from carecenter import importing
    archive.save_customer({"name": "张三"})
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # the disk is all but full
    rows = "姓名,地址\n" + "".join(f"客户{i},{'杭州市文一西路' * 20}{i}号\n" for i in range(3000))
    (tmp_path / "many.csv").write_text(rows, encoding="utf-8")
    with pytest.raises(StoreError) as error:
        importing.run(importing.read(tmp_path / "many.csv"))
    assert "磁盘空间不足" in str(error.value)
    assert Customer.select().count() == 1
    assert store.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(peewee.OperationalError):  # raw peewee error below the domain, for comparison
        store.db.execute_sql("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
                             ("x", "y" * 20000, "2026-01-01"))
