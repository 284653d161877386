"""The entry point: ``carecenter`` / ``python main.py``. With a command it runs the CLI; without, the GUI.

This module and ``carecenter.ui`` are the only places that import Qt; the import happens when the GUI starts, so the
command line works on a machine without a display.
"""

from __future__ import annotations

import sys


def main() -> int:
    from carecenter.cli import run
    return run(sys.argv[1:])


def run_gui(args) -> int:
    """Build the QApplication, open (or create) the store, show the main window; returns the exit code."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from carecenter.errors import UserError
    from carecenter.store import _resolve, open_store
    from carecenter.ui import errors, fonts
    from carecenter.ui.first_run import ask_first_run, load_demo_with_progress
    from carecenter.ui.main_window import MainWindow
    from carecenter.ui.runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CareCenter")
    app.setOrganizationName("CareCenter")
    app.setApplicationDisplayName("CareCenter 客户关爱中心")
    fonts.install(app)
    errors.install_excepthook()
    try:
        path = _resolve(args.db)
        choice = None
        if not path.exists() or path.stat().st_size == 0:
            choice = ask_first_run(path)
            if choice is None:
                return 0
        store = open_store(path)
    except UserError as error:
        QMessageBox.critical(None, "无法打开数据库", str(error))
        return 1
    runner = TaskRunner()
    if choice is not None:
        if not load_demo_with_progress(runner, choice):
            runner.shutdown()
            store.close()
            return 1
    window = MainWindow(store, runner)
    window.show()
    code = app.exec()
    runner.shutdown()
    store.close()
    return code
