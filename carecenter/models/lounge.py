"""The customer lounge (客休区): the daily F8 checklist, guest meals, and the F10 call-quality spot check."""

import peewee as pw

from carecenter.models.archive import Customer
from carecenter.models.base import BaseModel, now
from carecenter.models.followup import CallLog
from carecenter.i18n import N_

#: FORMS.md F8: the eleven default items, in order (title, what "good" means).
DEFAULT_ITEMS = (
    (N_("空调"), N_("开启并设置到规定温度")),
    (N_("电视"), N_("开启并确保画面清晰")),
    (N_("影视区"), N_("开启DVD并确保画面清晰")),
    (N_("网吧"), N_("开启所有电脑确保能够正常运行,且有专人负责定期维护、保养和清洁")),
    (N_("桌椅"), N_("摆放整齐")),
    (N_("报纸、杂志"), N_("及时更新,以及装订放好报纸架并放置最新的产品信息/服务信息/促销信息资料")),
    (N_("茶水"), N_("随时确保饮水机有水,及冷热功能正常运作")),
    (N_("窗户/接待台"), N_("透视观察窗干净、明亮便于观察;保持整洁,无杂物")),
    (N_("客休室范围"), N_("确保每位客人有茶水供应,电视、DVD正常播放;电视穿插播放品牌相关的产品或活动的节目,同时影视类节目供顾客挑选;空置的茶杯及时收起,报纸及杂志要及时摆放原位,桌椅保持整齐")),
    (N_("客休室范围"), N_("若在无顾客的情况下,可以关闭部分电器,如:DVD、电视、电脑及摆放桌椅")),
    (N_("午餐"), N_("派放客餐,登记车牌,确保每位用餐的顾客有客餐票")),
)
F8_NOTES = (N_("1. 客休室的电器如有问题,及时与行政部联系,确保电器的正常运作。"),
            N_("2. 负责客休室接待台人员,除吃饭时间外,都要在接待台负责客休室的正常运作。"))

#: FORMS.md F10: the 15 items of the call-quality spot check, in order.
SPOT_CHECK_ITEMS = (
    N_("是否用客户喜欢的联系方式在客户方便的时间联系客户"),
    N_("电话沟通时,是否使用当地习惯的敬语恰当地称呼客户"),
    N_("电话沟通中,是否主动热情问候客户,采用分时问候用语"),
    N_("是否使用标准服务用语主动介绍经销商和自己"),
    N_("是否主动询问客户的需求,回答客户的一些问题,告知客户保养可能需要的时间和费用"),
    N_("是否熟悉预约流程,能够在短时间内帮客户安排好预约"),
    N_("是否主动询问客户是否有熟识的服务顾问,安排客户指定的服务顾问接待客户"),
    N_("是否事先准备好最少2个预约时间段主动请客户选择"),
    N_("对于曾经来店保养的客户,是否了解客户在经销商的服务历史"),
    N_("如果客户来电,是否在铃响3声之内接听电话"),
    N_("在电话结束前,是否与客户再次确认保养的内容、预约的时间"),
    N_("是否提醒客户要携带的证件"),
    N_("是否提醒客户,如果未能按照预约时间到达,可能会无法为客户保留工位"),
    N_("是否在电话结束前,感谢客户,待客户挂断电话后再挂断电话"),
    N_("预约结束后,是否在系统中填入客户预约信息"),
)


class LoungeItem(BaseModel):
    """One line of the checklist as the dealership has set it up (editable; old checks keep their own text)."""

    position = pw.IntegerField()
    title = pw.CharField(max_length=40)
    description = pw.TextField(default="")
    active = pw.BooleanField(default=True)


class LoungeCheck(BaseModel):
    """One round of the checklist: a day's morning (or afternoon) check."""

    day = pw.DateField(index=True)
    round = pw.CharField(max_length=10, default=N_("上午"))
    checker = pw.CharField(max_length=60)
    created_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("day", "round"), True),)


class LoungeScore(BaseModel):
    """One item of one round, with the item's text as it was that day."""

    check = pw.ForeignKeyField(LoungeCheck, backref="scores", on_delete="RESTRICT")
    position = pw.IntegerField()
    title = pw.CharField(max_length=40)
    description = pw.TextField(default="")
    score = pw.IntegerField(null=True)
    remark = pw.CharField(max_length=200, default="")
    repair = pw.CharField(max_length=8, default="")  # "" / 已报修 / 已修复
    reported_at = pw.DateTimeField(null=True)
    fixed_at = pw.DateTimeField(null=True)


class GuestMeal(BaseModel):
    """A guest meal (客餐) against a plate number, with its numbered ticket."""

    day = pw.DateField(index=True)
    ticket = pw.CharField(max_length=20, unique=True)
    plate = pw.CharField(max_length=10)
    customer = pw.ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    handler = pw.CharField(max_length=60)
    created_at = pw.DateTimeField(default=now)


class SpotCheck(BaseModel):
    """F10: a manager's check of one logged call against the 15 items."""

    call = pw.ForeignKeyField(CallLog, null=True, on_delete="SET NULL")
    specialist = pw.CharField(max_length=60, index=True)
    checker = pw.CharField(max_length=60)
    answers = pw.TextField()  # JSON list of 15: "yes" / "no" / "na"
    notes = pw.TextField(default="")  # JSON list of 15 notes
    checked_at = pw.DateTimeField(default=now)
