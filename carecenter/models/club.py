"""The club (车友汇, RULES §5): the points ledger and the level history. A customer's member number, join date, level
and balance live on the customer (the balance is the ledger's sum, kept there so that lists sort by it)."""

import peewee as pw

from carecenter.models.archive import Customer, ServiceVisit
from carecenter.models.base import BaseModel, now
from carecenter.i18n import N_

#: The kinds of entry (RULES §5): earned at a visit, at a club event, for a referred buyer; redeemed against a bill;
#: a manager's correction.
POINT_KINDS = (N_("消费"), N_("活动"), N_("推荐购车"), N_("兑换"), N_("调整"))
EARN_KINDS = POINT_KINDS[:3]


class PointEntry(BaseModel):
    """One line of a customer's points ledger (never changed; a mistake is corrected by a 调整 entry)."""

    customer = pw.ForeignKeyField(Customer, backref="point_entries", on_delete="RESTRICT")
    day = pw.DateField()
    points = pw.IntegerField()  # + earned, − redeemed (a correction either way)
    kind = pw.CharField(max_length=8)
    reason = pw.CharField(max_length=200, default="")
    #: the visit the points were earned at: once per visit, however often the visit is imported again
    visit = pw.ForeignKeyField(ServiceVisit, null=True, unique=True, on_delete="RESTRICT")
    event_id = pw.IntegerField(null=True)  # the club event attended
    by = pw.CharField(max_length=60, default="")
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "point_entry"
        indexes = ((("customer", "day"), False), (("day", "customer", "points"), False))


class LevelChange(BaseModel):
    """A member's level as it changed (普卡 → 银卡 …), with the points of the twelve months that decided it."""

    customer = pw.ForeignKeyField(Customer, backref="level_changes", on_delete="RESTRICT")
    day = pw.DateField()
    old = pw.CharField(max_length=8, default="")
    new = pw.CharField(max_length=8)
    earned = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "level_change"
        indexes = ((("customer", "day"), False),)


class Campaign(BaseModel):
    """A text-message campaign (RULES §5): one template to a chosen audience, exported as a batch for the SMS
    platform; who was left out, and why, is counted."""

    day = pw.DateField(index=True)
    template = pw.CharField(max_length=40)  # the template code (a shipped one) or name (the dealership's own)
    audience = pw.CharField(max_length=300, default="")  # as chosen: model=明锐,delivered=2024
    chosen = pw.IntegerField(default=0)  # customers the audience selected
    sent = pw.IntegerField(default=0)  # messages in the batch
    refused = pw.IntegerField(default=0)  # left out: refused marketing (RULES §8)
    no_mobile = pw.IntegerField(default=0)  # left out: no mobile number to text
    batch = pw.CharField(max_length=200, default="")  # the batch file's name
    by = pw.CharField(max_length=60, default="")
    created_at = pw.DateTimeField(default=now)

    class Meta:
        table_name = "campaign"
