"""Do not contact, per kind (RULES §8, PIPL consent): a customer may refuse 回访 calls, reminders, or marketing and
text messages, each on its own, with the day, the reason and who wrote it down. The call-list generator leaves the
refused kinds out (and a refusal withdraws the open calls of its kind at once); text-message batches leave out whoever
refused 营销/短信. ``Customer.do_not_call`` mirrors a refusal of 回访 for the lists that show it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from carecenter import audit, clock, permissions
from carecenter.errors import NotFound, UserError
from carecenter.i18n import N_, tr
from carecenter.models import CONTACT_KINDS, KIND_OF_REASON, CallTask, ContactRefusal, Customer, now
from carecenter.store import write
from carecenter.validate import clean_multiline


@dataclass(frozen=True)
class Refusal:
    kind: str
    title: str
    since: datetime.date
    reason: str
    recorded_by: str


def _check_kind(kind: str) -> None:
    if kind not in CONTACT_KINDS:
        raise UserError(tr("免打扰的类别应为 {kinds} 之一，不是“{kind}”。").format(
            kinds=tr("、").join(f"{code}（{tr(title)}）" for code, title in CONTACT_KINDS.items()), kind=kind))


def refuse(customer_id: int, kind: str, reason: str, since: datetime.date | None = None) -> int:
    """Record that the customer refuses this kind of contact; the open calls of that kind are withdrawn in the same
    transaction. Returns how many were withdrawn."""
    actor = permissions.require("edit")
    _check_kind(kind)
    reason = clean_multiline(reason)[:200]
    if not reason:
        raise UserError(tr("请写明客户拒绝联系的原因（例如客户原话）。"))
    since = since or clock.today()
    with write():
        customer = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
        if customer is None:
            raise NotFound(tr("找不到客户（编号 {customer_id}）。").format(customer_id=customer_id))
        if ContactRefusal.get_or_none((ContactRefusal.customer == customer_id) & (ContactRefusal.kind == kind)):
            raise UserError(tr("{name} 已登记不接受“{kind}”。").format(name=customer.name, kind=tr(CONTACT_KINDS[kind])))
        ContactRefusal.create(customer=customer_id, kind=kind, since=since, reason=reason, recorded_by=actor.name)
        reasons = [reason_code for reason_code, of in KIND_OF_REASON.items() if of == kind]
        withdrawn = (CallTask.update(status="cancelled", updated_at=now())
                     .where((CallTask.customer == customer_id) & (CallTask.status == "open")
                            & CallTask.reason.in_(reasons)).execute())
        Customer.update(updated_at=now(), **({"do_not_call": True} if kind == "followup" else {})).where(
            Customer.id == customer_id).execute()
        audit.record("update", "customer", customer_id, {"do_not_contact": [None, kind]},
                     detail=f"{CONTACT_KINDS[kind]}：{reason}")
    return withdrawn


#: The reason written when the archive's 不接受电话回访 box is ticked (stored in Chinese, like every program word).
FROM_ARCHIVE = N_("客户档案中勾选“不接受电话回访”")


def mirror_archive_box(customer_id: int, do_not_call: bool, actor: str) -> None:
    """The archive's 不接受电话回访 box is a refusal of 回访 calls: ticking it records one (its open calls withdrawn),
    clearing it withdraws it. Called inside the archive's transaction."""
    exists = ContactRefusal.get_or_none((ContactRefusal.customer == customer_id) & (ContactRefusal.kind == "followup"))
    if do_not_call and exists is None:
        ContactRefusal.create(customer=customer_id, kind="followup", since=clock.today(), reason=FROM_ARCHIVE,
                              recorded_by=actor)
        reasons = [code for code, of in KIND_OF_REASON.items() if of == "followup"]
        CallTask.update(status="cancelled", updated_at=now()).where(
            (CallTask.customer == customer_id) & (CallTask.status == "open") & CallTask.reason.in_(reasons)).execute()
    elif not do_not_call and exists is not None:
        exists.delete_instance()


def sync_archive_boxes(actor: str) -> int:
    """Every customer whose 不接受电话回访 box is ticked (written in bulk: an import, the demo, schema v13) gets
    the refusal of 回访 calls it means, and their open 回访 calls are withdrawn; inside the caller's transaction.
    Returns how many refusals were added."""
    db, param = ContactRefusal._meta.database, ContactRefusal._meta.database.param
    missing = [row[0] for row in db.execute_sql(
        'SELECT "id" FROM "customer" WHERE "do_not_call" = ' + param + ' AND "id" NOT IN '
        '(SELECT "customer_id" FROM "contact_refusal" WHERE "kind" = ' + param + ")",
        (True, "followup")).fetchall()]
    if not missing:
        return 0
    today, stamp = clock.today(), now()
    from carecenter.store import bulk_insert
    bulk_insert(ContactRefusal, [{"customer": cid, "kind": "followup", "since": today, "reason": FROM_ARCHIVE,
                                  "recorded_by": actor, "created_at": stamp} for cid in missing])
    reasons = [code for code, of in KIND_OF_REASON.items() if of == "followup"]
    for chunk in range(0, len(missing), 900):
        part = missing[chunk:chunk + 900]
        CallTask.update(status="cancelled", updated_at=stamp).where(
            CallTask.customer.in_(part) & (CallTask.status == "open") & CallTask.reason.in_(reasons)).execute()
    return len(missing)


def withdraw(customer_id: int, kind: str) -> None:
    """The customer agrees to this kind of contact again (the next call-list refresh plans its calls)."""
    permissions.require("edit")
    _check_kind(kind)
    with write():
        deleted = ContactRefusal.delete().where((ContactRefusal.customer == customer_id)
                                                & (ContactRefusal.kind == kind)).execute()
        if not deleted:
            raise NotFound(tr("这位客户没有登记不接受“{kind}”。").format(kind=tr(CONTACT_KINDS[kind])))
        Customer.update(updated_at=now(), **({"do_not_call": False} if kind == "followup" else {})).where(
            Customer.id == customer_id).execute()
        audit.record("update", "customer", customer_id, {"do_not_contact": [kind, None]},
                     detail=CONTACT_KINDS[kind])


def refusals(customer_id: int) -> list[Refusal]:
    """The customer's standing refusals, in the order of the kinds."""
    permissions.require("view")
    rows = {r.kind: r for r in ContactRefusal.select().where(ContactRefusal.customer == customer_id)}
    return [Refusal(kind, CONTACT_KINDS[kind], rows[kind].since, rows[kind].reason, rows[kind].recorded_by)
            for kind in CONTACT_KINDS if kind in rows]


def refused_kinds(customer_ids: list[int] | None = None) -> dict[int, set[str]]:
    """customer id → the kinds they refused (every customer with a refusal when no ids are given)."""
    query = ContactRefusal.select(ContactRefusal.customer, ContactRefusal.kind)
    result: dict[int, set[str]] = {}
    if customer_ids is None:
        parts = [query]
    else:
        parts = [query.where(ContactRefusal.customer.in_(customer_ids[i:i + 900]))
                 for i in range(0, len(customer_ids), 900)]
    for part in parts:
        for customer_id, kind in part.tuples():
            result.setdefault(customer_id, set()).add(kind)
    return result


def allows(refused: dict[int, set[str]], customer_id: int, reason: str) -> bool:
    """May this customer get a call of this reason, given ``refused_kinds()``?"""
    kind = KIND_OF_REASON.get(reason)
    return kind is None or kind not in refused.get(customer_id, ())
