"""Users and logging in (登录): memory-hard password hashes, lock-out after failed attempts, users deactivated but
never deleted (their signatures stay valid). Every login, failed or not, is in the audit trail."""

from __future__ import annotations

import base64
import datetime
import unicodedata
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from carecenter import audit, permissions, session
from carecenter.errors import NotFound, UserError
from carecenter.models import ROLE_TITLES, ROLES, Staff, now
from carecenter.store import write
from carecenter.validate import clean_text
from carecenter.i18n import tr, tr_values

#: scrypt cost (N=2^17, r=8, p=1: about 128 MiB and a few tenths of a second). Stored with each hash; a hash made
#: with a lower cost is re-made at the next successful login.
SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSWORD = 8
MAX_FAILURES = 5
LOCK_MINUTES = 5


class LoginFailed(UserError):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, n: int | None = None) -> str:
    n = n or SCRYPT_N
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
                            maxmem=256 * 1024 * 1024, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), maxmem=256 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    try:
        _, n, r, p, _, _ = stored.split("$")
    except ValueError:
        return True
    return (int(n), int(r), int(p)) < (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def check_new_password(password: str) -> None:
    if not password.strip():
        raise UserError(tr("密码不能全是空格。"))
    if len(password) < MIN_PASSWORD:
        raise UserError(tr("密码至少需要 {MIN_PASSWORD} 个字符。").format(MIN_PASSWORD=MIN_PASSWORD))
    if len(password) > 256:
        raise UserError(tr("密码太长（最多 256 个字符）。"))


def _check_name_and_role(name: str, role: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name.strip()):
        # control and format characters: U+202E turns 「李婷‮」 into something that looks like 李婷
        raise UserError(tr("用户名中有看不见的控制字符，请重新输入。"))
    name = clean_text(name)
    if not name:
        raise UserError(tr("请填写用户名。"))
    if len(name) > 60:
        raise UserError(tr("用户名太长（最多 60 个字）。"))
    if role not in ROLES:
        raise UserError(
            tr("角色应为 {v1} 之一，不是“{role}”。").format(
                v1=tr("、").join(tr_values(ROLE_TITLES[r] for r in ROLES)), role=role
            )
        )
    return name


# --- users ------------------------------------------------------------------------------------------------------


def has_users() -> bool:
    """True once some active user can log in (a password is set)."""
    return Staff.select().where(Staff.active & (Staff.password_hash != "")).exists()


def create_first_admin(name: str, password: str, employee_no: str = "") -> Staff:
    """The first start: the administrator chooses a name and password. Refused once a user can log in."""
    if has_users():
        raise UserError(tr("已有可以登录的用户，请由管理员添加新用户。"))
    name = _check_name_and_role(name, "admin")
    check_new_password(password)
    hashed = hash_password(password)
    with write():
        user = Staff.get_or_none(Staff.name == name)
        if user is None:
            user = Staff.create(name=name, role="admin", employee_no=employee_no, password_hash=hashed)
        else:
            user.role, user.password_hash, user.active = "admin", hashed, True
            user.save()
        audit.record("create", "staff", user.id, {"role": [None, "admin"]}, "首次启动创建管理员", actor=name)
    return user


def add_user(name: str, role: str, password: str, employee_no: str = "") -> Staff:
    actor = permissions.require("manage_users")
    name = _check_name_and_role(name, role)
    check_new_password(password)
    existing = Staff.get_or_none(Staff.name == name)
    if existing is not None and not existing.password_hash:
        raise UserError(tr("“{name}”已在人员名单中，只是还没有密码：请在列表中选中“{name}”，按“设置密码…”。").format(name=name))
    if existing is not None:
        raise UserError(tr("用户“{name}”已存在。").format(name=name))
    hashed = hash_password(password)
    with write():
        user = Staff.create(name=name, role=role, employee_no=clean_text(employee_no), password_hash=hashed)
        audit.record("create", "staff", user.id, {"name": [None, name], "role": [None, role]}, actor=actor.name)
    return user


def _user(name: str) -> Staff:
    user = Staff.get_or_none(Staff.name == clean_text(name))
    if user is None:
        raise NotFound(tr("没有用户“{name}”。").format(name=name))
    return user


def set_password(name: str, password: str) -> None:
    """An administrator sets anyone's password; a user may set their own."""
    actor = session.current()
    user = _user(name)
    if user.id != actor.staff_id:
        permissions.require("manage_users")
    check_new_password(password)
    hashed = hash_password(password)
    with write():
        Staff.update(password_hash=hashed, failed_logins=0, locked_until=None).where(Staff.id == user.id).execute()
        audit.record("password", "staff", user.id, detail=f"为“{user.name}”设置密码", actor=actor.name)


def update_user(name: str, *, role: str | None = None, active: bool | None = None,
                employee_no: str | None = None) -> None:
    """Change a user's role, number or whether they may log in (deactivated, never deleted)."""
    actor = permissions.require("manage_users")
    user = _user(name)
    after = {"role": role if role is not None else user.role,
             "active": active if active is not None else user.active,
             "employee_no": clean_text(employee_no) if employee_no is not None else user.employee_no}
    _check_name_and_role(user.name, after["role"])
    if user.role == "admin" and (after["role"] != "admin" or not after["active"]):
        others = Staff.select().where((Staff.role == "admin") & Staff.active & (Staff.id != user.id)
                                      & (Staff.password_hash != "")).exists()
        if not others:
            raise UserError(tr("这是最后一位管理员，不能停用或改为其他角色。"))
    before = {"role": user.role, "active": user.active, "employee_no": user.employee_no}
    with write():
        Staff.update(**after).where(Staff.id == user.id).execute()
        audit.record("update", "staff", user.id, audit.changes(before, after), actor=actor.name)


@dataclass
class UserRow:
    name: str
    role: str
    role_title: str
    employee_no: str
    active: bool
    can_log_in: bool
    last_login: datetime.datetime | None


def list_users() -> list[UserRow]:
    permissions.require("view")
    return [UserRow(u.name, u.role, ROLE_TITLES.get(u.role, u.role), u.employee_no, u.active, bool(u.password_hash),
                    u.last_login) for u in Staff.select().order_by(Staff.active.desc(), Staff.name)]


# --- logging in -------------------------------------------------------------------------------------------------


def login(name: str, password: str, when: datetime.datetime | None = None) -> session.Actor:
    """Check the password; after 5 failures in a row the account waits 5 minutes. Returns the actor to act as."""
    when = when or now()
    name = clean_text(name)
    user = Staff.get_or_none(Staff.name == name)
    if user is None or not user.active or not user.password_hash:
        with write():  # what was typed is not kept: it may be a password typed in the wrong field
            audit.record("login_failed", "staff", user.id if user else "",
                         detail="用户已停用" if user else f"用户不存在（输入了 {len(name)} 个字）",
                         actor=user.name if user else "?")
        raise LoginFailed(tr("用户名或密码不正确。"))
    if user.locked_until and user.locked_until > when:
        minutes = max(1, int((user.locked_until - when).total_seconds() // 60) + 1)
        with write():
            audit.record("login_failed", "staff", user.id, detail="账户锁定中", actor=name)
        raise LoginFailed(
            tr("密码连续输错 {MAX_FAILURES} 次，账户已锁定，请 {minutes} 分钟后再试。").format(
                MAX_FAILURES=MAX_FAILURES, minutes=minutes
            )
        )
    if not verify_password(password, user.password_hash):
        failures = user.failed_logins + 1
        locked = when + datetime.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        with write():
            Staff.update(failed_logins=0 if locked else failures, locked_until=locked).where(
                Staff.id == user.id).execute()
            audit.record("login_failed", "staff", user.id, detail=f"密码错误（第 {failures} 次）", actor=name)
        if locked:
            raise LoginFailed(
                tr("密码连续输错 {MAX_FAILURES} 次，账户已锁定 {LOCK_MINUTES} 分钟。").format(
                    MAX_FAILURES=MAX_FAILURES, LOCK_MINUTES=LOCK_MINUTES
                )
            )
        raise LoginFailed(tr("用户名或密码不正确（还可再试 {v1} 次）。").format(v1=MAX_FAILURES - failures))
    fields = {"failed_logins": 0, "locked_until": None, "last_login": when}
    if needs_rehash(user.password_hash):
        fields["password_hash"] = hash_password(password)
    with write():
        Staff.update(**fields).where(Staff.id == user.id).execute()
        audit.record("login", "staff", user.id, actor=name)
    return session.Actor(name=user.name, role=user.role, staff_id=user.id)
