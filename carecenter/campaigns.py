"""Text-message campaigns (RULES §5): a template sent to a chosen audience — by model, delivery year, club level,
member or not, lost stage, birthday month, last visit, joining month — not only to today's call list.

The audience is chosen in SQL; customers who refused marketing are left out and counted (RULES §8), as are those
without a mobile number. CareCenter sends nothing: the batch file goes to the dealership's SMS platform, and each
campaign is kept (template, audience, how many chosen, sent, left out) for the monthly summary.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from pathlib import Path

import peewee as pw

from carecenter import audit, call_scripts, clock, club, letters, permissions
from carecenter.errors import UserError
from carecenter.followup_rules import LOST_STAGES, add_months
from carecenter.i18n import N_, tr
from carecenter.models import REASONS, Campaign, Customer, Vehicle

#: The lost stages a campaign can aim at (RULES §2): short code → call reason.
LOST_CODES = {code.removeprefix("lost_"): code for code, _ in LOST_STAGES}
#: The audience's keys on the command line (``model=明锐,delivered=2024``) and what each means.
KEYS = {"model": N_("车型"), "delivered": N_("交车年份"), "level": N_("会员等级"), "member": N_("是否会员"),
        "lost": N_("流失阶段"), "birthday": N_("生日月份"), "visited_before": N_("最后到店早于"),
        "visited_after": N_("最后到店不早于"), "joined": N_("入会月份")}
LEVEL_WORDS = {"standard": club.LEVELS[0], "silver": club.LEVELS[1], "gold": club.LEVELS[2],
               **{level: level for level in club.LEVELS}}
YES, NO = ("yes", "是", "会员", "true", "1"), ("no", "否", "非会员", "false", "0")


@dataclass(frozen=True)
class Audience:
    """Who a campaign goes to; an empty field does not narrow it."""

    model: str = ""
    delivered: tuple[int, int] | None = None  # delivery years, first and last
    level: str = ""  # 普卡 / 银卡 / 金卡 (members only)
    member: bool | None = None
    lost: str = ""  # a lost stage's reason code (lost_3m …): a car of theirs is in that stage today
    birthday: int | None = None  # month 1–12
    visited_before: datetime.date | None = None  # last visit before this day (or never)
    visited_after: datetime.date | None = None  # last visit on or after this day
    joined: tuple[datetime.date, datetime.date] | None = None  # joined the club in these days

    def describe(self) -> str:
        """The audience in the command line's words (kept with the campaign, shown in the summary)."""
        parts = []
        for item in fields(self):
            value = getattr(self, item.name)
            if value in (None, ""):
                continue
            if item.name == "delivered":
                value = str(value[0]) if value[0] == value[1] else f"{value[0]}-{value[1]}"
            elif item.name == "member":
                value = "yes" if value else "no"
            elif item.name == "lost":
                value = value.removeprefix("lost_")
            elif item.name == "joined":
                first, last = value
                if first.day == 1 and last == add_months(first, 1) - datetime.timedelta(days=1):
                    value = f"{first:%Y-%m}"
                elif (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
                    value = f"{first:%Y}"
                else:
                    value = f"{first}..{last}"
            parts.append(f"{item.name}={value}")
        return ",".join(parts)


def _years(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    try:
        years = int(first), int(last or first)
    except ValueError:
        raise UserError(tr("交车年份应写成 2024 或 2023-2024，不是“{text}”。").format(text=text)) from None
    if not 1990 <= years[0] <= years[1] <= 2100:
        raise UserError(tr("交车年份应写成 2024 或 2023-2024，不是“{text}”。").format(text=text))
    return years


def _day(text: str, key: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise UserError(tr("{key} 应为日期 YYYY-MM-DD，不是“{text}”。").format(key=key, text=text)) from None


def _joined(text: str) -> tuple[datetime.date, datetime.date]:
    try:
        if ".." in text:
            first, _, last = text.partition("..")
            return datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
        if len(text) == 4:
            year = int(text)
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        first = datetime.date.fromisoformat(text + "-01")
    except ValueError:
        raise UserError(tr("入会时间应写成 2026-11、2026 或 2026-01-01..2026-06-30，不是“{text}”。").format(text=text)) \
            from None
    return first, add_months(first, 1) - datetime.timedelta(days=1)


def parse_audience(text: str) -> Audience:
    """``model=明锐,delivered=2024,level=gold,member=yes,lost=3m,birthday=5,visited_before=2026-01-01,joined=2026-11``
    as an :class:`Audience`; a key or value that makes no sense is refused in one sentence."""
    values: dict = {}
    for part in filter(None, (piece.strip() for piece in text.replace("，", ",").split(","))):
        key, sign, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sign or key not in KEYS or not value:
            raise UserError(tr("受众条件应写成 键=值，用逗号分隔；键可以是 {keys}，不是“{part}”。").format(
                keys=tr("、").join(KEYS), part=part))
        if key == "model":
            values[key] = value
        elif key == "delivered":
            values[key] = _years(value)
        elif key == "level":
            if value.lower() not in LEVEL_WORDS:
                raise UserError(tr("会员等级应为 standard、silver、gold（普卡、银卡、金卡），不是“{value}”。").format(value=value))
            values[key] = LEVEL_WORDS[value.lower()]
        elif key == "member":
            if value.lower() not in YES + NO:
                raise UserError(tr("是否会员应为 yes 或 no，不是“{value}”。").format(value=value))
            values[key] = value.lower() in YES
        elif key == "lost":
            code = LOST_CODES.get(value.removeprefix("lost_"))
            if code is None:
                raise UserError(tr("流失阶段应为 {codes} 之一，不是“{value}”。").format(codes=tr("、").join(LOST_CODES),
                                                                               value=value))
            values[key] = code
        elif key == "birthday":
            if not value.isdigit() or not 1 <= int(value) <= 12:
                raise UserError(tr("生日月份应为 1 到 12，不是“{value}”。").format(value=value))
            values[key] = int(value)
        elif key in ("visited_before", "visited_after"):
            values[key] = _day(value, key)
        elif key == "joined":
            values[key] = _joined(value)
    return Audience(**values)


def lost_stage_of(due: datetime.date, last_visit: datetime.date | None, today: datetime.date) -> str:
    """The lost stage (RULES §2) a car due for maintenance on ``due`` has reached by ``today``: the last stage whose
    day has come, while it has not been back since it fell due; "" when it is not overdue."""
    if last_visit is not None and last_visit >= due:
        return ""
    reached = ""
    for code, (months, days) in LOST_STAGES:
        if add_months(due, months) + datetime.timedelta(days=days) <= today:
            reached = code
    return reached


def _lost_customers(code: str, today: datetime.date) -> set[int]:
    from carecenter import due_dates
    return {one.customer_id for one in due_dates.current().values()
            if one.gone_on is None and lost_stage_of(one.due, one.last_visit, today) == code}


def select(audience: Audience, today: datetime.date | None = None) -> list[int]:
    """The live customers the audience chooses, by id (refusals not yet left out)."""
    permissions.require("view")
    today = today or clock.today()
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
    cars = Vehicle.select(Vehicle.customer).where(Vehicle.deleted_at.is_null() & Vehicle.gone_on.is_null())
    narrowed = False
    if audience.model:
        cars, narrowed = cars.where(Vehicle.model == audience.model), True
    if audience.delivered:
        first, last = audience.delivered
        cars, narrowed = cars.where(Vehicle.delivery_date.between(datetime.date(first, 1, 1),
                                                                  datetime.date(last, 12, 31))), True
    if narrowed:  # the same car is of the model and delivered in those years
        query = query.where(Customer.id.in_(cars))
    if audience.member is True or audience.level or audience.joined:
        query = query.where(Customer.club_joined.is_null(False))
    elif audience.member is False:
        query = query.where(Customer.club_joined.is_null())
    if audience.level:
        query = query.where(Customer.club_level == audience.level)
    if audience.joined:
        query = query.where(Customer.club_joined.between(*audience.joined))
    if audience.birthday:
        query = query.where(Customer.birthday.is_null(False))
    if audience.visited_before:
        query = query.where(Customer.last_visit_date.is_null() | (Customer.last_visit_date < audience.visited_before))
    if audience.visited_after:
        query = query.where(Customer.last_visit_date >= audience.visited_after)
    ids = [row[0] for row in query.order_by(Customer.id).tuples()]
    if audience.birthday:  # the month of a date, alike on SQLite and PostgreSQL: read the few with a birthday
        month = {cid: day.month for cid, day in Customer.select(Customer.id, Customer.birthday).where(
            Customer.deleted_at.is_null() & Customer.birthday.is_null(False)).tuples()}
        ids = [cid for cid in ids if month.get(cid) == audience.birthday]
    if audience.lost:
        lost = _lost_customers(audience.lost, today)
        ids = [cid for cid in ids if cid in lost]
    return ids


@dataclass
class CampaignPreview:
    template: str
    audience: Audience
    chosen: int  # customers the audience selected
    messages: letters.Previews  # those who get a message (refused ones left out and counted in .refused)

    @property
    def refused(self) -> int:
        return self.messages.refused

    @property
    def no_mobile(self) -> int:
        return self.chosen - self.refused - len(self.messages)


def _template(name: str) -> call_scripts.MessageTemplate:
    template = call_scripts.find_template(name)
    if template is None:
        raise UserError(tr("没有短信模板“{name}”；可用的有：{names}。").format(
            name=name, names=tr("、").join(f"{t.code}（{tr(t.title)}）" if t.code != t.title else t.code
                                          for t in call_scripts.message_templates())))
    unknown = call_scripts.unknown_placeholders(template.text)
    if unknown:
        raise UserError(tr("短信模板“{name}”中有无法填写的占位符 {unknown}，请在设置中改正。").format(
            name=tr(template.title), unknown=tr("、").join(unknown)))
    return template


def preview(template: str, audience: Audience, today: datetime.date | None = None) -> CampaignPreview:
    """Fill the template for the audience: every message, the count, who was left out."""
    chosen = _template(template)
    ids = select(audience, today)
    if not ids:
        raise UserError(tr("没有符合这些条件的客户（{audience}），请放宽条件。").format(
            audience=audience.describe() or tr("全部客户")))
    return CampaignPreview(chosen.code, audience, len(ids), letters.prepare_messages(chosen.code, ids))


def send(campaign: CampaignPreview, path: Path | str, today: datetime.date | None = None) -> int:
    """Write the batch file for the SMS platform and keep the campaign; returns its id."""
    if not campaign.messages:
        raise UserError(tr("这些客户都不能发短信（{refused} 位拒收营销短信，{no_mobile} 位没有手机号码）。").format(
            refused=campaign.refused, no_mobile=campaign.no_mobile))
    actor = permissions.require("export_unmasked")
    kept: list[int] = []

    def keep() -> None:  # in the transaction that records the messages
        row = Campaign.create(day=today or clock.today(), template=campaign.template,
                              audience=campaign.audience.describe()[:300], chosen=campaign.chosen,
                              sent=len(campaign.messages), refused=campaign.refused, no_mobile=campaign.no_mobile,
                              batch=Path(path).name[:200], by=actor.name)
        audit.record("create", "campaign", row.id, detail=f"{campaign.template} × {len(campaign.messages)}")
        kept.append(row.id)

    letters.export_messages(campaign.template, campaign.messages, path, also=keep)
    return kept[0]


@dataclass
class CampaignLine:
    """One campaign as the monthly summary and the workbook list it."""

    day: datetime.date
    template: str  # its title
    audience: str
    chosen: int
    sent: int
    refused: int
    no_mobile: int
    by: str


def campaigns_between(first: datetime.date, last: datetime.date) -> list[CampaignLine]:
    permissions.require("view")
    titles = {t.code: t.title for t in call_scripts.message_templates()}
    return [CampaignLine(c.day, titles.get(c.template, c.template), c.audience, c.chosen, c.sent, c.refused,
                         c.no_mobile, c.by)
            for c in Campaign.select().where(Campaign.day.between(first, last)).order_by(Campaign.day, Campaign.id)]


def audience_choices() -> dict[str, list]:
    """What the campaign dialog offers: the models and delivery years in the archive."""
    permissions.require("view")
    models = [row[0] for row in Vehicle.select(Vehicle.model).where(
        Vehicle.deleted_at.is_null() & (Vehicle.model != "")).distinct().order_by(Vehicle.model).tuples()]
    years = Vehicle.select(pw.fn.MIN(Vehicle.delivery_date), pw.fn.MAX(Vehicle.delivery_date)).where(
        Vehicle.deleted_at.is_null() & Vehicle.delivery_date.is_null(False)).tuples().first()
    first, last = ((_as_date(years[0]).year, _as_date(years[1]).year) if years and years[0] else (0, -1))
    return {"models": models, "years": list(range(last, first - 1, -1)),
            "lost": [(code, REASONS[code]) for code, _ in LOST_STAGES]}


def _as_date(value) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)[:10])
