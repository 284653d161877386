"""The audit trail is tamper-evident: entries chained by hash, ids never reused, the triggers checked, the first broken
entry named by `check` — whatever was done to the file outside CareCenter (issue 16, finding 3)."""

import sqlite3

import pytest

from carecenter import archive, audit, backup
from carecenter.models import AuditEntry
from carecenter.store import open_store


def _entries(count: int = 5) -> None:
    for index in range(count):
        archive.save_customer({"name": f"客户{index}", "phone": f"1381234{index:04d}"})


def test_every_entry_follows_from_the_one_before(store):
    _entries()
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert len(rows) == 5 and rows[0].prev_hash == ""
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(rows, rows[1:]))
    assert audit.verify_chain().broken_at is None
    result = backup.check(store)
    assert result.ok and any("审计日志完整：5 条记录" in m for m in result.messages)


@pytest.mark.sqlite_only
def test_replace_into_the_audit_is_refused_and_changes_nothing(store):
    _entries()
    before = [(e.id, e.actor, e.detail, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be reused"):
        raw.execute("REPLACE INTO audit_entry (id, at, actor, action, entity, entity_id, changes, detail, prev_hash, "
                    "hash) SELECT id, at, '王经理', action, entity, entity_id, changes, '', prev_hash, hash "
                    "FROM audit_entry")
    raw.rollback()
    raw.close()
    assert [(e.id, e.actor, e.detail, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)] == before


@pytest.mark.sqlite_only
@pytest.mark.parametrize("tamper, words", [
    ("UPDATE audit_entry SET actor = '王经理' WHERE id = 3", "从第 3 条起不完整（内容被改动过）"),
    ("DELETE FROM audit_entry WHERE id = 2", "从第 3 条起不完整（此前的审计记录被删除）"),
    ("INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, changes, detail, prev_hash, hash) "
     "VALUES (6, '2026-11-20 09:00:00', '王经理', 'login', '', '', '', '', 'x', 'y')", "从第 6 条起不完整"),
])
def test_a_trail_changed_past_its_triggers_is_named_by_the_check(store, tamper, words):
    _entries()
    raw = sqlite3.connect(store.path)
    for name in ("audit_entry_no_update", "audit_entry_no_delete"):
        raw.execute(f"DROP TRIGGER {name}")
    raw.execute(tamper)
    raw.commit()
    raw.close()
    result = backup.check(store)
    assert not result.ok
    assert any("保护触发器被删除了" in m and "audit_entry_no_update" in m for m in result.messages)
    assert any(words in m for m in result.messages), result.messages


@pytest.mark.sqlite_only
def test_the_chain_survives_a_backup_a_restore_and_the_upgrade_that_made_it(store, tmp_path):
    _entries()
    copy = backup.make_backup(store, tmp_path / "usb")
    restored = backup.restore(store, copy)
    assert audit.verify_chain().broken_at is None and backup.check(restored).ok
    # a store from before the chain: no hashes, version 9; opening it chains what is there
    raw = sqlite3.connect(restored.path)
    for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_reuse"):
        raw.execute(f"DROP TRIGGER {name}")
    raw.execute("UPDATE audit_entry SET prev_hash = '', hash = ''")
    raw.execute("DELETE FROM schema_version WHERE version >= 10")
    raw.execute("DROP TABLE appointment_event")  # made by versions 11 and 12, which run again after 10
    raw.execute("DROP TABLE appointment")
    raw.execute("DROP TABLE survey_answer")
    raw.commit()
    raw.close()
    restored.close()
    upgraded = open_store(restored.path)
    chain = audit.verify_chain()
    assert chain.broken_at is None and chain.entries == AuditEntry.select().count() > 5
    assert backup.check(upgraded).ok
