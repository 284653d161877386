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

#: The same protection on PostgreSQL: one trigger function refusing UPDATE and DELETE of audit entries.
POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION carecenter_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$",
    "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry",
    "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION carecenter_audit_append_only()",
)
