"""One desk per file: a lock file beside the store says who has it open (host, user, since).

A second instance — the same user twice, or another PC reaching the file — is told who holds it and may open it
read-only. A lock left by a crashed instance is recognized (its process is gone, or its heartbeat is stale) and
taken over.
"""

from __future__ import annotations

import datetime
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from carecenter import clock
from carecenter.errors import UserError

STALE_AFTER = datetime.timedelta(minutes=10)
HEARTBEAT = datetime.timedelta(minutes=1)


@dataclass
class LockInfo:
    host: str
    user: str
    pid: int
    since: str
    heartbeat: str

    def describe(self) -> str:
        return f"{self.user}（电脑 {self.host}，自 {self.since[:16].replace('T', ' ')} 起）"


class StoreInUse(UserError):
    def __init__(self, info: LockInfo):
        self.info = info
        super().__init__(f"这个数据库正在被 {info.describe()} 使用。同一个数据库文件同时只能由一处修改。")


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def _me(when: datetime.datetime) -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001
        user = "?"
    stamp = when.isoformat(timespec="seconds")
    return LockInfo(socket.gethostname(), user, os.getpid(), stamp, stamp)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read(store_path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(store_path).read_text(encoding="utf-8"))
        return LockInfo(**{k: data[k] for k in ("host", "user", "pid", "since", "heartbeat")})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(info: LockInfo, when: datetime.datetime) -> bool:
    if info.host == socket.gethostname():
        return info.pid == os.getpid() or not _pid_alive(info.pid)
    try:
        beat = datetime.datetime.fromisoformat(info.heartbeat)
    except ValueError:
        return True
    return when - beat > STALE_AFTER


class DeskLock:
    def __init__(self, store_path: Path, info: LockInfo):
        self.path = lock_path(store_path)
        self.info = info

    def _write(self) -> None:
        partial = self.path.with_name(self.path.name + f".{os.getpid()}")
        partial.write_text(json.dumps(asdict(self.info), ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self.path)

    def refresh(self, when: datetime.datetime | None = None) -> None:
        """The heartbeat another PC uses to tell a live holder from a crashed one."""
        self.info.heartbeat = (when or clock.now()).isoformat(timespec="seconds")
        self._write()

    def release(self) -> None:
        current = read(self.path.with_name(self.path.name[: -len(".lock")]))
        if current and (current.host, current.pid) == (self.info.host, self.info.pid):
            self.path.unlink(missing_ok=True)


def acquire(store_path: Path, when: datetime.datetime | None = None) -> DeskLock:
    """Take the store for this instance, or raise :class:`StoreInUse` naming who has it."""
    when = when or clock.now()
    store_path.parent.mkdir(parents=True, exist_ok=True)  # a new desk: the data folder does not exist yet
    holder = read(store_path)
    if holder is not None and not is_stale(holder, when):
        raise StoreInUse(holder)
    lock = DeskLock(store_path, _me(when))
    lock._write()
    return lock
