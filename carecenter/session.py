"""Who is acting: the logged-in user in the GUI, or ``cli:<os user>`` (the local administrator) on the command line.

Domain functions ask :func:`current` for the actor, check it against the permission table, and name it in the audit
trail. Nothing may write without an actor.
"""

from __future__ import annotations

import contextlib
import getpass
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


def command_line_actor() -> Actor:
    """CLI.md: the command line works as the local administrator, audited as ``cli:<os user>``."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some service environments
        user = "unknown"
    return Actor(name=f"cli:{user}", role="admin")


@contextlib.contextmanager
def acting_as(actor: Actor | None):
    previous = _actor
    set_actor(actor)
    try:
        yield actor
    finally:
        set_actor(previous)
