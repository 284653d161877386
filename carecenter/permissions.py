"""The one permission table (权限): which role may do what. Domain functions check it; the UI only hides what a role
cannot do, it does not decide."""

from __future__ import annotations

from carecenter import session
from carecenter.errors import UserError
from carecenter.models import ROLE_TITLES
from carecenter.i18n import N_, tr

#: Every action a role can be given, with the words the user reads when it is refused.
ACTIONS = {
    "view": N_("查看客户资料"),
    "create": N_("新增记录"),
    "edit": N_("修改记录"),
    "delete": N_("删除客户"),
    "import": N_("导入资料"),
    "print": N_("打印表单"),
    "export": N_("导出数据（电话等已遮挡）"),
    "export_unmasked": N_("导出未遮挡的个人信息"),
    "sign_specialist": N_("在“客户关爱专员签名”栏签名"),
    "sign_manager": N_("在“责任部门经理签名”栏签名"),
    "override_slot": N_("在已满的预约时段加约"),
    "sign_director": N_("在“客户关爱总监签名”栏签名"),
    "manage_users": N_("管理用户"),
    "backup": N_("备份数据库"),
    "restore": N_("恢复备份"),
    "settings": N_("修改设置"),
    "view_audit": N_("查看审计日志"),
    "load_demo": N_("载入演示数据"),
    "reports": N_("查看统计报表和月度小结"),
    "adjust_points": N_("调整会员积分"),
    "supervise_complaints": N_("将投诉升级为C类、标记特殊投诉"),
}

_DESK = {"view", "create", "edit", "print", "export", "sign_specialist"}
PERMISSIONS: dict[str, frozenset[str]] = {
    "specialist": frozenset(_DESK),
    "manager": frozenset(_DESK | {"delete", "import", "export_unmasked", "sign_manager", "backup",
                                   "reports", "override_slot", "adjust_points", "supervise_complaints"}),
    "director": frozenset(_DESK | {"delete", "import", "export_unmasked", "sign_manager", "sign_director", "backup",
                                   "reports", "override_slot", "adjust_points", "supervise_complaints"}),
    "admin": frozenset(set(ACTIONS)),
}

#: Actions that change nothing: still allowed when the store is open read-only.
READ_ONLY_ACTIONS = frozenset({"view", "print", "export", "export_unmasked", "view_audit", "backup", "reports"})


class PermissionDenied(UserError):
    pass


def allowed(action: str, role: str | None = None) -> bool:
    if action not in ACTIONS:
        raise KeyError(action)
    if role is None:
        actor = session.current_or_none()
        if actor is None:
            return False
        if actor.read_only and action not in READ_ONLY_ACTIONS:
            return False
        role = actor.role
    return action in PERMISSIONS.get(role, frozenset())


def require(action: str) -> session.Actor:
    """The current actor, if it may do ``action``; otherwise :class:`PermissionDenied` says who may not do what."""
    actor = session.current()
    if actor.read_only and action not in READ_ONLY_ACTIONS:
        raise PermissionDenied(tr("数据库以只读方式打开，不能{v1}。").format(v1=ACTIONS[action]))
    if action not in PERMISSIONS.get(actor.role, frozenset()):
        raise PermissionDenied(
            tr("{v1}“{name}”没有权限{v3}。").format(
                v1=ROLE_TITLES.get(actor.role, actor.role), name=actor.name, v3=ACTIONS[action]
            )
        )
    return actor
