"""Every setting of the store, declared once with its default and title; values live in the ``setting`` table.

Numbers marked *(decided)* in RULES.md are settings with the decided value as default. Window geometry and other
per-PC preferences are not here: they live in ``QSettings``, which only ``carecenter.ui`` touches.
"""

from __future__ import annotations

import copy
import json
import time
from dataclasses import dataclass

from carecenter import audit, permissions
from carecenter.models import Setting, database_proxy, now
from carecenter.store import write
from carecenter.i18n import N_


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    title: str


_SPECS = [
    SettingSpec("dealership.name", N_("本店"), N_("经销商名称")),
    SettingSpec("dealership.address", "", N_("经销商地址")),
    SettingSpec("dealership.phone", "", N_("经销商电话")),
    SettingSpec("archive.complete_within_days", 2, N_("建档期限（天）")),
    SettingSpec("maintenance.cycle_months", 6, N_("保养周期（月）")),
    SettingSpec("maintenance.cycle_km", 5000, N_("保养周期（公里）")),
    SettingSpec("first_service.months", 3, N_("首保期限（月）")),
    SettingSpec("first_service.km", 5000, N_("首保里程（公里）")),
    SettingSpec("mileage.default_km_per_day", 40, N_("无记录时的日均行驶里程（公里）")),
    SettingSpec("calls.insurance_days_before", 30, N_("续保提醒：到期前天数")),
    SettingSpec("calls.inspection_days_before", 30, N_("年检提醒：到期前天数")),
    SettingSpec("calls.max_attempts", 3, N_("未接通几次后记为失联")),
    SettingSpec("calls.complaint_followup_days", 7, N_("投诉封闭后几天内回访")),
    SettingSpec("calls.event_invitation_days", 14, N_("活动前几天开始电话邀约")),
    SettingSpec("calendar.overrides", {}, N_("本店工作日调整（日期 → 是否上班）")),
    # targets the monthly summary puts beside the actual figures (000: RULES.md §2)
    SettingSpec("targets.call_rate", 30.0, N_("目标：回访率（%）")),
    SettingSpec("targets.warranty_call_rate", 100.0, N_("目标：质保期内客户回访率（%）")),
    SettingSpec("targets.satisfaction", 98.0, N_("目标：服务满意率（%）")),
]

SETTINGS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}


#: Settings are read on every rule and every record; they are kept for a few seconds (another desk's change on a
#: shared server is seen within that time, this desk's own at once).
CACHE_SECONDS = 5.0
_cache: dict[str, tuple[float, object]] = {}
_cache_owner: list[object] = [None]  # the database the cached values came from


def get(key: str):
    """The stored value of a declared setting, or its default."""
    spec = SETTINGS[key]
    if _cache_owner[0] is not database_proxy.obj:
        _cache.clear()
        _cache_owner[0] = database_proxy.obj
    cached = _cache.get(key)
    moment = time.monotonic()
    if cached is not None and moment - cached[0] < CACHE_SECONDS:
        return copy.deepcopy(cached[1]) if isinstance(cached[1], (dict, list)) else cached[1]
    row = Setting.get_or_none(Setting.key == key)
    value = spec.default if row is None else json.loads(row.value)
    _cache[key] = (moment, value)
    return copy.deepcopy(value) if isinstance(value, (dict, list)) else value


def set_value(key: str, value) -> None:
    """Store a declared setting (one transaction)."""
    permissions.require("settings")
    spec = SETTINGS[key]
    if spec.default is not None and not isinstance(value, type(spec.default)):
        raise TypeError(f"setting {key} takes {type(spec.default).__name__}, not {type(value).__name__}")
    with write():
        Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False), updated_at=now()).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(value, ensure_ascii=False),
                                                  Setting.updated_at: now()}
        ).execute()
        audit.record("update", "setting", key, {key: [None, value]})
    _cache.pop(key, None)
