"""Numbered schema migrations.

A new, empty store is created directly at the latest schema from the models. An existing store is upgraded one
numbered step at a time, each step in its own transaction, after a backup of the file (see ``carecenter.store``).

To change the schema: change the model, then append ``(N, "what changed", upgrade_function)`` to ``MIGRATIONS``,
where ``upgrade_function(db, migrator)`` brings a store at version N-1 to version N. Add columns with
:func:`_add_column` (plain ALTER TABLE); ``playhouse.migrate`` rebuilds SQLite tables for NOT NULL columns, which the
foreign keys of a store with data refuse. ``tests/models/test_migrations.py`` checks that an upgraded store has the
same tables and columns as a new one.
"""

from collections.abc import Callable

import peewee
from playhouse.migrate import SchemaMigrator

from carecenter.models import ALL_MODELS, SchemaVersion
from carecenter.models.audit import POSTGRES_TRIGGERS, SQLITE_TRIGGERS
from carecenter.i18n import tr


class SchemaError(Exception):
    """The store cannot be used by this version of CareCenter; the message says why, for the user."""


def _import_layouts(db: peewee.Database, migrator: SchemaMigrator) -> None:
    class ImportLayout(peewee.Model):  # frozen copy of the model as this migration made it
        signature = peewee.CharField(max_length=64, primary_key=True)
        header = peewee.TextField()
        mapping = peewee.TextField()
        used = peewee.IntegerField(default=1)
        updated_at = peewee.DateTimeField()

        class Meta:
            database = db
            table_name = "import_layout"
            legacy_table_names = False

    db.create_tables([ImportLayout])


def _add_column(db: peewee.Database, table: str, column: str, definition: str) -> None:
    """ALTER TABLE … ADD COLUMN, as plain SQL that SQLite and PostgreSQL both take. (playhouse.migrate rebuilds a
    SQLite table to add a NOT NULL column, which foreign keys pointing at the table refuse.)"""
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')


def _users_and_audit(db: peewee.Database, migrator: SchemaMigrator) -> None:
    _add_column(db, "staff", "password_hash", "VARCHAR(255) NOT NULL DEFAULT ''")
    _add_column(db, "staff", "failed_logins", "INTEGER NOT NULL DEFAULT 0")
    _add_column(db, "staff", "locked_until", "DATETIME")
    _add_column(db, "staff", "last_login", "DATETIME")

    class AuditEntry(peewee.Model):  # frozen copy of the model as this migration made it
        at = peewee.DateTimeField(index=True)
        actor = peewee.CharField(max_length=80, index=True)
        action = peewee.CharField(max_length=40, index=True)
        entity = peewee.CharField(max_length=40, default="")
        entity_id = peewee.CharField(max_length=64, default="")
        changes = peewee.TextField(default="")
        detail = peewee.TextField(default="")

        class Meta:
            database = db
            table_name = "audit_entry"
            legacy_table_names = False

    db.create_tables([AuditEntry])
    _protect_audit(db)


def _call_list(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """The tables are created from the current models: when one of them changes in a later migration, copy its
    present definition in here first, or let the later step skip what is already there (as migration 9 does);
    tests/models/test_migrations.py fails until then."""
    from carecenter.models import FOLLOWUP_MODELS
    _add_column(db, "customer", "lost_contact", "INTEGER NOT NULL DEFAULT 0")
    db.create_tables(FOLLOWUP_MODELS)
    for table, column in (("customer", "updated_at"), ("vehicle", "updated_at"), ("service_visit", "created_at")):
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_{column}" ON "{table}" ("{column}")')


def _lounge(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Created from the current models: copy a model's definition in here before it changes in a later migration."""
    from carecenter.models import LOUNGE_MODELS
    db.create_tables(LOUNGE_MODELS)


def _club_joined(db: peewee.Database, migrator: SchemaMigrator) -> None:
    _add_column(db, "customer", "club_joined", "DATE")


def _call_task_changes(db: peewee.Database, migrator: SchemaMigrator) -> None:
    db.execute_sql('CREATE INDEX IF NOT EXISTS "call_task_updated_at" ON "call_task" ("updated_at")')


def _partial_indexes(db: peewee.Database, migrator: SchemaMigrator | None = None) -> None:
    from carecenter.models.followup import PARTIAL_INDEXES
    for statement in PARTIAL_INDEXES:
        db.execute_sql(statement)


def _indexes_v8(db: peewee.Database, migrator: SchemaMigrator) -> None:
    _partial_indexes(db)
    db.execute_sql('DROP INDEX IF EXISTS "customer_deleted_at_name_pinyin_search_text"')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "customer_deleted_at_name_pinyin_search_text_name_name_initials" '
                   'ON "customer" ("deleted_at", "name_pinyin", "search_text", "name", "name_initials")')


def _add_boolean(db: peewee.Database, table: str, column: str) -> None:
    """A BooleanField's column, false for the rows there are. Migration 4 creates its tables from the current
    models, so a store upgraded from before 4 has the column already; one upgraded from 4 to 8 gets it here."""
    if column in {existing.name for existing in db.get_columns(table)}:
        return
    postgres = isinstance(db, peewee.PostgresqlDatabase)  # the type peewee gives a BooleanField on each
    _add_column(db, table, column, "BOOLEAN NOT NULL DEFAULT FALSE" if postgres else "INTEGER NOT NULL DEFAULT 0")


def _estimated_and_missed(db: peewee.Database, migrator: SchemaMigrator) -> None:
    _add_boolean(db, "complaint", "closure_estimated")
    _add_boolean(db, "call_task", "never_listed")


def _audit_chain(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """The columns of the chain, the chain computed over the entries there are (the append-only triggers are lifted
    for that moment, inside this migration's transaction), and the triggers back, with the one refusing a reused id."""
    from carecenter.models.audit import entry_hash
    columns = {column.name for column in db.get_columns("audit_entry")}
    for column in ("prev_hash", "hash"):
        if column not in columns:
            _add_column(db, "audit_entry", column, "VARCHAR(64) NOT NULL DEFAULT ''")
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    if postgres:
        db.execute_sql("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
    else:
        for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_reuse"):
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    previous = ""
    rows = db.execute_sql('SELECT id, at, actor, action, entity, entity_id, changes, detail FROM audit_entry '
                          'ORDER BY id').fetchall()
    param = db.param
    for entry_id, at, actor, action, entity, entity_id, changes, detail in rows:
        digest = entry_hash(previous, entry_id, at, actor, action, entity, entity_id, changes, detail)
        db.execute_sql(f'UPDATE audit_entry SET prev_hash = {param}, hash = {param} WHERE id = {param}',
                       (previous, digest, entry_id))
        previous = digest
    _protect_audit(db)


def _appointments(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Created from the current models: copy a model's definition in here before it changes in a later migration."""
    from carecenter.models import Appointment, AppointmentEvent
    db.create_tables([Appointment, AppointmentEvent])


def _survey_answers(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Created from the current model: copy its definition in here before it changes in a later migration."""
    from carecenter.models import SurveyAnswer
    db.create_tables([SurveyAnswer])


#: What a call's outcome meant before outcomes fitted the purpose (schema v13): only the calls whose meaning is
#: plain are renamed (a greeting made, an invitation answered, an appointment confirmed, a hot alert dealt with).
#: A reminder or renewal call logged 满意 or 不满意 before keeps that word: it says how the call went, not what the
#: customer decided, and it no longer counts in 满意率 (only satisfaction calls do).
OUTCOME_MAPPING_V13 = (
    ("birthday", "satisfied", "greeted"), ("birthday", "unsatisfied", "greeted"),
    ("event_invitation", "satisfied", "attending"), ("event_invitation", "unsatisfied", "not-attending"),
    ("appointment_confirm", "satisfied", "confirmed"), ("hot_alert", "satisfied", "handled"),
)


def _outcomes_per_purpose(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Outcome codes up to 20 characters, the wrong-number flag, the day a vehicle was sold or scrapped, the
    do-not-contact refusals per kind (a customer marked 不接受电话回访 becomes a refusal of 回访 calls), and the
    existing calls renamed where their meaning is plain (OUTCOME_MAPPING_V13)."""
    from carecenter.models import ContactRefusal, SurveyTotal
    if isinstance(db, peewee.PostgresqlDatabase):  # SQLite keeps any length in a VARCHAR
        for table in ("call_task", "call_log"):
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "outcome" TYPE VARCHAR(20)')
    _add_boolean(db, "customer", "phone_wrong")
    if "gone_on" not in {column.name for column in db.get_columns("vehicle")}:
        _add_column(db, "vehicle", "gone_on", "DATE")
    db.create_tables([ContactRefusal, SurveyTotal])
    param = db.param
    for reason, old, new in OUTCOME_MAPPING_V13:
        db.execute_sql(f'UPDATE call_task SET outcome = {param} WHERE reason = {param} AND outcome = {param}',
                       (new, reason, old))
        db.execute_sql(f'UPDATE call_log SET outcome = {param} WHERE outcome = {param} AND task_id IN '
                       f'(SELECT id FROM call_task WHERE reason = {param})', (new, old, reason))
    from carecenter import do_not_contact
    do_not_contact.sync_archive_boxes("migration")  # a ticked 不接受电话回访 box is a refusal of 回访 calls
    from carecenter import surveys
    surveys.rebuild_totals()  # the month sums of the surveys recorded since schema v12


def _visit_dates(db: peewee.Database, migrator: SchemaMigrator) -> None:
    db.execute_sql('CREATE INDEX IF NOT EXISTS "service_visit_visit_date_customer_id_vehicle_id" '
                   'ON "service_visit" ("visit_date", "customer_id", "vehicle_id")')


def _stored_dues(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Created from the current model: copy its definition in here before it changes in a later migration."""
    from carecenter.models import StoredDue
    from carecenter.models.followup import LATER_INDEXES
    db.create_tables([StoredDue])
    for statement in LATER_INDEXES:
        db.execute_sql(statement)


def _club_ledger(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Member numbers, the points ledger and the level history; the points typed before become opening entries."""
    from carecenter.models import LevelChange, PointEntry
    if "member_number" not in {column.name for column in db.get_columns("customer")}:
        _add_column(db, "customer", "member_number", "VARCHAR(20) NOT NULL DEFAULT ''")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "customer_member_number" ON "customer" ("member_number")')
    db.create_tables([PointEntry, LevelChange])
    from carecenter import clock, club
    club.open_ledgers(clock.today(), "migration")


def _event_attendance(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Club events get a place, points and a person in charge; who came is recorded (F16)."""
    from carecenter.models import EventAttendance
    columns = {column.name for column in db.get_columns("event")}
    for column, definition in (("place", "VARCHAR(100) NOT NULL DEFAULT ''"), ("points", "INTEGER NOT NULL DEFAULT 0"),
                               ("owner", "VARCHAR(60) NOT NULL DEFAULT ''")):
        if column not in columns:
            _add_column(db, "event", column, definition)
    db.create_tables([EventAttendance])


def _campaigns(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Text-message campaigns to a chosen audience, with who was left out."""
    from carecenter.models import Campaign
    db.create_tables([Campaign])


def _complaint_promises(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """Complaints: the reply time promised to the customer, the upgrade to C."""
    columns = {column.name for column in db.get_columns("complaint")}
    moment = "TIMESTAMP" if isinstance(db, peewee.PostgresqlDatabase) else "DATETIME"  # a DateTimeField's type
    for column in ("promised_reply_at", "promise_kept_at", "upgraded_at"):
        if column not in columns:
            _add_column(db, "complaint", column, moment)
    if "late_when_upgraded" not in columns:
        _add_boolean(db, "complaint", "late_when_upgraded")
    if "category_before_upgrade" not in columns:
        _add_column(db, "complaint", "category_before_upgrade", "VARCHAR(4) NOT NULL DEFAULT ''")


def _attachments(db: peewee.Database, migrator: SchemaMigrator | None = None) -> None:
    """Complaint attachments (reply letters, photos, recordings), never changed once attached."""
    from carecenter.models import ComplaintAttachment
    db.create_tables([ComplaintAttachment])
    _protect_attachments(db)


def _protect_attachments(db: peewee.Database) -> None:
    from carecenter.models.complaints import ATTACHMENT_POSTGRES_TRIGGERS, ATTACHMENT_SQLITE_TRIGGERS
    postgres = isinstance(db, peewee.PostgresqlDatabase)
    for statement in ATTACHMENT_POSTGRES_TRIGGERS if postgres else ATTACHMENT_SQLITE_TRIGGERS:
        db.execute_sql(statement)


def _phone(db: peewee.Database, migrator: SchemaMigrator) -> None:
    """The phone at the desk: prospects from unknown callers, sales leads."""
    from carecenter.models import Lead
    _add_boolean(db, "customer", "prospect")
    db.create_tables([Lead])


def _protect_audit(db: peewee.Database) -> None:
    statements = POSTGRES_TRIGGERS if isinstance(db, peewee.PostgresqlDatabase) else SQLITE_TRIGGERS
    for statement in statements:
        db.execute_sql(statement)


#: (version, description, upgrade function). Version 1 is the first released schema, the oldest a store can have
#: (``tests/models/schema_v1.sql`` keeps it); it has no upgrade function.
MIGRATIONS: list[tuple[int, str, Callable[[peewee.Database, SchemaMigrator], None] | None]] = [
    (1, "initial schema: customers, vehicles, visits, staff, settings", None),
    (2, "import layouts remembered per header row", _import_layouts),
    (3, "staff passwords and lock-out, the audit trail (inserts only)", _users_and_audit),
    (4, "the daily call list: tasks, calls, letters, messages, events; complaints and their events", _call_list),
    (5, "the lounge checklist, guest meals, call-quality spot checks", _lounge),
    (6, "club membership: the day a customer joined (F11)", _club_joined),
    (7, "an index on call tasks' last change, for incremental generation", _call_task_changes),
    (8, "indexes at a million calls (open questions, each customer's last call) and a search index that covers "
        "the name ordering", _indexes_v8),
    (9, "complaints: a closure deadline counted without the year's official notice is marked estimated; call "
        "tasks created after their window had passed are marked never listed", _estimated_and_missed),
    (10, "the audit trail chained by hash; an audit entry id cannot be reused", _audit_chain),
    (11, "service appointments (预约) and their history", _appointments),
    (12, "satisfaction survey answers, one per question as asked", _survey_answers),
    (13, "outcomes that fit the call (old calls renamed where plain), wrong-number flag, sold or scrapped cars, "
         "do-not-contact per kind, the survey month sums",
     _outcomes_per_purpose),
    (14, "an index on visit dates (with the customer and vehicle), for the figures read straight from the database",
     _visit_dates),
    (15, "each vehicle's next maintenance due as the call-list generation worked it out, and an index that covers "
         "the call figures", _stored_dues),
    (16, "the club: member numbers, the points ledger (opening entries from the points typed before) and the level "
         "history", _club_ledger),
    (17, "club events: place, points, the person in charge, and who came", _event_attendance),
    (18, "text-message campaigns to a chosen audience", _campaigns),
    (19, "complaints: the reply time promised to the customer, the upgrade to C", _complaint_promises),
    (20, "complaint attachments (reply letters, photos, recordings), never changed once attached", _attachments),
    (21, "the phone at the desk: prospects from unknown callers, sales leads", _phone),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(db: peewee.Database) -> int:
    """The schema version of an open store; 0 for an empty file."""
    if not db.table_exists(SchemaVersion._meta.table_name):
        if db.get_tables():
            raise SchemaError(tr("这个文件不是 CareCenter 数据库（里面有其他程序的表）。"))
        return 0
    value = SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar()
    return value or 0


def pending(db: peewee.Database) -> list[int]:
    """The migration numbers a store still needs."""
    version = current_version(db)
    if version > LATEST_VERSION:
        raise SchemaError(
            tr(
                "这个数据库来自较新版本的 CareCenter（结构版本 {version}，本程序支持到 {LATEST_VERSION}），请升级程序后再打开。"
            ).format(version=version, LATEST_VERSION=LATEST_VERSION)
        )
    return [number for number, _, _ in MIGRATIONS if number > version]


def create_latest(db: peewee.Database) -> None:
    """Create every table of an empty store at the latest schema, in one transaction."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        _partial_indexes(db)
        from carecenter.models.followup import LATER_INDEXES
        for statement in LATER_INDEXES:
            db.execute_sql(statement)
        _protect_audit(db)
        _protect_attachments(db)
        SchemaVersion.insert_many(
            [{"version": number, "description": description} for number, description, _ in MIGRATIONS]
        ).execute()


def upgrade(db: peewee.Database) -> list[int]:
    """Apply the pending migrations of a non-empty store, each in its own transaction; returns what ran."""
    migrator = SchemaMigrator.from_database(db)
    applied = []
    for number, description, step in MIGRATIONS:
        if number <= current_version(db) or step is None:
            continue
        with db.atomic():
            step(db, migrator)
            SchemaVersion.create(version=number, description=description)
        applied.append(number)
    return applied
