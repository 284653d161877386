"""Staff users of the desk (员工), settings and the schema version."""

import peewee as pw

from carecenter.models.base import BaseModel, now
from carecenter.i18n import N_

#: Roles, lowest first: 关爱专员/前台, 关爱经理, 关爱总监, 管理员.
ROLES = ("specialist", "manager", "director", "admin")
ROLE_TITLES = {"specialist": N_("关爱专员"), "manager": N_("关爱经理"), "director": N_("关爱总监"), "admin": N_("管理员")}


class Staff(BaseModel):
    """A member of staff who uses CareCenter; deactivated, never deleted."""

    name = pw.CharField(max_length=60, unique=True)
    role = pw.CharField(max_length=16, default="specialist")
    employee_no = pw.CharField(max_length=20, default="")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)
    #: "scrypt$N$r$p$salt$hash" (base64 parts); empty until a password is set.
    password_hash = pw.CharField(max_length=255, default="")
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_login = pw.DateTimeField(null=True)


class Setting(BaseModel):
    """One stored setting value (JSON text); declarations and defaults live in ``carecenter.settings``."""

    key = pw.CharField(max_length=80, primary_key=True)
    value = pw.TextField()
    updated_at = pw.DateTimeField(default=now)


class SchemaVersion(BaseModel):
    """One row per applied migration; the highest ``version`` is the schema version of the store."""

    version = pw.IntegerField(primary_key=True)
    description = pw.CharField(max_length=200)
    applied_at = pw.DateTimeField(default=now)
