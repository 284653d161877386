"""Every setting of the store, declared once with its default and title; values live in the ``setting`` table.

Numbers marked *(decided)* in RULES.md are settings with the decided value as default. Window geometry and other
per-PC preferences are not here: they live in ``QSettings``, which only ``carecenter.ui`` touches.
"""

from __future__ import annotations

import copy
import datetime
import json
import time
from dataclasses import dataclass

from carecenter import audit, permissions
from carecenter.errors import UserError
from carecenter.models import Setting, database_proxy, now
from carecenter.store import write
from carecenter.validate import clean_text
from carecenter.i18n import N_, tr


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    title: str
    group: str = N_("规则")
    minimum: float | None = None
    maximum: float | None = None


DEALERSHIP, HOURS, RULES, TARGETS, CLUB = N_("经销商"), N_("营业时间"), N_("规则"), N_("目标"), N_("会员俱乐部")

_SPECS = [
    # these head every printed form
    SettingSpec("dealership.name", N_("本店"), N_("经销商名称"), DEALERSHIP),
    SettingSpec("dealership.brand", "", N_("品牌"), DEALERSHIP),
    SettingSpec("dealership.address", "", N_("经销商地址"), DEALERSHIP),
    SettingSpec("dealership.phone", "", N_("经销商电话"), DEALERSHIP),
    SettingSpec("dealership.hotline", "", N_("服务热线（短信和信函中使用）"), DEALERSHIP),
    # the complaint clock counts opening hours only (RULES §3, decided 08:30–18:00)
    SettingSpec("hours.opens", "08:30", N_("每天开门时间"), HOURS),
    SettingSpec("hours.closes", "18:00", N_("每天关门时间"), HOURS),
    SettingSpec("calendar.overrides", {}, N_("本店工作日调整（日期 → 是否上班）"), HOURS),
    # the State Council's notices the desk loaded: year → {source, loaded_at, days: {date: working?}}
    SettingSpec("calendar.notices", {}, N_("已载入的国务院放假通知"), HOURS),
    # every number marked (decided) in RULES.md
    SettingSpec("archive.complete_within_days", 2, N_("建档期限（天）"), RULES, 1, 30),
    SettingSpec("maintenance.cycle_months", 6, N_("保养周期（月）"), RULES, 1, 24),
    SettingSpec("maintenance.cycle_km", 5000, N_("保养周期（公里）"), RULES, 1000, 50000),
    SettingSpec("first_service.months", 3, N_("首保期限（月）"), RULES, 1, 12),
    SettingSpec("first_service.km", 5000, N_("首保里程（公里）"), RULES, 500, 30000),
    SettingSpec("mileage.default_km_per_day", 40, N_("无记录时的日均行驶里程（公里）"), RULES, 1, 500),
    SettingSpec("calls.insurance_days_before", 30, N_("续保提醒：到期前天数"), RULES, 1, 120),
    SettingSpec("calls.inspection_days_before", 30, N_("年检提醒：到期前天数"), RULES, 1, 120),
    SettingSpec("calls.max_attempts", 3, N_("未接通几次后记为失联"), RULES, 1, 10),
    SettingSpec("calls.complaint_followup_days", 7, N_("投诉封闭后几天内回访"), RULES, 1, 60),
    SettingSpec("calls.event_invitation_days", 14, N_("活动前几天开始电话邀约"), RULES, 1, 60),
    # the booking book (RULES §7, decided): 30-minute slots inside opening hours
    SettingSpec("appointments.bays_per_slot", 2, N_("预约：每个时段的工位数"), RULES, 1, 20),
    SettingSpec("appointments.bays_per_day", 24, N_("预约：每天最多预约台数"), RULES, 1, 300),
    # satisfaction surveys (RULES §8, the seed's 系统设置): when a survey turns into a complaint or a hot alert
    SettingSpec("surveys.complaint_at_or_below", 2, N_("满意度：任一项不高于此分即转投诉"), RULES, 1, 4),
    SettingSpec("surveys.hot_alert_answer", 3, N_("满意度：有此分的回答时提醒经理跟进"), RULES, 1, 5),
    # questionnaires the dealership changed: code → {title, factors, overall} (the shipped ones otherwise)
    SettingSpec("surveys.questionnaires", {}, N_("满意度问卷"), RULES),
    # model line-up: model → first-service mileage when it differs from first_service.km (Skoda used 7500 km)
    SettingSpec("models.first_service_km", {}, N_("车型与首保里程"), RULES),
    # SMS templates changed by the dealership: template code → text (the shipped text otherwise)
    SettingSpec("messages.templates", {}, N_("短信模板"), RULES),
    # targets the monthly summary puts beside the actual figures (000: RULES.md §2)
    SettingSpec("targets.call_rate", 30.0, N_("目标：回访率（%）"), TARGETS, 0, 100),
    SettingSpec("targets.warranty_call_rate", 100.0, N_("目标：质保期内客户回访率（%）"), TARGETS, 0, 100),
    SettingSpec("targets.satisfaction", 98.0, N_("目标：服务满意率（%）"), TARGETS, 0, 100),
    SettingSpec("targets.csi", 93.0, N_("目标：售后满意度 CSI"), TARGETS, 0, 100),
    SettingSpec("targets.ssi", 93.0, N_("目标：销售满意度 SSI"), TARGETS, 0, 100),
    SettingSpec("targets.active_base", 1500, N_("目标：基盘客户数（近12个月到店）"), TARGETS, 0, 10_000_000),
    SettingSpec("targets.first_service", 95.0, N_("目标：首保进场率（%）"), TARGETS, 0, 100),
    SettingSpec("targets.return_rate", 2.0, N_("目标：返修率不高于（%）"), TARGETS, 0, 100),
    # the club (RULES §5, decided)
    SettingSpec("club.member_number_format", "HY{year}{seq:05d}", N_("会员卡号格式（{year} 入会年份，{seq} 序号）"), CLUB),
    SettingSpec("club.yuan_per_point", 10, N_("消费积分：每多少元积 1 分"), CLUB, 1, 10_000),
    SettingSpec("club.referral_points", 500, N_("推荐购车积分"), CLUB, 0, 100_000),
    SettingSpec("club.silver_points", 2000, N_("银卡：近12个月积分达到"), CLUB, 1, 10_000_000),
    SettingSpec("club.gold_points", 5000, N_("金卡：近12个月积分达到"), CLUB, 1, 10_000_000),
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
    save_many({key: value})


def checked(key: str, value):
    """``value`` made the setting's type and checked against its bounds; UserError in the user's words if not."""
    spec = SETTINGS[key]
    title = tr(spec.title)
    if isinstance(spec.default, bool) or isinstance(spec.default, (dict, list)):
        if not isinstance(value, type(spec.default)):
            raise TypeError(f"setting {key} takes {type(spec.default).__name__}, not {type(value).__name__}")
        if key == "messages.templates":
            _check_templates(value)
        return value
    if isinstance(spec.default, (int, float)):
        try:
            number = type(spec.default)(value)
        except (TypeError, ValueError):
            raise UserError(tr("{title}应为数字，不是“{value}”。").format(title=title, value=value)) from None
        if isinstance(spec.default, int) and isinstance(value, float) and value != int(value):
            raise UserError(tr("{title}应为整数，不是“{value}”。").format(title=title, value=value))
        if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
            raise UserError(tr("{title}应在 {minimum:g} 到 {maximum:g} 之间。").format(
                title=title, minimum=spec.minimum, maximum=spec.maximum))
        return number
    text = clean_text(value)
    if len(text) > 200:
        raise UserError(tr("{title}太长（最多 200 个字）。").format(title=title))
    if key.startswith("hours."):
        try:
            datetime.time.fromisoformat(text)
        except ValueError:
            raise UserError(tr("{title}应写成 HH:MM（例如 08:30），不是“{value}”。").format(title=title, value=text)) \
                from None
    if key == "club.member_number_format":
        try:
            sample = text.format(year=2026, seq=1)
        except (KeyError, IndexError, ValueError, AttributeError):
            sample = ""
        if "{seq" not in text or not sample or len(sample) > 20:
            raise UserError(tr("会员卡号格式只能用 {{year}}（入会年份）和 {{seq}}（序号，必须有），例如 HY{{year}}{{seq:05d}}，"
                               "卡号最长 20 个字符；“{value}”不行。").format(value=text))
    return text


def _check_templates(templates: dict) -> None:
    """The dealership's SMS templates (its own words for a shipped one, or a template of its own by name): each
    text may only use the placeholders CareCenter fills."""
    from carecenter.call_scripts import PLACEHOLDERS, unknown_placeholders

    for name, text in templates.items():
        name_text = clean_text(name)
        if not name_text or len(name_text) > 20:
            raise UserError(tr("短信模板的名称应为 1 到 20 个字，不是“{name}”。").format(name=name))
        if len(str(text)) > 500:
            raise UserError(tr("短信模板“{name}”太长（最多 500 个字）。").format(name=name))
        unknown = unknown_placeholders(str(text))
        if unknown:
            raise UserError(tr("短信模板“{name}”中有无法填写的占位符 {unknown}；可用的有：{known}。").format(
                name=name, unknown=tr("、").join(unknown),
                known=tr("、").join(f"{{{code}}} {tr(title)}" for code, title in PLACEHOLDERS.items())))


def save_many(values: dict) -> list[str]:
    """Check every value, then store those that changed in one transaction, each audited with old and new value.
    Returns the keys that changed."""
    permissions.require("settings")
    cleaned = {key: checked(key, value) for key, value in values.items()}
    if "hours.opens" in cleaned or "hours.closes" in cleaned:
        opens = cleaned.get("hours.opens", get("hours.opens"))
        closes = cleaned.get("hours.closes", get("hours.closes"))
        if datetime.time.fromisoformat(closes) <= datetime.time.fromisoformat(opens):
            raise UserError(tr("关门时间应晚于开门时间。"))
    changed = []
    with write():
        for key, value in cleaned.items():
            row = Setting.get_or_none(Setting.key == key)
            old = SETTINGS[key].default if row is None else json.loads(row.value)
            if old == value:
                continue
            text = json.dumps(value, ensure_ascii=False)
            Setting.insert(key=key, value=text, updated_at=now()).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text, Setting.updated_at: now()}).execute()
            audit.record("update", "setting", key, {key: [old, value]})
            changed.append(key)
    for key in changed:
        _cache.pop(key, None)
    return changed


def first_service_km(model: str | None) -> int:
    """The first-service mileage of a model: its own in the line-up, or the general one."""
    by_model = get("models.first_service_km")
    return int(by_model.get((model or "").strip(), get("first_service.km")))
