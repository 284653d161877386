"""The settings screen's data: every declared setting, the working-day changes and the lounge item list, read in one
go and saved in one transaction (so a failure leaves all of them as they were)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from peewee import fn

from carecenter import complaints, lounge, permissions, settings, surveys
from carecenter.errors import UserError
from carecenter.i18n import tr
from carecenter.models import Vehicle
from carecenter.store import write

#: How many of the archive's models the line-up lists (a dealership sells a dozen; imports may add oddities).
MODELS_LISTED = 60


@dataclass
class Setup:
    values: dict[str, object]  # declared settings except the working-day changes (see ``overrides``)
    overrides: dict[datetime.date, bool] = field(default_factory=dict)
    lounge_items: list[tuple[str, str]] = field(default_factory=list)
    editable: bool = False
    #: the models in the archive, most vehicles first (the line-up the settings screen lists)
    models: list[str] = field(default_factory=list)
    #: the questionnaires: code → (title, factors in order, the overall question, questions kept hidden)
    questionnaires: dict[str, tuple[str, list[str], str, list[str]]] = field(default_factory=dict)


def load() -> Setup:
    permissions.require("view")
    values = {key: settings.get(key) for key in settings.SETTINGS if key != complaints.OVERRIDES_KEY}
    overrides = {datetime.date.fromisoformat(day): bool(working)
                 for day, working in settings.get(complaints.OVERRIDES_KEY).items()}
    items = [(item.title, item.description) for item in lounge.items()]
    count = fn.COUNT(Vehicle.id)
    models = [model for model, _ in Vehicle.select(Vehicle.model, count)
              .where(Vehicle.deleted_at.is_null() & (Vehicle.model != ""))
              .group_by(Vehicle.model).order_by(count.desc(), Vehicle.model).limit(MODELS_LISTED).tuples()]
    questionnaires = {code: (q.title, list(q.factors), q.overall, list(q.hidden))
                      for code, q in surveys.questionnaires().items()}
    return Setup(values, dict(sorted(overrides.items())), items, permissions.allowed("settings"), models,
                 questionnaires)


def save(setup: Setup) -> int:
    """Store what changed; returns how many open complaints had their deadlines moved by the working-day changes."""
    permissions.require("settings")
    models = setup.values.get("models.first_service_km", {})
    for model, km in models.items():
        if not str(model).strip():
            raise UserError(tr("车型名称不能为空。"))
        if not isinstance(km, int) or not 500 <= km <= 30000:
            raise UserError(tr("{model}的首保里程应在 500 到 30000 公里之间。").format(model=model))
    moved = 0
    with write():
        settings.save_many(setup.values)
        current = {datetime.date.fromisoformat(day): bool(working)
                   for day, working in settings.get(complaints.OVERRIDES_KEY).items()}
        for day in sorted(set(current) | set(setup.overrides)):
            wanted = setup.overrides.get(day)
            if current.get(day) != wanted:
                moved += complaints.set_override(day, wanted)
        if [(item.title, item.description) for item in lounge.items()] != list(setup.lounge_items):
            lounge.set_items(list(setup.lounge_items))
        current_questionnaires = surveys.questionnaires()
        for code, (title, factors, overall, _) in setup.questionnaires.items():
            now_ = current_questionnaires[code]
            if (title, list(factors), overall) != (now_.title, list(now_.factors), now_.overall):
                surveys.save_questionnaire(code, factors, overall, title)  # audited; answered questions kept hidden
    return moved
