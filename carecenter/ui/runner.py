"""The one background worker: every query and write runs on a single thread, so writes are serialized and the
GUI thread never waits on the store. Results come back to the GUI thread through a signal.

Like Anki's ``CollectionOp``: a write passes ``changes=True`` and, once it is done, ``changed`` tells every open view
to refresh. Tests use ``TaskRunner(synchronous=True)`` so that work runs inline.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from carecenter.ui.errors import show_error


class TaskRunner(QObject):
    #: Emitted (on the GUI thread) after every write that changed the store.
    changed = Signal()
    _finished = Signal(object, object, object, bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self._executor = None if synchronous else ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._finished.connect(self._deliver)
        self.busy = 0

    def run(self, work: Callable, *args, on_done: Callable | None = None,
            on_error: Callable[[BaseException], None] | None = None, changes: bool = False, **kwargs) -> None:
        """Run ``work(*args, **kwargs)`` in the background; then ``on_done(result)`` or ``on_error(error)`` on the GUI
        thread (without ``on_error`` the user sees the error in a message box)."""
        callbacks = (on_done, on_error)
        self.busy += 1
        if self._executor is None:
            try:
                result = work(*args, **kwargs)
            except Exception as error:  # noqa: BLE001 - handed to on_error / the message box
                self._deliver(callbacks, None, error, changes)
            else:
                self._deliver(callbacks, result, None, changes)
            return
        future: Future = self._executor.submit(work, *args, **kwargs)

        def finished(done: Future) -> None:
            error = done.exception()
            self._finished.emit(callbacks, None if error else done.result(), error, changes)
        future.add_done_callback(finished)

    def _deliver(self, callbacks, result, error, changes: bool) -> None:
        self.busy -= 1
        on_done, on_error = callbacks
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                show_error(None, error)
            return
        if changes:
            self.changed.emit()
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
