"""Service appointments (预约, RULES §7): the booking book, each appointment's history."""

import peewee as pw

from carecenter.models.archive import Customer, ServiceVisit, Vehicle
from carecenter.models.base import BaseModel, now
from carecenter.models.followup import CallTask
from carecenter.i18n import N_

#: What the car comes for (RULES §7), in the order the desk offers them.
APPOINTMENT_KINDS = (N_("首保"), N_("定期保养"), N_("一般维修"), N_("钣金喷漆"), N_("保险理赔"), N_("年检"), N_("其他"))
#: The kinds' codes on the command line (the Chinese names are accepted too).
KIND_CODES = {"first_service": N_("首保"), "maintenance": N_("定期保养"), "repair": N_("一般维修"),
              "body_paint": N_("钣金喷漆"), "insurance_claim": N_("保险理赔"), "inspection": N_("年检"), "other": N_("其他")}
#: States: 已预约 → 已确认 → 已到店; or 爽约, 已取消.
APPOINTMENT_STATES = (N_("已预约"), N_("已确认"), N_("已到店"), N_("爽约"), N_("已取消"))
#: Where the booking came from: a reminder call (with its task), the customer's call, at the desk, other.
APPOINTMENT_SOURCES = {"reminder": N_("回访提醒"), "incoming": N_("客户来电"), "desk": N_("到店/前台"),
                       "other": N_("其他")}
#: Documents the customer brings (F10 item 12), as a checklist.
DOCUMENTS = (N_("行驶证"), N_("保养手册"), N_("保险单"), N_("身份证"), N_("维修单据"))


class Appointment(BaseModel):
    """One booking: a car, a slot, what it comes for and in the customer's words."""

    customer = pw.ForeignKeyField(Customer, backref="appointments", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, backref="appointments", on_delete="RESTRICT")
    start = pw.DateTimeField(index=True)
    kind = pw.CharField(max_length=12, default=N_("定期保养"))
    words = pw.TextField(default="")  # what the customer said about the car, for the front desk
    advisor = pw.CharField(max_length=60, default="")
    documents = pw.CharField(max_length=120, default="")  # 、-separated
    source = pw.CharField(max_length=12, default="desk")
    task = pw.ForeignKeyField(CallTask, null=True, backref="appointments", on_delete="SET NULL")
    status = pw.CharField(max_length=8, default=N_("已预约"), index=True)
    cancel_reason = pw.CharField(max_length=200, default="")
    overridden = pw.BooleanField(default=False)  # booked onto a full slot by a manager
    booked_by = pw.CharField(max_length=60, default="")
    booked_at = pw.DateTimeField(default=now)
    arrived_at = pw.DateTimeField(null=True)
    visit = pw.ForeignKeyField(ServiceVisit, null=True, on_delete="SET NULL")  # the visit that matched the arrival
    updated_at = pw.DateTimeField(default=now, index=True)


class AppointmentEvent(BaseModel):
    """What happened to an appointment: booked, confirmed, moved (from → to), cancelled, arrived, no-show."""

    appointment = pw.ForeignKeyField(Appointment, backref="events", on_delete="CASCADE")
    at = pw.DateTimeField(default=now)
    actor = pw.CharField(max_length=60, default="")
    kind = pw.CharField(max_length=16)
    detail = pw.TextField(default="")
