"""What the benchmark measures of the real window (``python -m carecenter.ui.probe STORE [LAUNCHED_AT]``): the time
from launch to a usable main window — the store opened and checked, the window shown, the archive list filled — and
the peak memory after a simulated hour at the desk (searches, customers opened, the call list, complaints and the
lounge reloaded, the tabs switched, as a specialist does between calls). Prints one JSON line."""

from __future__ import annotations

import json
import random
import sys
import time

from carecenter.bench import peak_mb

LAUNCHED = time.time()

#: One "hour" of use, compressed: as many actions as a busy specialist makes in an hour.
HOUR_OF_ACTIONS = 240


def _settle(app, runner, until=lambda: True, timeout: float = 60.0, *, idle: bool = True) -> bool:
    """Let the window work until ``until()`` holds (and, with ``idle``, the background runner has nothing left);
    False on a timeout."""
    deadline = time.time() + timeout
    rounds = 0
    while ((idle and runner.busy) or not until() or rounds < 3) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.001)
        rounds += 1
    return time.time() < deadline


def main(argv: list[str]) -> int:
    launched = float(argv[1]) if len(argv) > 1 else LAUNCHED
    from PySide6.QtWidgets import QApplication

    from carecenter import backup, clock, session
    from carecenter.bench import TODAY
    from carecenter.models import Customer
    from carecenter.store import open_store
    from carecenter.ui import fonts
    from carecenter.ui.main_window import MainWindow
    from carecenter.ui.runner import TaskRunner

    clock.set_today(TODAY)
    app = QApplication(sys.argv[:1])
    fonts.install(app)
    store = open_store(argv[0])
    if backup.first_look(store) != "ok":  # as the app does; the full check runs beside the window
        raise SystemExit("the store failed its start-up check")
    session.set_actor(session.Actor("benchmark", "manager"))
    names = [row[0] for row in Customer.select(Customer.name).limit(5000).tuples()]
    store.db.close()
    runner = TaskRunner()
    window = MainWindow(store, runner)
    window.resize(1366, 860)
    window.show()
    model = window.archive_tab.model
    # usable: the list shows its first customers; the call list and the other tabs go on loading behind it
    _settle(app, runner, lambda: model.rowCount() > 0 and model.pages_loaded > 0, idle=False)
    startup_ms = (time.time() - launched) * 1000
    _settle(app, runner)

    rng = random.Random(5)
    tabs = window.tabs
    for action in range(HOUR_OF_ACTIONS):
        tabs.setCurrentIndex(0)
        window.archive_tab.search_box.setText(rng.choice(names)[:2])
        window.archive_tab.run_search()
        _settle(app, runner)
        if model.rowCount():
            window.archive_tab.table.setCurrentIndex(model.index(rng.randrange(min(20, model.rowCount())), 0))
            _settle(app, runner)
        if action % 4 == 0:
            tabs.setCurrentIndex(1)
            window.calls_tab.reload()
            _settle(app, runner)
        if action % 12 == 0:
            tabs.setCurrentIndex(2)
            window.complaints_tab.reload()
            tabs.setCurrentIndex(3)
            window.lounge_tab.reload()
            _settle(app, runner)
    hour_mb = peak_mb()  # this process's own peak (ru_maxrss would carry the benchmark's)
    print(json.dumps({"startup_ms": round(startup_ms, 1), "hour_rss_mb": round(hour_mb, 1)}))
    runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
