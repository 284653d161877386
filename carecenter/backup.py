"""Backups, restore and the database check (备份与恢复).

Backups use SQLite's online backup API (never a file copy of an open database), are checked with ``quick_check``,
and are written under a temporary name then renamed. Automatic backups (on close, at most every 30 minutes while
something changed, before an import or a restore) go to the ``backups`` folder beside the store and are thinned
out like Anki's: everything from today and yesterday, then one a day for 12 days, one a week for 10 weeks, one a
month for 9 months.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from carecenter import audit, permissions, session
from carecenter.errors import UserError
from carecenter.models import migrations, now
from carecenter.store import Store, StoreError, backup_file, open_store, quick_check, remove_with_side_files, side_files, write
from carecenter.i18n import N_, tr

INTERVAL = datetime.timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
_NAME = re.compile(r"^carecenter-(\d{8})-(\d{6})\.sqlite3$")


def default_folder(store: Store) -> Path:
    return store.path.parent / "backups"


def backup_name(when: datetime.datetime) -> str:
    return f"carecenter-{when:%Y%m%d-%H%M%S}.sqlite3"


def backup_time(path: Path) -> datetime.datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [(backup_time(p), p) for p in folder.iterdir() if backup_time(p)]
    return [p for _, p in sorted(found, reverse=True)]


def make_backup(store: Store, folder: Path | str | None = None, *, reason: str = "手动备份",
                automatic: bool = False, when: datetime.datetime | None = None) -> Path | None:
    """Back up the open store into ``folder`` (the backups folder by default); returns the file written.

    A backup someone asks for needs the backup right; automatic ones (on close, by the timer, before imports and
    restores) are the program's own and are made whoever is logged in.
    """
    if not automatic:
        permissions.require("backup")
    if store.on_server:
        if automatic:
            return None  # a server store is backed up by its server
        raise UserError(tr("PostgreSQL 数据库由服务器备份（例如每天用 pg_dump），CareCenter 不在本机复制服务器上的数据。"))
    when = when or now()
    target_folder = Path(folder) if folder else default_folder(store)
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        probe = target_folder / ".carecenter-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise UserError(
            tr("无法写入备份文件夹 {target_folder}：{v2}").format(
                target_folder=target_folder, v2=error.strerror or error
            )
        ) from error
    target = target_folder / backup_name(when)
    counter = 1
    while target.exists():
        target = target_folder / backup_name(when + datetime.timedelta(seconds=counter))
        counter += 1
    backup_file(store.db, target)
    actor = session.current_or_none()
    with write():
        audit.record("backup", "store", target.name, detail=f"{reason} → {target_folder}",
                     actor=actor.name if actor else "system")
    if folder is None:
        prune(target_folder, when)
    return target


def backup_due(last: datetime.datetime | None, changed: bool, when: datetime.datetime) -> bool:
    """At most every 30 minutes, and only while something changed."""
    return changed and (last is None or when - last >= INTERVAL)


def prune(folder: Path, when: datetime.datetime) -> list[Path]:
    """Thin out the backups folder; returns what was removed. Files that are not backups are never touched."""
    today = when.date()
    days: set[datetime.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    kept: list[datetime.date] = []
    removed = []
    for path in list_backups(folder):  # newest first: the newest of each day, week, month is the one kept
        day = backup_time(path).date()
        week, month = tuple(day.isocalendar()[:2]), (day.year, day.month)
        if day >= today - datetime.timedelta(days=1):
            kept.append(day)
        elif day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            kept.append(day)
        elif (week not in weeks and len(weeks) < KEEP_WEEKLY
              and week not in {tuple(d.isocalendar()[:2]) for d in kept}):
            weeks.add(week)
            kept.append(day)
        elif month not in months and len(months) < KEEP_MONTHLY and month not in {(d.year, d.month) for d in kept}:
            months.add(month)
            kept.append(day)
        else:
            path.unlink()
            removed.append(path)
    return removed


# --- checking ---------------------------------------------------------------------------------------------------


@dataclass
class CheckResult:
    ok: bool
    messages: list[str]

    def text(self) -> str:
        return "\n".join(self.messages)


def check(store: Store) -> CheckResult:
    """``integrity_check`` and ``foreign_key_check``, said in plain words."""
    permissions.require("view")
    if store.on_server:
        return _check_server(store)
    messages = []
    try:
        integrity = [str(row[0]) for row in store.db.execute_sql("PRAGMA integrity_check").fetchall()]
        broken = store.db.execute_sql("PRAGMA foreign_key_check").fetchall()
        version = migrations.current_version(store.db)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:  # fetching rows bypasses peewee's wrapper
        return CheckResult(False, [tr("数据库已损坏，无法完成检查：{error}。请从最近的备份恢复。").format(error=error)])
    ok = integrity == ["ok"]
    messages.append(tr("数据库结构完整。") if ok else tr("数据库已损坏：") + "；".join(integrity[:10]))
    if broken:
        ok = False
        tables = sorted({row[0] for row in broken})
        messages.append(tr("有 {v1} 条记录引用了不存在的记录（{v2}）。").format(v1=len(broken), v2='、'.join(tables)))
    else:
        messages.append(tr("记录之间的引用全部有效。"))
    messages.append(tr("结构版本 {version}，日志模式 {journal_mode}。").format(version=version, journal_mode=store.journal_mode))
    audit_ok, audit_messages = _check_audit(store)
    ok = ok and audit_ok
    messages += audit_messages
    actor = session.current_or_none()
    try:
        with write():
            audit.record("check", "store", store.path.name if store.path else "", detail="；".join(messages),
                         actor=actor.name if actor else "system")
    except (peewee.DatabaseError, sqlite3.DatabaseError, StoreError):
        ok = False
        messages.append(tr("检查结果无法写入审计日志（数据库可能已损坏）。"))
    return CheckResult(ok, messages)


def _check_audit(store: Store) -> tuple[bool, list[str]]:
    """The audit trail's protection: its triggers are there and its hash chain is whole."""
    from carecenter.models.audit import SQLITE_TRIGGER_NAMES
    if store.on_server:
        present = store.db.execute_sql(
            "SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'audit_entry_append_only'").fetchone()[0] > 0
        missing = [] if present else ["audit_entry_append_only"]
    else:
        names = {row[0] for row in store.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'").fetchall()}
        missing = [name for name in SQLITE_TRIGGER_NAMES if name not in names]
    chain = audit.verify_chain()
    messages, ok = [], True
    if missing:
        ok = False
        messages.append(tr("审计日志的保护触发器被删除了（{names}），审计日志可能已被改动，请联系管理员。").format(
            names="、".join(missing)))
    if chain.broken_at is not None:
        ok = False
        messages.append(tr("审计日志从第 {entry_id} 条起不完整（{why}）：记录在程序之外被改动过。").format(
            entry_id=chain.broken_at, why=chain.why))
    if ok:
        messages.append(tr("审计日志完整：{entries} 条记录环环相扣，保护触发器都在。").format(entries=chain.entries))
    return ok, messages


def inspect_candidate(path: Path) -> None:
    """Refuse, with one clear message, a file that is not a healthy CareCenter store of a version this program
    can open."""
    if not path.is_file():
        raise UserError(tr("找不到文件：{path}").format(path=path))
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise UserError(tr("{name} 不是 CareCenter 数据库或备份文件。").format(name=path.name))
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "schema_version" not in tables or "customer" not in tables:
                raise UserError(tr("{name} 是其他程序的数据库，不是 CareCenter 的备份。").format(name=path.name))
            version = raw.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            result = raw.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise UserError(tr("{name} 已损坏，无法读取：{error}").format(name=path.name, error=error)) from error
    if version > migrations.LATEST_VERSION:
        raise UserError(tr("{name} 来自较新版本的 CareCenter（结构版本 {version}），请先升级程序。").format(name=path.name, version=version))
    if result != "ok":
        raise UserError(tr("{name} 已损坏（{result}），不能用来恢复。").format(name=path.name, result=result))


def move_aside(path: Path, label: str, when: datetime.datetime | None = None) -> Path:
    """Rename a store (with its -wal and -shm) out of the way; nothing is ever deleted. Returns the new name."""
    when = when or now()
    target = path.with_name(f"{path.stem}.{label}-{when:%Y%m%d-%H%M%S}{path.suffix}")
    for source in side_files(path):
        if source.exists():
            os.replace(source, target.with_name(target.name + source.name[len(path.name):]))
    return target


def restore(store: Store, candidate: Path | str) -> Store:
    """Replace the store with a backup: checked first, copied into a new file, checked again, then swapped in. The
    replaced file is kept beside it. Returns the reopened store (the old ``store`` is closed)."""
    actor = permissions.require("restore")
    if store.on_server:
        raise UserError(tr("PostgreSQL 数据库请在服务器上恢复（pg_restore）；CareCenter 的备份文件只用于本机数据库。"))
    candidate = Path(candidate)
    inspect_candidate(candidate)
    path = store.path
    if candidate.resolve() == path.resolve():
        raise UserError(tr("不能用正在使用的数据库文件恢复它自己。"))
    try:
        make_backup(store, reason=tr("恢复备份前的自动备份"), automatic=True)
    except StoreError:
        pass  # a damaged store cannot be copied; it is kept all the same, renamed *.replaced-<time>
    staging = _staged_copy(candidate, path)
    store.close()
    replaced = move_aside(path, "replaced")
    os.replace(staging, path)
    reopened = open_store(path)
    with write():
        audit.record("restore", "store", candidate.name,
                     detail=f"由 {candidate} 恢复；原数据库保留为 {replaced.name}", actor=actor.name)
    return reopened


def describe(path: Path) -> str:
    """What a backup holds, for the desk deciding whether to restore it: when it was made and its main counts."""
    made = backup_time(path)
    counts = []
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            for table in ("customer", "vehicle", "service_visit", "call_log", "complaint"):
                counts.append(tr("{table} {rows} 条").format(
                    table=tr(SALVAGE_TITLES[table]), rows=raw.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]))
    except sqlite3.DatabaseError:
        return tr("（无法读取）")
    when = tr("{made:%Y-%m-%d %H:%M} 的备份：").format(made=made) if made else ""
    return when + "，".join(counts)


def newest_good_backup(folder: Path) -> Path | None:
    for path in list_backups(folder):
        try:
            inspect_candidate(path)
        except UserError:
            continue
        return path
    return None


def _staged_copy(candidate: Path, path: Path) -> Path:
    """``candidate`` copied beside the store as ``*.restoring`` and checked: the file a restore swaps in."""
    staging = path.with_name(path.name + ".restoring")
    remove_with_side_files(staging)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)) as source, \
                contextlib.closing(sqlite3.connect(staging)) as copy:
            source.backup(copy)
            whole = copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError as error:
        remove_with_side_files(staging)
        raise StoreError(tr("无法把 {name} 复制到数据库旁（{error}），未恢复。请检查磁盘空间。").format(
            name=candidate.name, error=error)) from error
    if not whole:
        remove_with_side_files(staging)
        raise StoreError(tr("{name} 复制后校验失败，未恢复。").format(name=candidate.name))
    return staging


def recover_from_backup(path: Path, backup: Path) -> Path:
    """Put a checked copy of ``backup`` where the store is, without opening the store: a damaged or missing store
    is moved aside first (never deleted). Returns where the damaged store went, or None when there was none."""
    inspect_candidate(backup)
    staging = _staged_copy(backup, path)
    aside = move_aside(path, "corrupt") if path.exists() else None
    os.replace(staging, path)
    return aside


def restore_damaged(path: Path, candidate: Path | str) -> Path | None:
    """``restore`` for a store that does not open: the damaged file moved aside, the backup checked and copied in,
    the restore audited in the restored store. Returns where the damaged file went."""
    actor = permissions.require("restore")
    candidate = Path(candidate)
    aside = recover_from_backup(path, candidate)
    reopened = open_store(path)
    with write():
        audit.record("restore", "store", candidate.name,
                     detail=f"数据库损坏，已移到 {aside.name if aside else '—'}；由 {candidate} 恢复", actor=actor.name)
    reopened.close()
    return aside


#: The tables salvage copies, parents before children (the foreign keys of the new file hold).
def _tables_in_order(raw: sqlite3.Connection) -> list[str]:
    names = [row[0] for row in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'schema_version'")]
    parents = {name: {row[2] for row in raw.execute(f'PRAGMA foreign_key_list("{name}")')} - {name}
               for name in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)] or \
            [n for n in names if n not in ordered]
        ordered.append(ready[0])
    return ordered


#: What the desk is told was saved, table by table.
SALVAGE_TITLES = {"customer": N_("客户"), "vehicle": N_("车辆"), "service_visit": N_("维修保养记录"),
                  "call_log": N_("通话记录"), "complaint": N_("投诉"), "staff": N_("用户"), "audit_entry": N_("审计记录")}


@dataclass
class Salvage:
    target: Path
    rows: dict[str, int]  # table → rows read back from the damaged file
    unreadable: dict[str, int]  # table → stretches of rows that could not be read

    def summary(self) -> str:
        parts = [tr("{table} {rows} 条").format(table=tr(title), rows=self.rows[t])
                 for t, title in SALVAGE_TITLES.items() if t in self.rows]
        lost = sum(self.unreadable.values())
        return "，".join(parts) + (tr("；有 {lost} 段记录无法读出").format(lost=lost) if lost else "")


def salvage(damaged: Path, target: Path, chunk: int = 500) -> Salvage:
    """What can still be read from a damaged store, copied into a new store at ``target`` (the latest schema). Rows
    are read by rowid in chunks; a chunk that fails is read row by row, and a row that fails is skipped. Nothing is
    written to the damaged file. The audit trail's chain shows any entry that was lost (carecenter.backup.check)."""
    if target.exists():
        raise StoreError(tr("{name} 已存在，抢救的数据不会覆盖它。").format(name=target.name))
    open_store(target).close()
    rows: dict[str, int] = {}
    unreadable: dict[str, int] = {}
    with contextlib.closing(sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)) as raw, \
            contextlib.closing(sqlite3.connect(target)) as new:
        new.execute("PRAGMA foreign_keys = OFF")
        for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_reuse"):
            new.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        try:
            tables = _tables_in_order(raw)
        except sqlite3.DatabaseError as error:
            raise StoreError(tr("损坏的数据库连表结构都读不出（{error}），无法抢救；请用备份恢复。").format(error=error)) from error
        wanted = {row[0] for row in new.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in tables:
            if table not in wanted:
                continue
            columns = [row[1] for row in new.execute(f'PRAGMA table_info("{table}")')]
            try:
                present = [row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')]
                top = raw.execute(f'SELECT MAX(rowid) FROM "{table}"').fetchone()[0] or 0
            except sqlite3.DatabaseError:
                present, top = [], 0
            shared = [c for c in columns if c in present]
            if not shared:
                continue
            select = f'SELECT {", ".join(chr(34) + c + chr(34) for c in shared)} FROM "{table}"'
            insert = (f'INSERT OR IGNORE INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in shared)}) '
                      f'VALUES ({", ".join("?" for _ in shared)})')
            count = lost = 0
            for start in range(0, top + 1, chunk):
                try:
                    found = raw.execute(select + " WHERE rowid BETWEEN ? AND ?", (start, start + chunk - 1)).fetchall()
                except sqlite3.DatabaseError:
                    found = []
                    for rowid in range(start, start + chunk):
                        try:
                            found += raw.execute(select + " WHERE rowid = ?", (rowid,)).fetchall()
                        except sqlite3.DatabaseError:
                            lost += 1
                new.executemany(insert, found)
                count += len(found)
            rows[table], unreadable[table] = count, (1 if lost else 0)
        new.commit()
    reopened = open_store(target)  # the triggers back, the schema checked
    from carecenter.models.migrations import _protect_audit
    _protect_audit(reopened.db)
    reopened.close()
    return Salvage(target, rows, unreadable)


def _check_server(store: Store) -> CheckResult:
    """On PostgreSQL the server keeps pages and references whole itself; CareCenter checks it answers, the schema
    version and that the audit trail is still protected."""
    try:
        version = migrations.current_version(store.db)
    except peewee.DatabaseError as error:
        return CheckResult(False, [tr("无法检查 PostgreSQL 数据库：{strip}").format(strip=str(error).strip())])
    messages = [tr("PostgreSQL 数据库 {url} 可以访问。").format(url=store.url), tr("结构版本 {version}。").format(version=version)]
    audit_ok, audit_messages = _check_audit(store)  # the trigger and the chain
    return CheckResult(audit_ok, messages + audit_messages)


def check_marker(store_path: Path) -> Path:
    """A file beside the store saying its last background check failed: the next start checks in the foreground."""
    return store_path.with_name(store_path.name + ".check-failed")


def first_look(store: Store) -> str:
    """What a start waits for: the schema can be read ("ok", or what is wrong). The whole file is checked right after,
    in the background (:func:`startup_check`): ``quick_check`` reads every page, seconds on a large store, and a
    desk should not wait for it each morning. A failed background check leaves :func:`check_marker` behind, so the
    next start checks fully before it opens anything."""
    if store.path is not None and check_marker(store.path).exists():
        return startup_check(store)
    try:
        store.db.execute_sql("SELECT COUNT(*) FROM sqlite_master" if not store.on_server else "SELECT 1").fetchall()
        migrations.current_version(store.db)
    except Exception as error:  # noqa: BLE001 - a corrupt file may fail in any way
        return str(error)
    return "ok"


def background_check(store_path: Path) -> str:
    """The full start-up check of a store file, on a read-only connection of its own (any thread may run it while
    the desk works); a failure is remembered for the next start."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        problem = "; ".join(str(row[0]) for row in rows)
    except sqlite3.DatabaseError as error:
        problem = str(error)
    marker = check_marker(store_path)
    if problem != "ok":
        marker.write_text(problem, encoding="utf-8")
    else:
        marker.unlink(missing_ok=True)
    return problem


def startup_check(store: Store) -> str:
    """The quick check made at every start: "ok" or what is wrong."""
    try:
        return quick_check(store.db)
    except Exception as error:  # noqa: BLE001 - a corrupt file may fail in any way
        return str(error)
