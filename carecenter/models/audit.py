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
    # the chain (v10): each entry holds its predecessor's hash and the hash of its own content with it, so a row
    # changed, removed or slipped in past the triggers shows where the chain breaks (carecenter.audit.verify)
    prev_hash = pw.CharField(max_length=64, default="")
    hash = pw.CharField(max_length=64, default="")


def entry_hash(prev_hash: str, entry_id: int, at, actor: str, action: str, entity: str, entity_id: str,
               changes: str, detail: str) -> str:
    """SHA-256 of an entry's content and its predecessor's hash, in one canonical form on SQLite and PostgreSQL."""
    import hashlib
    import json
    stamp = at.strftime("%Y-%m-%d %H:%M:%S") if hasattr(at, "strftime") else str(at)[:19]
    text = json.dumps([prev_hash, int(entry_id), stamp, actor, action, entity, entity_id, changes, detail],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


#: SQLite refuses any change to an audit row: the table accepts inserts only.
SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END",
    # REPLACE INTO deletes the row it replaces without firing delete triggers: an id already used is refused first
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_reuse BEFORE INSERT ON audit_entry "
    "WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit entry ids cannot be reused'); END",
)
SQLITE_TRIGGER_NAMES = ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_reuse")

#: The same protection on PostgreSQL: one trigger function refusing UPDATE and DELETE of audit entries.
POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION carecenter_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$",
    "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry",
    "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION carecenter_audit_append_only()",
)
