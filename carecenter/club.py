"""The club (车友汇, RULES §5): joining with a member number, the points ledger, levels from the last twelve months.

The ledger is the truth: every change of points is an entry (消费 at a visit, 活动, 推荐购车, 兑换 against a bill, a
manager's 调整 with its reason), never a number typed over. The customer's ``points`` column is the ledger's sum,
written in the same transaction as each entry so that the archive sorts and filters by it. Non-members earn too and
keep their points when they join; levels (普卡 / 银卡 / 金卡) are for members, from the points earned in the last
twelve months (every entry that adds points: a manager's upward correction and the opening balance count too),
recomputed whenever the ledger changes, each change kept in the level history.
"""

from __future__ import annotations

import datetime
import decimal
from dataclasses import dataclass, field

from carecenter import audit, clock, permissions, session, settings
from carecenter.errors import UserError
from carecenter.followup_rules import add_months
from carecenter.i18n import N_, tr
from carecenter.models import EARN_KINDS, POINT_KINDS, Customer, LevelChange, PointEntry, ServiceVisit, now
from carecenter.store import DAYS, bulk_insert, write

SPEND, EVENT, REFERRAL, REDEEM, ADJUST = POINT_KINDS
LEVELS = (N_("普卡"), N_("银卡"), N_("金卡"))


@dataclass
class Entry:
    id: int
    day: datetime.date
    points: int
    kind: str
    reason: str
    by: str


@dataclass
class Ledger:
    """A customer's club record: what the detail screen, F11 and ``points --json`` show."""

    customer_id: int
    name: str
    member_number: str
    joined: datetime.date | None
    level: str
    balance: int
    earned_12_months: int
    entries: list[Entry] = field(default_factory=list)  # newest first
    levels: list[tuple[datetime.date, str, str]] = field(default_factory=list)  # (day, old, new), newest first

    @property
    def member(self) -> bool:
        return self.joined is not None

    def as_json(self) -> dict:
        return {"customer_id": self.customer_id, "member_number": self.member_number, "level": self.level,
                "balance": self.balance, "entries": [
                    {"date": e.day.isoformat(), "points": e.points, "kind": e.kind, "reason": e.reason, "by": e.by}
                    for e in self.entries]}


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
    if customer is None:
        raise UserError(tr("没有编号为 {customer_id} 的客户。").format(customer_id=customer_id))
    return customer


def points_for(amount) -> int:
    """消费 points of a bill: one point per ``club.yuan_per_point`` yuan (10, decided), whole points only."""
    per = settings.get("club.yuan_per_point")
    try:
        value = decimal.Decimal(str(amount or 0))
    except decimal.InvalidOperation:
        return 0
    return max(0, int(value // per))


def level_for(earned: int) -> str:
    """The level the points earned in twelve months give (thresholds in settings: 2 000 and 5 000, decided)."""
    if earned >= settings.get("club.gold_points"):
        return LEVELS[2]
    if earned >= settings.get("club.silver_points"):
        return LEVELS[1]
    return LEVELS[0]


# --- reading -----------------------------------------------------------------------------------------------------

def ledger(customer_id: int) -> Ledger:
    """The customer's number, level, balance, the points earned in the last twelve months, every entry and the
    level history (two indexed reads: 20 ms at L is the budget)."""
    permissions.require("view")
    customer = _customer(customer_id)
    entries = [Entry(e.id, e.day, e.points, e.kind, e.reason, e.by) for e in
               PointEntry.select().where(PointEntry.customer == customer_id)
               .order_by(PointEntry.day.desc(), PointEntry.id.desc())]
    since = add_months(clock.today(), -12)
    earned = sum(e.points for e in entries if e.points > 0 and since < e.day <= clock.today())
    levels = [(c.day, c.old, c.new) for c in LevelChange.select().where(LevelChange.customer == customer_id)
              .order_by(LevelChange.day.desc(), LevelChange.id.desc())]
    return Ledger(customer.id, customer.name, customer.member_number, customer.club_joined, customer.club_level,
                  sum(e.points for e in entries), earned, entries, levels)


@dataclass
class Member:
    customer_id: int
    member_number: str
    name: str
    phone: str
    joined: datetime.date | None
    level: str
    balance: int


def members(level: str = "") -> list[Member]:
    """Every member (joined), by member number; ``level`` keeps one level."""
    permissions.require("view")
    query = (Customer.select(Customer.id, Customer.member_number, Customer.name, Customer.phone, Customer.club_joined,
                             Customer.club_level, Customer.points)
             .where(Customer.deleted_at.is_null() & Customer.club_joined.is_null(False)))
    if level:
        query = query.where(Customer.club_level == level)
    return [Member(*row) for row in query.order_by(Customer.member_number, Customer.id).tuples()]


# --- writing ------------------------------------------------------------------------------------------------------

class _Numbers:
    """Member numbers in the dealership's format (``club.member_number_format``), counting on from the numbers
    given so far and skipping any already taken."""

    def __init__(self):
        self.form = settings.get("club.member_number_format")
        self.taken = {row[0] for row in Customer.select(Customer.member_number).where(
            Customer.member_number != "").tuples()}
        self.seq = len(self.taken)

    def next(self, day: datetime.date) -> str:
        while True:
            self.seq += 1
            number = self.form.format(year=day.year, seq=self.seq)
            if number not in self.taken:
                self.taken.add(number)
                return number


def join(customer_id: int, day: datetime.date | None = None) -> str:
    """The customer joins the club (F11): a member number, the join day, the level their points give. Returns the
    number (for F11 and the join SMS)."""
    permissions.require("edit")
    day = day or clock.today()
    if day > clock.today():
        raise UserError(tr("入会日期不能晚于今天。"))
    with write():
        customer = _customer(customer_id)
        if customer.club_joined is not None and customer.member_number:
            raise UserError(tr("{name} 已是会员（卡号 {number}）。").format(name=customer.name,
                                                                        number=customer.member_number))
        number = customer.member_number or _Numbers().next(day)
        Customer.update(member_number=number, club_joined=customer.club_joined or day, updated_at=now()).where(
            Customer.id == customer_id).execute()
        audit.record("update", "customer", customer_id, {"member_number": [customer.member_number, number],
                                                         "club_joined": [customer.club_joined, day]},
                     detail="入会")
        recompute_levels([customer_id])
    return number


def assign_numbers(customer_ids: list[int]) -> None:
    """Member numbers for members who have none (a store from before numbers, an import), in joining order."""
    wanted = set(customer_ids)
    rows = [(customer_id, joined) for customer_id, joined in Customer.select(Customer.id, Customer.club_joined).where(
        (Customer.member_number == "") & Customer.club_joined.is_null(False))
        .order_by(Customer.club_joined, Customer.id).tuples() if customer_id in wanted]
    numbers = _Numbers()
    db = Customer._meta.database
    db.cursor().executemany(f"UPDATE customer SET member_number = {db.param} WHERE id = {db.param}",
                            [(numbers.next(joined), customer_id) for customer_id, joined in rows])


def _add(customer_id: int, points: int, kind: str, reason: str, day: datetime.date | None, *,
         visit_id: int | None = None, event_id: int | None = None) -> int:
    """One entry, the balance and the level with it, audited; inside the caller's transaction."""
    day = day or clock.today()
    who = session.current().name
    entry = PointEntry.create(customer=customer_id, day=day, points=points, kind=kind, reason=reason,
                              visit=visit_id, event_id=event_id, by=who)
    _refresh_balances([customer_id])
    audit.record("create", "points", entry.id, {"points": [None, points], "kind": [None, kind]},
                 detail=f"客户 {customer_id}：{reason}" if reason else f"客户 {customer_id}")
    recompute_levels([customer_id])
    return entry.id


def _whole(points) -> int:
    try:
        value = decimal.Decimal(str(points).strip())
    except (decimal.InvalidOperation, ValueError):
        raise UserError(tr("积分应为整数，不是“{points}”。").format(points=points)) from None
    if value != value.to_integral_value():
        raise UserError(tr("积分应为整数，不是“{points}”。").format(points=points))
    return int(value)


def earn(customer_id: int, points, kind: str, reason: str = "", day: datetime.date | None = None, *,
         event_id: int | None = None) -> int:
    """Points earned (消费 by hand, 活动, 推荐购车); returns the entry's id."""
    permissions.require("edit")
    points = _whole(points)
    if kind not in EARN_KINDS:
        raise UserError(tr("积分类别应为 {kinds}，不是“{kind}”。").format(
            kinds="、".join(tr(k) for k in EARN_KINDS), kind=kind))
    if points <= 0:
        raise UserError(tr("获得的积分应大于 0，不是 {points}。").format(points=points))
    with write():
        _customer(customer_id)
        return _add(customer_id, points, kind, reason.strip(), day, event_id=event_id)


def award_event(customer_id: int, points: int, name: str, day: datetime.date, event_id: int) -> int:
    """A club event's points to one who came (:func:`carecenter.club_events.give_points`, inside its transaction)."""
    return _add(customer_id, points, EVENT, f"参加活动：{name}", min(day, clock.today()), event_id=event_id)


def redeem(customer_id: int, points, reason: str) -> int:
    """Points redeemed against a bill (兑换, 003 积分可以直接用于相关费用的抵扣); more than the balance is refused."""
    permissions.require("edit")
    points = _whole(points)
    if points <= 0:
        raise UserError(tr("兑换的积分应大于 0，不是 {points}。").format(points=points))
    if not reason.strip():
        raise UserError(tr("请写明兑换用途（例如抵扣的工单号）。"))
    with write():
        customer = _customer(customer_id)
        balance = _balance(customer_id)
        if points > balance:
            raise UserError(tr("{name} 的积分余额是 {balance}，不能兑换 {points}。").format(
                name=customer.name, balance=balance, points=points))
        return _add(customer_id, -points, REDEEM, reason.strip(), None)


def adjust(customer_id: int, points, reason: str) -> int:
    """A manager's correction (调整), up or down, with its reason; the balance never goes below zero."""
    permissions.require("adjust_points")
    points = _whole(points)
    if points == 0:
        raise UserError(tr("调整的积分不能为 0。"))
    if not reason.strip():
        raise UserError(tr("请写明调整积分的原因。"))
    with write():
        customer = _customer(customer_id)
        balance = _balance(customer_id)
        if balance + points < 0:
            raise UserError(tr("{name} 的积分余额是 {balance}，调整 {points} 后会小于 0。").format(
                name=customer.name, balance=balance, points=points))
        return _add(customer_id, points, ADJUST, reason.strip(), None)


def _balance(customer_id: int) -> int:
    from peewee import fn
    return int(PointEntry.select(fn.COALESCE(fn.SUM(PointEntry.points), 0))
               .where(PointEntry.customer == customer_id).scalar() or 0)


def _refresh_balances(customer_ids: list[int]) -> None:
    db = Customer._meta.database
    for start in range(0, len(customer_ids), 500):
        part = customer_ids[start:start + 500]
        marks = ", ".join([db.param] * len(part))
        db.execute_sql(f"UPDATE customer SET points = COALESCE((SELECT SUM(p.points) FROM point_entry p "
                       f"WHERE p.customer_id = customer.id), 0) WHERE id IN ({marks})", part)


def reconcile_imported(customer_ids: set[int]) -> None:
    """An import that gave customers a points balance (a DMS's 积分 column): where it differs from the ledger, one
    调整 entry makes the ledger say what the file said; inside the import's transaction."""
    who, stamp, today = session.current().name, now(), clock.today()
    rows = []
    ids = sorted(customer_ids)
    db = Customer._meta.database
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for customer_id, typed, kept in db.execute_sql(
                f"SELECT c.id, c.points, COALESCE((SELECT SUM(p.points) FROM point_entry p WHERE p.customer_id = c.id), "
                f"0) FROM customer c WHERE c.id IN ({', '.join([db.param] * len(part))})", part):
            if int(typed or 0) != int(kept or 0):
                rows.append({"customer": customer_id, "day": today, "points": int(typed or 0) - int(kept or 0),
                             "kind": ADJUST, "reason": "导入的积分余额", "by": who, "created_at": stamp})
    for start in range(0, len(rows), 5000):
        bulk_insert(PointEntry, rows[start:start + 5000])
    _refresh_balances(ids)
    recompute_levels(ids)


def earn_for_visits(after_id: int, skip: set[int] | frozenset = frozenset()) -> int:
    """消费 points for every visit recorded after visit ``after_id`` that has none yet (a visit recorded by hand, the
    visits an import wrote); inside the caller's transaction. A visit earns once: imported again, it is not a new
    visit, and its entry is unique. The customers in ``skip`` earn nothing (an import gave their balance). Returns
    how many entries were written."""
    per = settings.get("club.yuan_per_point")
    today, who, stamp = clock.today(), session.current().name, now()
    rows = []
    for visit_id, customer_id, day, amount in (
            ServiceVisit.select(ServiceVisit.id, ServiceVisit.customer, ServiceVisit.visit_date, ServiceVisit.amount)
            .where((ServiceVisit.id > after_id) & (ServiceVisit.amount >= per)
                   & ~ServiceVisit.id.in_(PointEntry.select(PointEntry.visit).where(PointEntry.visit > after_id)))
            .tuples()):
        points = points_for(amount)
        if points > 0 and customer_id not in skip:
            rows.append({"customer": customer_id, "day": min(DAYS[day], today), "points": points, "kind": SPEND,
                         "reason": f"维修保养消费 {decimal.Decimal(str(amount)):.0f} 元",  # data, in Chinese
                         "visit": visit_id, "by": who, "created_at": stamp})
    for start in range(0, len(rows), 5000):
        bulk_insert(PointEntry, rows[start:start + 5000])
    customers = sorted({row["customer"] for row in rows})
    _refresh_balances(customers)
    recompute_levels(customers)
    return len(rows)


def recompute_levels(customer_ids: list[int] | None = None, day: datetime.date | None = None) -> int:
    """Each member's level from the points earned in the twelve months to ``day`` (today); a change is written with
    its history entry. All members when ``customer_ids`` is None (after a change of thresholds). Returns how many
    levels changed."""
    day = day or clock.today()
    since = add_months(day, -12)
    db = Customer._meta.database
    mark = db.param
    sql = (f"SELECT c.id, c.club_level, COALESCE((SELECT SUM(p.points) FROM point_entry p WHERE p.customer_id = c.id "
           f"AND p.points > 0 AND p.day > {mark} AND p.day <= {mark}), 0) FROM customer c "
           f"WHERE c.club_joined IS NOT NULL AND c.deleted_at IS NULL")
    if customer_ids is None:
        rows = db.execute_sql(sql, (since, day)).fetchall()
    else:
        ids, rows = list(customer_ids), []
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            rows += db.execute_sql(f"{sql} AND c.id IN ({', '.join([mark] * len(part))})",
                                   [since, day, *part]).fetchall()
    changes = [(customer_id, old or "", level_for(int(earned)), int(earned)) for customer_id, old, earned in rows
               if (old or "") != level_for(int(earned))]
    if not changes:
        return 0
    stamp = now()
    with write():
        db.cursor().executemany(f"UPDATE customer SET club_level = {mark} WHERE id = {mark}",
                                [(new, customer_id) for customer_id, _, new, _ in changes])
        for start in range(0, len(changes), 5000):
            bulk_insert(LevelChange, [{"customer": customer_id, "day": day, "old": old, "new": new, "earned": earned,
                                       "created_at": stamp}
                                      for customer_id, old, new, earned in changes[start:start + 5000]])
    return len(changes)


def open_ledgers(day: datetime.date, who: str) -> int:
    """Migration 16: the points typed before the ledger become each customer's opening entry (调整, dated the day
    the ledger started), so that every balance stays what it was; members get numbers. Returns the customers."""
    rows = [{"customer": customer_id, "day": day, "points": points, "kind": ADJUST, "reason": "启用积分账目时的结余",
             "by": who, "created_at": now()}
            for customer_id, points in Customer.select(Customer.id, Customer.points).where(Customer.points != 0).tuples()]
    for start in range(0, len(rows), 5000):
        bulk_insert(PointEntry, rows[start:start + 5000])
    members_without = [row[0] for row in Customer.select(Customer.id).where(
        Customer.club_joined.is_null(False) & (Customer.member_number == "")).tuples()]
    assign_numbers(members_without)
    return len(rows)
