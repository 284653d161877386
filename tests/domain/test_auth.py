"""Users, passwords, lock-out, the permission table and the audit trail."""

import datetime
import json

import peewee
import pytest

from carecenter import archive, audit, auth, clock, permissions, printing, session
from carecenter.errors import UserError
from carecenter.models import ROLES, AuditEntry, Customer, Staff

T0 = datetime.datetime(2026, 11, 20, 9, 0, 0)


def test_the_shipped_cost_is_memory_hard(monkeypatch):
    monkeypatch.undo()  # the tests' cheap cost off: hash once at the real one
    stored = auth.hash_password("correct horse")
    assert stored.split("$")[1:4] == [str(2 ** 17), "8", "1"]
    assert auth.verify_password("correct horse", stored)


def test_hash_stores_its_parameters_and_verifies(store):
    stored = auth.hash_password("correct horse")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(r), int(p)) == ("scrypt", 8, 1) and int(n) == auth.SCRYPT_N
    assert auth.verify_password("correct horse", stored)
    assert not auth.verify_password("correct horsf", stored)
    assert auth.hash_password("correct horse") != stored  # salted
    assert not auth.verify_password("x", "garbage")


def test_first_admin_then_login_and_audit(store):
    assert not auth.has_users()
    with session.acting_as(None):
        auth.create_first_admin("王经理", "longenough")
        with pytest.raises(UserError):
            auth.create_first_admin("另一个", "longenough")
        actor = auth.login("王经理", "longenough", T0)
    assert (actor.name, actor.role) == ("王经理", "admin")
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions == ["create", "login"]


def test_short_password_refused(store):
    with pytest.raises(UserError) as error:
        auth.add_user("李婷", "specialist", "short")
    assert "8 个字符" in str(error.value)
    assert not Staff.select().exists()


def test_five_failures_lock_the_account_for_five_minutes(store):
    auth.add_user("李婷", "specialist", "password-1")
    for attempt in range(4):
        with pytest.raises(auth.LoginFailed) as error:
            auth.login("李婷", "wrong-password", T0)
        assert f"还可再试 {4 - attempt} 次" in str(error.value)
    with pytest.raises(auth.LoginFailed) as error:
        auth.login("李婷", "wrong-password", T0)
    assert "已锁定" in str(error.value)
    with pytest.raises(auth.LoginFailed) as error:  # even the right password waits
        auth.login("李婷", "password-1", T0 + datetime.timedelta(minutes=4))
    assert "分钟后再试" in str(error.value)
    assert auth.login("李婷", "password-1", T0 + datetime.timedelta(minutes=5, seconds=1)).role == "specialist"
    failed = AuditEntry.select().where(AuditEntry.action == "login_failed").count()
    assert failed == 6


def test_unknown_and_deactivated_users_cannot_log_in(store):
    auth.add_user("李婷", "specialist", "password-1")
    auth.update_user("李婷", active=False)
    for name in ("李婷", "nobody"):
        with pytest.raises(auth.LoginFailed) as error:
            auth.login(name, "password-1", T0)
        assert "用户名或密码不正确" in str(error.value)
    assert Staff.select().count() == 1  # deactivated, never deleted


def test_a_weaker_hash_is_raised_at_login(store, monkeypatch):
    auth.add_user("李婷", "specialist", "password-1")
    weak = Staff.get().password_hash
    monkeypatch.setattr(auth, "SCRYPT_N", 2 ** 13)
    auth.login("李婷", "password-1", T0)
    stronger = Staff.get().password_hash
    assert stronger != weak and stronger.split("$")[1] == str(2 ** 13)
    assert auth.verify_password("password-1", stronger)


def test_the_last_admin_cannot_be_removed(store):
    with session.acting_as(None):
        auth.create_first_admin("王经理", "longenough")
    with pytest.raises(UserError):
        auth.update_user("王经理", role="manager")
    with pytest.raises(UserError):
        auth.update_user("王经理", active=False)


def test_only_admins_manage_users_and_users_change_their_own_password(store):
    auth.add_user("李婷", "specialist", "password-1")
    auth.add_user("王芳", "specialist", "password-2")
    li = auth.login("李婷", "password-1", T0)
    with session.acting_as(li):
        with pytest.raises(permissions.PermissionDenied):
            auth.add_user("陈静", "specialist", "password-2")
        with pytest.raises(permissions.PermissionDenied):
            auth.set_password("王芳", "password-9")
        auth.set_password("李婷", "password-3")
    assert auth.login("王芳", "password-2", T0).name == "王芳"
    assert auth.login("李婷", "password-3", T0).name == "李婷"


# --- the permission table -----------------------------------------------------------------------------------------

EXPECTED = {
    # action: roles that may
    "view": {"specialist", "manager", "director", "admin"},
    "create": {"specialist", "manager", "director", "admin"},
    "edit": {"specialist", "manager", "director", "admin"},
    "print": {"specialist", "manager", "director", "admin"},
    "export": {"specialist", "manager", "director", "admin"},
    "sign_specialist": {"specialist", "manager", "director", "admin"},
    "delete": {"manager", "director", "admin"},
    "import": {"manager", "director", "admin"},
    "export_unmasked": {"manager", "director", "admin"},
    "sign_manager": {"manager", "director", "admin"},
    "backup": {"manager", "director", "admin"},
    "reports": {"manager", "director", "admin"},
    "override_slot": {"manager", "director", "admin"},  # booking onto a full slot (RULES §7)
    "adjust_points": {"manager", "director", "admin"},  # a correction of a customer's points (RULES §5)
    "supervise_complaints": {"manager", "director", "admin"},  # the upgrade to C, a special case marked (RULES §3)
    "sign_director": {"director", "admin"},
    "manage_users": {"admin"},
    "restore": {"admin"},
    "settings": {"admin"},
    "view_audit": {"admin"},
    "load_demo": {"admin"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(permissions.ACTIONS))
def test_each_role_and_action(role, action):
    assert permissions.allowed(action, role) == (role in EXPECTED[action])


def test_the_table_covers_every_action():
    assert set(EXPECTED) == set(permissions.ACTIONS)


def test_domain_functions_check_the_role_not_just_the_buttons(store, tmp_path):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678"})
    specialist = session.Actor("李婷", "specialist", 7)
    with session.acting_as(specialist):
        archive.save_customer({"address": "杭州"}, customer_id)  # may edit
        printing.print_customer(customer_id, tmp_path / "f1.pdf")  # may print
        with pytest.raises(permissions.PermissionDenied) as error:
            archive.delete_customer(customer_id)
        assert "关爱专员“李婷”没有权限删除客户" in str(error.value)
        with pytest.raises(permissions.PermissionDenied):
            audit.entries()
    assert Customer.get_by_id(customer_id).deleted_at is None
    with session.acting_as(None):
        with pytest.raises(session.NotLoggedIn):
            archive.find_customers("")


def test_read_only_sessions_change_nothing(store):
    customer_id = archive.save_customer({"name": "张三"})
    with session.acting_as(session.Actor("王经理", "admin", 1, read_only=True)):
        assert archive.find_customers("张三") == [customer_id]
        with pytest.raises(permissions.PermissionDenied) as error:
            archive.save_customer({"name": "李四"})
        assert "只读" in str(error.value)


# --- the audit trail --------------------------------------------------------------------------------------------


def test_each_change_is_audited_with_personal_values_masked(store, tmp_path):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678", "occupation": "教师"})
    archive.save_customer({"phone": "13900001111", "occupation": "医生"}, customer_id)
    vehicle_id = archive.save_vehicle(customer_id, {"plate": "浙A12345"})
    archive.add_visit(vehicle_id, {"visit_date": "2026-11-01", "visit_type": "首保", "mileage": "5000"})
    printing.print_customer(customer_id, tmp_path / "f1.pdf")
    archive.delete_customer(customer_id)
    log = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [(e.action, e.entity) for e in log] == [
        ("create", "customer"), ("update", "customer"), ("create", "vehicle"), ("create", "visit"),
        ("print", "customer"), ("delete", "customer")]
    assert all(e.actor == "测试管理员" for e in log)
    update = json.loads(log[1].changes)
    assert update == {"phone": ["138****5678", "139****1111"], "occupation": ["教师", "医生"]}
    everything = " ".join(e.changes + e.detail for e in log)
    assert "13812345678" not in everything and "张三" not in everything and "浙A12345" not in everything


def test_a_failed_change_leaves_no_audit_entry(store):
    with pytest.raises(UserError):
        archive.save_customer({"name": "张三", "phone": "12345"})
    assert not AuditEntry.select().exists()


def test_the_audit_table_refuses_edits_and_deletes(store):
    archive.save_customer({"name": "张三"})
    refused = (peewee.IntegrityError, peewee.InternalError)  # SQLite's RAISE(ABORT), PostgreSQL's RAISE EXCEPTION
    with pytest.raises(refused):
        AuditEntry.update(actor="someone else").execute()
    with pytest.raises(refused):
        AuditEntry.delete().execute()
    assert AuditEntry.get().actor == "测试管理员"


def test_audit_view_filters(store):
    archive.save_customer({"name": "张三"})
    auth.add_user("李婷", "specialist", "password-1")
    with pytest.raises(auth.LoginFailed):
        auth.login("李婷", "nope-nope", T0)
    assert [e.action for e in audit.entries(audit.AuditFilter(action="login_failed"))] == ["login_failed"]
    assert [e.actor for e in audit.entries(audit.AuditFilter(actor="李婷"))] == ["李婷"]
    assert len(audit.entries(audit.AuditFilter(since=clock.now().date()))) == 3


@pytest.mark.parametrize("role, phone, address", [
    ("specialist", "138****5678", ""),
    ("manager", "13812345678", "杭州市文一路 1 号"),
    ("director", "13812345678", "杭州市文一路 1 号"),
    ("admin", "13812345678", "杭州市文一路 1 号"),
])
def test_exports_mask_personal_data_for_roles_without_the_unmask_right(store, role, phone, address):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678", "address": "杭州市文一路 1 号"})
    with session.acting_as(session.Actor("某人", role, 9)):
        exported = archive.customer_summaries([customer_id])[0]
    assert (exported["phone"], exported["address"]) == (phone, address)
    assert Customer.get_by_id(customer_id).phone == "13812345678"  # the archive itself is untouched


@pytest.mark.parametrize("password", [" " * 8, "\t" * 12])
def test_a_password_of_whitespace_is_refused(store, password):
    with pytest.raises(UserError, match="不能全是空格"):
        auth.add_user("李婷", "specialist", password)


@pytest.mark.parametrize("name", ["李婷\u202e", "\u202e李婷", "李\u200b婷", "李婷\x07"])
def test_a_name_with_control_or_bidi_characters_is_refused(store, name):
    with pytest.raises(UserError, match="控制字符"):
        auth.add_user(name, "specialist", "a-long-password")


def test_a_failed_log_in_keeps_the_attempt_not_what_was_typed(store):
    from carecenter.models import AuditEntry
    with pytest.raises(auth.LoginFailed):
        auth.login("my-secret-password", "x")  # the password typed in the name field by mistake
    entry = AuditEntry.select().where(AuditEntry.action == "login_failed").get()
    assert "my-secret-password" not in entry.actor + entry.detail and entry.actor == "?"


def test_f9_is_a_managers_report(store, tmp_path):
    with session.acting_as(session.Actor("李婷", "specialist")):
        with pytest.raises(permissions.PermissionDenied):
            printing.print_statistics("2026", tmp_path / "f9.pdf")
    with session.acting_as(session.Actor("王经理", "manager")):
        assert printing.print_statistics("2026", tmp_path / "f9.pdf").exists()
