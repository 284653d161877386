"""Opening the store: one local SQLite file (one desk), or a PostgreSQL database that several desks share.

Every model is bound to ``carecenter.models.database_proxy``; :func:`open_store` points that proxy at the file or the
server. Writes go through :func:`write`, one transaction each (IMMEDIATE on SQLite), so a crash at any moment leaves
the store whole. The few places where the two databases differ are here: :func:`serialize`, :func:`greatest`,
:func:`sync_ids`.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import importlib.util
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee
import platformdirs

from carecenter.errors import UserError
from carecenter.models import database_proxy
from carecenter.models import migrations
from carecenter.i18n import tr

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


class StoreDamaged(StoreError):
    """The file is a SQLite file but cannot be read whole (truncated, a damaged page): it is to be moved aside and
    restored from a backup or salvaged (carecenter.backup), never opened as if it were fine."""

    def __init__(self, path: Path, problem: str):
        self.path, self.problem = path, problem
        super().__init__(tr("数据库 {path} 已损坏：{problem}").format(path=path, problem=problem))


@dataclass
class Store:
    """An open store: the database, where it lives (a file, or None on a server), and what opening it did."""

    db: peewee.Database
    path: Path | None
    journal_mode: str
    created: bool
    upgraded: list[int]
    url: str = ""  # postgresql://user@host:port/name (no password) for a server store
    notes: list[str] = field(default_factory=list)  # what opening did that the user should hear (a restore finished)

    @property
    def on_server(self) -> bool:
        return self.path is None

    @property
    def location(self) -> str:
        """Where the store is, as the user reads it."""
        return str(self.path) if self.path is not None else self.url

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def current_store() -> Store:
    """The store the models are bound to now (for work that needs its file, such as a safety backup)."""
    db = database_proxy.obj
    if db is None:
        raise StoreError(tr("数据库尚未打开。"))
    if is_server(db):
        return Store(db=db, path=None, journal_mode="postgresql", created=False, upgraded=[], url=_describe(db))
    return Store(db=db, path=Path(db.database), journal_mode="wal", created=False, upgraded=[])


def is_server(db: peewee.Database | None = None) -> bool:
    """True when the store is a PostgreSQL database (several desks), False for a local SQLite file."""
    db = db if db is not None else database_proxy.obj
    return isinstance(db, peewee.PostgresqlDatabase)


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def _describe(db: peewee.Database) -> str:
    params = db.connect_params
    host = params.get("host") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    user = f"{params['user']}@" if params.get("user") else ""
    return f"postgresql://{user}{host}{port}/{db.database}"


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
        raise StoreError(tr("不支持这种数据库地址：{text}（可以是本地 SQLite 文件，或 postgresql://用户@服务器/数据库）。").format(text=text))
    return Path(text)


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(tr("{path} 不是 CareCenter 数据库文件。").format(path=path))


def backup_file(db: peewee.SqliteDatabase, target: Path) -> Path:
    """Copy an open SQLite store with SQLite's online backup API, under a temporary name, then rename it."""
    if is_server(db):
        raise StoreError(tr("PostgreSQL 数据库由服务器备份（例如每天用 pg_dump），CareCenter 不在本机复制服务器上的数据。"))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        # a connection of its own reads the last committed state: the desk's connection may be inside a write (the
        # safety backup of an import is made just before the import's first write), which would block a backup
        # taken through it; in WAL mode a reader never waits for the writer
        with contextlib.closing(sqlite3.connect(f"file:{db.database}?mode=ro", uri=True)) as source, \
                contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            # a rollback-journal file, not WAL: a backup then opens read-only anywhere (a write-protected stick)
            copy.execute("PRAGMA journal_mode = DELETE")
            result = copy.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        remove_with_side_files(partial)
        text = str(error).lower()
        if "full" in text or "i/o" in text or "readonly" in text:
            raise StoreError(tr("备份没有写完（磁盘空间不足或无法写入 {folder}），未留下不完整的文件。请腾出空间或换一个位置后重试。").format(
                folder=target.parent)) from error
        raise StoreError(tr("备份失败：数据库本身有损坏（{error}）。请运行“检查数据库”，按提示用较早的备份恢复。").format(
            error=error)) from error
    if result != "ok":
        remove_with_side_files(partial)
        raise StoreError(tr("备份校验失败：{result}").format(result=result))
    os.replace(partial, target)
    return target


def open_store(location: str | os.PathLike | None = None, *, create: bool = True) -> Store:
    """Open (or create) the store at ``location`` and bring its schema up to date.

    Raises :class:`StoreError` with a message for the user when the file is not a CareCenter store, is from a newer
    version, or cannot be opened in WAL mode.
    """
    if is_server_url(location):
        return _open_server(str(location), create=create)
    path = _resolve(location)
    notes = finish_interrupted_restore(path)
    clean_leftovers(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise StoreError(tr("找不到数据库文件：{path}").format(path=path))
    _check_is_sqlite(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(tr("无法建立数据文件夹 {folder}：{error}。请用 --db 指定一个可以写入的位置。").format(
            folder=path.parent, error=error.strerror or error)) from error
    _check_writable(path)
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect()
        journal_mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        db.close()
        raise _opening_failed(path, error) from error
    if journal_mode.lower() != "wal":
        db.close()
        raise StoreError(
            tr(
                "数据库 {path} 无法使用 WAL 日志模式（当前为 {journal_mode}）。请把文件放在本机磁盘上，不要放在网络文件夹中。"
            ).format(path=path, journal_mode=journal_mode)
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
        raise _opening_failed(path, error) from error
    return Store(db=db, path=path, journal_mode=journal_mode.lower(), created=is_new, upgraded=upgraded, notes=notes)


#: What SQLite says of a file that is damaged (as opposed to one it may not write, or one another program holds).
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk image")


def _opening_failed(path: Path, error: Exception) -> StoreError:
    """A damaged file is handed to recovery; anything else (a locked file, no right to write) is a sentence saying
    what to do, and the file is left alone."""
    text = str(error).lower()
    if any(word in text for word in _DAMAGE_WORDS):
        return StoreDamaged(path, str(error))
    if "locked" in text or "busy" in text:
        return StoreError(tr("数据库 {path} 正被另一个程序占用（例如正在导入或备份），请稍等片刻再打开。").format(path=path))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return StoreError(tr("无法写入数据库 {path}（文件或文件夹只读）。请把数据库复制到可以写入的文件夹，再用 --db 指定它。").format(
            path=path))
    return StoreError(tr("无法打开数据库 {path}：{error}").format(path=path, error=error))


def _check_writable(path: Path) -> None:
    """A store in a read-only place cannot even be read in WAL mode (SQLite must write the -shm file beside it)."""
    folder_ok = os.access(path.parent, os.W_OK)
    file_ok = not path.exists() or os.access(path, os.W_OK)
    if not (folder_ok and file_ok):
        raise StoreError(tr("无法写入数据库 {path}（文件或文件夹只读）。请把数据库复制到可以写入的文件夹，再用 --db 指定它。").format(
            path=path))


def clean_leftovers(path: Path) -> list[Path]:
    """Files interrupted work left beside the store and in its backups folder — a backup or an upgrade copy that
    never finished (``*.partial`` and its journal), an hour old or more — are removed at the next start; what was
    removed goes to the log. Finished backups, the replaced and corrupt stores are never touched."""
    removed = []
    for folder in (path.parent, path.parent / "backups"):
        if not folder.is_dir() or not any(p.name.endswith(".partial") for p in folder.iterdir()):
            continue
        # the file system's own clock (a file just touched), not this PC's: younger leftovers may be a backup
        # another instance is writing right now
        probe = folder / ".carecenter-clock"
        try:
            probe.touch()
            settled = probe.stat().st_mtime - 3600
            probe.unlink()
        except OSError:
            continue
        for leftover in folder.iterdir():
            if not leftover.name.endswith((".partial", ".partial-journal", ".partial-wal", ".partial-shm")):
                continue
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                if leftover.stat().st_mtime < settled:
                    leftover.unlink()
                    removed.append(leftover)
    if removed:
        from carecenter.logfile import log_note
        log_note("removed what interrupted work left: " + ", ".join(str(p) for p in removed))
    return removed


def side_files(path: Path) -> list[Path]:
    """A SQLite file and the -wal and -shm files that belong to it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_with_side_files(path: Path) -> None:
    """Delete an unfinished copy (a backup's ``.partial``, a restore's ``.restoring``) with its -wal and -shm."""
    for leftover in side_files(path):
        leftover.unlink(missing_ok=True)


def _is_whole(path: Path) -> bool:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            return raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def finish_interrupted_restore(path: Path) -> list[str]:
    """A restore swaps two files: the store is renamed to ``*.replaced-<time>``, then the checked copy
    ``*.restoring`` takes its name. A crash between the two leaves no store; the next start must not create an empty
    one in its place. The restore is finished when its copy is whole, else rolled back to the replaced store; a copy
    left by a restore that never got to the swap is removed (its backup is still where it was). Returns what was
    done, in the user's words (also for the log)."""
    staging = path.with_name(path.name + ".restoring")
    if not staging.exists():
        return []
    if path.exists() and path.stat().st_size > 0:
        remove_with_side_files(staging)
        return [tr("上次恢复备份在替换数据库之前中断；留下的临时副本已删除，数据库保持原样。")]
    if _is_whole(staging):
        os.replace(staging, path)
        return [tr("上次恢复备份在替换数据库时中断，现已完成恢复。")]
    replaced = sorted(path.parent.glob(f"{path.stem}.replaced-*{path.suffix}"))
    if replaced:
        for source, target in zip(side_files(replaced[-1]), side_files(path)):
            if source.exists():
                os.replace(source, target)
        return [tr("上次恢复备份中断且副本不完整，已换回恢复前的数据库（{name}）。").format(name=replaced[-1].name)]
    return []


def _open_server(url: str, *, create: bool) -> Store:
    """Open a PostgreSQL store (several desks); an empty database gets the latest schema. PostgreSQL's DDL is
    transactional, so an upgrade that fails leaves the schema as it was; its backups are the server's (pg_dump)."""
    from playhouse.db_url import parse
    if importlib.util.find_spec("psycopg2") is None:  # peewee's PostgreSQL driver
        raise StoreError(tr("连接 PostgreSQL 需要安装驱动：pip install \"carecenter[postgresql]\"。"))
    try:
        params = parse(url)
    except Exception as error:  # noqa: BLE001 - a malformed address, in the user's words
        raise StoreError(tr("无法识别数据库地址：{url}（{error}）").format(url=url, error=error)) from error
    name = params.pop("database", "")
    if not name:
        raise StoreError(tr("数据库地址里缺少数据库名：{url}（例如 postgresql://carecenter@服务器/carecenter）。").format(url=url))
    db = peewee.PostgresqlDatabase(name, **params)
    try:
        db.connect()
    except peewee.OperationalError as error:
        raise StoreError(
            tr("无法连接 PostgreSQL 数据库 {v1}：{strip}").format(v1=_describe(db), strip=str(error).strip())
        ) from error
    database_proxy.initialize(db)
    try:
        upgraded: list[int] = []
        is_new = migrations.current_version(db) == 0
        if is_new and not create:
            raise StoreError(tr("PostgreSQL 数据库 {v1} 里还没有 CareCenter 的数据。").format(v1=_describe(db)))
        if is_new:
            migrations.create_latest(db)
        elif migrations.pending(db):
            upgraded = migrations.upgrade(db)
    except migrations.SchemaError as error:
        db.close()
        raise StoreError(str(error)) from error
    except peewee.DatabaseError as error:
        db.close()
        raise StoreError(
            tr("PostgreSQL 数据库 {v1} 无法使用：{strip}").format(v1=_describe(db), strip=str(error).strip())
        ) from error
    return Store(db=db, path=None, journal_mode="postgresql", created=is_new, upgraded=upgraded, url=_describe(db))


def serialize(name: str) -> None:
    """Inside a write: wait until no other desk is in a write serialized on ``name`` (gap-free numbers, call-list
    generation). SQLite's IMMEDIATE transactions already let one writer in at a time; PostgreSQL gets a transaction
    advisory lock, released at commit or rollback."""
    db = database_proxy.obj
    if is_server(db):
        db.execute_sql("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"carecenter:{name}",))


def lock_tables(*models: type[peewee.Model]) -> None:
    """Inside a write that chooses ids itself (an import): on PostgreSQL other desks may still read these tables but
    wait to write them until this transaction ends. SQLite's IMMEDIATE transaction already does that."""
    db = database_proxy.obj
    if is_server(db):
        names = ", ".join(f'"{model._meta.table_name}"' for model in models)
        db.execute_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")


def id_list(ids: list[int]) -> peewee.SQL:
    """``(?, ?, …)`` for ``field.in_(id_list(ids))``: one SQL node with its parameters, where peewee would build a node
    per id (most of the time of a 10 000-row call list went into that)."""
    mark = database_proxy.obj.param
    return peewee.SQL("(" + ", ".join([mark] * len(ids)) + ")", [int(i) for i in ids])


def greatest() -> str:
    """The SQL name of "the larger of two values": SQLite's scalar MAX, PostgreSQL's GREATEST."""
    return "GREATEST" if is_server() else "MAX"


def sync_ids(*models: type[peewee.Model]) -> None:
    """After rows were inserted with ids chosen here (bulk imports, the demo): on PostgreSQL move each table's id
    sequence past them, so the next ordinary insert does not collide. Nothing to do on SQLite."""
    db = database_proxy.obj
    if not is_server(db):
        return
    for model in models:
        table = model._meta.table_name
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                       f"COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)")


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
        if "locked" in text or "busy" in text:
            raise StoreError(tr("另一个程序正在写入数据库（例如正在导入大文件），等了 {seconds} 秒仍未结束。本次修改没有保存，请稍后再试。")
                             .format(seconds=BUSY_TIMEOUT_MS // 1000)) from error
        if "full" in text or "i/o" in text or "readonly" in text or "read-only" in text:
            raise StoreError(
                tr(
                    "磁盘空间不足、磁盘出错或文件只读，本次修改没有保存（数据库保持修改前的状态）。请检查磁盘后重试。（{error}）"
                ).format(error=error)
            ) from error
        raise


def quick_check(db: peewee.Database) -> str:
    """SQLite's quick_check: "ok", or what is wrong. A PostgreSQL server checks its own pages; "ok" when it answers."""
    if is_server(db):
        db.execute_sql("SELECT 1").fetchall()
        return "ok"
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


def date_of(value) -> datetime.date | None:
    """A date from a hand-written query: SQLite gives text (a few thousand distinct days, parsed once each),
    PostgreSQL a date (the day of a timestamp)."""
    if value is None or isinstance(value, datetime.date):
        return value.date() if isinstance(value, datetime.datetime) else value
    return _parse_date(str(value))


class _Days(dict):
    """``DAYS[value]`` is :func:`date_of` for loops over a hundred thousand rows: a dictionary lookup of the
    few thousand distinct days instead of a call per value (0.3 s of the monthly summary at L)."""

    def __missing__(self, value) -> datetime.date | None:
        if isinstance(value, str) and len(value) > 10:
            return self[value[:10]]  # a moment as SQLite text: its day is what is kept
        day = date_of(value)
        if len(self) < 65536:
            self[value] = day
        return day


DAYS = _Days({None: None})


@functools.lru_cache(maxsize=65536)
def _parse_date(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text[:10])


def plus_days(date_sql: str, days: int) -> str:
    """SQL for a date ``days`` days after the date expression ``date_sql``, in the open store's dialect."""
    if isinstance(database_proxy.obj, peewee.PostgresqlDatabase):
        return f"(({date_sql})::date + {int(days)})"
    return f"DATE({date_sql}, '+{int(days)} days')"


def key_prefix(field: peewee.Field, prefix: str) -> peewee.Expression:
    """Rows whose text ``field`` starts with ``prefix``. On SQLite (binary order) a range of the field's index —
    a LIKE would read every row; on a server, whose collation may order punctuation differently, an exact
    comparison of the field's first characters."""
    if is_server():
        return peewee.fn.SUBSTR(field, 1, len(prefix)) == prefix
    return (field >= prefix) & (field < prefix[:-1] + chr(ord(prefix[-1]) + 1))


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
    if defaults:  # raw INSERTs do not apply peewee's Python-side defaults (``now``: one moment for the batch)
        fixed = {k: (v() if callable(v) else v) for k, v in defaults.items()}
        rows = [{**fixed, **row} for row in rows]
    fields = [model._meta.fields[name] for name in rows[0]]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    placeholders = ", ".join([model._meta.database.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({placeholders})'
    # converted column by column: text and whole numbers already as the database takes them are passed as they
    # are (an import of 100 000 customers converted 5.4 million values one call at a time)
    converted = []
    for field in fields:
        column = [row[field.name] for row in rows]
        plain = _PLAIN.get(type(field))
        if plain is None or not all(type(value) is plain for value in column):
            column = list(map(field.db_value, column))
        converted.append(column)
    model._meta.database.cursor().executemany(sql, list(zip(*converted)))


#: Fields whose values of this exact type go to the database unchanged.
_PLAIN = {peewee.CharField: str, peewee.TextField: str, peewee.IntegerField: int, peewee.BigIntegerField: int,
          peewee.ForeignKeyField: int, peewee.AutoField: int}
