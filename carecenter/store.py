"""Opening the local store: one SQLite file, its pragmas, its schema version.

Every model is bound to ``carecenter.models.database_proxy``; :func:`open_store` points that proxy at the file. Writes
go through :func:`write`, one IMMEDIATE transaction each, so a crash at any moment leaves the file whole.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee
import platformdirs

from carecenter.errors import UserError
from carecenter.models import database_proxy
from carecenter.models import migrations

APP_NAME = "CareCenter"
BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
    ("busy_timeout", BUSY_TIMEOUT_MS),
)


class StoreError(UserError):
    """The store cannot be opened or used; the message is for the user (Chinese)."""


@dataclass
class Store:
    """An open store: the database, where it lives, and what opening it did."""

    db: peewee.Database
    path: Path | None
    journal_mode: str
    created: bool
    upgraded: list[int]

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def current_store() -> Store:
    """The store the models are bound to now (for work that needs its file, such as a safety backup)."""
    db = database_proxy.obj
    if db is None:
        raise StoreError("数据库尚未打开。")
    return Store(db=db, path=Path(db.database), journal_mode="wal", created=False, upgraded=[])


def default_store_path() -> Path:
    """The store in the user's data folder (the same folder as Qt's ``AppDataLocation``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME, roaming=True)) / "carecenter.sqlite3"


def _resolve(location: str | os.PathLike | None) -> Path:
    if location is None:
        return default_store_path()
    text = os.fspath(location)
    if text.startswith("sqlite:///"):
        return Path(text[len("sqlite:///"):])
    if "://" in text:
        raise StoreError(f"暂不支持这种数据库地址：{text}（目前只支持本地 SQLite 文件）。")
    return Path(text)


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path} 不是 CareCenter 数据库文件。")


def backup_file(db: peewee.SqliteDatabase, target: Path) -> Path:
    """Copy an open SQLite store with SQLite's online backup API, under a temporary name, then rename it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.closing(sqlite3.connect(partial)) as copy:
        db.connection().backup(copy)
        result = copy.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise StoreError(f"备份校验失败：{result}")
    os.replace(partial, target)
    return target


def open_store(location: str | os.PathLike | None = None, *, create: bool = True) -> Store:
    """Open (or create) the store at ``location`` and bring its schema up to date.

    Raises :class:`StoreError` with a message for the user when the file is not a CareCenter store, is from a newer
    version, or cannot be opened in WAL mode.
    """
    path = _resolve(location)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise StoreError(f"找不到数据库文件：{path}")
    _check_is_sqlite(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect()
        journal_mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        db.close()
        raise StoreError(f"无法打开数据库 {path}：{error}") from error
    if journal_mode.lower() != "wal":
        db.close()
        raise StoreError(
            f"数据库 {path} 无法使用 WAL 日志模式（当前为 {journal_mode}）。请把文件放在本机磁盘上，不要放在网络文件夹中。"
        )
    database_proxy.initialize(db)
    try:
        todo = migrations.pending(db)
        upgraded: list[int] = []
        if migrations.current_version(db) == 0:
            migrations.create_latest(db)
        elif todo:
            backup_file(db, path.with_name(f"{path.stem}.before-v{todo[-1]}.sqlite3"))
            upgraded = migrations.upgrade(db)
    except migrations.SchemaError as error:
        db.close()
        raise StoreError(str(error)) from error
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        db.close()
        raise StoreError(f"数据库 {path} 已损坏或无法读取：{error}") from error
    return Store(db=db, path=path, journal_mode=journal_mode.lower(), created=is_new, upgraded=upgraded)


@contextlib.contextmanager
def write():
    """One write: a single IMMEDIATE transaction (a savepoint when nested). A full disk or an I/O error rolls it back
    and reaches the user as one clear message."""
    try:
        with database_proxy.atomic():
            yield
    except peewee.OperationalError as error:
        # SQLite may roll a full-disk transaction back itself; peewee's own rollback then fails with "no
        # transaction is active", so the cause is looked for along the whole chain.
        text, cause = "", error
        while cause is not None:
            text += " " + str(cause).lower()
            cause = cause.__cause__ or cause.__context__
        if "full" in text or "i/o" in text or "readonly" in text or "read-only" in text:
            raise StoreError("磁盘空间不足、磁盘出错或文件只读，本次修改没有保存（数据库保持修改前的状态）。"
                             f"请检查磁盘后重试。（{error}）") from error
        raise


def quick_check(db: peewee.Database) -> str:
    """SQLite's quick_check: "ok", or what is wrong."""
    rows = db.execute_sql("PRAGMA quick_check").fetchall()
    return "; ".join(str(row[0]) for row in rows)


NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "9p", "fuse.sshfs", "davfs",
                       "fuse.davfs2", "ncpfs", "glusterfs", "ceph"}


def on_network_share(path: Path) -> bool:
    """Whether the file lives on a network folder, where SQLite's locking cannot be trusted."""
    text = str(path)
    if os.name == "nt":
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes
            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    resolved = str(Path(text).resolve())
    best, kind = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, kind = parts[1], parts[2]
    return kind in NETWORK_FILESYSTEMS


def bulk_insert(model: type[peewee.Model], rows: list[dict]) -> None:
    """Insert many rows (dicts with the same keys) with one prepared statement, inside the caller's transaction.

    peewee's ``insert_many`` spends most of its time building SQL; at 100 000 rows this is several times faster.
    """
    if not rows:
        return
    given = set(rows[0])
    defaults = {}
    for field in model._meta.sorted_fields:
        if field.name not in given and not (field.primary_key and field.name == "id") and field.default is not None:
            defaults[field.name] = field.default
    if defaults:  # raw INSERTs do not apply peewee's Python-side defaults
        rows = [{**{k: (v() if callable(v) else v) for k, v in defaults.items()}, **row} for row in rows]
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    placeholders = ", ".join([model._meta.database.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({placeholders})'
    values = [tuple(field.db_value(row[field.name]) for field in fields) for row in rows]
    model._meta.database.cursor().executemany(sql, values)
