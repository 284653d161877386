"""Writing and reading the audit trail. :func:`record` is called inside the transaction of the change it records,
so a change and its audit entry are stored together or not at all."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from carecenter import permissions, session
from carecenter.models import AuditEntry, now
from carecenter.models.audit import entry_hash
from carecenter.validate import mask_phone
from carecenter.i18n import N_, tr

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
    """Append one entry, chained to the one before it; call it inside the transaction of the change."""
    from carecenter.store import serialize, write
    who = actor or session.current().name
    values = {"at": now(), "actor": who, "action": action, "entity": entity, "entity_id": str(entity_id or ""),
              "changes": json.dumps(change, ensure_ascii=False, default=str) if change else "", "detail": detail}
    with write():
        serialize("audit-chain")  # two desks on one server append one after the other, never from the same end
        last = AuditEntry.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
        entry_id, previous = (last.id + 1, last.hash) if last else (1, "")
        AuditEntry.insert(id=entry_id, prev_hash=previous, hash=entry_hash(previous, entry_id, **values),
                          **values).execute()


@dataclass
class ChainCheck:
    entries: int
    broken_at: int | None  # the id of the first entry that does not follow from the one before it
    why: str = ""


def verify_chain() -> ChainCheck:
    """Recompute the chain from the first entry: the first one changed, removed before, or slipped in is named."""
    previous, count, expected_id = "", 0, None
    query = AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                              AuditEntry.entity_id, AuditEntry.changes, AuditEntry.detail, AuditEntry.prev_hash,
                              AuditEntry.hash).order_by(AuditEntry.id).tuples()
    for entry_id, at, actor, action, entity, entity_id, changes_, detail, prev_hash, digest in query.iterator():
        count += 1
        if expected_id is not None and entry_id != expected_id:
            return ChainCheck(count, entry_id, tr("此前的审计记录被删除"))
        if prev_hash != previous:
            return ChainCheck(count, entry_id, tr("与前一条记录接不上"))
        if entry_hash(prev_hash, entry_id, at, actor, action, entity, entity_id, changes_, detail) != digest:
            return ChainCheck(count, entry_id, tr("内容被改动过"))
        previous, expected_id = digest, entry_id + 1
    return ChainCheck(count, None)


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


def describe_changes(changes: str) -> str:
    """An entry's changes in words: "状态：草稿 → 未处理；根本原因：（空）→ …" with each field's title."""
    try:
        parsed = json.loads(changes) if changes else {}
    except ValueError:
        return changes
    if not isinstance(parsed, dict):
        return changes
    titles = field_titles()
    parts = []
    for key, value in parsed.items():
        title = tr(titles.get(key, key))
        if isinstance(value, list) and len(value) == 2:
            old, new = (tr(str(v)) if v not in (None, "") else tr("（空）") for v in value)
            parts.append(tr("{title}：{old} → {new}").format(title=title, old=old, new=new))
        else:
            parts.append(tr("{title}：{value}").format(title=title, value=value))
    return tr("；").join(parts)


def field_titles() -> dict[str, str]:
    """Field name → its title on the desk's forms, for the audit log."""
    from carecenter import archive, settings

    titles = {key: title for fields in (archive.CUSTOMER_FIELDS, archive.VEHICLE_FIELDS, archive.VISIT_FIELDS)
              for key, (title, _) in fields.items()}
    titles.update({key: spec.title for key, spec in settings.SETTINGS.items()})
    titles.update(COMPLAINT_FIELD_TITLES)
    return titles


#: The complaint's fields as F6 names them (the audit log of a complaint speaks of them).
COMPLAINT_FIELD_TITLES = {
    "state": N_("状态"), "category": N_("类别"), "channel": N_("投诉方式"), "content": N_("抱怨/投诉内容"),
    "analysis": N_("初步原因分析"), "investigation": N_("抱怨/投诉调查结果"), "measures": N_("采取措施"),
    "customer_feedback": N_("客户对采取措施后的反馈意见"), "root_cause": N_("抱怨/投诉根本原因分析"),
    "improvement": N_("经销商改进措施"), "improvement_dept": N_("改进措施实施部门"), "handler": N_("经办人"),
    "transferred_at": N_("转交时间"), "measures_done_at": N_("措施完成时间"), "feedback_at": N_("回访时间"),
    "warning": N_("预警原因"), "number": N_("受理编号"), "level": N_("级别"),
}


#: What an entry is about, in the desk's words.
ENTITY_TITLES = {
    "customer": N_("客户"), "customers": N_("客户"), "vehicle": N_("车辆"), "visit": N_("维修保养记录"),
    "call": N_("通话记录"), "call_task": N_("回访任务"), "calls": N_("跟踪服务电话登记表"), "letter": N_("信函"),
    "letters": N_("跟踪服务信函登记表"), "messages": N_("短信"), "event": N_("活动"), "complaint": N_("投诉"),
    "lounge": N_("顾客休息室检查表"), "lounge_check": N_("客休区检查"), "lounge_items": N_("客休区检查项目"),
    "lounge_repair": N_("报修"), "guest_meal": N_("客餐"), "spot_check": N_("通话抽查"), "statistics": N_("顾客统计表"),
    "monthly_summary": N_("月度工作小结"), "setting": N_("设置"), "staff": N_("用户"), "store": N_("数据库"),
    "file": N_("文件"),
}


ACTION_TITLES = {
    "create": N_("新增"),
    "update": N_("修改"),
    "delete": N_("删除"),
    "login": N_("登录"),
    "login_failed": N_("登录失败"),
    "logout": N_("退出"),
    "print": N_("打印"),
    "export": N_("导出"),
    "import": N_("导入"),
    "backup": N_("备份"),
    "restore": N_("恢复"),
    "password": N_("修改密码"),
    "demo": N_("载入演示数据"),
    "check": N_("检查数据库"),
    "call": N_("回访"),
    "sign": N_("签名"),
    "withdraw": N_("撤回签名"),
}
