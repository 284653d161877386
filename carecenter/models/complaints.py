"""Complaints (客户抱怨/投诉, F6) and what happens to them (events: contacts, calls, state changes)."""

import peewee as pw

from carecenter.models.archive import Customer, Vehicle
from carecenter.models.base import BaseModel, now
from carecenter.models.followup import CallLog
from carecenter.i18n import N_

#: RULES.md §3 categories. The level (A/B/C) decides the closure deadline.
CATEGORIES = {
    "A4a": N_("经销商销售服务"), "A4b": N_("总部促销政策/活动变更"), "A4c": N_("资源"), "A4d": N_("价格"), "A4e": N_("产品瑕疵或配置"),
    "A4f": N_("无法上牌"), "A4g": N_("市场活动及促销"), "A4y": N_("经销商/维修站来电投诉"), "A4z": N_("其他"),
    "B4": N_("网站、消协、媒体、公司内部转来的投诉"), "C4": N_("升级至C类的投诉"),
    "S1": N_("维修质量"), "S2": N_("服务态度"), "S3": N_("价格/收费"), "S4": N_("配件"), "S5": N_("等待时间/交车延误"), "S6": N_("保修索赔"),
    "S9": N_("其他"),
}
CHANNELS = (N_("面谈"), N_("电话"), N_("信函"), N_("网站/媒体/消协"))
STATES = (N_("草稿"), N_("未处理"), N_("处理中"), N_("处理完成"), N_("已封闭"), N_("已升级"))


def level_of(category: str) -> str:
    """A: 3 working days; B: 7; C: no limit."""
    return "B" if category == "B4" else "C" if category == "C4" else "A"


class Complaint(BaseModel):
    """A complaint. Opened as a draft (from an unsatisfied call), accepted with a number and a clock."""

    customer = pw.ForeignKeyField(Customer, backref="complaints", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, null=True, on_delete="RESTRICT")
    source_call = pw.ForeignKeyField(CallLog, null=True, on_delete="SET NULL")
    number = pw.CharField(max_length=20, null=True, unique=True)  # 受理编号, TS-2026-0001, gap-free per year
    work_order = pw.CharField(max_length=40, default="", index=True)  # 工单号 from the 400 service centre
    category = pw.CharField(max_length=4, default="")
    channel = pw.CharField(max_length=12, default="")
    level = pw.CharField(max_length=1, default="")
    state = pw.CharField(max_length=8, default=N_("草稿"), index=True)
    content = pw.TextField(default="")
    accepted_at = pw.DateTimeField(null=True, index=True)
    response_due = pw.DateTimeField(null=True)
    closure_due = pw.DateTimeField(null=True)
    closure_estimated = pw.BooleanField(default=False)  # counted through a year whose official notice is not loaded
    first_response_at = pw.DateTimeField(null=True)
    resolved_at = pw.DateTimeField(null=True)  # 处理完成
    closed_at = pw.DateTimeField(null=True)  # 已封闭
    contact_count = pw.IntegerField(default=1)  # how often the customer has called about it
    escalated_from = pw.ForeignKeyField("self", null=True, backref="escalations", on_delete="SET NULL")
    warning = pw.TextField(default="")  # 升级预警原因, empty when none
    reopened = pw.IntegerField(default=0)
    handler = pw.CharField(max_length=60, default="")  # 接待的客户关爱专员
    sales_consultant = pw.CharField(max_length=60, default="")
    # the F6 form, in its order
    analysis = pw.TextField(default="")  # 初步原因分析
    transferred_at = pw.DateTimeField(null=True)  # 转交时间
    investigation = pw.TextField(default="")  # 抱怨/投诉调查结果
    measures = pw.TextField(default="")  # 采取措施
    measures_done_at = pw.DateTimeField(null=True)  # 措施完成时间
    customer_feedback = pw.TextField(default="")  # 客户对采取措施后的反馈意见
    feedback_at = pw.DateTimeField(null=True)  # 回访时间
    root_cause = pw.TextField(default="")  # 抱怨/投诉根本原因分析
    improvement = pw.TextField(default="")  # 经销商改进措施
    improvement_dept = pw.CharField(max_length=60, default="")  # 改进措施实施部门
    #: 明确回复客户时间 (003): the time the desk promised the customer an answer, and when it was kept (schema v19)
    promised_reply_at = pw.DateTimeField(null=True)
    promise_kept_at = pw.DateTimeField(null=True)
    #: upgraded to C by a supervisor (schema v19): no closure deadline from then on; a deadline already missed
    #: when it was upgraded still counts as missed in 及时封闭率
    upgraded_at = pw.DateTimeField(null=True)
    late_when_upgraded = pw.BooleanField(default=False)
    category_before_upgrade = pw.CharField(max_length=4, default="")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)


class ComplaintEvent(BaseModel):
    """One thing that happened to a complaint: accepted, a contact with the customer, the customer's call, a state
    change, a reopening."""

    complaint = pw.ForeignKeyField(Complaint, backref="events", on_delete="RESTRICT")
    at = pw.DateTimeField(default=now, index=True)
    kind = pw.CharField(max_length=16)
    actor = pw.CharField(max_length=80)
    detail = pw.TextField(default="")


#: F6's signature boxes, in the form's order: (box, label, permission, the fields the signature locks).
SIGNATURE_BOXES = (
    ("specialist", N_("客户关爱专员签名"), "sign_specialist", ("content", "analysis")),
    ("director", N_("客户关爱总监签名"), "sign_director", ("content", "analysis")),
    ("department_manager", N_("责任部门经理签名"), "sign_manager", ("transferred_at", "investigation")),
    ("measure_owner", N_("负责人签名"), "sign_manager", ("measures", "measures_done_at")),
    ("feedback_specialist", N_("客户关爱专员签名"), "sign_specialist", ("customer_feedback", "feedback_at")),
    ("implementing_manager", N_("实施部门经理签名"), "sign_manager", ("root_cause", "improvement", "improvement_dept")),
    ("final_director", N_("客户关爱总监签名"), "sign_director", ("root_cause", "improvement", "improvement_dept")),
)


class ComplaintSignature(BaseModel):
    """A signature in one F6 box: who and when; withdrawn (never deleted) to change what it locked."""

    complaint = pw.ForeignKeyField(Complaint, backref="signatures", on_delete="RESTRICT")
    box = pw.CharField(max_length=24)
    signer = pw.CharField(max_length=60)
    role = pw.CharField(max_length=16)
    signed_at = pw.DateTimeField(default=now)
    withdrawn_at = pw.DateTimeField(null=True)


class ComplaintAttachment(BaseModel):
    """A reply letter, photo, recording or document kept with a complaint (003 回函必须存档; 录音), stored in the
    database itself: it travels with every backup and restore and with a shared PostgreSQL store, and it is written
    in the transaction that records it. Never changed once attached (a trigger refuses it)."""

    complaint = pw.ForeignKeyField(Complaint, backref="attachments", on_delete="RESTRICT")
    name = pw.CharField(max_length=200)  # the file's name as chosen
    kind = pw.CharField(max_length=8)  # 回函 / 照片 / 录音 / 文件
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    content = pw.BlobField()
    note = pw.CharField(max_length=200, default="")
    added_at = pw.DateTimeField(default=now)
    added_by = pw.CharField(max_length=60, default="")

    class Meta:
        table_name = "complaint_attachment"
        indexes = ((("complaint", "sha256"), True),)


#: Kinds of attachment, by what the file is.
ATTACHMENT_KINDS = (N_("回函"), N_("照片"), N_("录音"), N_("文件"))
#: An attachment is never changed once attached (RULES §3): SQLite and PostgreSQL refuse an UPDATE.
ATTACHMENT_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS complaint_attachment_no_update BEFORE UPDATE ON complaint_attachment "
    "BEGIN SELECT RAISE(ABORT, 'attachments cannot be changed'); END",
)
ATTACHMENT_POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION carecenter_attachment_unchanged() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'attachments cannot be changed'; END $$",
    "DROP TRIGGER IF EXISTS complaint_attachment_unchanged ON complaint_attachment",
    "CREATE TRIGGER complaint_attachment_unchanged BEFORE UPDATE ON complaint_attachment "
    "FOR EACH ROW EXECUTE FUNCTION carecenter_attachment_unchanged()",
)
