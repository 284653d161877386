"""群发短信 (RULES §5 campaigns): a template, an audience chosen by model, delivery year, membership, level, lost
stage, birthday month, last visit and joining month; the count, who is left out (refused marketing, no mobile) and
the first messages before the batch file for the SMS platform is written. Everything goes through
:mod:`carecenter.campaigns`."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QGridLayout, QLabel, QMessageBox, QPlainTextEdit, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from carecenter import call_scripts, campaigns, clock, permissions
from carecenter.followup_rules import add_months
from carecenter.i18n import N_, tr
from carecenter.ui import screen
from carecenter.ui.errors import say_in
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import CUSTOMER_LANGUAGE, dialog_buttons, read_only_table

#: The last-visit choices: code → words (worked out from today when the audience is made).
LAST_VISIT = {"": N_("不限"), "away6": N_("6个月以上未到店"), "away12": N_("12个月以上未到店"),
              "recent3": N_("近3个月到过店")}
#: The joining choices.
JOINED = {"": N_("不限"), "this": N_("本月入会"), "last": N_("上月入会")}
SHOWN = 50


class CampaignDialog(QDialog):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.preview: campaigns.CampaignPreview | None = None
        self.setWindowTitle(tr("群发短信（按条件选择客户）"))
        self.template = QComboBox()
        for template in call_scripts.message_templates():
            self.template.addItem(tr(template.title), template.code)
        self.model, self.delivered, self.birthday = QComboBox(), QComboBox(), QComboBox()
        self.member, self.level, self.lost = QComboBox(), QComboBox(), QComboBox()
        self.last_visit, self.joined = QComboBox(), QComboBox()
        for box in (self.model, self.delivered, self.birthday, self.lost):
            box.addItem(tr("不限"), None)
        for title, value in ((N_("不限"), None), (N_("会员"), True), (N_("非会员"), False)):
            self.member.addItem(tr(title), value)
        for title, value in ((N_("不限"), ""), (N_("普卡"), "普卡"), (N_("银卡"), "银卡"), (N_("金卡"), "金卡")):
            self.level.addItem(tr(title), value)
        for month in range(1, 13):
            self.birthday.addItem(tr("{month}月").format(month=month), month)
        for code, title in LAST_VISIT.items():
            self.last_visit.addItem(tr(title), code)
        for code, title in JOINED.items():
            self.joined.addItem(tr(title), code)

        grid = QGridLayout()
        fields = ((N_("模板"), self.template), (N_("车型"), self.model), (N_("交车年份"), self.delivered),
                  (N_("是否会员"), self.member), (N_("会员级别"), self.level), (N_("入会"), self.joined),
                  (N_("流失阶段"), self.lost), (N_("生日月份"), self.birthday), (N_("最后到店"), self.last_visit))
        for index, (title, box) in enumerate(fields):
            row, column = divmod(index, 3)
            grid.addWidget(QLabel(tr(title)), row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            box.currentIndexChanged.connect(lambda _: self.refresh())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFixedHeight(54)
        self.text.setProperty(CUSTOMER_LANGUAGE, True)  # sent to customers: their language
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.table = read_only_table([tr("客户"), tr("手机号码"), tr("短信内容")], stretch=2)
        self.table.setProperty(CUSTOMER_LANGUAGE, True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C62828;")
        note = QLabel(tr("CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。拒收营销短信的客户自动排除。"
                         "自己的模板在“设置 → 短信模板”中添加。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.text)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self.buttons = dialog_buttons(self, tr("导出批量文件…"))
        if not permissions.allowed("export_unmasked"):  # the batch carries whole phone numbers
            export = self.buttons.button(self.buttons.StandardButton.Ok)
            export.setEnabled(False)
            export.setToolTip(tr("导出短信批量文件需要“导出未遮挡的个人信息”权限（经理）。"))
        layout.addWidget(self.buttons)
        screen.fit(self, 900, 600)
        self._loading = True
        self.generation = 0
        self.runner.run(campaigns.audience_choices, on_done=self._choices, on_error=self._failed)

    def _choices(self, choices: dict) -> None:
        for model in choices["models"]:
            self.model.addItem(model, model)
        for year in choices["years"]:
            self.delivered.addItem(str(year), year)
        for code, title in choices["lost"]:
            self.lost.addItem(tr(title), code)
        self._loading = False
        self.refresh()

    def audience(self) -> campaigns.Audience:
        today = clock.today()
        year = self.delivered.currentData()
        visit = self.last_visit.currentData()
        joined = self.joined.currentData()
        first_of_month = today.replace(day=1)
        months = {"this": (first_of_month, add_months(first_of_month, 1)),
                  "last": (add_months(first_of_month, -1), first_of_month)}.get(joined)
        return campaigns.Audience(
            model=self.model.currentData() or "", delivered=(year, year) if year else None,
            level=self.level.currentData() or "", member=self.member.currentData(), lost=self.lost.currentData() or "",
            birthday=self.birthday.currentData(),
            visited_before={"away6": add_months(today, -6), "away12": add_months(today, -12)}.get(visit),
            visited_after=add_months(today, -3) if visit == "recent3" else None,
            joined=(months[0], months[1] - datetime.timedelta(days=1)) if months else None)

    def refresh(self) -> None:
        if self._loading:
            return
        template = next((t for t in call_scripts.message_templates() if t.code == self.template.currentData()), None)
        self.text.setPlainText(template.text if template else "")
        self.message.clear()
        self.generation += 1
        generation, code, audience = self.generation, self.template.currentData(), self.audience()

        def work():  # a newer choice made while this one waited makes it pointless
            return campaigns.preview(code, audience) if generation == self.generation else None

        self.runner.run(work, on_done=lambda preview: self._show(generation, preview),
                        on_error=lambda error: generation == self.generation and self._failed(error))

    def _show(self, generation: int, preview: campaigns.CampaignPreview | None) -> None:
        if preview is None or generation != self.generation:
            return
        self.preview = preview
        shown = preview.messages[:SHOWN]
        self.table.setRowCount(len(shown))
        for row, message in enumerate(shown):
            for column, value in enumerate((message.name, message.phone, message.text)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.count.setText(tr("选中 {chosen} 位客户：短信 {count} 条；拒收营销短信 {refused} 位、没有手机号码 {no_mobile} 位已排除"
                              ).format(chosen=preview.chosen, count=len(preview.messages), refused=preview.refused,
                                       no_mobile=preview.no_mobile)
                           + (tr("。下表列出前 {shown} 条").format(shown=SHOWN) if len(preview.messages) > SHOWN else ""))

    def _failed(self, error: BaseException) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.count.clear()
        say_in(self.message, self, error)

    def accept(self) -> None:
        if self.preview is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("导出短信批量文件"), tr("群发短信_{template}.xlsx").format(template=self.template.currentText()),
            "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return
        self.runner.run(campaigns.send, self.preview, Path(path), changes=True, on_error=self._failed,
                        on_done=lambda _: (QMessageBox.information(self, tr("群发短信"), tr("已导出：{path}").format(
                            path=path)), super(CampaignDialog, self).accept()))
