"""The customer archive (客户档案): customers, their vehicles and the vehicles' service visits."""

import peewee as pw

from carecenter.models.base import BaseModel, now
from carecenter.i18n import N_

#: Visit types (维修类型), RULES.md §1.
VISIT_TYPES = (N_("首保"), N_("定期保养"), N_("一般维修"), N_("事故车/保险"), N_("索赔(保修)"), N_("免费检测"), N_("其他"))

#: Preferred contact methods (偏好联系方式).
CONTACT_METHODS = (N_("电话"), N_("短信"), N_("微信"), N_("邮件"), N_("信函"))

#: Club levels (会员级别), RULES.md §5; the empty string means "not a member".
CLUB_LEVELS = ("", N_("普卡"), N_("银卡"), N_("金卡"))

#: Where the customer first reached the desk (客户来源).
CUSTOMER_SOURCES = (N_("销售"), N_("售后"), N_("来访"), N_("来电"), N_("转介绍"), N_("导入"), N_("其他"))


class Customer(BaseModel):
    """A customer (客户) of the dealership: a person or a company owning one or more vehicles."""

    name = pw.CharField(max_length=100)
    name_pinyin = pw.CharField(max_length=300, default="", index=True)
    name_initials = pw.CharField(max_length=100, default="")
    gender = pw.CharField(max_length=2, default="")
    phone = pw.CharField(max_length=32, default="", index=True)
    phone2 = pw.CharField(max_length=32, default="")
    contact_name = pw.CharField(max_length=100, default="")
    address = pw.CharField(max_length=300, default="")
    postcode = pw.CharField(max_length=6, default="")
    birthday = pw.DateField(null=True)
    occupation = pw.CharField(max_length=100, default="")
    hobbies = pw.CharField(max_length=300, default="")
    family = pw.CharField(max_length=300, default="")
    preferred_contact = pw.CharField(max_length=8, default=N_("电话"))
    contact_time = pw.CharField(max_length=100, default="")
    do_not_call = pw.BooleanField(default=False)
    #: 失联: three calls in a row went unanswered (RULES.md §2); cleared when the customer is reached again.
    lost_contact = pw.BooleanField(default=False)
    #: 号码错误: a call found the phone number wrong (RULES §8); cleared when the phone is corrected (schema v13).
    phone_wrong = pw.BooleanField(default=False)
    #: 潜在客户: first met as an unknown caller (RULES §9), to be completed when they come or buy (schema v21)
    prospect = pw.BooleanField(default=False)
    club_level = pw.CharField(max_length=8, default="")
    club_joined = pw.DateField(null=True)  # 入会日期 (F11), schema v6
    member_number = pw.CharField(max_length=20, default="", index=True)  # 会员卡号 (RULES §5), schema v16
    points = pw.IntegerField(default=0)  # the balance: the sum of the points ledger (club.PointEntry), schema v16
    referred_by = pw.ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    wishes = pw.TextField(default="")
    source = pw.CharField(max_length=16, default="")
    notes = pw.TextField(default="")
    #: The day the desk first met the customer (a visit or an enquiry); RULES.md §1's 2-day rule counts from it.
    first_contact_date = pw.DateField(index=True)
    #: Denormalized by the archive functions so that lists sort and filter in SQL.
    last_visit_date = pw.DateField(null=True, index=True)
    vehicle_count = pw.IntegerField(default=0)
    #: Lower-case text the search box matches: name, pinyin, initials, phones, plates, VINs.
    search_text = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now, index=True)  # incremental call-list generation asks what changed
    #: Soft delete: a deleted customer leaves every list, its history stays.
    deleted_at = pw.DateTimeField(null=True, index=True)

    class Meta:
        # Covers the archive search (filter on search_text, names that start with what was typed first, sorted by
        # name) without touching the table: at 100 000 customers a search reads the index only (schema v8 added
        # name and name_initials, which the "starts with" ordering reads).
        indexes = ((("deleted_at", "name_pinyin", "search_text", "name", "name_initials"), False),)


class Vehicle(BaseModel):
    """A vehicle (车辆) owned by a customer."""

    customer = pw.ForeignKeyField(Customer, backref="vehicles", on_delete="RESTRICT")
    vin = pw.CharField(max_length=17, default="", index=True)
    plate = pw.CharField(max_length=10, default="", index=True)
    model = pw.CharField(max_length=60, default="")
    vehicle_type = pw.CharField(max_length=30, default="")
    engine_no = pw.CharField(max_length=30, default="")
    color = pw.CharField(max_length=20, default="")
    delivery_date = pw.DateField(null=True, index=True)
    sales_consultant = pw.CharField(max_length=60, default="")
    mileage = pw.IntegerField(default=0)
    mileage_date = pw.DateField(null=True)
    insurance_expiry = pw.DateField(null=True)
    inspection_due = pw.DateField(null=True)
    #: 车辆已转让或报废: the day a call learned it (RULES §8); the vehicle's reminders stop (schema v13).
    gone_on = pw.DateField(null=True)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now, index=True)
    deleted_at = pw.DateTimeField(null=True)


class ServiceVisit(BaseModel):
    """A visit of a vehicle to the workshop (送修/来访), one line of F1's service record."""

    customer = pw.ForeignKeyField(Customer, backref="visits", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, backref="visits", null=True, on_delete="RESTRICT")
    visit_date = pw.DateField()
    visit_type = pw.CharField(max_length=16, default=N_("定期保养"))
    items = pw.TextField(default="")
    mileage = pw.IntegerField(null=True)
    amount = pw.DecimalField(max_digits=12, decimal_places=2, default=0)
    service_advisor = pw.CharField(max_length=60, default="")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now, index=True)

    class Meta:
        indexes = (
            (("customer", "visit_date"), False),
            (("vehicle", "visit_date"), False),
            # the visits of a period and whose they are, read from the index alone (figures, the raw sheets)
            (("visit_date", "customer", "vehicle"), False),
        )
