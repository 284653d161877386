"""The demo dealership's club (RULES §5): ledgers that add up to their balances, member numbers, levels, and last
month's owners' outing with its invitations, sign-ins and points. Called by :func:`carecenter.demo.load_demo`."""

from __future__ import annotations

import datetime
import random

import peewee as pw
from peewee import chunked

from carecenter import settings
from carecenter.errors import UserError
from carecenter.models import Customer, now
from carecenter.store import bulk_insert


def club_history(rng: random.Random, today: datetime.date) -> None:
    """Every visit's 消费 points, a referral bonus for each customer who brought a buyer, a redemption against a
    bill for a third of those with 500 points or more; member numbers in joining order; levels from the last
    twelve months. Every balance is its ledger's sum."""
    from carecenter import club
    from carecenter.models import PointEntry
    club.earn_for_visits(0)
    stamp = now()
    rows = []
    referrals = (Customer.select(Customer.referred_by, Customer.first_contact_date, Customer.name)
                 .where(Customer.referred_by.is_null(False)).tuples())
    for referrer, day, name in referrals:
        rows.append({"customer": referrer, "day": day, "points": settings.get("club.referral_points"),
                     "kind": club.REFERRAL, "reason": f"推荐 {name} 购车", "by": "马丽", "created_at": stamp})
    earned = (PointEntry.select(PointEntry.customer, pw.fn.SUM(PointEntry.points), pw.fn.MAX(PointEntry.day))
              .group_by(PointEntry.customer).tuples())
    for customer_id, points, last in earned:
        if points >= 500 and rng.random() < 0.33:
            rows.append({"customer": customer_id, "day": last, "points": -(points // 200) * 100, "kind": club.REDEEM,
                         "reason": f"抵扣维修工单 WX{last:%Y%m%d}{customer_id % 1000:03d}", "by": "马丽",
                         "created_at": stamp})
    for batch in chunked(rows, 5000):
        bulk_insert(PointEntry, batch)
    ids = [row[0] for row in Customer.select(Customer.id).tuples()]
    club._refresh_balances(ids)
    club.assign_numbers(ids)
    club.recompute_levels(None, today)


def past_event_planned(today: datetime.date) -> int:
    """Last month's owners' outing, planned a month before it (its invitations were on the lists then)."""
    from carecenter.models import Event
    day = today - datetime.timedelta(days=18)
    return Event.create(name="车友会秋季自驾游（千岛湖）", event_date=day, audience="members", place="千岛湖",
                        points=300, owner="马丽", description="会员及家属，午餐、游船",
                        created_at=datetime.datetime.combine(day - datetime.timedelta(days=30), datetime.time(9))).id


def past_event_held(rng: random.Random, event_id: int) -> None:
    """Of those invited, some said they would come (参加) and some not; most who said yes came and signed in, with
    one walk-in who joined the club on the day; the event's points went to all who came (F16 and the monthly
    summary have a real event to report)."""
    from carecenter import club, club_events
    from carecenter.models import CallTask, Event, EventAttendance
    from carecenter.followup import rule_settings
    from carecenter.followup_rules import event_task
    event = Event.get_by_id(event_id)
    members = [row[0] for row in Customer.select(Customer.id).where(
        Customer.club_joined.is_null(False) & (Customer.club_joined < event.event_date)).order_by(Customer.id).tuples()]
    invited = rng.sample(members, min(len(members), 80))  # the invitation calls of the weeks before it
    at = datetime.datetime.combine(event.event_date - datetime.timedelta(days=10), datetime.time(10, 30))
    came = []
    for n, customer_id in enumerate(invited):
        task = event_task(event_id, event.name, event.event_date, customer_id, rule_settings())
        outcome = "attending" if n < 36 else "not-attending" if n < 48 else ""
        CallTask.create(key=task.key, customer=customer_id, reason=task.reason, due_date=task.due,
                        window_start=task.start, window_end=task.end, assignee="马丽", note=task.note[:200],
                        status="done" if outcome else "missed", outcome=outcome, attempts=1 if outcome else 0,
                        completed_at=at if outcome else None, created_at=at, updated_at=at)
        if outcome == "attending" and rng.random() < 0.75:
            came.append(customer_id)
    joiner = Customer.select(Customer.id).where(Customer.club_joined.is_null() & Customer.deleted_at.is_null()).first()
    door = datetime.datetime.combine(event.event_date, datetime.time(8, 30))
    if joiner is not None:
        club.join(joiner.id, event.event_date)
        Customer.update(updated_at=door).where(Customer.id == joiner.id).execute()  # the demo's own moment
        came.append(joiner.id)
    for customer_id in came:
        EventAttendance.create(event=event_id, customer=customer_id, arrived_at=door, recorded_by="马丽")
    club_events.give_points(event_id)


#: The dealership's own template (000 幸福家庭计划: buyers of two years ago, messages on the 10th, 20th and 30th).
FAMILY_PLAN = "幸福家庭计划"
FAMILY_PLAN_TEXT = ("{name}您好！感谢您两年来对{dealer}的信任。幸福家庭计划：本月来店保养即赠全车检测一次，"
                    "推荐亲友购车还有好礼相送。详情请致电{phone}。")


def campaign_history(today: datetime.date) -> None:
    """The 幸福家庭计划 template and its messages to the buyers of two years ago on the 10th and 20th of this month
    (those days that have come), and last month's benefits message to this year's new members: each a campaign as the
    desk makes them, with its batch recorded against every customer."""
    from carecenter import campaigns
    from carecenter.models import Campaign, Message
    settings.set_value("messages.templates", {FAMILY_PLAN: FAMILY_PLAN_TEXT})
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=15)
    planned = [(last_month, "benefits_promotion", campaigns.Audience(joined=(today.replace(month=1, day=1), last_month)))]
    for day in (10, 20):
        if today.day >= day:
            planned.append((today.replace(day=day), FAMILY_PLAN,
                            campaigns.Audience(delivered=(today.year - 2, today.year - 2))))
    stamp = now()
    for day, template, audience in planned:
        try:
            preview = campaigns.preview(template, audience, today)
        except UserError:  # an audience the demo's size leaves empty: no campaign that day
            continue
        batch = f"群发短信_{template}_{day:%Y%m%d}.xlsx"
        Campaign.create(day=day, template=template, audience=audience.describe(), chosen=preview.chosen,
                        sent=len(preview.messages), refused=preview.refused, no_mobile=preview.no_mobile, batch=batch,
                        by="马丽", created_at=stamp)
        rows = [{"customer": m.customer_id, "template": template, "phone": m.phone, "text": m.text, "batch": batch,
                 "created_at": datetime.datetime.combine(day, datetime.time(10, 0))} for m in preview.messages]
        for part in chunked(rows, 5000):
            bulk_insert(Message, part)
