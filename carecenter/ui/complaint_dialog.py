"""受理投诉: a complaint taken at the desk (find the customer, what they complain of), or a draft accepted — with its
category and channel, which start the clock."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QWidget

from carecenter import complaints
from carecenter.i18n import tr
from carecenter.models import CATEGORIES, CHANNELS
from carecenter.ui.customer_picker import CustomerPicker, fill_vehicles, load_vehicles
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons

#: What a complaint at the desk most often is: 服务态度 (S2), and by phone.
DEFAULT_CATEGORY, DEFAULT_CHANNEL = "S2", "电话"


class ComplaintDialog(QDialog):
    """``draft_id`` None: a new complaint (customer and content asked); otherwise the draft is accepted."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, draft_id: int | None = None,
                 content: str = ""):
        super().__init__(parent)
        self.runner = runner
        self.draft_id = draft_id
        self.saved_id: int | None = None
        self.setWindowTitle(tr("受理投诉") if draft_id else tr("新建投诉"))
        self.picker = CustomerPicker(runner)
        self.content = QPlainTextEdit(content)
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(90)
        self.category = QComboBox()
        for code, title in CATEGORIES.items():
            self.category.addItem(f"{code} {tr(title)}", code)
        self.category.setCurrentIndex(self.category.findData(DEFAULT_CATEGORY))
        self.channel = QComboBox()
        for value in CHANNELS:
            self.channel.addItem(tr(value), value)
        self.channel.setCurrentIndex(self.channel.findData(DEFAULT_CHANNEL))
        self.vehicle = QComboBox()  # the car the complaint is about, asked when the customer has more than one
        self.vehicle_label = QLabel(tr("涉及车辆"))
        self.picker.choice.currentIndexChanged.connect(lambda _: self._load_vehicles())
        self.message = QLabel()
        self.message.setStyleSheet("color: #C62828;")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        if draft_id is None:
            form.addRow(tr("查找客户"), self.picker)
            self.picker.searched.connect(
                lambda count: self.message.setText("" if count else tr("没有找到，请换个关键词。")))
            form.addRow(self.vehicle_label, self.vehicle)
            form.addRow(tr("抱怨/投诉内容"), self.content)
        self.vehicle_label.hide()
        self.vehicle.hide()
        form.addRow(tr("类别："), self.category)
        form.addRow(tr("渠道："), self.channel)
        note = QLabel(tr("受理后开始计时：120 分钟（营业时间）内联系客户，A 类 3 个、B 类 7 个工作日内封闭。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        form.addRow(self.message)
        form.addRow(dialog_buttons(self, tr("受理")))
        self.setMinimumWidth(560)

    def accept(self) -> None:
        category, channel = self.category.currentData(), self.channel.currentData()
        if self.draft_id is not None:
            self.runner.run(complaints.accept, self.draft_id, category, channel, changes=True,
                            on_done=lambda _: self._done(self.draft_id), on_error=self._failed)
            return
        if self.picker.customer_id() is None:
            self.message.setText(tr("请先查找并选择客户。"))
            return
        if not self.vehicle.isHidden() and self.vehicle.currentData() is None:
            self.message.setText(tr("该客户有多辆车，请选择投诉涉及的车辆。"))
            self.vehicle.setFocus()
            return
        self.runner.run(complaints.file, self.picker.customer_id(), self.content.toPlainText(), category, channel,
                        vehicle_id=self.vehicle.currentData(), changes=True, on_done=self._done, on_error=self._failed)

    def _load_vehicles(self) -> None:
        load_vehicles(self.runner, self.picker.customer_id(), self._show_vehicles)

    def _show_vehicles(self, choices: list[tuple[int, str]]) -> None:
        fill_vehicles(self.vehicle, choices)
        several = len(choices) > 1
        self.vehicle_label.setVisible(several)
        self.vehicle.setVisible(several)

    def _done(self, complaint_id: int) -> None:
        self.saved_id = complaint_id
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error))
