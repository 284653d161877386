"""How errors reach the user: one clear message box; tracebacks go to the log file only."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from carecenter.errors import UserError
from carecenter.logfile import log_exception
from carecenter.i18n import N_, tr


def show_error(parent: QWidget | None, error: BaseException, title: str = N_("操作未完成")) -> None:
    """A user error shows its own message; anything else is logged and summarized."""
    if isinstance(error, UserError):
        QMessageBox.warning(parent, tr(title), str(error))
        return
    where = log_exception(error)
    QMessageBox.critical(
        parent,
        tr("内部错误"),
        tr("操作没有完成，数据未被修改。\n\n{v1}: {error}\n\n详情已写入：{where}").format(
            v1=type(error).__name__, error=error, where=where
        ),
    )


def say_in(label, parent: QWidget | None, error: BaseException) -> None:
    """A dialog's refusal: a user error in the dialog's own message line (it stays open to be corrected), anything
    else as :func:`show_error`."""
    if isinstance(error, UserError):
        label.setText(str(error))
    else:
        show_error(parent, error)


def install_excepthook() -> None:
    """An exception escaping a Qt slot shows a message instead of a traceback on a console nobody reads."""
    def hook(kind, error, trace):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        show_error(None, error.with_traceback(trace))
    sys.excepthook = hook
