"""What test modules share besides fixtures (importable as ``tests_support``: pytest puts ``tests/`` on the path)."""

import os

from carecenter import session

#: The PostgreSQL server the suite runs against, when set (see tests/conftest.py).
POSTGRES = os.environ.get("CARECENTER_TEST_POSTGRES", "")
ADMIN_ACTOR = session.Actor(name="测试管理员", role="admin")

#: Columns whose values are the program's own words (translated where they are shown); everything else a user typed.
KEPT_IN_SOURCE_LANGUAGE = {
    "customer": {"gender", "preferred_contact", "club_level", "source"},
    "service_visit": {"visit_type"},
    "call_task": {"key", "reason", "status", "outcome", "note"},
    "call_log": {"call_type", "outcome"},
    "letter": {"letter_type"},
    "event": {"audience"},
    "point_entry": {"kind"},  # the program's words (消费, 兑换 …), translated on screen and paper
    "level_change": {"old", "new"},
    "complaint": {"category", "channel", "level", "state", "warning"},
    "complaint_event": {"kind"},
    "complaint_attachment": {"kind", "sha256"},
    "lead": {"need", "outcome"},
    "complaint_signature": {"box", "role"},
    "lounge_item": {"title", "description"},
    "lounge_check": {"round"},
    "lounge_score": {"title", "description"},
    "staff": {"role", "password_hash"},
    "spot_check": {"answers"},
    "audit_entry": {"action", "entity"},
    "appointment": {"kind", "status", "source", "documents"},
    "appointment_event": {"kind"},
    "survey_answer": {"questionnaire", "question"},  # the shipped questions are the program's words
    "survey_total": {"month", "questionnaire", "question"},
    "contact_refusal": {"kind"},
}
_SKIPPED_TABLES = {"schema_version", "setting", "import_layout", "rule_cursor", "vehicle_due"}


def latin_data(database) -> None:
    """Replace every typed text that has a Chinese character with Latin letters (``Text 12``), keeping the
    program's own words: what is left in Chinese on an English screen or form is then a missing translation."""
    import re

    import peewee

    from carecenter import settings
    from carecenter.models import ALL_MODELS

    from carecenter.models.audit import POSTGRES_TRIGGERS, SQLITE_TRIGGERS

    chinese = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
    on_sqlite = isinstance(database, peewee.SqliteDatabase)
    # the audit log is append-only; this throw-away copy lifts the protection while it rewrites the past
    database.execute_sql("DROP TRIGGER IF EXISTS audit_entry_no_update" if on_sqlite
                         else "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
    database.execute_sql("DROP TRIGGER IF EXISTS complaint_attachment_no_update" if on_sqlite
                         else "DROP TRIGGER IF EXISTS complaint_attachment_unchanged ON complaint_attachment")
    with database.atomic():
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table in _SKIPPED_TABLES:
                continue
            kept = KEPT_IN_SOURCE_LANGUAGE.get(table, set())
            columns = [f for f in model._meta.sorted_fields
                       if isinstance(f, (peewee.CharField, peewee.TextField)) and f.name not in kept]
            distinct: dict[tuple[str, str], str] = {}  # the same text gets the same Latin name (5 models stay 5)
            for row in model.select(model._meta.primary_key, *columns).tuples():
                changes = {}
                for field, value in zip(columns, row[1:]):
                    if isinstance(value, str) and chinese.search(value):
                        key = (field.name, value)
                        if key not in distinct:
                            distinct[key] = f"{field.name.title()} {len(distinct) + 1}"
                        changes[field] = re.sub(r"[^\x00-\x7f]+", "X", value) if field.name in ("phone", "plate") \
                            else distinct[key]
                if changes:
                    model.update(changes).where(model._meta.primary_key == row[0]).execute()
        settings._cache.clear()
        # a message or a call back carries what the caller said in its note: typed text, not the program's words
        from carecenter.models import CallTask
        CallTask.update(note="Caller's words").where(CallTask.reason.in_(["message", "callback"])).execute()
        # the dealership's own SMS templates are named by the dealership: typed text too
        own = settings.get("messages.templates")
        from carecenter.call_scripts import MESSAGE_TEMPLATES
        shipped = {template.code for template in MESSAGE_TEMPLATES}
        renamed = {name if name in shipped or not chinese.search(name) else f"Template {index}": text
                   for index, (name, text) in enumerate(own.items(), 1)}
        if renamed != own:
            from carecenter.models import Setting
            import json
            Setting.update(value=json.dumps(renamed, ensure_ascii=False)).where(
                Setting.key == "messages.templates").execute()
            settings._cache.clear()
    from carecenter.models.complaints import ATTACHMENT_POSTGRES_TRIGGERS, ATTACHMENT_SQLITE_TRIGGERS
    for statement in (SQLITE_TRIGGERS + ATTACHMENT_SQLITE_TRIGGERS if on_sqlite
                      else POSTGRES_TRIGGERS + ATTACHMENT_POSTGRES_TRIGGERS):
        database.execute_sql(statement)
    database.execute_sql("DELETE FROM vehicle_due")  # derived from the vehicles just renamed: worked out again
    from carecenter.models import Setting, now
    Setting.delete().where(Setting.key.in_(["dealership.name", "dealership.address"])).execute()
    Setting.insert_many([{"key": "dealership.name", "value": '"Lakeside Motors"', "updated_at": now()},
                         {"key": "dealership.address", "value": '"1 Lake Road"', "updated_at": now()}]).execute()
    settings._cache.clear()


def visible_texts(root) -> list[str]:
    """Every string a user can read in ``root`` and its children: labels, buttons, tabs, menus, headers, table and
    list cells, combo items, placeholders, tooltips, window titles, rich text as plain text."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QMainWindow, QMenu, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QWidget)

    texts: list[str] = []

    def model_texts(model) -> None:
        if model is None:
            return
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models keep columnCount private: one column
            columns = 1
        for section in range(columns):
            texts.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
        def rows_of(parent, depth: int) -> None:
            for row in range(min(model.rowCount(parent), 60 if depth == 0 else 12)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    texts.append(str(model.data(index) or ""))
                    texts.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
                first = model.index(row, 0, parent)
                if depth == 0 and model.rowCount(first) > 0:  # a tree's groups: their first rows too
                    rows_of(first, 1)

        rows_of(QModelIndex(), 0)

    def menu_texts(menu: QMenu) -> None:
        texts.append(menu.title())
        for action in menu.actions():
            texts.append(action.text())
            texts.append(action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            if action.menu() is not None:
                menu_texts(action.menu())

    def customer_facing(widget) -> bool:  # call scripts and SMS stay in the customer's language (Chinese)
        while widget is not None:
            if widget.property("customer_language"):
                return True
            widget = widget.parentWidget()
        return False

    widgets = [w for w in [root] + root.findChildren(QWidget) if not customer_facing(w)]
    for widget in widgets:
        if isinstance(widget, QWidget) and widget.isWindow():
            texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, (QTextEdit,)):
            texts.append(widget.toPlainText() if widget.isReadOnly() else widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView):
            model_texts(widget.model())
        elif isinstance(widget, QMenu):
            menu_texts(widget)
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                if action.menu() is not None:
                    menu_texts(action.menu())
    return [text for text in texts if text and text.strip()]


#: Chinese characters and full-width punctuation; the ideographic space (U+3000) is only a wide space.
CHINESE = "[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef]"


def simplified_only_characters() -> set[str]:
    """Characters that Traditional Chinese writes differently everywhere in CareCenter's catalogue (如 户 → 戶): one
    of them on a Traditional Chinese screen or form is a string that was not translated."""
    from carecenter import i18n

    catalogue = i18n.catalog("zh_TW")
    sources = "".join(catalogue)
    translations = "".join(catalogue.values())
    return {c for c in set(sources) if "\u4e00" <= c <= "\u9fff" and c not in translations}
