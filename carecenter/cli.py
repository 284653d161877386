"""The command line (CLI.md): the same domain functions as the GUI, for scripts, administrators and tests.

Exit codes: 0 success; 1 a user error, told in one line on stderr; 2 a usage error. No traceback reaches the user:
an unexpected error is written to the log file and summarized in one line.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from carecenter import __version__, cli_club, cli_complaints, cli_phone, clock, i18n, session
from carecenter.errors import UserError
from carecenter.i18n import LANGUAGES, N_, tr

WEEKDAYS = (N_("周一"), N_("周二"), N_("周三"), N_("周四"), N_("周五"), N_("周六"), N_("周日"))

log = logging.getLogger("carecenter")

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
BATCH = 500


def _date_argument(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(tr("日期应写成 YYYY-MM-DD，不是“{text}”").format(text=text)) from error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="carecenter", description=tr("CareCenter 客户关爱中心"))
    parser.add_argument("--db", help=tr("数据库文件路径（默认在用户数据文件夹中）"))
    parser.add_argument("--today", type=_date_argument, help=tr("规则所用的“今天”（YYYY-MM-DD）"))
    parser.add_argument("--lang", choices=tuple(LANGUAGES), default=None,
                        help=tr("界面和打印表单的语言（默认：图形界面用上次在设置中选择的语言，命令行用简体中文）"))
    parser.add_argument("--version", action="version", version=f"CareCenter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=tr("在空数据库中载入演示经销商"))
    demo.add_argument("--size", choices=("S", "M", "L"), default="S", help=tr("S≈2000、M≈20000、L≈100000 位客户"))
    demo.add_argument("--seed", type=int, default=1, help=tr("随机种子（相同种子得到相同数据）"))

    customers = commands.add_parser("customers", help=tr("查找客户"))
    customers.add_argument("--search", default="", help=tr("姓名、拼音首字母、电话（可只输后四位）、车牌或车架号"))
    customers.add_argument("--club", default="", choices=("", "members", "non-members", "standard", "silver", "gold"),
                           help=tr("按会员筛选：members、non-members、standard（普卡）、silver（银卡）、gold（金卡）"))
    customers.add_argument("--value", default="", help=tr("按价值筛选：spend:金额（近12个月消费不少于）或 "
                                                          "visits:次数（近12个月进厂不少于，不含免费、索赔和保险）"))
    customers.add_argument("--json", action="store_true", help=tr("以 JSON 输出"))

    importing = commands.add_parser("import", help=tr("从 Excel（.xlsx）或 CSV 导入客户、车辆、维修记录"))
    importing.add_argument("file", help=tr("要导入的文件"))
    importing.add_argument("--kind", choices=("customers", "vehicles", "visits", "complaints"),
                           help=tr("文件内容（默认按列名判断）；complaints = 客服中心的投诉工单"))
    importing.add_argument("--on-duplicate", choices=("update", "skip"), default="update",
                           help=tr("已有的客户/车辆：update 更新（默认）或 skip 跳过"))
    importing.add_argument("--dry-run", action="store_true", help=tr("只检查并报告，不写入"))
    importing.add_argument("--include-hidden", action="store_true", help=tr("也导入隐藏的工作表（默认跳过并报告）"))
    importing.add_argument("--json", action="store_true", help=tr("以 JSON 输出报告"))

    calls = commands.add_parser("calls", help=tr("生成并列出某天的回访清单"))
    calls.add_argument("--date", type=_date_argument, help=tr("日期（默认今天）"))
    calls.add_argument("--missed", action="store_true",
                       help=tr("列出已过期的回访（近 31 天内时间窗口结束而未回访的，按原因和经办人）"))
    calls.add_argument("--json", action="store_true")
    from carecenter.models.followup import OUTCOMES
    log_call = commands.add_parser("log-call", help=tr("登记一次回访结果"))
    log_call.add_argument("task_id", type=int)
    log_call.add_argument("--outcome", required=True, choices=tuple(OUTCOMES),
                          help=tr("结果代码，须适合这次回访的原因（见 CLI.md）"))
    log_call.add_argument("--note", default="", help=tr("通话内容（事由）"))
    log_call.add_argument("--at", help=tr("通话时间（YYYY-MM-DDTHH:MM，默认现在）；booked 时为预约时段“YYYY-MM-DD HH:MM”"))
    log_call.add_argument("--kind", help=tr("预约项目（booked 时）"))
    log_call.add_argument("--words", default="", help=tr("客户对车辆情况的描述（booked 时）"))
    log_call.add_argument("--override", action="store_true", help=tr("在已满的时段加约（经理）"))
    log_call.add_argument("--on", "--next", dest="on", type=_date_argument,
                          help=tr("日期：reschedule 改约、not-needed 下次提醒、considering 再次联系（必填）"))

    appointments_cmd = commands.add_parser("appointments", help=tr("某天的预约（默认今天）"))
    appointments_cmd.add_argument("--date", type=_date_argument, help=tr("日期（默认今天）"))
    appointments_cmd.add_argument("--json", action="store_true")
    book = commands.add_parser("book", help=tr("为一辆车预约时段"))
    book.add_argument("vehicle_id", type=int)
    book.add_argument("--at", required=True, help=tr("预约时段“YYYY-MM-DD HH:MM”"))
    book.add_argument("--kind", default="maintenance", help=tr(
        "预约项目：first_service（首保）、maintenance（定期保养）、repair（一般维修）、body_paint（钣金喷漆）、"
        "insurance_claim（保险理赔）、inspection（年检）、other（其他）"))
    book.add_argument("--words", default="", help=tr("客户对车辆情况的描述"))
    book.add_argument("--advisor", default="", help=tr("服务顾问"))
    book.add_argument("--task", type=int, help=tr("由哪个回访任务预约"))
    book.add_argument("--source", default="desk", choices=("reminder", "incoming", "desk", "other"))
    book.add_argument("--override", action="store_true", help=tr("在已满的时段加约（经理）"))
    book.add_argument("--json", action="store_true")
    appointment = commands.add_parser("appointment", help=tr("登记到店、取消或改约"))
    appointment.add_argument("appointment_id", type=int)
    change = appointment.add_mutually_exclusive_group(required=True)
    change.add_argument("--arrived", action="store_true", help=tr("客户已到店"))
    change.add_argument("--confirmed", action="store_true", help=tr("客户已确认"))
    change.add_argument("--cancel", metavar="REASON", help=tr("取消预约，并写明原因"))
    change.add_argument("--move", metavar="AT", help=tr("改约到“YYYY-MM-DD HH:MM”"))
    appointment.add_argument("--override", action="store_true", help=tr("在已满的时段加约（经理）"))

    survey = commands.add_parser("survey", help=tr("登记一次满意度回访的问卷回答"))
    survey.add_argument("task_id", type=int)
    survey.add_argument("--answers", required=True, help=tr("按问卷顺序的回答，总体满意在最后；1–5，0 = 不适用，逗号分隔"))
    survey.add_argument("--note", default="", help=tr("通话内容（事由）"))
    survey.add_argument("--json", action="store_true")
    contact = commands.add_parser("do-not-contact", help=tr("客户不接受的联系（回访、提醒、营销/短信）：查看、登记或撤销"))
    contact.add_argument("customer_id", type=int)
    contact.add_argument("--refuse", choices=("followup", "reminder", "marketing"), help=tr("登记客户拒绝的类别"))
    contact.add_argument("--reason", default="", help=tr("原因（登记时必填）"))
    contact.add_argument("--allow", choices=("followup", "reminder", "marketing"), help=tr("撤销：客户重新同意"))
    contact.add_argument("--json", action="store_true")

    cli_complaints.add_parsers(commands)
    cli_phone.add_parsers(commands)
    kpi = commands.add_parser("kpi", help=tr("某月、某季度或某年的回访、投诉、预约与满意度指标"))
    period = kpi.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", help=tr("月份 YYYY-MM"))
    period.add_argument("--quarter", help=tr("季度 YYYY-Qn（例如 2026-Q4）"))
    period.add_argument("--year", help=tr("年份 YYYY"))
    kpi.add_argument("--json", action="store_true")

    backup = commands.add_parser("backup", help=tr("立即备份数据库"))
    backup.add_argument("--to", help=tr("备份到这个文件夹（如 U 盘）；默认是数据库旁的 backups 文件夹"))
    restore = commands.add_parser("restore", help=tr("用备份文件恢复数据库（原文件会保留）"))
    restore.add_argument("file", help=tr("备份文件"))
    commands.add_parser("check", help=tr("检查数据库是否完整"))
    salvage = commands.add_parser("salvage", help=tr("从损坏的数据库中抢救还能读出的记录，写入一个新文件"))
    salvage.add_argument("--out", required=True, help=tr("新的数据库文件（不能已存在）"))
    salvage.add_argument("--file", help=tr("损坏的文件（默认是 --db 指定的数据库）"))

    calendar = commands.add_parser("calendar", help=tr("某年的国务院放假安排（投诉封闭时限按此计算）"))
    calendar_commands = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    calendar_load = calendar_commands.add_parser(
        "load", help=tr("载入某年的放假通知：holiday-cn 的 JSON 文件，或每行“日期 休/班”的文本"))
    calendar_load.add_argument("file")
    calendar_show = calendar_commands.add_parser("show", help=tr("列出某年的放假和调休上班日"))
    calendar_show.add_argument("year", type=int)
    calendar_show.add_argument("--json", action="store_true")
    calendar_remove = calendar_commands.add_parser("remove", help=tr("删除已载入的某年放假通知"))
    calendar_remove.add_argument("year", type=int)

    user = commands.add_parser("user", help=tr("管理用户"))
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    user_add = user_commands.add_parser("add", help=tr("添加用户（从终端输入两次密码，或从标准输入读一行）"))
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True, choices=("specialist", "manager", "director", "admin"))
    user_add.add_argument("--employee-no", default="", help=tr("工号"))
    user_passwd = user_commands.add_parser("passwd", help=tr("设置用户密码"))
    user_passwd.add_argument("name")
    user_list = user_commands.add_parser("list", help=tr("列出用户"))
    user_list.add_argument("--json", action="store_true")

    printing = commands.add_parser("print", help=tr("打印表单为 PDF"))
    printing.add_argument(
        "form",
        choices=FORMS,
        help=tr(
            "表单：customer = F1 客户档案基本资料表，call = F2，call-register = F3（日期或月份），letter-register = F4，delivery-followup = F5（车辆编号），complaint = F6，escalation = F7，lounge = F8（日期），spot-check = F10，statistics = F9（年份）, membership = F11（客户编号）, monthly = F12 月度工作小结（月份）, event = F16 活动总结表（活动编号）"
        ),
    )
    printing.add_argument("id", help=tr("记录编号，或日期 YYYY-MM-DD / 月份 YYYY-MM"))
    printing.add_argument("--out", required=True, help=tr("输出的 PDF 文件"))

    report = commands.add_parser("report", help=tr("周报、月度、季度、年度工作小结：PDF 与总部 Excel 工作簿"))
    report.add_argument("kind", choices=("weekly", "monthly", "quarterly", "yearly"), help=tr("报表种类"))
    report.add_argument("--period", help=tr("期间：2026-W48（或该周某天）、2026-11、2026-Q4、2026"))
    report.add_argument("--month", help=tr("月份 YYYY-MM（月报，同 --period）"))
    report.add_argument("--pdf", help=tr("输出的 PDF 文件"))
    report.add_argument("--xlsx", help=tr("输出的 Excel 工作簿（.xlsx）"))

    export = commands.add_parser("export", help=tr("导出客户、车辆（及某月的回访与投诉）为 Excel 工作簿"))
    export.add_argument("--xlsx", required=True, help=tr("输出的 Excel 工作簿（.xlsx）"))
    export.add_argument("--month", help=tr("同时导出该月（YYYY-MM）的回访、投诉、进厂与预约明细"))
    cli_club.add_parsers(commands)
    return parser


def _target(text: str, suffix: str) -> Path:
    out = Path(text)
    if out.suffix.lower() != suffix:
        raise UserError(tr("输出文件应以 {suffix} 结尾：{out}").format(suffix=suffix, out=out))
    if not out.parent.exists():
        raise UserError(tr("输出文件夹不存在：{parent}").format(parent=out.parent))
    return out


def _progress(step: str, percent: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{step} {percent:3d}%", end="", file=sys.stderr)


def cmd_report(args) -> int:
    from carecenter import export, periods, printing
    text = args.period if args.period is not None else (args.month if args.kind == "monthly" else None)
    if text is None:
        raise UserError(tr("请用 --period 指定期间（例如 2026-W48、2026-11、2026-Q4、2026）。"))
    period = periods.parse(args.kind, text)
    if not args.pdf and not args.xlsx:
        raise UserError(tr("请用 --pdf 或 --xlsx 指定输出文件。"))
    pdf = _target(args.pdf, ".pdf") if args.pdf else None
    xlsx = _target(args.xlsx, ".xlsx") if args.xlsx else None
    _open(args)
    if pdf:
        printing.print_period(period, pdf, progress=_progress)
        print(tr("已生成 {pdf}").format(pdf=pdf))
    if xlsx:
        export.export_period(period, xlsx, progress=_progress)
        print(tr("已生成 {xlsx}").format(xlsx=xlsx))
    return EXIT_OK


def cmd_export(args) -> int:
    from carecenter import export
    _open(args)
    out = _target(args.xlsx, ".xlsx")
    export.export_raw(out, args.month, progress=_progress)
    print(tr("已生成 {out}").format(out=out))
    return EXIT_OK


def _json_default(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


_held_lock: list = []  # the desk lock a writing command holds until it ends


def _open(args, *, write: bool = False):
    """Open the store. A command that changes data first takes the desk lock, as the GUI does: while a desk has the
    store open, the command line may read and print, not write."""
    from carecenter import desk_lock
    from carecenter.store import _resolve, is_server_url, open_store
    if write and not is_server_url(args.db) and not _held_lock:
        try:
            _held_lock.append(desk_lock.acquire(_resolve(args.db)))
        except desk_lock.StoreInUse as busy:
            raise UserError(tr("{busy}命令行现在只能查看和打印，不能修改；请关闭那个窗口后再试。").format(busy=busy)) from None
    return open_store(args.db)


def _release_lock() -> None:
    while _held_lock:
        _held_lock.pop().release()


def cmd_demo(args) -> int:
    from carecenter import demo
    _open(args, write=True)
    summary = demo.load_demo(args.size, args.seed,
                             lambda step, percent: print(f"\r{step} {percent:3d}%", end="", file=sys.stderr))
    print(file=sys.stderr)
    print(
        tr("已载入演示经销商：{customers} 位客户，{vehicles} 辆车，{visits} 条维修保养记录。").format(
            customers=summary.customers, vehicles=summary.vehicles, visits=summary.visits
        )
    )
    return EXIT_OK


def cmd_customers(args) -> int:
    from carecenter import archive
    _open(args)
    ids = archive.find_customers(args.search, club=cli_club.LEVELS.get(args.club, args.club), value=args.value)
    summaries = []
    for start in range(0, len(ids), BATCH):
        summaries += archive.customer_summaries(ids[start:start + BATCH])
    from carecenter import audit
    from carecenter.store import write
    with write():  # the list shows every phone, whichever way it is printed
        audit.record("export", "customers", "", detail=f"客户{' JSON' if args.json else '列表'}：{len(summaries)} 位"
                                                       f"（查找“{args.search}”）")
    if args.json:
        json.dump(summaries, sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    for item in summaries:
        plates = "、".join(v["plate"] or v["vin"] for v in item["vehicles"])
        print(f"{item['id']:>7}  {item['name']:<8}\t{item['phone'] or '-':<14}\t{plates}")
    print(tr("共 {v1} 位客户").format(v1=len(summaries)), file=sys.stderr)
    return EXIT_OK


FORMS = (
    "customer",
    "call",
    "call-register",
    "letter-register",
    "delivery-followup",
    "complaint",
    "escalation",
    "lounge",
    "spot-check",
    "statistics",
    "membership",
    "monthly",
    "appointment",
    "appointments",
    "survey",
    "event",
    "leads",
)


def cmd_print(args) -> int:
    from carecenter import printing
    _open(args)
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError(tr("输出文件应以 .pdf 结尾：{out}").format(out=out))
    if not out.parent.exists():
        raise UserError(tr("输出文件夹不存在：{parent}").format(parent=out.parent))
    if args.form in ("call-register", "letter-register", "lounge", "statistics", "monthly", "appointments", "leads"):
        {"call-register": printing.print_call_register, "letter-register": printing.print_letter_register,
         "lounge": printing.print_lounge, "statistics": printing.print_statistics,
         "monthly": printing.print_monthly, "appointments": printing.print_appointments,
         "leads": printing.print_leads}[args.form](args.id, out)
        print(tr("已生成 {out}").format(out=out))
        return EXIT_OK
    if args.form == "survey":  # a call id or a month
        printing.print_survey(args.id, out)
        print(tr("已生成 {out}").format(out=out))
        return EXIT_OK
    try:
        record_id = int(args.id)
    except ValueError:
        raise UserError(tr("编号应为数字，不是“{id}”。").format(id=args.id)) from None
    {"customer": printing.print_customer, "call": printing.print_call,
     "delivery-followup": printing.print_delivery_followup, "complaint": printing.print_complaint,
     "escalation": printing.print_escalation, "spot-check": printing.print_spot_check,
     "membership": printing.print_membership, "appointment": printing.print_appointment,
     "event": printing.print_event}[args.form](record_id, out)
    print(tr("已生成 {out}").format(out=out))
    return EXIT_OK


def cmd_import(args) -> int:
    from carecenter import importing
    _open(args, write=not args.dry_run)
    quiet = args.json or not sys.stderr.isatty()
    progress = None if quiet else (lambda step, percent: print(f"\r{step} {percent:3d}%", end="", file=sys.stderr))
    source = importing.read(args.file, progress)
    options = importing.ImportOptions(kind=args.kind, on_duplicate=args.on_duplicate, include_hidden=args.include_hidden)
    report = (importing.preview if args.dry_run else importing.run)(source, options, progress)
    if progress:
        print(file=sys.stderr)
    if args.json:
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, default=_json_default)
        print()
    else:
        for problem in report.problems:
            mark = tr("错误") if problem.severity == "error" else tr("提示")
            print(
                tr("{mark}\t{sheet}\t第 {row} 行\t{column}\t{value}\t{reason}").format(
                    mark=mark,
                    sheet=problem.sheet,
                    row=problem.row,
                    column=problem.column,
                    value=problem.value,
                    reason=problem.reason,
                )
            )
        for sheet, columns in report.unknown_columns.items():
            print(tr("提示\t{sheet}\t未识别、未导入的列：{v2}").format(sheet=sheet, v2='、'.join(columns)))
        print(report.summary() + (tr("（试运行，未写入）") if args.dry_run and not report.rejected else ""))
    if report.rejected:
        print(tr("错误：{rejection}").format(rejection=report.rejection()), file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def cmd_calls(args) -> int:
    from carecenter import followup
    _open(args, write=True)
    day = args.date or clock.today()
    report = followup.generate(day)
    tasks = followup.missed_tasks(day) if args.missed else followup.day_tasks(day)
    if args.json:
        json.dump([{"id": t.id, "customer_id": t.customer_id, "vehicle_id": t.vehicle_id, "reason": t.reason,
                    "due_date": t.due_date, "window_start": t.window_start, "window_end": t.window_end,
                    "status": t.status, "attempts": t.attempts, "assignee": t.assignee,
                    "missed": followup.created_missed(t)} for t in tasks],
                  sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    for row in followup.call_rows(tasks, day):
        late = tr("逾期") if row.overdue else ""
        print(f"{row.task_id:>7}  {row.reason_title}\t{row.name}\t{row.phone or '-'}\t{row.plate or '-'}\t"
              f"{row.due_date}{late}\t{row.assignee}")
    print(tr("{day}：{v2} 项（本次新增 {created}）").format(day=day, v2=len(tasks), created=report.created), file=sys.stderr)
    if report.created_missed:
        print(tr("上次生成清单以来，{count} 项回访的时间窗口已在这期间结束，已记为“已过期”（calls --missed 列出）。").format(
            count=report.created_missed), file=sys.stderr)
    return EXIT_OK


def _slot_argument(text: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is not None:  # the desk's own local time, nothing else
        raise UserError(tr("预约时段应写成“YYYY-MM-DD HH:MM”，不是“{text}”。").format(text=text))
    return moment


def _print_appointment(appointment, as_json: bool) -> None:
    from carecenter import appointments
    [row] = [r for r in appointments.day_list(appointment.start.date()) if r.id == appointment.id]
    if as_json:
        json.dump(row.as_json(), sys.stdout, ensure_ascii=False)
        print()
    else:
        print(tr("已预约：编号 {id}，{start:%Y-%m-%d %H:%M}，{plate} {name}，{kind}").format(
            id=row.id, start=row.start, plate=row.plate, name=row.name, kind=tr(row.kind)))


def cmd_do_not_contact(args) -> int:
    from carecenter import do_not_contact
    _open(args, write=bool(args.refuse or args.allow))
    if args.refuse:
        withdrawn = do_not_contact.refuse(args.customer_id, args.refuse, args.reason)
        print(tr("已登记：客户 {id} 不接受“{kind}”，撤下待回访任务 {count} 项").format(
            id=args.customer_id, kind=tr(do_not_contact.CONTACT_KINDS[args.refuse]), count=withdrawn),
            file=sys.stderr)
    if args.allow:
        do_not_contact.withdraw(args.customer_id, args.allow)
        print(tr("已撤销：客户 {id} 重新接受“{kind}”").format(
            id=args.customer_id, kind=tr(do_not_contact.CONTACT_KINDS[args.allow])), file=sys.stderr)
    refusals = do_not_contact.refusals(args.customer_id)
    if args.json:
        json.dump([{"kind": r.kind, "since": r.since, "reason": r.reason, "recorded_by": r.recorded_by}
                   for r in refusals], sys.stdout, ensure_ascii=False, default=_json_default)
        print()
    else:
        for r in refusals:
            print(f"{r.kind}\t{tr(r.title)}\t{r.since}\t{r.recorded_by}\t{r.reason}")
    return EXIT_OK


def cmd_survey(args) -> int:
    from carecenter import surveys
    _open(args, write=True)
    try:
        answers = [int(part) for part in args.answers.replace("，", ",").split(",") if part.strip()]
    except ValueError:
        raise UserError(tr("回答应为逗号分隔的数字 1–5（0 = 不适用），不是“{answers}”。").format(answers=args.answers)) from None
    result = surveys.record(args.task_id, answers, {"what": args.note} if args.note else {})
    if args.json:
        json.dump(result.as_json(), sys.stdout, ensure_ascii=False)
        print()
    else:
        print(tr("已登记：通话 {call_id}，{outcome}").format(call_id=result.call_id,
                                                      outcome=tr("满意" if result.outcome == "satisfied" else "不满意"))
              + (tr("；已生成投诉草稿") if result.complaint_id else "")
              + (tr("；已提醒经理跟进") if result.hot_alert_task_id else ""))
    return EXIT_OK


def cmd_appointments(args) -> int:
    from carecenter import appointments
    _open(args)
    day = args.date or clock.today()
    rows = appointments.day_list(day)
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False)
        print()
        return EXIT_OK
    if not rows:
        print(tr("{day:%Y-%m-%d} 没有预约。").format(day=day))
    for row in rows:
        print(f"{row.id:>6}  {row.start:%H:%M}  {tr(row.status):<4}  {row.plate:<9} {row.name}  {tr(row.kind)}"
              + (f"  {row.words}" if row.words else ""))
    return EXIT_OK


def cmd_book(args) -> int:
    from carecenter import appointments
    _open(args, write=True)
    if args.task is not None:  # booked from a reminder: the call and the task's completion go with it
        appointment = appointments.book_from_call(args.task, _slot_argument(args.at), args.kind, args.words,
                                                  advisor=args.advisor, override=args.override,
                                                  vehicle_id=args.vehicle_id)
    else:
        appointment = appointments.book(args.vehicle_id, _slot_argument(args.at), args.kind, args.words,
                                        advisor=args.advisor, source=args.source, override=args.override)
    _print_appointment(appointment, args.json)
    return EXIT_OK


def cmd_appointment(args) -> int:
    from carecenter import appointments
    _open(args, write=True)
    if args.arrived:
        appointments.arrive(args.appointment_id)
        print(tr("已登记到店：预约 {id}").format(id=args.appointment_id))
    elif args.confirmed:
        appointments.confirm(args.appointment_id)
        print(tr("已确认：预约 {id}").format(id=args.appointment_id))
    elif args.cancel is not None:
        appointments.cancel(args.appointment_id, args.cancel)
        print(tr("已取消：预约 {id}").format(id=args.appointment_id))
    else:
        appointments.move(args.appointment_id, _slot_argument(args.move), override=args.override)
        print(tr("已改约：预约 {id} → {at}").format(id=args.appointment_id, at=args.move))
    return EXIT_OK


def cmd_log_call(args) -> int:
    from carecenter import followup
    _open(args, write=True)
    if args.outcome == "booked":  # the slot and the task's completion in one transaction (RULES §7)
        from carecenter import appointments
        if not args.at:
            raise UserError(tr("“已预约”需要预约时段：--at \"YYYY-MM-DD HH:MM\"。"))
        appointment = appointments.book_from_call(args.task_id, _slot_argument(args.at), args.kind, args.words,
                                                  {"what": args.note} if args.note else {}, override=args.override)
        print(tr("已登记：任务 {task_id} 已预约").format(task_id=args.task_id))
        _print_appointment(appointment, False)
        return EXIT_OK
    at = None
    if args.at:
        try:
            at = datetime.datetime.fromisoformat(args.at)
        except ValueError:
            raise UserError(tr("通话时间应写成 YYYY-MM-DDTHH:MM，不是“{at}”。").format(at=args.at)) from None
    notes = {"what": args.note} if args.note else {}
    result = followup.log_call(args.task_id, args.outcome, notes, at=at, reschedule_to=args.on)
    text = tr("已登记：任务 {task_id}，第 {attempts} 次，状态 {task_status}").format(
        task_id=args.task_id, attempts=result.attempts, task_status=result.task_status
    )
    if result.complaint_id:
        text += tr("；已生成投诉草稿 {complaint_id}").format(complaint_id=result.complaint_id)
    print(text)
    return EXIT_OK


def _kpi_period(args) -> tuple[str, str, datetime.date, datetime.date]:
    """(the key, the label, first day, last day) of ``kpi``'s --month, --quarter or --year."""
    from carecenter import periods
    key, kind, text = next(choice for choice in (("month", "monthly", args.month), ("quarter", "quarterly", args.quarter),
                                                 ("year", "yearly", args.year)) if choice[2] is not None)
    period = periods.parse(kind, text)  # one of the three is required (argparse)
    return key, period.label, period.first, period.last


def cmd_kpi(args) -> int:
    from carecenter import appointments, complaints, followup, surveys
    key, label, first, last = _kpi_period(args)
    _open(args)
    report = {key: label, "first": first, "last": last, "calls": followup.call_kpis(first, last).as_json(),
              "complaints": complaints.kpis(first, last).as_json(),
              "appointments": appointments.kpis(first, last).as_json(),
              "surveys": surveys.kpis_json(first, last)}
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    calls, handled = report["calls"], report["complaints"]
    print(
        tr("{month} 回访：应回访 {due}，已回访 {done}（回访率 {rate}%），按时 {on_time}，满意率 {satisfied}%").format(
            month=label, due=calls["due"], done=calls["done"], rate=calls["rate"], on_time=calls["on_time"],
            satisfied=calls["satisfied_rate"])
        + (tr("，已过期 {missed}").format(missed=calls["missed"]) if calls["missed"] else "")
    )
    print(
        tr("{month} 投诉：{count} 件，及时响应率 {responded}%，及时封闭率 {closed}%，一次解决率 {first_time}%").format(
            month=label, count=handled["count"], responded=handled["response_on_time_rate"],
            closed=handled["closure_on_time_rate"], first_time=handled["first_time_resolution_rate"])
    )
    booked = report["appointments"]
    print(tr("{month} 预约：{booked} 个，到店 {arrived}，爽约 {no_show}，取消 {cancelled}，到店率 {show_rate}").format(
        month=label, booked=booked["booked"], arrived=booked["arrived"], no_show=booked["no_show"],
        cancelled=booked["cancelled"],
        show_rate=f"{booked['show_rate']}%" if booked["show_rate"] is not None else "—"))
    surveyed = report["surveys"]
    print(tr("{month} 满意度：问卷 {responses} 份，SSI {ssi}，CSI {csi}，问卷满意率 {rate}").format(
        month=label, responses=surveyed["responses"], ssi=surveyed["ssi"] if surveyed["ssi"] is not None else "—",
        csi=surveyed["csi"] if surveyed["csi"] is not None else "—",
        rate=f"{surveyed['satisfied_rate']}%" if surveyed["satisfied_rate"] is not None else "—"))
    return EXIT_OK


def cmd_backup(args) -> int:
    from carecenter import backup
    store = _open(args)
    target = backup.make_backup(store, args.to)
    print(tr("已备份到 {target}").format(target=target))
    return EXIT_OK


def cmd_restore(args) -> int:
    from carecenter import backup
    from carecenter.store import StoreDamaged
    try:
        store = _open(args, write=True)
    except StoreDamaged as damaged:  # a store that does not open is restored without opening it
        aside = backup.restore_damaged(damaged.path, Path(args.file))
        print(tr("数据库已损坏，已移到 {aside}（未删除）；已用 {file} 恢复数据库 {path}。").format(
            aside=aside.name if aside else "—", file=args.file, path=damaged.path))
        return EXIT_OK
    restored = backup.restore(store, Path(args.file))
    print(tr("已用 {file} 恢复数据库 {path}（原文件已保留在同一文件夹）。").format(file=args.file, path=restored.path))
    restored.close()
    return EXIT_OK


def cmd_salvage(args) -> int:
    from carecenter import backup
    from carecenter.store import _resolve
    source = Path(args.file) if args.file else _resolve(args.db)
    target = Path(args.out)
    result = backup.salvage(source, target)
    print(tr("已从 {source} 抢救出：{summary}。新文件：{target}。核对后可用 carecenter restore {target} 换上。").format(
        source=source.name, summary=result.summary(), target=target))
    return EXIT_OK


def cmd_calendar(args) -> int:
    from carecenter import official_calendar
    _open(args, write=args.calendar_command != "show")
    if args.calendar_command == "load":
        notice, moved = official_calendar.load(Path(args.file))
        print(tr("已载入 {year} 年的放假通知（{source}）：放假 {off} 天，调休上班 {worked} 天；"
                 "{moved} 件未封闭投诉的时限已重新计算。").format(year=notice.year, source=notice.source,
                                                     off=notice.off, worked=notice.worked, moved=moved))
        return EXIT_OK
    if args.calendar_command == "remove":
        moved = official_calendar.remove(args.year)
        print(tr("已删除 {year} 年的放假通知；{moved} 件未封闭投诉的时限已重新计算。").format(year=args.year, moved=moved))
        return EXIT_OK
    schedule = official_calendar.show(args.year)
    if args.json:
        json.dump({"year": schedule.year, "source": schedule.source, "loaded_from": schedule.loaded_from,
                   "estimated": schedule.source == "estimated",
                   "days": [{"date": day, "working": working, "name": name, "from": origin}
                            for day, working, name, origin in schedule.days]},
                  sys.stdout, ensure_ascii=False, default=_json_default)
        print()
        return EXIT_OK
    print(tr("{year} 年：{source}").format(year=schedule.year, source=schedule.source_title))
    for day, working, name, origin in schedule.days:
        kind = tr("上班") if working else tr("休")
        mark = tr("（本店调整）") if origin == "dealership" else ""
        print(f"{day:%Y-%m-%d}\t{tr(WEEKDAYS[day.weekday()])}\t{kind}\t{name}{mark}")
    return EXIT_OK


def cmd_check(args) -> int:
    from carecenter import backup
    from carecenter.store import StoreDamaged
    try:
        store = _open(args)
    except StoreDamaged as damaged:
        print(str(damaged))
        newest = backup.newest_good_backup(damaged.path.parent / "backups")
        hint = (tr("最新的完好备份：{path}（carecenter restore {path}）。").format(path=newest) if newest
                else tr("没有找到完好的备份。"))
        print(tr("错误：数据库无法打开。{hint}也可以抢救还能读出的记录（carecenter salvage --out 新文件）。").format(hint=hint),
              file=sys.stderr)
        return EXIT_USER_ERROR
    result = backup.check(store)
    print(result.text())
    if not result.ok:
        print(tr("错误：数据库检查未通过，请从最近的备份恢复（carecenter restore 备份文件），"
                 "或抢救还能读出的记录（carecenter salvage --out 新文件）。"), file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def _read_password() -> str:
    import getpass
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError(tr("没有从标准输入读到密码。"))
        return line.rstrip("\r\n")
    first = getpass.getpass(tr("新密码："))
    if getpass.getpass(tr("再输入一次：")) != first:
        raise UserError(tr("两次输入的密码不一致。"))
    return first


def cmd_user(args) -> int:
    from carecenter import auth
    _open(args, write=args.user_command != "list")
    if args.user_command == "add":
        auth.add_user(args.name, args.role, _read_password(), args.employee_no)
        print(tr("已添加用户“{name}”。").format(name=args.name))
    elif args.user_command == "passwd":
        auth.set_password(args.name, _read_password())
        print(tr("已设置“{name}”的密码。").format(name=args.name))
    else:
        users = auth.list_users()
        if args.json:
            json.dump([{"name": u.name, "role": u.role, "employee_no": u.employee_no, "active": u.active,
                        "can_log_in": u.can_log_in, "last_login": u.last_login} for u in users],
                      sys.stdout, ensure_ascii=False, default=_json_default)
            print()
        for user in users if not args.json else []:
            state = "" if user.active else tr("（已停用）")
            print(f"{user.name}\t{user.role_title}\t{user.employee_no or '-'}\t"
                  f"{'可登录' if user.can_log_in else '未设密码'}{state}")
    return EXIT_OK


COMMANDS = {"calendar": cmd_calendar, "salvage": cmd_salvage, "demo": cmd_demo, "customers": cmd_customers, "import": cmd_import, "print": cmd_print,
            "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check, "user": cmd_user,
            "calls": cmd_calls, "log-call": cmd_log_call, "kpi": cmd_kpi,
            "report": cmd_report, "export": cmd_export, "appointments": cmd_appointments, "book": cmd_book,
            "appointment": cmd_appointment, "survey": cmd_survey,
            "do-not-contact": cmd_do_not_contact, **cli_club.COMMANDS, **cli_complaints.COMMANDS,
            **cli_phone.COMMANDS}


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command (or open the GUI when there is none); returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    chosen = next((argv[i + 1] for i, word in enumerate(argv[:-1]) if word == "--lang"), None)
    chosen = chosen or next((word.split("=", 1)[1] for word in argv if word.startswith("--lang=")), None)
    # before the parser is built, so that its help speaks the language too; without --lang the command line speaks
    # Simplified Chinese (the GUI then takes this PC's saved choice)
    i18n.set_language(chosen if chosen in LANGUAGES else i18n.SOURCE_LANGUAGE)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse: --help, --version (0) and usage errors (2)
        return int(stop.code or 0)
    clock.set_today(args.today)
    if args.command is None:
        from carecenter.app import run_gui
        return run_gui(args)
    try:
        with session.acting_as(session.command_line_actor()):
            return COMMANDS[args.command](args)
    except UserError as error:
        print(tr("错误：{error}").format(error=error), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(tr("已取消。"), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader went away (`… | head`): nothing more to say to it
        sys.stdout = None
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the user gets one line, the log gets the traceback
        from carecenter.logfile import log_exception
        where = log_exception(error)
        print(
            tr("内部错误：{v1}: {error}（详情已写入 {where}）").format(
                v1=type(error).__name__, error=error, where=where
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    finally:
        _release_lock()


def main() -> int:
    return run(sys.argv[1:])
