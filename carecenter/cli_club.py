"""The club's commands (CLI.md): ``points`` (a customer's ledger; earn, redeem, a manager's correction), ``members``
and ``join``. Kept beside :mod:`carecenter.cli`, which registers them."""

from __future__ import annotations

import json
import sys

from carecenter.i18n import tr


def add_parsers(commands) -> None:
    points = commands.add_parser("points", help=tr("客户的积分账目：查看、获得、兑换或调整"))
    points.add_argument("customer_id", type=int)
    action = points.add_mutually_exclusive_group()
    action.add_argument("--earn", metavar="N", help=tr("获得积分（配合 --kind）"))
    action.add_argument("--redeem", metavar="N", help=tr("兑换积分（抵扣费用，配合 --reason 写明用途）"))
    action.add_argument("--adjust", metavar="N", help=tr("经理调整积分（可为负数，配合 --reason 写明原因）"))
    points.add_argument("--kind", default="spend", help=tr("获得积分的类别：spend（消费）、event（活动）、referral（推荐购车）"))
    points.add_argument("--reason", default="", help=tr("事由"))
    points.add_argument("--json", action="store_true")
    members = commands.add_parser("members", help=tr("会员名单：卡号、级别、积分余额"))
    members.add_argument("--level", default="", help=tr("只列某个级别：standard（普卡）、silver（银卡）、gold（金卡）"))
    members.add_argument("--json", action="store_true")
    join = commands.add_parser("join", help=tr("客户入会：分配会员卡号"))
    join.add_argument("customer_id", type=int)
    join.add_argument("--date", help=tr("入会日期（YYYY-MM-DD，默认今天）"))
    events = commands.add_parser("events", help=tr("车友会活动：日期、邀约、确认、实到、发放积分"))
    events.add_argument("--json", action="store_true")
    event = commands.add_parser("event", help=tr("某次活动：签到、撤销签到、发放活动积分、活动总结"))
    event.add_argument("event_id", type=int)
    event.add_argument("--attend", type=int, nargs="+", metavar="CUSTOMER_ID", help=tr("签到的客户编号"))
    event.add_argument("--undo", type=int, metavar="CUSTOMER_ID", help=tr("撤销一位客户的签到"))
    event.add_argument("--give-points", action="store_true", help=tr("给已签到的客户发放活动积分（一次）"))
    event.add_argument("--json", action="store_true")
    campaign = commands.add_parser("campaign", help=tr("群发短信：选定客户，按模板生成短信平台的批量文件"))
    campaign.add_argument("--template", help=tr("短信模板（代码或名称；--templates 列出全部）"))
    campaign.add_argument("--audience", default="", help=tr(
        "受众条件，例如 model=明锐,delivered=2024；键：model、delivered、level、member、lost、birthday、"
        "visited_before、visited_after、joined"))
    campaign.add_argument("--out", help=tr("批量文件（.xlsx 或 .csv）；不写则只预览人数和前几条短信"))
    campaign.add_argument("--templates", action="store_true", help=tr("列出可用的短信模板"))
    campaign.add_argument("--json", action="store_true")


#: The command line takes the kinds and levels in English words too (or as the forms write them).
KINDS = {"spend": "消费", "event": "活动", "referral": "推荐购车"}
LEVELS = {"standard": "普卡", "silver": "银卡", "gold": "金卡"}


def cmd_points(args) -> int:
    from carecenter import club
    from carecenter.cli import EXIT_OK, _json_default, _open
    changing = args.earn or args.redeem or args.adjust
    _open(args, write=bool(changing))
    if args.earn:
        club.earn(args.customer_id, args.earn, KINDS.get(args.kind, args.kind), args.reason)
    elif args.redeem:
        club.redeem(args.customer_id, args.redeem, args.reason)
    elif args.adjust:
        club.adjust(args.customer_id, args.adjust, args.reason)
    ledger = club.ledger(args.customer_id)
    if args.json:
        json.dump(ledger.as_json(), sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    title = tr("{name}：会员卡号 {number}，{level}，积分余额 {balance}（近12个月获得 {earned}）").format(
        name=ledger.name, number=ledger.member_number or tr("（非会员）"), level=tr(ledger.level) or "-",
        balance=ledger.balance, earned=ledger.earned_12_months)
    print(title)
    for entry in ledger.entries:
        print(f"{entry.day}\t{entry.points:+d}\t{tr(entry.kind)}\t{entry.by}\t{entry.reason}")
    return EXIT_OK


def cmd_members(args) -> int:
    from carecenter import club
    from carecenter.cli import EXIT_OK, _json_default, _open
    _open(args)
    chosen = club.members(LEVELS.get(args.level, args.level))
    if args.json:
        json.dump([{"customer_id": m.customer_id, "member_number": m.member_number, "name": m.name,
                    "phone": m.phone, "joined": m.joined, "level": m.level, "balance": m.balance} for m in chosen],
                  sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    for m in chosen:
        print(f"{m.member_number}\t{m.customer_id}\t{m.name}\t{m.phone}\t{m.joined}\t{tr(m.level)}\t{m.balance}")
    print(tr("共 {count} 位会员").format(count=len(chosen)), file=sys.stderr)
    return EXIT_OK


def cmd_join(args) -> int:
    from carecenter import club
    from carecenter.cli import EXIT_OK, _open
    from carecenter.validate import parse_date
    _open(args, write=True)
    day = parse_date(args.date) if args.date else None
    number = club.join(args.customer_id, day)
    print(number)
    print(tr("已入会：会员卡号 {number}").format(number=number), file=sys.stderr)
    from carecenter import letters  # the join SMS (003: 以短信的方式将会员卡卡号发送给客户)
    welcome = letters.prepare_messages("member_welcome", [args.customer_id])
    if welcome:
        print(tr("入会短信：{text}").format(text=welcome[0].text), file=sys.stderr)
    return EXIT_OK


def cmd_campaign(args) -> int:
    from carecenter import call_scripts, campaigns
    from carecenter.cli import EXIT_OK, EXIT_USAGE, _open
    _open(args, write=bool(args.out))
    if args.templates:
        for template in call_scripts.message_templates():
            print(f"{template.code}\t{tr(template.title)}\t{template.text}")
        return EXIT_OK
    if not args.template:
        print(tr("请用 --template 指定短信模板（--templates 列出全部）。"), file=sys.stderr)
        return EXIT_USAGE
    preview = campaigns.preview(args.template, campaigns.parse_audience(args.audience))
    campaign_id = campaigns.send(preview, args.out) if args.out else None
    if args.json:
        json.dump({"campaign_id": campaign_id, "template": preview.template, "audience": preview.audience.describe(),
                   "chosen": preview.chosen, "messages": len(preview.messages), "refused": preview.refused,
                   "no_mobile": preview.no_mobile, "out": args.out or None,
                   "preview": [{"customer_id": m.customer_id, "text": m.text} for m in preview.messages[:5]]},
                  sys.stdout, ensure_ascii=False)
        print()
        return EXIT_OK
    print(tr("选中 {chosen} 位客户：短信 {count} 条，拒收营销短信 {refused} 位已排除，没有手机号码 {no_mobile} 位").format(
        chosen=preview.chosen, count=len(preview.messages), refused=preview.refused, no_mobile=preview.no_mobile))
    for message in preview.messages[:5]:
        print(f"{message.customer_id}\t{message.name}\t{message.text}")
    if args.out:
        print(tr("已导出：{path}").format(path=args.out), file=sys.stderr)
    return EXIT_OK


def _report_json(report) -> dict:
    return {"event_id": report.id, "name": report.name, "date": report.day.isoformat(), "place": report.place,
            "points": report.points, "invited": report.invited, "confirmed": report.confirmed,
            "attended": report.attended, "new_members": report.new_members, "points_given": report.points_given,
            "guests": [{"customer_id": g.customer_id, "name": g.name, "member_number": g.member_number,
                        "confirmed": g.confirmed, "attended": g.attended, "points": g.points} for g in report.guests]}


def cmd_events(args) -> int:
    from carecenter import club_events
    from carecenter.cli import EXIT_OK, _open
    _open(args)
    reports = [club_events.report(event_id) for event_id, _, _ in club_events.events()]
    if args.json:
        json.dump([_report_json(r) for r in reports], sys.stdout, ensure_ascii=False)
        print()
        return EXIT_OK
    for r in reports:
        print(f"{r.id}\t{r.day}\t{r.name}\t{tr('邀约')} {r.invited}\t{tr('确认')} {r.confirmed}\t"
              f"{tr('实到')} {r.attended}\t{tr('积分')} {r.points_given}")
    return EXIT_OK


def cmd_event(args) -> int:
    from carecenter import club_events
    from carecenter.cli import EXIT_OK, _open
    _open(args, write=bool(args.attend or args.undo or args.give_points))
    for customer_id in args.attend or []:
        club_events.arrive(args.event_id, customer_id)
    if args.undo:
        club_events.undo_arrival(args.event_id, args.undo)
    if args.give_points:
        count = club_events.give_points(args.event_id)
        print(tr("已为 {count} 位签到客户发放活动积分").format(count=count), file=sys.stderr)
    r = club_events.report(args.event_id)
    if args.json:
        json.dump(_report_json(r), sys.stdout, ensure_ascii=False)
        print()
        return EXIT_OK
    print(tr("{name}（{day}，{place}）：邀约 {invited}，确认参加 {confirmed}，实到 {attended}，新入会 {new}，"
             "发放积分 {points}").format(name=r.name, day=r.day, place=r.place or "-", invited=r.invited,
                                      confirmed=r.confirmed, attended=r.attended, new=r.new_members,
                                      points=r.points_given))
    for g in r.guests:
        state = tr("已签到") if g.attended else tr("确认参加")
        print(f"{g.customer_id}\t{g.name}\t{g.member_number or '-'}\t{state}\t{g.points or ''}")
    return EXIT_OK


COMMANDS = {"points": cmd_points, "members": cmd_members, "join": cmd_join, "events": cmd_events,
            "event": cmd_event, "campaign": cmd_campaign}
