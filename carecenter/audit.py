"""Writing and reading the audit trail. :func:`record` is called inside the transaction of the change it records,
so a change and its audit entry are stored together or not at all."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from carecenter import permissions, session
from carecenter.models import AuditEntry, now
from carecenter.validate import mask_phone
from carecenter.i18n import N_

#: Personal fields whose values the audit trail keeps masked.
PERSONAL_FIELDS = {"name", "phone", "phone2", "address", "birthday", "contact_name", "vin", "plate", "engine_no",
                   "postcode", "family"}


def mask(field: str, value: object) -> object:
    if value in (None, ""):
        return value
    text = value.isoformat() if isinstance(value, (datetime.date, datetime.datetime)) else str(value)
    if field not in PERSONAL_FIELDS:
        return value if isinstance(value, (int, float, bool)) else text
    if field in ("phone", "phone2"):
        return mask_phone(text)
    if field in ("vin", "engine_no"):
        return "*" * (len(text) - 4) + text[-4:]
    if field == "plate":
        return text[:2] + "*" * (len(text) - 4) + text[-2:]
    if field in ("name", "contact_name"):
        return text[0] + "*" * (len(text) - 1)
    return "***"


def changes(before: dict, after: dict) -> dict:
    """{field: [old, new]} for the fields that differ, personal values masked."""
    return {key: [mask(key, before.get(key)), mask(key, value)] for key, value in after.items()
            if before.get(key) != value}


def record(action: str, entity: str = "", entity_id: object = "", change: dict | None = None, detail: str = "",
           actor: str | None = None) -> None:
    """Append one entry; call it inside the transaction of the change."""
    who = actor or session.current().name
    AuditEntry.create(at=now(), actor=who, action=action, entity=entity, entity_id=str(entity_id or ""),
                      changes=json.dumps(change, ensure_ascii=False, default=str) if change else "", detail=detail)


@dataclass
class AuditFilter:
    actor: str = ""
    action: str = ""
    text: str = ""
    since: datetime.date | None = None
    until: datetime.date | None = None
    limit: int = 1000


def entries(where: AuditFilter | None = None) -> list[AuditEntry]:
    """The newest entries first, filtered; administrators only."""
    permissions.require("view_audit")
    where = where or AuditFilter()
    query = AuditEntry.select().order_by(AuditEntry.id.desc())
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.action:
        query = query.where(AuditEntry.action == where.action)
    if where.text:
        query = query.where(AuditEntry.detail.contains(where.text) | AuditEntry.entity_id.contains(where.text)
                            | AuditEntry.changes.contains(where.text))
    if where.since:
        query = query.where(AuditEntry.at >= datetime.datetime.combine(where.since, datetime.time()))
    if where.until:
        query = query.where(AuditEntry.at < datetime.datetime.combine(where.until + datetime.timedelta(days=1),
                                                                      datetime.time()))
    return list(query.limit(where.limit))


ACTION_TITLES = {
    "create": N_("新增"), "update": N_("修改"), "delete": N_("删除"), "login": N_("登录"), "login_failed": N_("登录失败"),
    "logout": N_("退出"), "print": N_("打印"), "export": N_("导出"), "import": N_("导入"), "backup": N_("备份"), "restore": N_("恢复"),
    "password": N_("修改密码"), "demo": N_("载入演示数据"), "check": N_("检查数据库"), "call": N_("回访"),
    "sign": N_("签名"), "withdraw": N_("撤回签名"),
}
