"""One desk per file: a lock file beside the store says who has it open (host, user, since).

A second instance — the same user twice, or another PC reaching the file — is told who holds it and may open it
read-only. The lock is an operating-system lock on the lock file, held while the store is open: taking it is one
atomic step, and the system frees it when the holder ends, so a crashed instance never blocks the next. A lock file
whose holder is on another PC behind a share that does not lock files is judged by its heartbeat (stale after 10
minutes), one left by an older instance on this PC by its process. The command line takes the same lock to write.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from carecenter import clock, session
from carecenter.errors import UserError
from carecenter.i18n import tr

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
        if self.pid == 0:  # the lock is held but says nothing yet (being written at this very moment)
            return tr("另一个 CareCenter")
        return tr("{user}（电脑 {host}，自 {since} 起）").format(user=self.user, host=self.host,
                                                          since=self.since[:16].replace("T", " "))


class StoreInUse(UserError):
    def __init__(self, info: LockInfo):
        self.info = info
        super().__init__(tr("这个数据库正在被 {holder} 使用。同一个数据库文件同时只能由一处修改。").format(
            holder=info.describe()))


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def _me(when: datetime.datetime) -> LockInfo:
    user = session.os_account()
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
    """The lock file kept open with an exclusive operating-system lock for as long as the store is open: the OS
    frees it when the process ends however it ends, so a crashed desk never blocks the next start, and two starts at
    the same moment cannot both have it (the lock is taken, not read then written)."""

    def __init__(self, store_path: Path, info: LockInfo, handle: int):
        self.path = lock_path(store_path)
        self.info = info
        self._handle: int | None = handle

    def _write(self) -> None:
        if self._handle is None:
            return
        data = json.dumps(asdict(self.info), ensure_ascii=False).encode("utf-8")
        os.lseek(self._handle, 0, os.SEEK_SET)
        os.ftruncate(self._handle, 0)
        os.write(self._handle, data)

    def refresh(self, when: datetime.datetime | None = None) -> None:
        """The heartbeat another PC uses to tell a live holder from a crashed one."""
        self.info.heartbeat = (when or clock.now()).isoformat(timespec="seconds")
        self._write()

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if os.name == "nt":  # an open file cannot be deleted there: close, then delete unless another desk took it
            _unlock(handle)
            os.close(handle)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # while still locked: whoever waits on this file sees it replaced and starts again
        _unlock(handle)
        os.close(handle)


#: Windows locks byte ranges and a locked range cannot be read: the lock is taken on a byte far past the JSON.
_LOCKED_BYTE = 1 << 20


def _try_lock(handle: int) -> bool:
    try:
        if os.name == "nt":
            import msvcrt
            os.lseek(handle, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt
            os.lseek(handle, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl
            fcntl.flock(handle, fcntl.LOCK_UN)


def _same_file(handle: int, path: Path) -> bool:
    """Whether the locked file is still the one at ``path`` (a holder releasing deletes it). Windows cannot delete
    an open file, so there it always is."""
    if os.name == "nt":
        return True
    try:
        mine, now_there = os.fstat(handle), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (now_there.st_dev, now_there.st_ino)


def acquire(store_path: Path, when: datetime.datetime | None = None) -> DeskLock:
    """Take the store for this instance, or raise :class:`StoreInUse` naming who has it."""
    when = when or clock.now()
    store_path.parent.mkdir(parents=True, exist_ok=True)  # a new desk: the data folder does not exist yet
    path = lock_path(store_path)
    for _ in range(20):
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise UserError(tr("无法在 {folder} 中建立锁文件：{error}。请把数据库放在可以写入的文件夹中。").format(
                folder=path.parent, error=error.strerror or error)) from error
        if not _try_lock(handle):
            os.close(handle)
            raise StoreInUse(read(store_path) or LockInfo("?", "?", 0, "", ""))
        if _same_file(handle, path):
            break
        _unlock(handle)  # the holder released and deleted the file meanwhile: take the new one
        os.close(handle)
    else:
        raise StoreInUse(read(store_path) or LockInfo("?", "?", 0, "", ""))
    # the operating system says nobody holds it; a desk on another PC over a share that does not lock files is
    # still recognized by its heartbeat, and an older CareCenter on this PC by its process
    holder = read(store_path)
    if holder is not None and not is_stale(holder, when):
        _unlock(handle)
        os.close(handle)
        raise StoreInUse(holder)
    lock = DeskLock(store_path, _me(when), handle)
    lock._write()
    return lock
