"""The audit trail (审计日志): who did what to which record, when. Rows are only ever inserted."""

import peewee as pw

from carecenter.models.base import BaseModel, now


class AuditEntry(BaseModel):
    at = pw.DateTimeField(default=now, index=True)
    actor = pw.CharField(max_length=80, index=True)  # a user's name, or "cli:<os user>"
    action = pw.CharField(max_length=40, index=True)  # create, update, delete, login, login_failed, print, …
    entity = pw.CharField(max_length=40, default="")  # customer, vehicle, visit, staff, store, file …
    entity_id = pw.CharField(max_length=64, default="")
    changes = pw.TextField(default="")  # JSON {field: [old, new]}, personal values masked
    detail = pw.TextField(default="")


#: SQLite refuses any change to an audit row: the table accepts inserts only.
SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END",
)
