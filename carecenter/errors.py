"""The errors a user can cause; their message is for the user, in Chinese, and no traceback ever accompanies it."""


class UserError(Exception):
    """Bad input, a missing record, an unusable file: shown as one clear message, changes nothing."""


class NotFound(UserError):
    """The record asked for does not exist (or was deleted)."""


class JobCancelled(UserError):
    """The user cancelled a long job (a report, an export); nothing was written."""

    def __init__(self):
        super().__init__("已取消，没有写出任何文件。")
