"""The phone's commands (CLI.md): ``incoming`` (log a call in, from a customer or someone new) and ``leads`` (the
sales leads from the desk). Kept beside :mod:`carecenter.cli`, which registers them."""

from __future__ import annotations

import json
import sys

from carecenter.i18n import tr


def add_parsers(commands) -> None:
    incoming = commands.add_parser("incoming", help=tr("登记来电：按号码找到客户，陌生号码登记为潜在客户"))
    incoming.add_argument("phone", help=tr("来电号码"))
    incoming.add_argument("--name", default="", help=tr("来电人姓名（陌生号码必填）"))
    incoming.add_argument("--type", default="咨询", help=tr(
        "来电类型：enquiry（咨询）、complaint（投诉）、booking（预约）、message（留言）、lead（购车意向）"))
    incoming.add_argument("--note", default="", help=tr("来电事由"))
    incoming.add_argument("--next-contact", help=tr("下次联系日期 YYYY-MM-DD（到时出现在回访列表）"))
    incoming.add_argument("--for", dest="for_whom", default="", help=tr("留言给谁（本店同事）"))
    incoming.add_argument("--call-back-by", help=tr("留言的回电日期 YYYY-MM-DD（默认今天）"))
    incoming.add_argument("--model", default="", help=tr("意向车型"))
    incoming.add_argument("--need", default="new", help=tr("购车需求：new（新购）、trade-in（置换）、referral（推荐）"))
    incoming.add_argument("--call-time", default="", help=tr("方便联系的时间"))
    incoming.add_argument("--json", action="store_true")
    ring = commands.add_parser("ring", help=tr("告诉本机正在运行的 CareCenter 这个号码正在来电（来电弹屏）"))
    ring.add_argument("phone", help=tr("来电号码"))
    leads = commands.add_parser("leads", help=tr("关爱部登记的销售线索"))
    leads.add_argument("--month", help=tr("月份 YYYY-MM（默认全部）"))
    leads.add_argument("--open", action="store_true", help=tr("只列尚无结果的线索"))
    leads.add_argument("--json", action="store_true")


def cmd_incoming(args) -> int:
    from carecenter import phone
    from carecenter.cli import EXIT_OK, _open
    _open(args, write=True)
    notes = {"what": args.note}
    if args.next_contact:
        notes["next_contact"] = args.next_contact
    message = {"for": args.for_whom, "about": args.note, "by": args.call_back_by} if args.for_whom or \
        args.type in ("message", "留言") else None
    lead = {"model": args.model, "need": args.need, "call_time": args.call_time}
    result = phone.incoming(args.phone, call_type=args.type, name=args.name, notes=notes, message=message, lead=lead)
    if args.json:
        json.dump(result.as_json(), sys.stdout, ensure_ascii=False)
        print()
        return EXIT_OK
    print(tr("已登记来电：客户 {customer_id}{prospect}，通话 {call_id}").format(
        customer_id=result.customer_id, prospect=tr("（新的潜在客户）") if result.prospect else "",
        call_id=result.call_id))
    if result.lead_id:
        print(tr("销售线索 {lead_id}").format(lead_id=result.lead_id))
    if result.task_id:
        print(tr("已排入回访列表：任务 {task_id}").format(task_id=result.task_id))
    if result.complaint_id:
        print(tr("已生成投诉草稿 {complaint_id}").format(complaint_id=result.complaint_id))
    return EXIT_OK


def cmd_leads(args) -> int:
    from carecenter import periods, phone
    from carecenter.cli import EXIT_OK, _json_default, _open
    _open(args)
    first = last = None
    if args.month:
        period = periods.month(args.month)
        first, last = period.first, period.last
    lines = phone.leads(first, last, open_only=args.open)
    if args.json:
        json.dump([{"id": line.id, "day": line.day, "customer_id": line.customer_id, "name": line.name,
                    "model": line.model, "need": line.need, "call_time": line.call_time, "by": line.by,
                    "handed_to": line.handed_to, "outcome": line.outcome, "prospect": line.prospect}
                   for line in lines], sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    for line in lines:
        print(f"{line.id}\t{line.day}\t{line.name}\t{line.model or '-'}\t{tr(line.need)}\t{line.call_time or '-'}\t"
              f"{line.handed_to or '-'}\t{tr(line.outcome) if line.outcome else tr('待跟进')}")
    return EXIT_OK


def cmd_ring(args) -> int:
    """No store is opened: the running desk has it. One line on stderr when no desk runs (exit 1)."""
    from carecenter import ring
    from carecenter.cli import EXIT_OK
    number = ring.send(args.phone)
    print(tr("已通知 CareCenter：{number} 来电").format(number=number))
    return EXIT_OK


COMMANDS = {"incoming": cmd_incoming, "leads": cmd_leads, "ring": cmd_ring}
