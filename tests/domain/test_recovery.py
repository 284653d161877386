"""Faults the desk meets, each ending in the promised state and message (issue 16): a truncated store, a damaged
page, a restore interrupted at each step, a full disk during a backup, backups that open read-only anywhere."""

import os
import shutil
import sqlite3

import pytest

from carecenter import backup, cli
from carecenter.models import Customer
from carecenter.store import StoreDamaged, open_store

pytestmark = pytest.mark.sqlite_only


def run(capsys, *argv):
    code = cli.run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _truncate(path, keep: float = 0.4):
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(int(size * keep))


def _damage_page(path, page: int = 40):
    with open(path, "r+b") as handle:
        handle.seek(4096 * page)
        handle.write(b"\xff" * 4096)


def test_a_truncated_store_is_restored_without_opening_it(desk, capsys):
    path, good, customers = desk
    _truncate(path)
    with pytest.raises(StoreDamaged):
        open_store(path)
    code, out, err = run(capsys, "--db", path, "check")
    assert code == 1 and "已损坏" in out and good.name in err and "salvage" in err and "Traceback" not in err
    code, out, err = run(capsys, "--db", path, "restore", good)
    assert code == 0, err
    assert "已移到" in out and "（未删除）" in out
    kept = list(path.parent.glob("carecenter.corrupt-*.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0  # the damaged file is kept, never deleted
    restored = open_store(path)
    assert Customer.select().count() == customers and backup.check(restored).ok
    restored.close()
    assert not list(path.parent.glob("*.partial")) and not list(path.parent.glob("*.restoring"))


def test_a_damaged_page_is_restored_with_a_sentence_and_nothing_left_half_written(desk, capsys):
    path, good, customers = desk
    _damage_page(path)
    code, out, err = run(capsys, "--db", path, "restore", good)
    assert code == 0 and "内部错误" not in err, err
    restored = open_store(path)
    assert Customer.select().count() == customers
    restored.close()
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith((".partial", ".restoring"))]
    assert leftovers == []


def _leaf_page(path, table: str) -> int:
    with sqlite3.connect(path) as raw:
        pages = [row[0] for row in raw.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,))]
    return pages[len(pages) // 2]


def test_what_can_be_read_of_a_damaged_store_is_salvaged_with_its_counts(desk, capsys, tmp_path):
    path, good, customers = desk
    _damage_page(path, _leaf_page(path, "customer") - 1)  # one page of customers, in the middle (pages count from 1)
    target = tmp_path / "salvaged.sqlite3"
    code, out, err = run(capsys, "--db", path, "salvage", "--out", target)
    assert code == 0, err
    assert "已从 carecenter.sqlite3 抢救出：客户" in out
    saved = open_store(target)
    found = Customer.select().count()
    assert customers * 0.9 < found < customers  # a page of customers lost, the rest saved
    assert "段记录无法读出" in out
    saved.close()
    code, out, err = run(capsys, "--db", path, "salvage", "--out", target)
    assert code == 1 and "已存在" in err  # never over another file


def test_a_restore_interrupted_before_the_swap_leaves_the_store_as_it_was(desk):
    path, good, customers = desk
    shutil.copy(good, path.with_name(path.name + ".restoring"))  # the copy was made, the swap never began
    store = open_store(path)
    assert "留下的临时副本已删除" in store.notes[0]
    assert not path.with_name(path.name + ".restoring").exists() and Customer.select().count() == customers
    store.close()


def test_a_restore_interrupted_between_its_two_renames_is_finished_not_replaced_by_an_empty_store(desk):
    path, good, customers = desk
    store = open_store(path)
    Customer.update(name="改过").where(Customer.id == 1).execute()  # the store being replaced differs from the backup
    store.close()
    shutil.copy(good, path.with_name(path.name + ".restoring"))
    backup.move_aside(path, "replaced")  # … and the crash came here
    assert not path.exists()
    store = open_store(path)
    assert "现已完成恢复" in store.notes[0]
    assert Customer.select().count() == customers and Customer.get_by_id(1).name != "改过"
    store.close()


def test_an_interrupted_restore_whose_copy_is_incomplete_is_rolled_back(desk):
    path, good, customers = desk
    staging = path.with_name(path.name + ".restoring")
    shutil.copy(good, staging)
    _truncate(staging, 0.3)
    replaced = backup.move_aside(path, "replaced")
    store = open_store(path)
    assert "已换回恢复前的数据库" in store.notes[0] and replaced.name in store.notes[0]
    assert Customer.select().count() == customers
    store.close()


def test_backups_are_rollback_journal_files_that_open_read_only(desk, tmp_path):
    path, good, customers = desk
    with open(good, "rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x01\x01"  # 1 = rollback journal; WAL files need to write -shm even to read
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = stick / good.name
    shutil.copy(good, copy)
    os.chmod(stick, 0o555)
    try:
        backup.inspect_candidate(copy)  # no -wal, no -shm is made beside it
        assert sorted(p.name for p in stick.iterdir()) == [good.name]
    finally:
        os.chmod(stick, 0o755)


def test_a_full_disk_during_a_backup_is_a_sentence_and_leaves_no_partial_file(desk, tmp_path, monkeypatch):
    import carecenter.store as store_module
    path, good, customers = desk
    store = open_store(path)
    real_connect = sqlite3.connect

    def small_disk(target, *args, **kwargs):
        connection = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            connection.execute("PRAGMA max_page_count = 8")  # the stick is all but full
        return connection
    monkeypatch.setattr(store_module.sqlite3, "connect", small_disk)
    with pytest.raises(backup.StoreError) as error:
        backup.make_backup(store, tmp_path / "usb")
    assert "磁盘空间不足" in str(error.value) and "未留下不完整的文件" in str(error.value)
    assert list((tmp_path / "usb").iterdir()) == []
    store.close()


def test_another_writer_holding_the_store_is_a_sentence_and_nothing_is_half_written(store):
    from carecenter import archive
    from carecenter.store import StoreError
    archive.save_customer({"name": "张三"})
    store.db.execute_sql("PRAGMA busy_timeout = 200")  # the desk waits 5 s; the test need not
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import on another connection holds the write lock
    try:
        with pytest.raises(StoreError) as error:
            archive.save_customer({"name": "李四"})
        assert "另一个程序正在写入数据库" in str(error.value) and "没有保存" in str(error.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [c.name for c in Customer.select()] == ["张三"]


def test_a_store_in_a_read_only_folder_is_a_sentence_not_a_recovery(desk, monkeypatch, capsys):
    import carecenter.store as store_module
    path, good, customers = desk
    monkeypatch.setattr(store_module.os, "access", lambda target, mode: False)  # tests may run as root
    with pytest.raises(store_module.StoreError) as error:
        open_store(path)
    assert not isinstance(error.value, StoreDamaged)
    assert "只读" in str(error.value) and "复制到可以写入的文件夹" in str(error.value)
    code, out, err = run(capsys, "--db", path, "customers")
    assert code == 1 and "只读" in err and "内部错误" not in err
    assert path.exists() and not list(path.parent.glob("*.corrupt-*"))  # nothing moved aside


@pytest.mark.parametrize("text", ["张 " * 90, "1" * 50_000])
def test_a_search_too_long_is_refused_with_its_limit(store, text):
    from carecenter import archive
    from carecenter.errors import UserError
    with pytest.raises(UserError, match="最多 8 个词、100 个字"):
        archive.find_customers(text)


def test_a_csv_cell_over_the_limit_is_a_sentence_naming_the_row(tmp_path, capsys):
    path = tmp_path / "long.csv"
    path.write_text("姓名,备注\n张三,短\n李四,\"" + "长" * 140_000 + "\"\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", tmp_path / "s.sqlite3", "import", path)
    assert code == 1 and "long.csv 第 3 行无法读取" in err and "131,072" in err and "内部错误" not in err


def test_what_interrupted_work_left_is_cleaned_at_the_next_start_and_logged(desk, monkeypatch, tmp_path):
    import carecenter.logfile as logfile
    path, good, customers = desk
    log = tmp_path / "log" / "carecenter.log"
    monkeypatch.setattr(logfile, "log_path", lambda: log)
    leftovers = [path.parent / "backups" / "carecenter-20261120-180000.sqlite3.partial",
                 path.with_name("carecenter.before-v10.sqlite3.partial")]
    for leftover in leftovers:
        leftover.write_bytes(b"SQLite format 3\x00half")
        written = leftover.stat().st_mtime  # the file system's clock, whatever the process's says
        os.utime(leftover, (written - 7200,) * 2)  # left two hours ago
    fresh = path.with_name("carecenter-now.sqlite3.partial")
    fresh.write_bytes(b"SQLite format 3\x00being written")  # another instance's backup in progress
    open_store(path).close()
    assert not any(p.exists() for p in leftovers) and fresh.exists()
    assert good.exists()  # finished backups are never touched
    assert "carecenter-20261120-180000.sqlite3.partial" in log.read_text(encoding="utf-8")
