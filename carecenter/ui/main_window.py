"""The main window: the four tabs of the desk, menus, and a status bar with the user, the store and today's work."""

from __future__ import annotations

import datetime
import getpass
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget

from carecenter import __version__, archive, backup, clock, desk_lock, permissions, session, settings
from carecenter.models import ROLE_TITLES
from carecenter.store import Store
from carecenter.ui.audit_dialog import AuditDialog
from carecenter.ui.calls_tab import CallsTab
from carecenter.ui.complaints_tab import ComplaintsTab
from carecenter.ui.errors import show_error
from carecenter.ui.progress import run_with_progress
from carecenter.ui.users_dialog import UsersDialog
from carecenter.ui.archive_tab import ArchiveTab
from carecenter.ui.import_wizard import ImportWizard, save_template
from carecenter.ui.lounge_tab import LoungeTab
from carecenter.ui.runner import TaskRunner
from carecenter.ui.statistics_tab import StatisticsTab


class MainWindow(QMainWindow):
    _check_done = Signal(str)

    def __init__(self, store: Store, runner: TaskRunner, lock: desk_lock.DeskLock | None = None):
        super().__init__()
        self.store = store
        self.runner = runner
        self.lock = lock
        self.setWindowTitle("CareCenter 客户关爱中心")
        self.tabs = QTabWidget()
        self.archive_tab = ArchiveTab(runner)
        self.tabs.addTab(self.archive_tab, "客户档案")
        self.calls_tab = CallsTab(runner)
        self.tabs.addTab(self.calls_tab, "每日回访")
        self.complaints_tab = ComplaintsTab(runner)
        self.tabs.addTab(self.complaints_tab, "投诉处理")
        self.lounge_tab = LoungeTab(runner)
        self.tabs.addTab(self.lounge_tab, "客休区检查")
        self.statistics_tab: StatisticsTab | None = None
        if permissions.allowed("reports"):  # managers, directors, the administrator
            self.statistics_tab = StatisticsTab(runner)
            self.tabs.addTab(self.statistics_tab, "统计报表")
            self.statistics_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.archive_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.calls_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._calls_text, self._complaints_text = "今日回访：—", "超时投诉：—"
        self.calls_tab.counted.connect(lambda open_calls, overdue: self._work(
            calls=f"今日回访：{open_calls}（逾期 {overdue}）"))
        self.complaints_tab.overdue.connect(lambda count: self._work(complaints=f"超时投诉：{count}"))
        self.complaints_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.lounge_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        runner.changed.connect(self.update_status)
        self._restore_geometry()
        self._apply_permissions()
        self._start_timers()
        self.archive_tab.run_search()
        self.calls_tab.reload()
        self.complaints_tab.reload()
        self.lounge_tab.reload()
        self.update_status()
        self.archive_tab.focus_search()
        self._check_done.connect(self._checked)
        self._check_in_background()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("文件(&F)")
        self.import_action = self._add(file_menu, "导入客户资料（Excel/CSV）…", self.import_file,
                                       QKeySequence("Ctrl+I"))
        self._add(file_menu, "下载导入模板…", lambda: save_template(self, self.runner))
        file_menu.addSeparator()
        self._add(file_menu, "打印客户档案基本资料表…", self.archive_tab.print_sheet, QKeySequence.StandardKey.Print)
        self.export_action = self._add(file_menu, "导出客户与车辆（Excel）…", self.export_archive, QKeySequence("Ctrl+E"))
        if self.statistics_tab is not None:
            self._add(file_menu, "月度工作小结（PDF）…", self._monthly_pdf)
            self._add(file_menu, "总部工作簿（Excel）…", self._monthly_workbook)
        file_menu.addSeparator()
        self._add(file_menu, "退出", self.close, QKeySequence("Ctrl+Q"))
        customer_menu = bar.addMenu("客户(&C)")
        self._add(customer_menu, "新增客户…", self.archive_tab.new_customer, QKeySequence.StandardKey.New)
        self._add(customer_menu, "编辑客户…", self.archive_tab.edit_customer)
        self._add(customer_menu, "添加车辆…", self.archive_tab.add_vehicle)
        self._add(customer_menu, "登记到店…", self.archive_tab.add_visit)
        self._add(customer_menu, "查找客户", self._find, QKeySequence.StandardKey.Find)
        view_menu = bar.addMenu("查看(&V)")
        for index in range(self.tabs.count()):
            self._add(view_menu, self.tabs.tabText(index), lambda _checked=False, i=index: self.tabs.setCurrentIndex(i),
                      QKeySequence(f"Ctrl+{index + 1}"))
        system_menu = bar.addMenu("系统(&S)")
        self.permission_actions = {
            "backup": self._add(system_menu, "立即备份到…", self.backup_to),
            "restore": self._add(system_menu, "恢复备份…", self.restore_backup),
        }
        self._add(system_menu, "检查数据库", self.check_store)
        system_menu.addSeparator()
        self.permission_actions["manage_users"] = self._add(system_menu, "用户管理…", self.manage_users)
        self.permission_actions["view_audit"] = self._add(system_menu, "审计日志…", self.show_audit)
        help_menu = bar.addMenu("帮助(&H)")
        self._add(help_menu, "关于 CareCenter", self._about)

    def _add(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _work(self, calls: str | None = None, complaints: str | None = None) -> None:
        self._calls_text = calls or self._calls_text
        self._complaints_text = complaints or self._complaints_text
        self.work_label.setText(f"{self._calls_text}　{self._complaints_text}")

    def import_file(self) -> None:
        wizard = ImportWizard(self.runner, self)
        if wizard.exec() and wizard.report is not None:
            self.statusBar().showMessage(f"导入完成：{wizard.report.summary()}", 15000)

    def export_archive(self) -> None:
        """Customers and vehicles to Excel (masked unless the user may unmask), with progress and cancel."""
        from carecenter import export  # openpyxl loads on first use, not at start-up
        path, _ = QFileDialog.getSaveFileName(self, "导出客户与车辆", f"客户资料_{clock.today():%Y-%m-%d}.xlsx",
                                              "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        result = run_with_progress(self.runner, self, "正在导出客户资料……",
                                   lambda progress, cancel: export.export_raw(path, progress=progress, cancel=cancel),
                                   cancellable=True)
        if result.ok:
            self.statusBar().showMessage(f"已导出到 {result.value}", 10000)
        else:
            show_error(self, result.error, "导出未完成")

    def _monthly_pdf(self) -> None:
        self.tabs.setCurrentWidget(self.statistics_tab)
        self.statistics_tab.print_summary()

    def _monthly_workbook(self) -> None:
        self.tabs.setCurrentWidget(self.statistics_tab)
        self.statistics_tab.save_workbook()

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
                self.permission_actions[action].setToolTip("PostgreSQL 数据库由服务器备份和恢复")
        self.import_action.setEnabled(permissions.allowed("import"))
        self.export_action.setEnabled(permissions.allowed("export"))
        self.archive_tab.apply_permissions()

    # --- 系统 menu -------------------------------------------------------------------------------------------
    def backup_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择备份文件夹（例如 U 盘）")
        if folder:
            result = run_with_progress(self.runner, self, "正在备份……",
                                       lambda progress, cancel: backup.make_backup(self.store, Path(folder)))
            if result.ok:
                QMessageBox.information(self, "备份", f"已备份到：\n{result.value}")
            else:
                show_error(self, result.error, "备份未完成")

    def restore_backup(self) -> None:
        start = str(backup.default_folder(self.store))
        path, _ = QFileDialog.getOpenFileName(self, "选择要恢复的备份", start, "CareCenter 备份 (*.sqlite3);;所有文件 (*)")
        if not path:
            return
        if QMessageBox.question(self, "恢复备份", f"用这个备份替换当前数据库吗？\n{path}\n\n当前数据库会先自动备份，"
                                "并以 .replaced 文件名保留在原文件夹。") != QMessageBox.StandardButton.Yes:
            return
        result = run_with_progress(self.runner, self, "正在恢复……",
                                   lambda progress, cancel: backup.restore(self.store, Path(path)), changes=True)
        if result.ok:
            self.store = result.value
            self.store_label.setText(f"数据库：{self.store.location}")
            QMessageBox.information(self, "恢复备份", "已恢复。")
        else:
            show_error(self, result.error, "未恢复")

    def check_store(self) -> None:
        result = run_with_progress(self.runner, self, "正在检查数据库……",
                                   lambda progress, cancel: backup.check(self.store))
        if not result.ok:
            show_error(self, result.error)
        elif result.value.ok:
            QMessageBox.information(self, "检查数据库", result.value.text())
        else:
            QMessageBox.warning(self, "检查数据库", result.value.text() + "\n\n请用“恢复备份”从最近的备份恢复。")

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
        QMessageBox.critical(self, "数据库检查未通过",
                             f"启动后的数据库检查发现问题：{problem}\n\n请关闭程序。下次启动时，CareCenter 会把损坏的文件"
                             "移到一旁（不会删除），并提供用最新的完好备份恢复。")

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
        when = datetime.datetime.now()
        if self.store.on_server:
            return  # the server's own backups
        if backup.backup_due(self._last_backup, self._changed_since_backup, when):
            self._changed_since_backup = False
            self._last_backup = when
            self.runner.run(backup.make_backup, self.store, reason="定时自动备份", automatic=True,
                            on_error=lambda error: self.statusBar().showMessage(f"自动备份失败：{error}", 15000))

    def _build_status_bar(self) -> None:
        actor = session.current_or_none()
        who = f"{actor.name}（{ROLE_TITLES.get(actor.role, actor.role)}）" if actor else getpass.getuser()
        self.user_label = QLabel(f"用户：{who}" + ("　只读" if actor and actor.read_only else ""))
        self.store_label = QLabel(f"数据库：{self.store.location}")
        self.count_label = QLabel()
        self.work_label = QLabel("今日回访：— 　超时投诉：—")
        for label in (self.user_label, self.store_label, self.count_label, self.work_label):
            self.statusBar().addPermanentWidget(label)

    def update_status(self) -> None:
        self.runner.run(archive.count_customers,
                        on_done=lambda n: self.count_label.setText(f"客户 {n:,} 位　今天 {clock.today():%Y-%m-%d}"))

    def _about(self) -> None:
        self.runner.run(lambda: settings.get("dealership.name"), on_done=self._show_about)

    def _show_about(self, dealership: str) -> None:
        QMessageBox.about(self, "关于 CareCenter",
                          f"<h3>CareCenter 客户关爱中心 {__version__}</h3>"
                          f"<p>{dealership}</p>"
                          f"<p>数据库：{self.store.location}<br>日志模式：{self.store.journal_mode}</p>")

    # --- window geometry lives in QSettings (per PC), not in the store ------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        if self._changed_since_backup and not self.store.on_server and not (
                session.current_or_none() and session.current().read_only):
            result = run_with_progress(self.runner, self, "正在自动备份……", lambda progress, cancel: backup.make_backup(
                self.store, reason="关闭程序时的自动备份", automatic=True))
            if not result.ok:
                self.statusBar().showMessage(f"自动备份失败：{result.error}")
        if self.lock is not None:
            self.lock.release()
        super().closeEvent(event)
