"""The main window: the four tabs of the desk, menus, and a status bar with the user, the store and today's work."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from carecenter import __version__, archive, clock, settings
from carecenter.store import Store
from carecenter.ui.archive_tab import ArchiveTab
from carecenter.ui.import_wizard import ImportWizard, save_template
from carecenter.ui.placeholder_tab import PlaceholderTab
from carecenter.ui.runner import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, store: Store, runner: TaskRunner):
        super().__init__()
        self.store = store
        self.runner = runner
        self.setWindowTitle("CareCenter 客户关爱中心")
        self.tabs = QTabWidget()
        self.archive_tab = ArchiveTab(runner)
        self.tabs.addTab(self.archive_tab, "客户档案")
        self.tabs.addTab(PlaceholderTab("每日回访", "按交车、维修保养、首保、续保、流失预警等规则生成当天的回访清单，记录每次通话的结果。"),
                         "每日回访")
        self.tabs.addTab(PlaceholderTab("投诉处理", "受理客户抱怨与投诉，按 120 分钟响应、3 个工作日封闭的时限跟踪处理，打印投诉处理表。"),
                         "投诉处理")
        self.tabs.addTab(PlaceholderTab("客休区检查", "每天早上按顾客休息室检查表逐项评分，登记客餐，跟踪报修。"), "客休区检查")
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.archive_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        runner.changed.connect(self.update_status)
        self._restore_geometry()
        self.archive_tab.run_search()
        self.update_status()
        self.archive_tab.focus_search()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("文件(&F)")
        self._add(file_menu, "导入客户资料（Excel/CSV）…", self.import_file, QKeySequence("Ctrl+I"))
        self._add(file_menu, "下载导入模板…", lambda: save_template(self, self.runner))
        file_menu.addSeparator()
        self._add(file_menu, "打印客户档案基本资料表…", self.archive_tab.print_sheet, QKeySequence.StandardKey.Print)
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
        help_menu = bar.addMenu("帮助(&H)")
        self._add(help_menu, "关于 CareCenter", self._about)

    def _add(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def import_file(self) -> None:
        wizard = ImportWizard(self.runner, self)
        if wizard.exec() and wizard.report is not None:
            self.statusBar().showMessage(f"导入完成：{wizard.report.summary()}", 15000)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.archive_tab)
        self.archive_tab.focus_search()

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(f"用户：{getpass.getuser()}")
        self.store_label = QLabel(f"数据库：{self.store.path}")
        self.count_label = QLabel()
        self.work_label = QLabel("今日回访：— 　超时投诉：—")
        for label in (self.user_label, self.store_label, self.count_label, self.work_label):
            self.statusBar().addPermanentWidget(label)

    def update_status(self) -> None:
        self.runner.run(archive.count_customers,
                        on_done=lambda n: self.count_label.setText(f"客户 {n:,} 位　今天 {clock.today():%Y-%m-%d}"))

    def _about(self) -> None:
        QMessageBox.about(self, "关于 CareCenter",
                          f"<h3>CareCenter 客户关爱中心 {__version__}</h3>"
                          f"<p>{settings.get('dealership.name')}</p>"
                          f"<p>数据库：{self.store.path}<br>日志模式：{self.store.journal_mode}</p>")

    # --- window geometry lives in QSettings (per PC), not in the store ------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
