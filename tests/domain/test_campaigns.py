"""Campaigns (RULES §5): audiences chosen exactly (hand-counted on a small store), refused marketing left out and
counted, the batch file and the campaign kept, bad input refused with nothing written."""

import datetime

import openpyxl
import pytest

from carecenter import archive, campaigns, club, do_not_contact, settings
from carecenter.errors import UserError
from carecenter.models import Campaign, Message, Setting

D = datetime.date


@pytest.fixture
def town(store):
    """Six customers, counted by hand below (today is 2026-11-20)."""
    plates = iter(range(10000, 10100))

    def customer(name, phone, model=None, delivery=None, **data):
        customer_id = archive.save_customer({"name": name, "phone": phone, **data}, confirm=True)
        if model:
            archive.save_vehicle(customer_id, {"plate": f"浙A{next(plates)}", "model": model,
                                               "delivery_date": delivery})
        return customer_id

    people = {
        "gold": customer("金先生", "13800000001", "明锐", "2024-03-01", birthday="1980-05-09", gender="男"),
        "plain": customer("普女士", "13800000002", "明锐", "2023-06-01"),
        "kodiaq": customer("柯先生", "13800000003", "柯迪亚克", "2024-08-01", birthday="1975-05-30"),
        "refused": customer("拒先生", "13800000004", "明锐", "2024-11-01"),
        "landline": customer("座机", "0571-88886666", "明锐", "2024-02-02"),
        "gone": customer("已删", "13800000006", "明锐", "2024-05-05"),
        # due for maintenance on 2026-07-01 (delivered 2026-04-01, 3 months) and not back: 准流失? no — 4 months
        # and 19 days overdue on 2026-11-20: the 3-month stage (拟流失)
        "lapsed": customer("流先生", "13800000007", "柯迪亚克", "2026-04-01"),
    }
    club.join(people["gold"], D(2025, 12, 1))
    club.earn(people["gold"], 5000, "活动", "年度车友会")  # 金卡
    club.join(people["kodiaq"], D(2026, 11, 3))
    club.join(people["refused"], D(2026, 11, 10))
    do_not_contact.refuse(people["refused"], "marketing", "不要营销短信")
    archive.delete_customer(people["gone"])
    visit_car = archive.vehicle_choices(people["plain"])[0][0]
    archive.add_visit(visit_car, {"visit_date": "2026-09-10", "visit_type": "定期保养", "mileage": 30000})
    return people


def chosen(town, text):
    names = {customer_id: name for name, customer_id in town.items()}
    return sorted(names[cid] for cid in campaigns.select(campaigns.parse_audience(text)))


@pytest.mark.parametrize("text, expected", [
    ("model=明锐,delivered=2024", ["gold", "landline", "refused"]),
    ("model=明锐", ["gold", "landline", "plain", "refused"]),
    ("delivered=2023-2024", ["gold", "kodiaq", "landline", "plain", "refused"]),
    ("member=yes", ["gold", "kodiaq", "refused"]),
    ("member=no", ["landline", "lapsed", "plain"]),
    ("level=gold", ["gold"]),
    ("level=普卡", ["kodiaq", "refused"]),
    ("birthday=5", ["gold", "kodiaq"]),
    ("joined=2026-11", ["kodiaq", "refused"]),
    ("visited_after=2026-09-01", ["plain"]),
    ("visited_before=2026-09-01", ["gold", "kodiaq", "landline", "lapsed", "refused"]),
    ("lost=3m", ["lapsed"]),
    ("model=柯迪亚克,member=no", ["lapsed"]),
    ("", ["gold", "kodiaq", "landline", "lapsed", "plain", "refused"]),
])
def test_an_audience_chooses_exactly_whom_it_says(town, text, expected):
    assert chosen(town, text) == expected


def test_refused_marketing_and_no_mobile_are_left_out_and_counted(town):
    preview = campaigns.preview("referral", campaigns.parse_audience("model=明锐,delivered=2024"))
    assert preview.chosen == 3 and preview.refused == 1 and preview.no_mobile == 1
    assert [m.customer_id for m in preview.messages] == [town["gold"]]
    assert "推荐购车活动" in preview.messages[0].text


def test_a_campaign_writes_its_batch_and_is_kept(town, tmp_path):
    settings.save_many({"messages.templates": {"幸福家庭计划": "{name}您好，{dealer}幸福家庭计划：购车两年的{model}车主保养享优惠，"
                                                           "会员卡号{member_number}。"}})
    preview = campaigns.preview("幸福家庭计划", campaigns.parse_audience("member=yes"))
    campaign_id = campaigns.send(preview, tmp_path / "幸福家庭.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "幸福家庭.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("手机号码", "客户姓名", "短信内容")
    assert [r[0] for r in rows[1:]] == ["13800000001", "13800000003"]  # the refused member left out
    assert rows[1][2].startswith("金先生您好") and "HY202500001" in rows[1][2]
    kept = Campaign.get_by_id(campaign_id)
    assert (kept.template, kept.audience, kept.chosen, kept.sent, kept.refused, kept.no_mobile) == (
        "幸福家庭计划", "member=yes", 3, 2, 1, 0)
    assert Message.select().where(Message.batch == "幸福家庭.xlsx").count() == 2
    lines = campaigns.campaigns_between(D(2026, 11, 1), D(2026, 11, 30))
    assert [(line.template, line.sent, line.refused) for line in lines] == [("幸福家庭计划", 2, 1)]


@pytest.mark.parametrize("template, text, words", [
    ("referral", "colour=red", "键可以是"),
    ("referral", "level=platinum", "会员等级应为"),
    ("referral", "delivered=二〇二四", "交车年份应写成"),
    ("referral", "birthday=13", "生日月份应为 1 到 12"),
    ("referral", "lost=2m", "流失阶段应为"),
    ("referral", "visited_before=yesterday", "应为日期"),
    ("referral", "model=不存在的车型", "没有符合这些条件的客户"),
    ("no_such", "member=yes", "没有短信模板“no_such”"),
])
def test_bad_audiences_and_templates_get_one_sentence(town, template, text, words):
    with pytest.raises(UserError, match=words):
        campaigns.preview(template, campaigns.parse_audience(text))


def test_a_template_with_an_unknown_placeholder_is_refused_and_nothing_written(town, tmp_path):
    with pytest.raises(UserError, match=r"无法填写的占位符 \{plate\}"):
        settings.save_many({"messages.templates": {"周末活动": "{name}：{plate} 周末来店有礼"}})
    assert settings.get("messages.templates") == {}
    # a store edited by hand gets the same sentence when the campaign is made
    Setting.insert(key="messages.templates", value='{"周末活动": "{plate} 周末来店有礼"}').execute()
    settings._cache.clear()
    with pytest.raises(UserError, match="请在设置中改正"):
        campaigns.preview("周末活动", campaigns.parse_audience("member=yes"))


def test_a_campaign_nobody_can_receive_writes_nothing(town, tmp_path):
    preview = campaigns.preview("referral", campaigns.parse_audience("model=明锐,delivered=2024-2024,joined=2026"))
    assert preview.chosen == 1 and not preview.messages  # only the member who refused marketing
    with pytest.raises(UserError, match="1 位拒收营销短信"):
        campaigns.send(preview, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists() and Campaign.select().count() == 0
