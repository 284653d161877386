"""The complaint desk's commands (CLI.md): ``complaints`` (the list with deadlines) and ``complaint`` (one complaint:
a warning heard, the upgrade to C, a promised reply time, a contact, a state). Kept beside :mod:`carecenter.cli`,
which registers them."""

from __future__ import annotations

import datetime
import json
import sys

from carecenter.i18n import tr


def add_parsers(commands) -> None:
    listing = commands.add_parser("complaints", help=tr("列出投诉及其时限"))
    listing.add_argument("--open", action="store_true", help=tr("只列未封闭的投诉"))
    listing.add_argument("--json", action="store_true")
    one = commands.add_parser("complaint", help=tr("一件投诉：预警、升级为C类、约定答复时间、联系客户、改状态"))
    one.add_argument("complaint", help=tr("投诉的受理编号（TS-2026-0001）或内部编号"))
    one.add_argument("--warn", choices=("nobody", "emotion", "media", "manager"),
                     help=tr("预警情况：nobody（客户表示无人联系）、emotion（情绪激动）、media（自称媒体）、manager（经理标记，配合 --note）"))
    one.add_argument("--note", default="", help=tr("说明"))
    one.add_argument("--at", help=tr("听到的时间 YYYY-MM-DD HH:MM（默认现在）"))
    one.add_argument("--upgrade", metavar="REASON", help=tr("升级为C类（主管），写明原因"))
    one.add_argument("--promise", metavar="TIME", help=tr("约定答复客户的时间 YYYY-MM-DD HH:MM"))
    one.add_argument("--contact", action="store_true", help=tr("已联系客户（配合 --note 写明内容）"))
    one.add_argument("--move", metavar="STATE", help=tr(
        "改为这个状态：in-progress（处理中）、resolved（处理完成）、closed（已封闭）、escalated（已升级）"))
    one.add_argument("--json", action="store_true")


#: The states in English words too (or as the screen writes them).
STATES = {"in-progress": "处理中", "resolved": "处理完成", "closed": "已封闭", "escalated": "已升级"}


def _moment(text: str | None) -> datetime.datetime | None:
    from carecenter.errors import UserError
    if not text:
        return None
    try:
        return datetime.datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise UserError(tr("时间应写成 YYYY-MM-DD HH:MM，不是“{text}”。").format(text=text)) from None


def _row(c) -> dict:
    from carecenter import complaints
    return {"id": c.id, "number": c.number, "customer_id": c.customer_id, "category": c.category, "level": c.level,
            "channel": c.channel, "state": c.state, "accepted_at": c.accepted_at, "response_due": c.response_due,
            "closure_due": c.closure_due, "first_response_at": c.first_response_at,
            "deadline_estimated": bool(c.closure_estimated), "resolved_at": c.resolved_at, "closed_at": c.closed_at,
            "escalated": c.escalated_from_id is not None, "warning": c.warning,
            "promised_reply_at": c.promised_reply_at, "promise_missed": complaints.promise_missed(c),
            "upgraded_at": c.upgraded_at}


def cmd_complaints(args) -> int:
    from carecenter import permissions
    from carecenter.cli import EXIT_OK, _json_default, _open
    from carecenter.models import Complaint
    _open(args)
    permissions.require("view")
    query = Complaint.select().order_by(Complaint.accepted_at.desc(nulls="LAST"), Complaint.id.desc())
    if args.open:
        query = query.where(Complaint.state.not_in([tr("已封闭")]))
    rows = [_row(c) for c in query]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    for row in rows:
        due = f"{row['closure_due']:%Y-%m-%d %H:%M}" if row["closure_due"] else "—"
        if row["deadline_estimated"]:
            due += tr("（估算）")
        print(
            tr("{v1:<14}{v2}\t{v3}\t封闭时限 {due}\t{v5}").format(
                v1=row['number'] or '(草稿)', v2=row['state'], v3=row['category'], due=due, v5=row['warning']
            )
        )
    return EXIT_OK


def cmd_complaint(args) -> int:
    from carecenter import complaints
    from carecenter.cli import EXIT_OK, _json_default, _open
    from carecenter.errors import NotFound
    from carecenter.models import Complaint
    changing = args.warn or args.upgrade or args.promise or args.contact or args.move
    _open(args, write=bool(changing))
    key = args.complaint.strip()
    found = Complaint.get_or_none(Complaint.number == key) or (
        Complaint.get_or_none(Complaint.id == int(key)) if key.isdigit() else None)
    if found is None:
        raise NotFound(tr("找不到投诉“{key}”。").format(key=key))
    at = _moment(args.at)
    if args.warn:
        complaints.warn(found.id, args.warn, args.note, at)
    if args.upgrade:
        complaints.upgrade_to_c(found.id, args.upgrade, at)
    if args.promise:
        complaints.promise_reply(found.id, _moment(args.promise))
    if args.contact:
        complaints.contact(found.id, at, args.note)
    if args.move:
        complaints.move(found.id, STATES.get(args.move, args.move), at, args.note)
    complaint = Complaint.get_by_id(found.id)
    row = _row(complaint)
    if args.json:
        json.dump(row, sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    due = f"{row['closure_due']:%Y-%m-%d %H:%M}" if row["closure_due"] else tr("不限")
    print(tr("{number}（{level}类 {category}）：{state}，封闭时限 {due}").format(
        number=row["number"], level=row["level"], category=row["category"], state=tr(row["state"]), due=due))
    if row["promised_reply_at"]:
        print(tr("约定答复：{when:%Y-%m-%d %H:%M}{missed}").format(
            when=row["promised_reply_at"], missed=tr("（已过时未答复）") if row["promise_missed"] else ""))
    if complaint.warning:
        print(tr("预警：{warning}").format(warning=complaints.in_language(complaint.warning)))
    return EXIT_OK


COMMANDS = {"complaints": cmd_complaints, "complaint": cmd_complaint}
