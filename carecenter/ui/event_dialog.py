"""活动: plan an event; the call list invites its guests 14 days before."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from carecenter import club_events
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons
from carecenter.i18n import tr


class EventDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(tr("新建活动"))
        self.name = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.audience = QComboBox()
        self.audience.addItem(tr("车友会会员"), "members")
        self.audience.addItem(tr("全部客户"), "all")
        self.place = QLineEdit()
        self.points = QLineEdit("0")
        self.owner = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("活动名称"), self.name)
        form.addRow(tr("活动日期"), self.date)
        form.addRow(tr("邀请对象"), self.audience)
        form.addRow(tr("活动地点"), self.place)
        form.addRow(tr("活动积分（每位到场客户）"), self.points)
        form.addRow(tr("负责人"), self.owner)
        form.addRow(tr("说明"), self.description)
        form.addRow(QLabel(tr("活动前 14 天起，邀请电话会出现在每日回访清单中。")))
        form.addRow(self.message)
        form.addRow(dialog_buttons(self, tr("保存")))
        self.setMinimumWidth(460)
        runner.run(club_events.vehicle_models, on_done=self._add_models)

    def _add_models(self, models: list[str]) -> None:
        for model in models:
            self.audience.addItem(tr("{model} 车主").format(model=model), f"model:{model}")

    def accept(self) -> None:
        self.runner.run(club_events.create_event, self.name.text(), self.date.text(), self.audience.currentData(),
                        self.description.toPlainText(), place=self.place.text(), points=self.points.text(),
                        owner=self.owner.text(), changes=True,
                        on_done=lambda _: super(EventDialog, self).accept(),
                        on_error=lambda error: self.message.setText(str(error)))
