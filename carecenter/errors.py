"""The errors a user can cause; their message is for the user, in Chinese, and no traceback ever accompanies it."""


class UserError(Exception):
    """Bad input, a missing record, an unusable file: shown as one clear message, changes nothing."""


class NotFound(UserError):
    """The record asked for does not exist (or was deleted)."""
