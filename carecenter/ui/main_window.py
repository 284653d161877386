"""The main window: the four tabs of the desk, menus, and a status bar with the user, the store and today's work."""

from __future__ import annotations

import datetime
import threading
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget

from carecenter import __version__, archive, backup, clock, desk_lock, permissions, session, settings
from carecenter.models import ROLE_TITLES
from carecenter.store import Store
from carecenter.ui.audit_dialog import AuditDialog
from carecenter.ui.appointments_tab import AppointmentsTab
from carecenter.ui.calls_tab import CallsTab
from carecenter.ui.complaints_tab import ComplaintsTab
from carecenter.ui import language, screen
from carecenter.ui.errors import show_error
from carecenter.ui.help_dialog import HelpDialog
from carecenter.ui.progress import run_with_progress
from carecenter.ui.users_dialog import UsersDialog
from carecenter.ui.archive_tab import ArchiveTab
from carecenter.ui.import_wizard import ImportWizard, save_template
from carecenter.ui.lounge_tab import LoungeTab
from carecenter.ui.runner import TaskRunner
from carecenter.ui.settings_dialog import SettingsDialog
from carecenter.ui.statistics_tab import StatisticsTab
from carecenter.i18n import tr


#: Where this PC keeps the main window's size and place (QSettings).
GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    _check_done = Signal(str)

    def __init__(self, store: Store, runner: TaskRunner, lock: desk_lock.DeskLock | None = None):
        super().__init__()
        self.store = store
        self.runner = runner
        self.lock = lock
        self.setWindowTitle(tr("CareCenter 客户关爱中心"))
        self.tabs = QTabWidget()
        self.archive_tab = ArchiveTab(runner)
        self.tabs.addTab(self.archive_tab, tr("客户档案"))
        self.calls_tab = CallsTab(runner)
        self.tabs.addTab(self.calls_tab, tr("每日回访"))
        self.appointments_tab = AppointmentsTab(runner)
        self.tabs.addTab(self.appointments_tab, tr("预约管理"))
        self.complaints_tab = ComplaintsTab(runner)
        self.tabs.addTab(self.complaints_tab, tr("投诉处理"))
        self.lounge_tab = LoungeTab(runner)
        self.tabs.addTab(self.lounge_tab, tr("客休区检查"))
        self.statistics_tab: StatisticsTab | None = None
        if permissions.allowed("reports"):  # managers, directors, the administrator
            self.statistics_tab = StatisticsTab(runner)
            self.tabs.addTab(self.statistics_tab, tr("统计报表"))
            self.statistics_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.archive_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.calls_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._calls_text, self._complaints_text = tr("今日回访：—"), tr("超时投诉：—")
        self._appointments_text = tr("今日预约：—")
        self.appointments_tab.counted.connect(lambda waiting, arrived: self._work(
            appointments=tr("今日预约：{waiting}（已到店 {arrived}）").format(waiting=waiting, arrived=arrived)))
        self.appointments_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.calls_tab.counted.connect(lambda open_calls, overdue: self._work(
            calls=tr("今日回访：{open_calls}（逾期 {overdue}）").format(open_calls=open_calls, overdue=overdue)))
        self.complaints_tab.overdue.connect(lambda count: self._work(complaints=tr("超时投诉：{count}").format(count=count)))
        self.complaints_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.lounge_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        runner.changed.connect(self.update_status)
        self._restore_geometry()
        self._apply_permissions()
        self._start_timers()
        self.archive_tab.run_search()
        self.calls_tab.reload()
        self.appointments_tab.reload()
        self.complaints_tab.reload()
        self.lounge_tab.reload()
        self.update_status()
        self.archive_tab.focus_search()
        self._check_done.connect(self._checked)
        self._check_in_background()
        from carecenter.ui.ring_server import RingServer
        self.ring_server = RingServer(self)  # caller ID: carecenter ring PHONE brings the caller forward
        self.ring_server.rang.connect(self.on_ring)

    def on_ring(self, number: str) -> None:
        """A number is ringing (RULES §9 来电弹屏): the window comes forward with the incoming-call log filled — the
        customer found by the number with their open tasks, complaints and appointments, or a new caller."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        previous = getattr(self, "incoming_dialog", None)
        if previous is not None and previous.isVisible():
            previous.reject()  # the call before this one was not logged: this ring is the one on the line
        self.log_incoming(phone_number=number)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("文件(&F)"))
        self.import_action = self._add(file_menu, tr("导入客户资料（Excel/CSV）…"), self.import_file,
                                       QKeySequence("Ctrl+I"))
        self._add(file_menu, tr("下载导入模板…"), lambda: save_template(self, self.runner))
        file_menu.addSeparator()
        self._add(file_menu, tr("打印客户档案基本资料表…"), self.archive_tab.print_sheet, QKeySequence.StandardKey.Print)
        self.export_action = self._add(file_menu, tr("导出客户与车辆（Excel）…"), self.export_archive, QKeySequence("Ctrl+E"))
        if self.statistics_tab is not None:
            self._add(file_menu, tr("月度工作小结（PDF）…"), self._monthly_pdf)
            self._add(file_menu, tr("总部工作簿（Excel）…"), self._monthly_workbook)
        file_menu.addSeparator()
        self._add(file_menu, tr("退出"), self.close, QKeySequence("Ctrl+Q"))
        customer_menu = bar.addMenu(tr("客户(&C)"))
        self._add(customer_menu, tr("新增客户…"), self.archive_tab.new_customer, QKeySequence.StandardKey.New)
        self._add(customer_menu, tr("编辑客户…"), self.archive_tab.edit_customer)
        self._add(customer_menu, tr("添加车辆…"), self.archive_tab.add_vehicle, QKeySequence("Ctrl+Shift+N"))
        self._add(customer_menu, tr("登记到店…"), self.archive_tab.add_visit, QKeySequence("Ctrl+R"))
        self._add(customer_menu, tr("预约…"), self._book_for_customer)
        self._add(customer_menu, tr("查找客户"), self._find, QKeySequence.StandardKey.Find)
        customer_menu.addSeparator()
        self._add(customer_menu, tr("登记来电…"), lambda: self.log_incoming(), QKeySequence("Ctrl+Shift+I"))
        self._add(customer_menu, tr("销售线索…"), self._leads)
        self._add(customer_menu, tr("群发短信（按条件选择客户）…"), self._campaign, QKeySequence("Ctrl+Shift+M"))
        view_menu = bar.addMenu(tr("查看(&V)"))
        for index in range(self.tabs.count()):
            self._add(view_menu, self.tabs.tabText(index), lambda _checked=False, i=index: self.tabs.setCurrentIndex(i),
                      QKeySequence(f"Ctrl+{index + 1}"))
        system_menu = bar.addMenu(tr("系统(&S)"))
        self.permission_actions = {
            "backup": self._add(system_menu, tr("立即备份到…"), self.backup_to, QKeySequence("Ctrl+B")),
            "restore": self._add(system_menu, tr("恢复备份…"), self.restore_backup),
        }
        self._add(system_menu, tr("检查数据库"), self.check_store)
        system_menu.addSeparator()
        self.permission_actions["manage_users"] = self._add(system_menu, tr("用户管理…"), self.manage_users)
        self.permission_actions["view_audit"] = self._add(system_menu, tr("审计日志…"), self.show_audit)
        system_menu.addSeparator()
        self._add(system_menu, tr("设置…"), self.open_settings, QKeySequence("Ctrl+,"))
        help_menu = bar.addMenu(tr("帮助(&H)"))
        self._add(help_menu, tr("本页使用说明"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self._add(help_menu, tr("快捷键一览"), lambda: self.show_help("shortcuts"))
        help_menu.addSeparator()
        self._add(help_menu, tr("关于 CareCenter"), self._about)

    def log_incoming(self, phone_number: str = "") -> None:
        """The phone rings (RULES §9): from any tab, one shortcut."""
        from carecenter.ui.letter_dialogs import IncomingCallDialog
        self.incoming_dialog = IncomingCallDialog(self.runner, self, phone_number=phone_number)
        self.incoming_dialog.open()

    def _leads(self) -> None:
        from carecenter.ui.leads_dialog import LeadsDialog
        LeadsDialog(self.runner, self).open()

    def _campaign(self) -> None:
        from carecenter.ui.campaign_dialog import CampaignDialog
        CampaignDialog(self.runner, self).open()

    def _add(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _work(self, calls: str | None = None, complaints: str | None = None, appointments: str | None = None) -> None:
        self._calls_text = calls or self._calls_text
        self._complaints_text = complaints or self._complaints_text
        self._appointments_text = appointments or getattr(self, "_appointments_text", "")
        self.work_label.setText("　".join((self._calls_text, self._appointments_text, self._complaints_text)))

    def import_file(self) -> None:
        wizard = ImportWizard(self.runner, self)
        if wizard.exec() and wizard.report is not None:
            self.statusBar().showMessage(tr("导入完成：{summary}").format(summary=wizard.report.summary()), 15000)

    def export_archive(self) -> None:
        """Customers and vehicles to Excel (masked unless the user may unmask), with progress and cancel."""
        from carecenter import export  # openpyxl loads on first use, not at start-up
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("导出客户与车辆"),
            tr("客户资料_{today:%Y-%m-%d}.xlsx").format(today=clock.today()),
            tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        result = run_with_progress(self.runner, self, tr("正在导出客户资料……"),
                                   lambda progress, cancel: export.export_raw(path, progress=progress, cancel=cancel),
                                   cancellable=True)
        if result.ok:
            self.statusBar().showMessage(tr("已导出到 {value}").format(value=result.value), 10000)
        else:
            show_error(self, result.error, tr("导出未完成"))

    def _monthly_pdf(self) -> None:
        self.tabs.setCurrentWidget(self.statistics_tab)
        self.statistics_tab.print_summary()

    def _monthly_workbook(self) -> None:
        self.tabs.setCurrentWidget(self.statistics_tab)
        self.statistics_tab.save_workbook()

    def _book_for_customer(self) -> None:
        """客户 → 预约: the customer open in the archive (or a search in the dialog)."""
        record = self.archive_tab.record
        self.tabs.setCurrentWidget(self.appointments_tab)
        self.appointments_tab.book(record.customer.id if record is not None else None)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.focus_search()

    def _apply_permissions(self) -> None:
        """Hide nothing the role may do, offer nothing it may not (the domain refuses it anyway)."""
        for action, menu_action in self.permission_actions.items():
            menu_action.setEnabled(permissions.allowed(action))
        if self.store.on_server:  # the server's backups (pg_dump), not files on this PC
            for action in ("backup", "restore"):
                self.permission_actions[action].setEnabled(False)
                self.permission_actions[action].setToolTip(tr("PostgreSQL 数据库由服务器备份和恢复"))
        self.import_action.setEnabled(permissions.allowed("import"))
        self.export_action.setEnabled(permissions.allowed("export"))
        self.archive_tab.apply_permissions()

    # --- 系统 menu -------------------------------------------------------------------------------------------
    def backup_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择备份文件夹（例如 U 盘）"))
        if folder:
            result = run_with_progress(self.runner, self, tr("正在备份……"),
                                       lambda progress, cancel: backup.make_backup(self.store, Path(folder)))
            if result.ok:
                QMessageBox.information(self, tr("备份"), tr("已备份到：\n{value}").format(value=result.value))
            else:
                show_error(self, result.error, tr("备份未完成"))

    def restore_backup(self) -> None:
        start = str(backup.default_folder(self.store))
        path, _ = QFileDialog.getOpenFileName(self, tr("选择要恢复的备份"), start, tr("CareCenter 备份 (*.sqlite3);;所有文件 (*)"))
        if not path:
            return
        if QMessageBox.question(self, tr("恢复备份"), tr("用这个备份替换当前数据库吗？\n{path}\n\n当前数据库会先自动备份，"
                                "并以 .replaced 文件名保留在原文件夹。").format(path=path)) != QMessageBox.StandardButton.Yes:
            return
        result = run_with_progress(self.runner, self, tr("正在恢复……"),
                                   lambda progress, cancel: backup.restore(self.store, Path(path)), changes=True)
        if result.ok:
            self.store = result.value
            self._show_store()
            QMessageBox.information(self, tr("恢复备份"), tr("已恢复。"))
        else:
            show_error(self, result.error, tr("未恢复"))

    def check_store(self) -> None:
        result = run_with_progress(self.runner, self, tr("正在检查数据库……"),
                                   lambda progress, cancel: backup.check(self.store))
        if not result.ok:
            show_error(self, result.error)
        elif result.value.ok:
            QMessageBox.information(self, tr("检查数据库"), result.value.text())
        else:
            QMessageBox.warning(self, tr("检查数据库"), result.value.text() + tr("\n\n请用“恢复备份”从最近的备份恢复。"))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.runner, self)
        dialog.language_chosen.connect(self.switch_language)
        dialog.open()
        return dialog

    def switch_language(self, code: str) -> MainWindow:
        """Every screen in the new language: the window is built again on the same store (nothing is lost; the
        open store, the desk lock and the pending backup carry over)."""
        language.apply(code)
        if self.ring_server is not None:  # closed first: closing it later would remove the successor's socket
            self.ring_server.close()
            self.ring_server = None
        successor = MainWindow(self.store, self.runner, self.lock)
        successor._changed_since_backup = self._changed_since_backup
        successor.setGeometry(self.geometry())
        successor.tabs.setCurrentIndex(self.tabs.currentIndex())
        self._handed_over = True
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.hide()
        successor.show()
        self.successor = successor
        QTimer.singleShot(30_000, self.deleteLater)  # after any background answer addressed to this window
        return successor

    def show_help(self, topic: str | None = None) -> None:
        """F1: the guide to the tab in front (or to ``topic``)."""
        tabs = (self.archive_tab, self.calls_tab, self.appointments_tab, self.complaints_tab, self.lounge_tab,
                self.statistics_tab)
        keys = ("archive", "calls", "appointments", "complaints", "lounge", "statistics")
        current = self.tabs.currentWidget()
        key = topic or next((k for k, tab in zip(keys, tabs) if tab is current), "archive")
        HelpDialog(key, self).open()

    def manage_users(self) -> None:
        UsersDialog(self.runner, self).exec()

    def show_audit(self) -> None:
        AuditDialog(self.runner, self).exec()

    # --- automatic backups and the desk lock --------------------------------------------------------------------
    def _check_in_background(self) -> None:
        """The full check of the store file runs beside the desk's work, on a connection of its own."""
        if self.store.on_server or self.store.path is None:
            return
        path = self.store.path
        threading.Thread(target=lambda: self._check_done.emit(backup.background_check(path)), daemon=True,
                         name="store-check").start()

    def _checked(self, problem: str) -> None:
        if problem == "ok":
            return
        QMessageBox.critical(
            self,
            tr("数据库检查未通过"),
            tr(
                "启动后的数据库检查发现问题：{problem}\n\n请关闭程序。下次启动时，CareCenter 会把损坏的文件移到一旁（不会删除），并提供用最新的完好备份恢复。"
            ).format(problem=problem),
        )

    def _start_timers(self) -> None:
        self._changed_since_backup = False
        self._last_backup: datetime.datetime | None = None
        self.runner.changed.connect(self._note_change)
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self._backup_if_due)
        self._backup_timer.start(5 * 60 * 1000)
        if self.lock is not None:
            self._heartbeat = QTimer(self)
            self._heartbeat.timeout.connect(lambda: self.lock.refresh())
            self._heartbeat.start(int(desk_lock.HEARTBEAT.total_seconds() * 1000))

    def _note_change(self) -> None:
        self._changed_since_backup = True

    def _backup_if_due(self) -> None:
        when = clock.now()
        if self.store.on_server:
            return  # the server's own backups
        if backup.backup_due(self._last_backup, self._changed_since_backup, when):
            self._changed_since_backup = False
            self._last_backup = when
            self.runner.run(
                backup.make_backup,
                self.store,
                reason=tr("定时自动备份"),
                automatic=True,
                on_error=lambda error: self.statusBar().showMessage(
                    tr("自动备份失败：{error}").format(error=error), 15000
                ),
            )

    def _build_status_bar(self) -> None:
        actor = session.current_or_none()
        who = (
            tr("{name}（{v2}）").format(name=actor.name, v2=tr(ROLE_TITLES.get(actor.role, actor.role)))
            if actor
            else session.os_account()
        )
        self.user_label = QLabel(tr("用户：{who}").format(who=who) + (tr("　只读") if actor and actor.read_only else ""))
        self.store_label = QLabel()
        self._show_store()
        self.count_label = QLabel()
        self.work_label = QLabel(tr("今日回访：— 　超时投诉：—"))
        for label in (self.user_label, self.store_label, self.count_label, self.work_label):
            self.statusBar().addPermanentWidget(label)

    def _show_store(self) -> None:
        """The store's file name (or server database) in the status bar; where it is, whole, on hover."""
        short = self.store.path.name if self.store.path is not None else self.store.location.rsplit("/", 1)[-1]
        self.store_label.setText(tr("数据库：{location}").format(location=short))
        self.store_label.setToolTip(self.store.location)

    def update_status(self) -> None:
        self.runner.run(
            archive.count_customers,
            on_done=lambda n: self.count_label.setText(
                tr("客户 {n:,} 位　今天 {today:%Y-%m-%d}").format(n=n, today=clock.today())
            ),
        )

    def _about(self) -> None:
        self.runner.run(lambda: settings.get("dealership.name"), on_done=self._show_about)

    def _show_about(self, dealership: str) -> None:
        QMessageBox.about(
            self,
            tr("关于 CareCenter"),
            tr(
                "<h3>CareCenter 客户关爱中心 {v1}</h3><p>{dealership}</p><p>数据库：{location}<br>日志模式：{journal_mode}</p>"
            ).format(
                v1=__version__,
                dealership=tr(dealership),
                location=self.store.location,
                journal_mode=self.store.journal_mode,
            ),
        )

    # --- window geometry lives in QSettings (per PC), not in the store ------------------------------------------
    def _restore_geometry(self) -> None:
        screen.restore(self, GEOMETRY_KEY, 1366, 860)

    def closeEvent(self, event) -> None:
        if getattr(self, "ring_server", None) is not None:
            self.ring_server.close()
            self.ring_server = None
        if getattr(self, "_handed_over", False):  # replaced by a window in another language
            super().closeEvent(event)
            return
        screen.remember(self, GEOMETRY_KEY)
        if self._changed_since_backup and not self.store.on_server and not (
                session.current_or_none() and session.current().read_only):
            result = run_with_progress(self.runner, self, tr("正在自动备份……"), lambda progress, cancel: backup.make_backup(
                self.store, reason=tr("关闭程序时的自动备份"), automatic=True))
            if not result.ok:
                self.statusBar().showMessage(tr("自动备份失败：{error}").format(error=result.error))
        if self.lock is not None:
            self.lock.release()
        super().closeEvent(event)
