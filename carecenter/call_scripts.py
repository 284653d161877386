"""What the caller says (话术) and the text messages (短信模板), in the desk's own words (seed 003), with the
customer's details filled in."""

from __future__ import annotations

from dataclasses import dataclass

from carecenter.i18n import N_

#: Scripts per reason. ``{name}`` is the customer's name with 先生/女士, ``{me}`` the caller, ``{dealer}`` the
#: dealership, ``{model}`` and ``{plate}`` the vehicle.
SCRIPTS = {
    "delivery_24h": "{name}您好！我是{dealer}的关爱专员{me}。感谢您选择我们，昨天提车后用车还顺利吗？"
                    "有任何功能不会用，随时可以打这个电话问我。",
    "delivery_3d": "“{name}，下午好！我是{dealer}的关爱人员{me}，打电话想了解一下您对新车是否满意？……为了提高"
                   "我们的服务质量，不知是否能够占用您一点时间，请您为我们的销售服务做一个满意度跟踪回访，好的，谢谢您！"
                   "……我已经认真记下您的建议和意见，会反映给相关部门，非常感谢，祝您用车愉快！”\n"
                   "目的：了解本周用车情况；再次提醒功能件的使用方法；提醒交车后的后续事宜；有抱怨时致歉并按抱怨处理流程解决。",
    "first_service": "“{name}！是这样的，经过我们的调研，大部分客户在新车使用了三个月左右，大约到了首保的时间，"
                     "不知道您的首保已经完成了吗？”“请问您爱车目前的行驶里程是多少公里？”\n"
                     "（接近首保里程）“需要我帮您作一个车辆首保的预约么？这样不但可以节省您宝贵的时间，也可以让我们给予您最尊贵的服务！”\n"
                     "（离首保还远）“需要我在__天后再给您一个提醒么？那时我可以帮您作一个首保的预约。”",
    "after_visit_1": "{name}您好，我是{dealer}的{me}。您的{model}（{plate}）前几天在我们这里做了保养/维修，"
                     "想了解一下车辆现在的使用情况，您对这次的服务满意吗？有什么需要我们改进的地方？",
    "after_visit_2": "{name}您好，我是{dealer}的{me}。再次回访一下您上次进厂的车辆，问题是否已经彻底解决？",
    "maintenance_due": "{name}您好，我是{dealer}的{me}。您的{model}（{plate}）快到定期保养的时间了，"
                       "需要我帮您预约吗？我这里有两个时间段供您选择：……",
    "insurance_renewal": "{name}您好，我是{dealer}的{me}。您的车险即将到期，在本店续保可以享受报案、维修、"
                         "理赔一站式服务，会员还可以用积分抵扣。需要我请保险专员为您报价吗？",
    "inspection": "{name}您好，我是{dealer}的{me}。提醒您车辆年检快到期了，需要我们帮您预约检测吗？",
    "warranty_expiry": "{name}您好，我是{dealer}的{me}。您的车购买已近3年，满3年或行驶10万公里即质保期满，"
                       "为保障爱车的良好性能，建议您近期来店做一次全面检测。",
    "loyalty_42m": "{name}您好，我是{dealer}的{me}。感谢您多年的支持！本店为老客户准备了回馈活动，"
                   "来店维修保养可享受工时费优惠，欢迎您来。",
    "birthday": "{name}您好，我是{dealer}的{me}。今天是您的生日，祝您生日快乐，用车愉快！",
    "complaint_followup": "{name}您好，我是{dealer}的{me}。关于您之前反映的问题，我们已经处理完毕，"
                          "想确认一下您对处理结果是否满意？",
    "event_invitation": "{name}您好，我是{dealer}的{me}。我们将举办活动，诚挚邀请您参加，方便的话我为您登记。",
    "academy_invitation": "{name}您好，我是{dealer}车友会的{me}。您入会快一个月了，用车还顺利吗？我们的“车主学苑”"
                          "有专业老师现场讲解，还有亲身操作体验，分享用车、养车、护车的知识，诚邀您参加，方便的话我为您登记。",
    "benefits_promotion": "{name}您好，我是{dealer}车友会的{me}。给您介绍一下本月的会员礼遇：……"
                          "您在维修保养或参加活动时都可以累积积分，积分可以直接用于相关费用的抵扣。",
    "referral": "{name}您好，我是{dealer}车友会的{me}。感谢您多年的支持！本店推荐购车活动正在进行，"
                "您推荐亲友购买新车成功，即可获得会员奖励积分。如果您自己想换一辆车，我也可以请销售顾问为您介绍。",
    "join_invitation": "{name}您好，我是{dealer}的{me}。您提车已经一个月了，用车还顺利吗？您可以免费加入我们的车友会，"
                       "会员在维修保养和参加活动时都可以累积积分，积分可以抵扣费用，还有会员专属礼遇。需要我为您办理入会吗？",
}
LOST_SCRIPT = ("{name}您好，我是{dealer}的{me}。您的{model}（{plate}）已经超过保养时间一段时间了，"
               "最近用车还好吗？是否方便近期安排保养？如果对我们之前的服务有什么不满意，也请告诉我。")
LETTER_NOTE = "感谢信：交车后一周内寄出，感谢客户选择本店，介绍关爱专员和联系方式。"


@dataclass(frozen=True)
class MessageTemplate:
    code: str
    title: str
    text: str


#: Text messages (003 短信示例), for the SMS platform's batch file.
MESSAGE_TEMPLATES = (
    MessageTemplate("first_service", N_("首保提醒"),
                    "尊敬的车主，您购买的{model}已{months}个月，为保证车辆的良好性能，建议购车3个月或行驶5000公里后，"
                    "前往本店进行首保，详情预约请致电{phone}。"),
    MessageTemplate("insurance_renewal", N_("续保提醒"),
                    "尊敬的车主，您的车险即将到期，为了给爱车可靠的保障，建议您前往本店进行车险续保，不仅能轻松享受报案、"
                    "维修、理赔一站式服务，更能确保维修品质，让您省心又安心！详情预约请致电{phone}。"),
    MessageTemplate("warranty_expiry", N_("质保提醒"),
                    "尊敬的车主，您购买的{model}已近3年，购车时间满3年或车辆行驶里程数达到10万公里即为质保期满，"
                    "为保障您爱车的良好性能，建议您尽快前往本店进行车辆维修检测！详情预约请致电{phone}。"),
    MessageTemplate("academy", N_("学苑邀约"),
                    "{date}，{dealer}诚邀您参与“车主学苑”，不仅有专业老师现场讲解，更有生动的亲身操作体验，"
                    "分享用车、养车、护车点滴知识！详情报名请致电{phone}。"),
    MessageTemplate("referral", N_("推荐购车"),
                    "尊敬的车主，{dealer}推荐购车活动火热进行，凡推荐好友购买新车，均可尊享分会奖励，详询{phone}。"),
    MessageTemplate("benefits_promotion", N_("会员礼遇推广"),
                    "尊敬的车友会会员，您在{dealer}维修保养或参加活动均可累积积分，积分可直接抵扣相关费用，"
                    "您目前的积分为{points}分。更多会员礼遇详情请致电{phone}。"),
    MessageTemplate("join_invitation", N_("入会邀请"),
                    "尊敬的车主，感谢您选择{dealer}！您可免费加入车友会，维修保养和参加活动均可累积积分并抵扣费用，"
                    "还可享受会员专属礼遇。详情请致电{phone}。"),
    MessageTemplate("member_welcome", N_("入会成功"),
                    "尊敬的{name}，欢迎加入{dealer}车友会！您的会员卡号为{member_number}，凭卡号即可享受会员权益。"
                    "详情请致电{phone}。"),
)
#: The template a text message of each call reason is written with (the SMS batch made from the call list).
TEMPLATE_OF_REASON = {"first_service": "first_service", "insurance_renewal": "insurance_renewal",
                      "warranty_expiry": "warranty_expiry", "academy_invitation": "academy",
                      "benefits_promotion": "benefits_promotion", "referral": "referral",
                      "join_invitation": "join_invitation"}
#: What a template may say: each placeholder and what fills it (a template with any other is refused).
PLACEHOLDERS = {"name": N_("客户称呼"), "model": N_("车型"), "months": N_("购车月数"), "phone": N_("服务热线"),
                "dealer": N_("本店名称"), "date": N_("活动日期"), "member_number": N_("会员卡号"),
                "points": N_("积分余额"), "level": N_("会员等级")}


def message_templates() -> list[MessageTemplate]:
    """The SMS templates with the dealership's own wording where it changed one (setting ``messages.templates``)."""
    from carecenter import settings

    own = settings.get("messages.templates")
    shipped = [MessageTemplate(t.code, t.title, own.get(t.code) or t.text) for t in MESSAGE_TEMPLATES]
    codes = {t.code for t in MESSAGE_TEMPLATES}
    return shipped + [MessageTemplate(title, title, text) for title, text in own.items() if title not in codes and text]


def find_template(name: str) -> MessageTemplate | None:
    """A template by its code (``first_service``) or its title in any language (首保提醒)."""
    from carecenter.i18n import tr

    wanted = name.strip()
    return next((t for t in message_templates() if wanted in (t.code, t.title, tr(t.title))), None)


def unknown_placeholders(text: str) -> list[str]:
    """The placeholders of a template text that nothing fills (``{plate}``), or a broken brace as ``{``."""
    import string

    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return ["{"]
    return [f"{{{name}}}" for name in fields if name.split(".")[0].split("[")[0].split("!")[0] not in PLACEHOLDERS]


def polite_name(name: str, gender: str) -> str:
    if not name or name.endswith(("先生", "女士")) or len(name) > 4:
        return name
    return name[0] + ("先生" if gender == "男" else "女士" if gender == "女" else "") if gender else name


def script_for(reason: str, *, name: str, gender: str, caller: str, dealer: str, model: str, plate: str) -> str:
    text = SCRIPTS.get(reason) or (LOST_SCRIPT if reason.startswith("lost") else LETTER_NOTE
                                   if reason == "thank_you_letter" else "")
    return text.format(name=polite_name(name, gender), me=caller, dealer=dealer, model=model or "爱车",
                       plate=plate or "")
