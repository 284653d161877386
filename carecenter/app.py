"""The entry point: ``carecenter`` / ``python main.py``. With a command it runs the CLI; without, the GUI.

This module and ``carecenter.ui`` are the only places that import Qt; the import happens when the GUI starts, so the
command line works on a machine without a display.
"""

from __future__ import annotations

import sys
from pathlib import Path
from carecenter.i18n import tr


def main() -> int:
    from carecenter.cli import run
    return run(sys.argv[1:])


def run_gui(args) -> int:
    """Build the QApplication, open the store (first run, lock, check, login), show the main window."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from carecenter import backup, desk_lock
    from carecenter.errors import UserError
    from carecenter.store import StoreDamaged, _resolve, is_server_url, on_network_share, open_store
    from carecenter.ui import errors, fonts, language
    from carecenter.ui.first_run import ask_first_run

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CareCenter")
    app.setOrganizationName("CareCenter")
    language.apply(args.lang or language.saved_language())
    app.setApplicationDisplayName(tr("CareCenter 客户关爱中心"))
    app.setWindowIcon(language.app_icon())
    fonts.install(app)
    errors.install_excepthook()

    if is_server_url(args.db):
        return _run_on_server(app, args.db)
    try:
        path = _resolve(args.db)
    except UserError as error:
        QMessageBox.critical(None, tr("无法打开数据库"), str(error))
        return 1
    if on_network_share(path.parent if not path.exists() else path):
        QMessageBox.warning(
            None,
            tr("数据库在网络文件夹中"),
            tr(
                "{path}\n位于网络文件夹。SQLite 数据库放在网络共享上可能损坏数据。\n请把数据库放在本机磁盘上；多个前台同时使用时，请改用 PostgreSQL 多席位部署。"
            ).format(path=path),
        )
    choice = None
    if not path.exists() or path.stat().st_size == 0:
        choice = ask_first_run(path)
        if choice is None:
            return 0

    read_only = False
    lock = None
    try:
        lock = desk_lock.acquire(path)
    except desk_lock.StoreInUse as busy:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("数据库正在使用中"),
            tr("{busy}\n\n可以只读打开（只能查看和打印），或取消。").format(busy=busy),
        )
        read_only_button = box.addButton(tr("只读打开"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not read_only_button:
            return 0
        read_only = True
    except UserError as error:  # no lock file can be made there (a read-only folder)
        QMessageBox.critical(None, tr("无法打开数据库"), str(error))
        return 1

    try:
        try:
            store = open_store(path)
        except StoreDamaged as damaged:  # truncated, a damaged page: it does not even open
            store = _recover(path, damaged.problem)
            if store is None:
                if lock:
                    lock.release()
                return 1
        else:
            problem = backup.first_look(store)  # the full check follows in the background, once the window is up
            if problem != "ok":
                store.close()
                store = _recover(path, problem)
                if store is None:
                    if lock:
                        lock.release()
                    return 1
        for note in store.notes:  # an interrupted restore finished or rolled back
            QMessageBox.information(None, tr("数据库"), note)
    except UserError as error:
        QMessageBox.critical(None, tr("无法打开数据库"), str(error))
        if lock:
            lock.release()
        return 1

    try:
        return _log_in_and_show(app, store, choice, lock, read_only)
    finally:
        if lock:
            lock.release()


def _run_on_server(app, url: str) -> int:
    """Several desks on one PostgreSQL database: no desk lock (the server arbitrates), no local backups (the
    server's), the first-run choice only when the database has no users yet."""
    from PySide6.QtWidgets import QMessageBox

    from carecenter import auth
    from carecenter.errors import UserError
    from carecenter.store import open_store
    from carecenter.ui.first_run import ask_first_run

    try:
        store = open_store(url)
    except UserError as error:
        QMessageBox.critical(None, tr("无法打开数据库"), str(error))
        return 1
    choice = None
    if store.created or not auth.has_users():
        choice = ask_first_run(store.location)
        if choice is None:
            store.close()
            return 0
    return _log_in_and_show(app, store, choice, None, False)


def _log_in_and_show(app, store, choice, lock, read_only: bool) -> int:
    """Log in (or create the administrator), apply the first-run choice, then the main window until it closes."""
    from carecenter import session
    from carecenter.ui.first_run import load_demo_with_progress
    from carecenter.ui.main_window import MainWindow
    from carecenter.ui.runner import TaskRunner

    runner = TaskRunner()
    try:
        actor = _log_in(runner, store, choice)
        if actor is None:
            return 0
        session.set_actor(session.Actor(actor.name, actor.role, actor.staff_id, read_only=read_only))
        if choice is not None and not load_demo_with_progress(runner, choice):
            return 1
        store.db.close()  # the GUI thread's connection: from here on only the worker touches the store
        window = MainWindow(store, runner, lock)
        window.show()
        _announce_ready(window)
        return app.exec()
    finally:
        runner.shutdown()
        store.close()


def _announce_ready(window) -> None:
    """For installers and smoke tests: with ``CARECENTER_READY_FILE`` set, once the main window is up its title and
    size are written there (nothing else changes; there is no way round the log-in)."""
    import os

    from PySide6.QtCore import QTimer

    target = os.environ.get("CARECENTER_READY_FILE")
    if target:
        QTimer.singleShot(0, lambda: Path(target).write_text(
            f"{window.windowTitle()}\t{window.width()}x{window.height()}\n", encoding="utf-8"))


def _log_in(runner, store, first_run_choice):
    """The administrator is created at the very first start; everyone else logs in."""
    from carecenter import auth, settings
    from carecenter.models import Staff
    from carecenter.ui.login_dialog import CreateAdminDialog, LoginDialog

    if not auth.has_users():
        dialog = CreateAdminDialog(runner)
        return dialog.actor if dialog.exec() else None
    names = [s.name for s in Staff.select(Staff.name).where(Staff.active & (Staff.password_hash != ""))
             .order_by(Staff.name)]
    dialog = LoginDialog(runner, names, tr(settings.get("dealership.name")))  # the default name is a word to translate
    return dialog.actor if dialog.exec() else None


def _recover(path, problem: str):
    """A store that does not open or fails its start-up check is moved aside (never deleted). The newest good backup
    is offered with what it holds; without one — or if the desk prefers — what can still be read from the damaged
    file is salvaged into a new file, its counts shown before it takes the store's place."""
    import os

    from PySide6.QtWidgets import QMessageBox

    from carecenter import backup, clock
    from carecenter.errors import UserError
    from carecenter.store import open_store

    aside = backup.move_aside(path, "corrupt")
    newest = backup.newest_good_backup(path.parent / "backups")
    box = QMessageBox(QMessageBox.Icon.Critical, tr("数据库已损坏"), "")
    text = tr("数据库检查未通过（{problem}）。\n损坏的文件已移到：{aside}（不会删除）。").format(problem=problem, aside=aside)
    restore_button = None
    if newest is not None:
        text += "\n\n" + tr("最新的完好备份：{name}\n{contents}").format(name=newest.name,
                                                                      contents=backup.describe(newest))
        restore_button = box.addButton(tr("用这个备份恢复"), QMessageBox.ButtonRole.AcceptRole)
    else:
        text += "\n\n" + tr("没有找到可用的备份。")
    salvage_button = box.addButton(tr("抢救损坏文件中的数据…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.setText(text)
    box.exec()
    try:
        if restore_button is not None and box.clickedButton() is restore_button:
            backup.recover_from_backup(path, newest)
            return open_store(path)
        if box.clickedButton() is salvage_button:
            target = path.with_name(f"{path.stem}.salvaged-{clock.now():%Y%m%d-%H%M%S}{path.suffix}")
            result = backup.salvage(aside, target)
            answer = QMessageBox.question(None, tr("抢救结果"), tr(
                "从损坏的文件中读出：{summary}。\n\n用抢救出的数据继续工作吗？（选“否”则保留在 {target}，可以以后再决定。）").format(
                summary=result.summary(), target=target.name))
            if answer == QMessageBox.StandardButton.Yes:
                os.replace(target, path)
                return open_store(path)
    except UserError as error:
        QMessageBox.critical(None, tr("无法恢复"), str(error))
    return None
