"""The daily call list (每日回访): call tasks, the calls made, letters, text messages, events, complaint drafts."""

import peewee as pw

from carecenter.models.archive import Customer, Vehicle
from carecenter.models.base import BaseModel, now
from carecenter.i18n import N_

#: Reason codes (CLI.md) and their titles on screen and on paper.
REASONS = {
    "delivery_24h": N_("交车24小时回访"),
    "delivery_3d": N_("交车3日回访"),
    "thank_you_letter": N_("感谢信"),
    "first_service": N_("首保提醒"),
    "after_visit_1": N_("修后回访（第一次）"),
    "after_visit_2": N_("修后回访（第二次）"),
    "maintenance_due": N_("定保提醒"),
    "lost_15d": N_("流失预警（逾期15天）"),
    "lost_30d": N_("流失预警（逾期30天）"),
    "lost_45d": N_("流失预警（逾期45天）"),
    "lost_3m": N_("拟流失（逾期3个月）"),
    "lost_6m": N_("准流失（逾期6个月）"),
    "lost_9m": N_("流失预警（逾期9个月）"),
    "lost_12m": N_("流失（逾期12个月）"),
    "insurance_renewal": N_("续保提醒"),
    "inspection": N_("年检提醒"),
    "warranty_expiry": N_("质保到期提醒"),
    "loyalty_42m": N_("老客户回馈"),
    "birthday": N_("生日祝福"),
    "complaint_followup": N_("投诉回访"),
    "event_invitation": N_("活动邀约"),
    "appointment_confirm": N_("预约确认"),
    "no_show_followup": N_("爽约回访"),
    "hot_alert": N_("满意度跟进"),
    "academy_invitation": N_("学苑邀约（入会1个月）"),
    "benefits_promotion": N_("会员礼遇推广"),
    "referral": N_("推荐购车（入会3年以上）"),
    "join_invitation": N_("入会邀请"),
    "complaint_reply": N_("投诉约定答复"),
    "callback": N_("约定回电"),
    "message": N_("代接留言"),
}
#: Reason titles short enough for a chart axis.
REASON_SHORT_TITLES = {
    "delivery_24h": N_("交车24h"), "delivery_3d": N_("交车3日"), "first_service": N_("首保"), "after_visit_1": N_("修后1"),
    "after_visit_2": N_("修后2"), "maintenance_due": N_("定保"), "lost_15d": N_("逾期15天"), "lost_30d": N_("逾期30天"),
    "lost_45d": N_("逾期45天"), "lost_3m": N_("拟流失"), "lost_6m": N_("准流失"), "lost_9m": N_("逾期9月"), "lost_12m": N_("流失"),
    "insurance_renewal": N_("续保"), "inspection": N_("年检"), "warranty_expiry": N_("质保到期"), "loyalty_42m": N_("老客户"),
    "birthday": N_("生日"), "complaint_followup": N_("投诉回访"), "event_invitation": N_("活动邀约"),
    "appointment_confirm": N_("预约确认"), "no_show_followup": N_("爽约回访"), "hot_alert": N_("满意度跟进"),
    "academy_invitation": N_("学苑邀约"), "benefits_promotion": N_("礼遇推广"), "referral": N_("推荐购车"),
    "join_invitation": N_("入会邀请"), "complaint_reply": N_("约定答复"), "callback": N_("回电"),
    "message": N_("留言"),
}
#: Reasons whose task is a letter, not a call.
LETTER_REASONS = {"thank_you_letter"}

TASK_STATUSES = {"open": N_("待回访"), "done": N_("已完成"), "lost": N_("失联"), "missed": N_("已过期"), "cancelled": N_("已取消")}
#: Outcome codes (CLI.md) and their words, one per outcome of RULES §8 (and §7's confirmation call, the manager's
#: hot alert).
OUTCOMES = {
    "satisfied": N_("满意"), "unsatisfied": N_("不满意"), "no-answer": N_("未接通"), "reschedule": N_("客户不便·改约"),
    "booked": N_("已预约"), "not-needed": N_("暂不需要"), "serviced-elsewhere": N_("已在他处保养"),
    "vehicle-gone": N_("车辆已转让或报废"), "wrong-number": N_("号码错误"), "renewed-here": N_("本店续保"),
    "renewed-elsewhere": N_("他处续保"), "considering": N_("考虑中"), "greeted": N_("已祝福"), "attending": N_("参加"),
    "not-attending": N_("不参加"), "sales-called": N_("销售已回访"), "sales-not-called": N_("销售未回访"),
    "confirmed": N_("已确认"), "handled": N_("已处理"), "informed": N_("已告知"), "joined": N_("已入会"),
    "declined": N_("不愿入会"),
}
#: The satisfaction calls (RULES §8): the four outcomes of seed 003, the survey, and the only calls in 满意率.
SATISFACTION_REASONS = ("delivery_3d", "after_visit_1", "after_visit_2", "complaint_followup")
SATISFACTION_OUTCOMES = ("satisfied", "unsatisfied", "no-answer", "reschedule")
#: The calls whose 满意 and 不满意 enter 满意率: the satisfaction calls, and the 24-hour call when the desk made it
#: itself; a reminder, a greeting or an invitation never does.
SURVEYED_REASONS = frozenset(SATISFACTION_REASONS) | {"delivery_24h"}
#: Reminder calls that end with 「需要我帮您预约吗」: their outcome may be 已预约 (RULES §7).
BOOKING_REASONS = ("first_service", "maintenance_due", "lost_15d", "lost_30d", "lost_45d", "lost_3m", "lost_6m",
                   "lost_9m", "lost_12m", "inspection", "warranty_expiry", "loyalty_42m", "no_show_followup")
REMINDER_OUTCOMES = ("booked", "not-needed", "serviced-elsewhere", "vehicle-gone", "no-answer", "reschedule",
                     "wrong-number")
#: Each reason's outcomes in the order the call dialog offers them (RULES §8); anything else is refused.
OUTCOMES_BY_REASON = {
    **{reason: SATISFACTION_OUTCOMES for reason in SATISFACTION_REASONS},
    **{reason: REMINDER_OUTCOMES for reason in BOOKING_REASONS},
    "insurance_renewal": ("renewed-here", "renewed-elsewhere", "considering", "no-answer", "reschedule"),
    "birthday": ("greeted", "no-answer"),
    "event_invitation": ("attending", "not-attending", "no-answer", "reschedule"),
    # the member timeline (RULES §5): the academy is an invitation; the month's benefits and the referral offer are
    # told (by phone, or by the SMS batch made from the list); a buyer invited to join joins (a number) or not
    "academy_invitation": ("attending", "not-attending", "no-answer", "reschedule"),
    "benefits_promotion": ("informed", "no-answer"),
    "referral": ("informed", "considering", "no-answer", "reschedule"),
    "join_invitation": ("joined", "declined", "considering", "no-answer", "reschedule"),
    # the answer promised to a complaining customer (003 明确回复客户时间): given, or the customer not reached
    "complaint_reply": ("informed", "no-answer", "reschedule"),
    # a call back the customer was promised (下次联系日期), a message taken for a colleague (代接留言)
    "callback": ("informed", "no-answer", "reschedule"),
    "message": ("informed", "no-answer", "reschedule"),
    # the sales consultant's call checked; when it was not made the desk calls itself (RULES §2)
    "delivery_24h": ("sales-called", "sales-not-called") + SATISFACTION_OUTCOMES,
    "appointment_confirm": ("confirmed", "no-answer", "reschedule"),
    "hot_alert": ("handled",),
    "thank_you_letter": (),
}
#: Outcomes that need a date: the day the customer gave (改约), the next reminder (暂不需要), the call again (考虑中).
DATED_OUTCOMES = ("reschedule", "not-needed", "considering")
#: Outcomes that count as a loss (RULES §6 item 9's loss reasons).
LOSS_OUTCOMES = ("serviced-elsewhere", "vehicle-gone", "renewed-elsewhere")


def outcomes_for(reason: str) -> tuple[str, ...]:
    """The outcomes a call of this reason may have (RULES §8)."""
    return OUTCOMES_BY_REASON.get(reason, SATISFACTION_OUTCOMES)


#: Do-not-contact kinds (RULES §8, PIPL consent) and the call reasons each covers; 营销 also covers text messages.
CONTACT_KINDS = {"followup": N_("回访"), "reminder": N_("提醒"), "marketing": N_("营销/短信")}
KIND_OF_REASON = {
    **{reason: "followup" for reason in ("delivery_24h", *SATISFACTION_REASONS)},
    **{reason: "reminder" for reason in BOOKING_REASONS if reason != "loyalty_42m"},
    "insurance_renewal": "reminder",
    **{reason: "marketing" for reason in ("loyalty_42m", "birthday", "event_invitation", "thank_you_letter",
                                          "academy_invitation", "benefits_promotion", "referral", "join_invitation")},
}
CALL_TYPES = (N_("回访"), N_("客户来电咨询"), N_("客户来电投诉"), N_("预约"), N_("提醒"), N_("代接留言"), N_("购车意向"))
LETTER_TYPES = (N_("通知"), N_("邀请函"), N_("答复函"), N_("感谢信"), N_("生日贺卡"))


class CallTask(BaseModel):
    """One call (or letter) the desk owes a customer, generated from the data by a rule."""

    key = pw.CharField(max_length=120, unique=True)  # stable per rule and occasion: generation is idempotent
    customer = pw.ForeignKeyField(Customer, backref="call_tasks", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, null=True, backref="call_tasks", on_delete="RESTRICT")
    reason = pw.CharField(max_length=24, index=True)
    due_date = pw.DateField(index=True)
    window_start = pw.DateField()
    window_end = pw.DateField(index=True)
    next_try = pw.DateField(null=True)  # after 未接通 or 改约: not before this day
    assignee = pw.CharField(max_length=60, default="", index=True)
    status = pw.CharField(max_length=12, default="open", index=True)
    attempts = pw.IntegerField(default=0)
    outcome = pw.CharField(max_length=20, default="")
    completed_at = pw.DateTimeField(null=True, index=True)
    note = pw.CharField(max_length=200, default="")  # what the rule knew, e.g. "首保预计 2026-12-01"
    # created after its whole window had passed (no list was made meanwhile): 已过期 from the start (RULES §2)
    never_listed = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now, index=True)  # incremental generation asks what changed (v7)

    class Meta:
        indexes = ((("status", "due_date"), False),)


class CallLog(BaseModel):
    """One call made or received (F2 跟踪服务电话记录表), with the 5W1H notes."""

    task = pw.ForeignKeyField(CallTask, null=True, backref="calls", on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, backref="calls", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, null=True, backref="calls", on_delete="RESTRICT")
    at = pw.DateTimeField(index=True)
    caller = pw.CharField(max_length=60)
    call_type = pw.CharField(max_length=12, default=N_("回访"))
    outcome = pw.CharField(max_length=20, default="")
    where = pw.CharField(max_length=100, default="")
    what = pw.TextField(default="")
    why = pw.TextField(default="")
    how = pw.TextField(default="")
    feedback_product = pw.TextField(default="")
    feedback_service = pw.TextField(default="")
    feedback_other = pw.TextField(default="")
    request = pw.TextField(default="")  # 客户要求、希望或投诉
    answer = pw.TextField(default="")  # 当场答复内容
    open_question = pw.TextField(default="")  # 需研究的问题
    reported_on = pw.DateField(null=True)  # 上报主管日期
    answered_on = pw.DateField(null=True)  # 答复客户日期
    reported_mileage = pw.IntegerField(null=True)
    next_contact = pw.DateField(null=True)


class Letter(BaseModel):
    """F4 跟踪服务信函登记表: a letter to a customer."""

    customer = pw.ForeignKeyField(Customer, backref="letters", on_delete="RESTRICT")
    task = pw.ForeignKeyField(CallTask, null=True, on_delete="SET NULL")
    letter_type = pw.CharField(max_length=8)
    summary = pw.TextField(default="")
    written_on = pw.DateField()
    sent_on = pw.DateField(null=True)
    handler = pw.CharField(max_length=60, default="")


class Message(BaseModel):
    """A text message prepared for the dealership's SMS platform (the app sends nothing itself)."""

    customer = pw.ForeignKeyField(Customer, backref="messages", on_delete="RESTRICT")
    template = pw.CharField(max_length=24)
    phone = pw.CharField(max_length=32)
    text = pw.TextField()
    batch = pw.CharField(max_length=120, default="")  # the exported file
    created_at = pw.DateTimeField(default=now)
    sent_on = pw.DateField(null=True)


class Event(BaseModel):
    """A planned event (活动): invitations by phone 14 days before, letters after."""

    name = pw.CharField(max_length=100)
    event_date = pw.DateField(index=True)
    audience = pw.CharField(max_length=40, default="members")  # all / members / model:<车型>
    description = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    place = pw.CharField(max_length=100, default="")  # 活动地点 (F16), schema v17
    points = pw.IntegerField(default=0)  # 活动积分 each attendee earns (RULES §5), schema v17
    owner = pw.CharField(max_length=60, default="")  # 负责人 (F16), schema v17


class EventAttendance(BaseModel):
    """A guest who came to a club event (签到 at the door, RULES §5); the event's points are given once, the entry
    remembered here."""

    event = pw.ForeignKeyField(Event, backref="attendance", on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, backref="events_attended", on_delete="RESTRICT")
    arrived_at = pw.DateTimeField(default=now)
    recorded_by = pw.CharField(max_length=60, default="")
    points_entry = pw.IntegerField(null=True)  # the 活动 entry of the points ledger, once given

    class Meta:
        table_name = "event_attendance"
        indexes = ((("event", "customer"), True),)


class ContactRefusal(BaseModel):
    """A customer asked not to be contacted for one kind (回访, 提醒, 营销/短信): when, why, who wrote it down (RULES §8,
    PIPL consent). The generator and the text-message batches leave that kind out while the refusal stands."""

    customer = pw.ForeignKeyField(Customer, backref="refusals", on_delete="RESTRICT")
    kind = pw.CharField(max_length=12)
    since = pw.DateField()
    reason = pw.CharField(max_length=200, default="")
    recorded_by = pw.CharField(max_length=80, default="")
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("customer", "kind"), True),)


class RuleCursor(BaseModel):
    """When a vehicle's or customer's rules next need a look (incremental generation)."""

    entity = pw.CharField(max_length=24, primary_key=True)  # "v:<vehicle id>" / "c:<customer id>"
    next_check = pw.DateField(index=True)


class StoredDue(BaseModel):
    """Each vehicle's next maintenance due as the call-list generation last worked it out (:mod:`carecenter.due_dates`
    reads it and looks again only at what changed since, so that the manager's figures need not work out 120 000 due
    dates on every report). Derived data: dropping every row only makes the next report slower."""

    vehicle_id = pw.IntegerField(primary_key=True)
    customer_id = pw.IntegerField()
    model = pw.CharField(max_length=60, default="")
    delivery_date = pw.DateField(null=True)
    due = pw.DateField()
    last_visit = pw.DateField(null=True)
    speed = pw.FloatField()
    first_service = pw.DateField(null=True)
    gone_on = pw.DateField(null=True)
    #: the answer before the vehicle's last visit day (what a report of a day before that visit sees), and the
    #: visit day before it: a month's report looks again only at the cars seen twice since the month ended
    before_due = pw.DateField(null=True)
    before_speed = pw.FloatField(null=True)
    before_first_service = pw.DateField(null=True)
    before_visit = pw.DateField(null=True)

    class Meta:
        table_name = "vehicle_due"


#: Indexes kept as SQL (partial ones the models cannot declare), written so that SQLite and PostgreSQL both take
#: them. Created with a new store and by migration 8.
PARTIAL_INDEXES = (
    # the call list's "last call" of each customer: one index step instead of reading all their calls
    'CREATE INDEX IF NOT EXISTS "call_log_customer_at" ON "call_log" ("customer_id", "at")',
    # the supervisor's list of open questions (000 rule 4) reads only calls with a question nobody answered yet
    'CREATE INDEX IF NOT EXISTS "call_log_open_question" ON "call_log" ("at") '
    "WHERE \"open_question\" <> '' AND \"answered_on\" IS NULL AND \"reported_on\" IS NULL",
)

#: Indexes of schema 15 and later (created with a new store and by their migration).
LATER_INDEXES = (
    # the call figures of a period (and the twelve-month trend) read from the index alone: 197 000 tasks of a year
    # grouped in 0.2 s at L instead of 0.67 s looking up every row (migration 15)
    'CREATE INDEX IF NOT EXISTS "call_task_figures" ON "call_task" ("due_date", "reason", "status", "outcome", '
    '"completed_at", "window_end", "never_listed", "assignee", "vehicle_id")',
)


#: What a caller wants from sales (RULES §9, F17 需求).
LEAD_NEEDS = (N_("新购"), N_("置换"), N_("推荐"))
#: How a lead ended, as the sales department reports it back.
LEAD_OUTCOMES = (N_("跟进中"), N_("已到店"), N_("已成交"), N_("无意向"))


class Lead(BaseModel):
    """A sales lead from the care desk (F17 销售线索登记表): a caller interested in buying or trading in."""

    customer = pw.ForeignKeyField(Customer, backref="leads", on_delete="RESTRICT")
    call = pw.ForeignKeyField(CallLog, null=True, on_delete="SET NULL")
    day = pw.DateField(index=True)  # 登记日期
    model = pw.CharField(max_length=60, default="")  # 意向车型
    need = pw.CharField(max_length=8, default=N_("新购"))  # 新购 / 置换 / 推荐
    call_time = pw.CharField(max_length=60, default="")  # 方便联系时间
    note = pw.TextField(default="")
    by = pw.CharField(max_length=60, default="")  # 登记人
    handed_to = pw.CharField(max_length=60, default="")  # 转交销售顾问
    outcome = pw.CharField(max_length=8, default="")  # 跟进结果: empty until sales reports
    outcome_note = pw.CharField(max_length=200, default="")
    outcome_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "lead"
