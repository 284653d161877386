"""Caller ID (来电弹屏, RULES §9): ``carecenter ring PHONE`` tells the desk running on this PC that a number is
ringing. A caller-ID box's software or a PBX client on the PC runs the command; the desk brings the caller forward.

The desk listens on a local socket that only the same user on the same PC can reach: on Linux and macOS a Unix
socket in the user's private runtime folder (mode 0700), on Windows a named pipe Qt restricts to the user
(``QLocalServer.UserAccessOption``). The message is one line, ``RING <number>``; the desk answers ``OK``. No Qt here:
the command line connects with the standard library, the desk's side is :mod:`carecenter.ui.ring_server`.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sys
from pathlib import Path

from carecenter.errors import UserError
from carecenter.i18n import tr
from carecenter.validate import InvalidValue, normalize_phone, required_phone

TIMEOUT_SECONDS = 2.0


def address() -> str:
    """Where the desk of this user listens: a socket path (POSIX) or a pipe name (Windows)."""
    user = getpass.getuser()
    if sys.platform == "win32":
        return f"carecenter-ring-{hashlib.sha256(user.encode()).hexdigest()[:16]}"
    import platformdirs
    folder = Path(os.environ.get("CARECENTER_RING_DIR") or platformdirs.user_runtime_dir("CareCenter"))
    return str(folder / "ring.sock")


def prepare_folder(path: str) -> None:
    """The socket's folder, private to the user (0700), made if missing."""
    if sys.platform == "win32":
        return
    folder = Path(path).parent
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def checked_number(phone: str) -> str:
    return required_phone(phone, tr("请给出来电号码。"))


def send(phone: str, where: str | None = None) -> str:
    """Tell the running desk that ``phone`` is ringing; returns the number as the desk got it. A badly formed
    number, or no desk running for this user, is one sentence (UserError)."""
    number = checked_number(phone)
    target = where or address()
    message = f"RING {number}\n".encode()
    try:
        if sys.platform == "win32":
            with open(rf"\\.\pipe\{target}", "r+b", buffering=0) as pipe:
                pipe.write(message)
                answer = pipe.read(16)
        else:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(TIMEOUT_SECONDS)
                client.connect(target)
                client.sendall(message)
                answer = client.recv(16)
    except (FileNotFoundError, ConnectionRefusedError, socket.timeout, OSError):
        raise UserError(tr("本机没有正在运行的 CareCenter：请先打开程序并登录。")) from None
    if not answer.startswith(b"OK"):
        raise UserError(tr("CareCenter 没有接受来电通知（{answer}）。").format(answer=answer.decode(errors="replace").strip()))
    return number


def parse(line: bytes) -> str | None:
    """The number in a ``RING <number>`` line, normalized; None for anything else."""
    text = line.decode("utf-8", errors="replace").strip()
    if not text.startswith("RING "):
        return None
    try:
        return normalize_phone(text[5:]) or None
    except InvalidValue:
        return None
