"""Long jobs (demo, import, reports) on the background runner, with a progress dialog and, where it makes sense, a
cancel button. The GUI stays responsive: the caller waits in a local event loop, not in a blocking call."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from carecenter.ui.runner import TaskRunner
from carecenter.i18n import tr


class _Progress(QObject):
    moved = Signal(str, int)


@dataclass
class JobResult:
    ok: bool
    value: object = None
    error: BaseException | None = None


def run_with_progress(runner: TaskRunner, parent: QWidget | None, label: str, work: Callable, *args,
                      cancellable: bool = False, changes: bool = False, **kwargs) -> JobResult:
    """Run ``work(*args, progress=…, cancel=…, **kwargs)`` in the background while a progress dialog shows
    ``progress(step, percent)``; returns once it is done (or failed, or was cancelled)."""
    dialog = QProgressDialog(label, tr("取消") if cancellable else "", 0, 100, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setAutoClose(False)  # closed when the work is done, not when the bar reaches 100 %
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(380)
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    progress = _Progress()
    progress.moved.connect(lambda step, percent: (dialog.setLabelText(tr(step)), dialog.setValue(max(0, percent))))
    outcome: list[JobResult] = []
    loop = QEventLoop()

    def finish(result: JobResult) -> None:
        outcome.append(result)
        dialog.close()
        loop.quit()

    runner.run(work, *args, progress=progress.moved.emit, cancel=cancelled.is_set, changes=changes,
               on_done=lambda value: finish(JobResult(True, value)),
               on_error=lambda error: finish(JobResult(False, error=error)), **kwargs)
    if not outcome:  # the inline runner of the tests has finished already
        loop.exec()
    return outcome[0]
