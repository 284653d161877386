"""The club (RULES §5): member numbers, the points ledger, levels from the last twelve months — counted by hand."""

import datetime
import sqlite3

import openpyxl
import pytest

from carecenter import archive, club, clock, importing, permissions, session, settings
from carecenter.errors import UserError
from carecenter.models import Customer, LevelChange, PointEntry

D = datetime.date


def customer(name="张三", phone="13800000001", **data):
    return archive.save_customer({"name": name, "phone": phone, **data})


def state(customer_id):
    """(balance on the customer, the ledger's sum, entries, level)."""
    row = Customer.get_by_id(customer_id)
    entries = [(e.points, e.kind) for e in PointEntry.select().where(PointEntry.customer == customer_id)
               .order_by(PointEntry.id)]
    return row.points, sum(p for p, _ in entries), entries, row.club_level


def test_the_balance_is_the_sum_of_the_ledger(store):
    zhang = customer()
    club.earn(zhang, 300, "活动", "冬季关爱检测")
    club.earn(zhang, "500", "推荐购车", "推荐李四购车")
    club.redeem(zhang, 120, "抵扣工单 WX001")
    club.adjust(zhang, -30, "重复登记的活动积分")
    balance, total, entries, _ = state(zhang)
    assert balance == total == 650
    assert entries == [(300, "活动"), (500, "推荐购车"), (-120, "兑换"), (-30, "调整")]
    ledger = club.ledger(zhang)
    assert ledger.balance == 650 and [e.points for e in ledger.entries] == [-30, -120, 500, 300]  # newest first
    assert ledger.entries[0].by == session.current().name and ledger.entries[0].reason == "重复登记的活动积分"


@pytest.mark.parametrize("action, words", [
    (lambda c: club.redeem(c, 201, "抵扣"), "积分余额是 200，不能兑换 201"),
    (lambda c: club.redeem(c, 50, " "), "请写明兑换用途"),
    (lambda c: club.earn(c, -5, "活动"), "获得的积分应大于 0"),
    (lambda c: club.earn(c, 10, "奖励"), "积分类别应为 消费、活动、推荐购车，不是“奖励”"),
    (lambda c: club.earn(c, "1.5", "活动"), "积分应为整数"),
    (lambda c: club.adjust(c, -201, "更正"), "调整 -201 后会小于 0"),
    (lambda c: club.adjust(c, 10, ""), "请写明调整积分的原因"),
    (lambda c: club.adjust(c, 0, "更正"), "调整的积分不能为 0"),
])
def test_bad_points_get_one_sentence_and_write_nothing(store, action, words):
    zhang = customer()
    club.earn(zhang, 200, "活动")
    with pytest.raises(UserError, match=words):
        action(zhang)
    assert state(zhang)[:3] == (200, 200, [(200, "活动")])


def test_only_a_manager_corrects_points(store):
    zhang = customer()
    club.earn(zhang, 200, "活动")
    with session.acting_as(session.Actor("李婷", "specialist")):
        club.redeem(zhang, 50, "抵扣工单 WX002")  # the desk redeems against a bill
        with pytest.raises(permissions.PermissionDenied):
            club.adjust(zhang, 100, "补录")
    with session.acting_as(session.Actor("王经理", "manager")):
        club.adjust(zhang, 100, "补录上月活动")
    assert state(zhang)[0] == 250


def test_a_visit_earns_its_points_once_by_hand_or_by_import(store, tmp_path):
    zhang = customer()
    car = archive.save_vehicle(zhang, {"plate": "浙A12345", "model": "明锐"})
    archive.add_visit(car, {"visit_date": D(2026, 11, 2), "visit_type": "定期保养", "amount": "1234.50"})
    archive.add_visit(car, {"visit_date": D(2026, 11, 3), "visit_type": "一般维修", "amount": "9.99"})  # < 10 yuan
    assert state(zhang)[2] == [(123, "消费")]
    workbook = openpyxl.Workbook()
    workbook.active.append(["车牌号", "进厂日期", "维修类型", "金额"])
    workbook.active.append(["浙A12345", "2026-11-10", "保养", "688"])
    workbook.active.append(["浙A12345", "2026-11-12", "一般维修", "2,005.00"])
    workbook.save(tmp_path / "v.xlsx")
    for _ in range(2):  # the same file imported again: its visits are skipped, no points twice
        importing.run(importing.read(tmp_path / "v.xlsx"), importing.ImportOptions())
    balance, total, entries, _ = state(zhang)
    assert entries == [(123, "消费"), (68, "消费"), (200, "消费")] and balance == total == 391


def test_the_rate_of_spend_points_is_a_setting(store):
    settings.set_value("club.yuan_per_point", 20)
    assert (club.points_for("1999.99"), club.points_for(20), club.points_for(None)) == (99, 1, 0)


@pytest.mark.parametrize("earned, level", [(1999, "普卡"), (2000, "银卡"), (4999, "银卡"), (5000, "金卡")])
def test_levels_at_their_edges(store, earned, level):
    zhang = customer()
    club.join(zhang)
    club.earn(zhang, earned, "活动")
    assert state(zhang)[3] == level == club.ledger(zhang).level


def test_only_the_last_twelve_months_count_for_the_level_and_changes_are_kept(store):
    clock.set_today(D(2026, 11, 20))
    zhang = customer()
    club.join(zhang, D(2025, 1, 5))
    club.earn(zhang, 3000, "活动", day=D(2025, 11, 20))  # twelve months ago to the day: no longer counted
    club.earn(zhang, 1900, "消费", day=D(2025, 11, 21))
    assert state(zhang)[3] == "普卡"
    club.earn(zhang, 100, "活动", day=D(2026, 11, 20))
    assert state(zhang)[3] == "银卡" and club.ledger(zhang).earned_12_months == 2000
    club.redeem(zhang, 4000, "抵扣工单")  # redeeming spends the balance, not the level
    assert state(zhang)[3] == "银卡"
    clock.set_today(D(2026, 11, 22))
    assert club.recompute_levels() == 1 and state(zhang)[3] == "普卡"  # the 1 900 of 2025-11-21 ran out
    history = [(c.old, c.new, c.earned) for c in LevelChange.select().order_by(LevelChange.id)]
    assert history == [("", "普卡", 0), ("普卡", "银卡", 2000), ("银卡", "普卡", 100)]


def test_joining_gives_a_number_in_the_format_and_keeps_the_points_earned_before(store):
    clock.set_today(D(2026, 11, 20))
    zhang, li = customer(), customer("李四", "13800000002")
    club.earn(zhang, 2500, "消费")  # a non-member earns too (002 會員及非會員積分) and has no level
    assert state(zhang)[3] == ""
    assert club.join(zhang) == "HY202600001"
    assert state(zhang)[0] == 2500 and state(zhang)[3] == "银卡"
    settings.set_value("club.member_number_format", "MH-{seq:04d}")
    assert club.join(li, D(2026, 10, 1)) == "MH-0002"
    assert [m.member_number for m in club.members()] == ["HY202600001", "MH-0002"]
    assert [m.name for m in club.members("银卡")] == ["张三"]
    with pytest.raises(UserError, match="已是会员（卡号 HY202600001）"):
        club.join(zhang)
    with pytest.raises(UserError, match="入会日期不能晚于今天"):
        club.join(customer("王五", "13800000003"), D(2026, 11, 21))


@pytest.mark.parametrize("form", ["HY{year}", "HY{seq:05d}{month}", "HY{seq", "X" * 21 + "{seq}"])
def test_a_member_number_format_that_cannot_work_is_refused(store, form):
    with pytest.raises(UserError, match="会员卡号格式"):
        settings.set_value("club.member_number_format", form)
    assert settings.get("club.member_number_format") == "HY{year}{seq:05d}"


@pytest.mark.sqlite_only
def test_version_16_turns_typed_points_into_opening_entries_and_numbers_the_members(tmp_path):
    """A store at version 15: a member with 800 points typed, a non-member with 120, a member with none. After the
    upgrade every balance is what it was, as one 调整 entry, and the members have numbers in joining order."""
    from carecenter.store import open_store
    from carecenter.models import migrations
    path = tmp_path / "v15.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM schema_version WHERE version >= 16")
        db.execute("DROP TABLE event_attendance")  # schema 17
        for column in ("place", "points", "owner"):
            db.execute(f"ALTER TABLE event DROP COLUMN {column}")
        db.execute("DROP TABLE point_entry")
        db.execute("DROP TABLE level_change")
        db.execute("DROP INDEX customer_member_number")
        db.execute("ALTER TABLE customer DROP COLUMN member_number")
        for name, points, joined in (("张三", 800, "2024-03-01"), ("李四", 120, None), ("王五", 0, "2023-05-06")):
            db.execute("INSERT INTO customer (name, first_contact_date, do_not_call, phone_wrong, prospect, name_pinyin, "
                       "name_initials, gender, phone, phone2, contact_name, address, postcode, occupation, hobbies, "
                       "family, preferred_contact, contact_time, lost_contact, club_level, club_joined, points, wishes, "
                       "source, notes, vehicle_count, search_text, created_at, updated_at) VALUES (?, '2023-01-01', "
                       "0, 0, 0, '', '', '', '', '', '', '', '', '', '', '', '电话', '', 0, ?, ?, ?, '', '', '', 0, '', "
                       "'2023-01-01', '2023-01-01')", (name, "金卡" if joined else "", joined, points))
    upgraded = open_store(path)
    assert upgraded.upgraded == list(range(16, migrations.LATEST_VERSION + 1))
    rows = [(c.name, c.points, c.member_number, c.club_level) for c in Customer.select().order_by(Customer.id)]
    entries = [(e.customer_id, e.points, e.kind, e.reason) for e in PointEntry.select()]
    upgraded.close()
    assert rows == [("张三", 800, "HY202400002", "金卡"), ("李四", 120, "", ""), ("王五", 0, "HY202300001", "金卡")]
    assert entries == [(1, 800, "调整", "启用积分账目时的结余"), (2, 120, "调整", "启用积分账目时的结余")]


def test_the_archive_filters_by_membership_and_level(store):
    from carecenter import archive
    zhang, li, wang = customer(), customer("李四", "13800000002"), customer("王五", "13800000003")
    club.join(zhang)
    club.join(li)
    club.earn(li, 2000, "活动")
    assert sorted(archive.find_customers(club="members")) == sorted([zhang, li])
    assert archive.find_customers(club="non-members") == [wang]
    assert archive.find_customers(club="银卡") == [li] and archive.find_customers(club="普卡") == [zhang]
    assert archive.find_customers(club="金卡") == []
    assert archive.find_customers("李", club="members") == [li]
    with pytest.raises(UserError, match="会员筛选应为"):
        archive.find_customers(club="vip")
    club.join(wang)
    club.earn(wang, 5000, "活动")
    # by level: 普卡 < 银卡 < 金卡, not the order of their characters (普 < 金 < 银)
    assert archive.find_customers(order="club_level") == [zhang, li, wang]
    assert archive.find_customers(order="club_level", descending=True) == [wang, li, zhang]


def test_the_archive_filters_by_spend_and_by_paid_visits(store):
    """RULES §1: by spend and by visit count of the last twelve months (2025-11-21 … 2026-11-20), free maintenance,
    warranty and insurance visits not counted as visits."""
    from carecenter import archive

    def visits(name, phone, *kinds_and_amounts, day="2026-06-01"):
        customer_id = customer(name, phone)
        car = archive.save_vehicle(customer_id, {"plate": f"浙A{phone[-5:]}", "model": "明锐"})
        for kind, amount in kinds_and_amounts:
            archive.add_visit(car, {"visit_date": day, "visit_type": kind, "amount": amount})
        return customer_id

    paying = visits("张三", "13800000011", ("定期保养", 800), ("一般维修", 4300))  # 2 paid visits, 5 100 yuan
    free = visits("李四", "13800000012", ("首保", 0), ("索赔(保修)", 0), ("事故车/保险", 9000), ("免费检测", 0))
    old = visits("王五", "13800000013", ("定期保养", 30000), ("一般维修", 100), day="2025-11-20")  # a day too early
    assert archive.find_customers(value="spend:5000") == [free, paying]  # 李四's insurance repair is spend
    assert archive.find_customers(value="visits:2") == [paying]  # 李四 has four visits, none of them paid
    assert archive.find_customers(value="spend:20000") == [] and old not in archive.find_customers(value="visits:1")
    with pytest.raises(UserError, match="价值筛选应写成"):
        archive.find_customers(value="spend:lots")


def test_an_imported_balance_is_the_balance_and_imported_members_get_numbers(store, tmp_path):
    """A DMS export with 积分 and 入会日期: the file's balance becomes the ledger's (one 调整 entry), its visits do not
    add to it a second time; a customer with a join date gets a member number and a level."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "手机", "车牌号", "进厂日期", "维修类型", "金额", "积分", "入会日期"])
    workbook.active.append(["张三", "13800000001", "浙A12345", "2026-10-10", "保养", "1000", "300", "2025-03-01"])
    workbook.active.append(["李四", "13800000002", "浙A54321", "2026-10-11", "保养", "880", None, None])
    workbook.save(tmp_path / "dms.xlsx")
    report = importing.run(importing.read(tmp_path / "dms.xlsx"), importing.ImportOptions())
    assert report.written
    zhang = Customer.get(Customer.name == "张三")
    li = Customer.get(Customer.name == "李四")
    assert state(zhang.id)[:3] == (300, 300, [(300, "调整")])
    assert state(li.id)[:3] == (88, 88, [(88, "消费")])
    assert zhang.member_number == "HY202500001" and zhang.club_level == "普卡" and li.member_number == ""


def test_joining_from_the_customer_dialog_gives_a_number_too(store):
    zhang = customer()
    archive.save_customer({"club_joined": D(2026, 1, 5)}, zhang)
    assert Customer.get_by_id(zhang).member_number == "HY202600001" and state(zhang)[3] == "普卡"
