"""Who is acting: the logged-in user in the GUI, or ``cli:<os user>`` (the local administrator) on the command line.

Domain functions ask :func:`current` for the actor, check it against the permission table, and name it in the audit
trail. Nothing may write without an actor.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

from carecenter.errors import UserError


@dataclass(frozen=True)
class Actor:
    name: str
    role: str
    staff_id: int | None = None
    read_only: bool = False


class NotLoggedIn(UserError):
    def __init__(self):
        super().__init__("尚未登录，请先登录。")


_actor: Actor | None = None


def current() -> Actor:
    if _actor is None:
        raise NotLoggedIn()
    return _actor


def current_or_none() -> Actor | None:
    return _actor


def set_actor(actor: Actor | None) -> None:
    global _actor
    _actor = actor


def os_account() -> str:
    """The operating system account this process runs as — asked of the system, not of environment variables
    (``getpass.getuser`` believes ``LOGNAME`` and ``USER``, which anyone can set)."""
    try:
        if os.name == "nt":
            import ctypes
            size = ctypes.c_ulong(257)
            buffer = ctypes.create_unicode_buffer(size.value)
            if ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):
                return buffer.value
            return "unknown"
        import pwd
        return pwd.getpwuid(os.getuid()).pw_name
    except (KeyError, OSError, AttributeError):  # an account without a name (a container's bare uid)
        return f"uid{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def command_line_actor() -> Actor:
    """CLI.md: the command line works as the local administrator, audited as ``cli:<os user>``."""
    return Actor(name=f"cli:{os_account()}", role="admin")


@contextlib.contextmanager
def acting_as(actor: Actor | None):
    previous = _actor
    set_actor(actor)
    try:
        yield actor
    finally:
        set_actor(previous)
