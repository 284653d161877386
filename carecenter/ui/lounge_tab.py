"""客休区检查: today's F8 round scored with one key per item (0–5), guest meals, open repairs, monthly averages,
and the call-quality spot check (F10)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carecenter import clock, lounge
from carecenter.models import SPOT_CHECK_ITEMS
from carecenter.ui import screen
from carecenter.ui.errors import show_error
from carecenter.ui.print_preview import show_preview
from carecenter.ui.runner import TaskRunner
from carecenter.ui.widgets import dialog_buttons, read_only_table, tips_for_cut_cells
from carecenter.i18n import N_, tr

COLUMNS = (N_("序号"), N_("检查项目"), N_("评分"), N_("备注"), N_("报修"))
SCORE_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(lounge.MAX_SCORE + 1)}


class _ScoreKeys(QObject):
    """Digits score the current item and move to the next; R reports a repair; Enter adds a remark."""

    def __init__(self, tab: LoungeTab):
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in SCORE_KEYS:
                self.tab.score_current(SCORE_KEYS[key])
                return True
            if key == Qt.Key.Key_R:
                self.tab.report_current()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.tab.remark_current()
                return True
        return False


class LoungeTab(QWidget):
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.round: lounge.Round | None = None
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.round_name = QComboBox()
        for value in lounge.ROUNDS:
            self.round_name.addItem(tr(value), value)
        start = QPushButton(tr("开始本轮检查"))
        start.clicked.connect(self.start)
        self.total = QLabel()
        top = QHBoxLayout()
        self.title = QLabel()
        for widget in (self.title, self.day, self.round_name, start, self.total):
            top.addWidget(widget)
        top.addStretch(1)
        print_button = QPushButton(tr("打印检查表 (F8)"))
        print_button.clicked.connect(self.print_checklist)
        top.addWidget(print_button)
        spot = QPushButton(tr("通话抽查 (F10)…"))
        spot.clicked.connect(lambda: SpotCheckDialog(self.runner, self).open())
        top.addWidget(spot)
        self.table = read_only_table(COLUMNS, stretch=1)
        self.table.setColumnWidth(0, 40)
        self.table.setColumnWidth(2, 50)
        self.table.setColumnWidth(3, 160)
        self.table.setColumnWidth(4, 70)
        self.table.installEventFilter(_ScoreKeys(self))
        hint = QLabel(tr("用键盘逐项评分：按 0–5 打分并跳到下一项；R 报修（低于 3 分）；回车填写备注。"))
        hint.setStyleSheet("color: #555;")

        self.plate = QLineEdit()
        self.plate.setPlaceholderText(tr("车牌号，回车登记客餐"))
        self.plate.returnPressed.connect(self.register_meal)
        self.meals = tips_for_cut_cells(QListWidget())
        self.repairs = tips_for_cut_cells(QListWidget())
        fixed = QPushButton(tr("标记为已修复"))
        fixed.clicked.connect(self.mark_fixed)
        self.month = QLineEdit(f"{clock.today():%Y-%m}")
        averages = QPushButton(tr("月度平均分"))
        averages.clicked.connect(self.show_averages)
        self.averages = tips_for_cut_cells(QListWidget())
        side = QVBoxLayout()
        side.addWidget(QLabel(tr("<b>客餐登记</b>")))
        side.addWidget(self.plate)
        side.addWidget(self.meals, 1)
        side.addWidget(QLabel(tr("<b>报修中的项目</b>")))
        side.addWidget(self.repairs, 1)
        side.addWidget(fixed)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month)
        month_row.addWidget(averages)
        side.addLayout(month_row)
        side.addWidget(self.averages, 1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(hint)
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.round_name.currentIndexChanged.connect(lambda _: self.reload())
        self.day.dateChanged.connect(lambda _: self.reload())
        runner.changed.connect(self.reload)

    # --- the round -------------------------------------------------------------------------------------------------
    def selected_day(self) -> datetime.date:
        value = self.day.date()
        return datetime.date(value.year(), value.month(), value.day())

    def reload(self) -> None:
        day = self.selected_day()
        self.title.setText(tr("<b>顾客休息室检查</b>"))
        self.runner.run(lambda: (lounge.round_of(day, self.round_name.currentData()), lounge.meals(day),
                                 lounge.open_repairs()), on_done=self._show)

    def print_checklist(self) -> None:
        """F8 of the chosen day in the print preview (blank boxes where nothing was scored, to fill by pen)."""
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        day = f"{self.selected_day():%Y-%m-%d}"
        show_preview(self.runner, self, tr("顾客休息室检查表"), tr("客休区检查表_{day}.pdf").format(day=day),
                     lambda path, progress, cancel: printing.print_lounge(day, path))

    def start(self) -> None:
        self.runner.run(lounge.start_round, self.selected_day(), self.round_name.currentData(), changes=True,
                        on_error=lambda error: show_error(self, error),
                        on_done=lambda _: self.table.setFocus())

    def _show(self, loaded) -> None:
        found, meals, repairs = loaded
        self.round = found
        row_before = max(0, self.table.currentRow())
        scores = found.scores if found else []
        self.table.setRowCount(len(scores))
        for index, score in enumerate(scores):
            values = (str(score.position), f"{score.title} — {score.description}",
                      "" if score.score is None else str(score.score), score.remark, tr(score.repair) if score.repair else "")
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()  # a long standard wraps onto more lines instead of being cut
        if scores:
            self.table.setCurrentCell(min(row_before, len(scores) - 1), 2)
        if found:
            state = tr("已完成") if found.finished else tr("进行中")
            self.total.setText(
                tr("{state}　合计 {total} / {maximum}　检查人 {checker}").format(
                    state=state, total=found.total, maximum=found.maximum, checker=found.check.checker
                )
            )
        else:
            self.total.setText(tr("本轮尚未开始"))
        self.meals.clear()
        for meal in meals:
            self.meals.addItem(
                tr("{ticket}　{plate}").format(ticket=meal.ticket, plate=meal.plate)
                + (tr("　{name}（档案客户）").format(name=meal.customer_name) if meal.customer_id else "")
            )
        self.repairs.clear()
        self.repair_ids = [r.id for r in repairs]
        for repair in repairs:
            self.repairs.addItem(
                tr("{reported_at:%m-%d}　{title}　{remark}").format(
                    reported_at=repair.reported_at, title=repair.title, remark=repair.remark
                )
            )

    def _current(self):
        row = self.table.currentRow()
        if self.round is None or not 0 <= row < len(self.round.scores):
            return None, row
        return self.round.scores[row], row

    def score_current(self, value: int) -> None:
        score, row = self._current()
        if score is None:
            return
        self.table.setCurrentCell(min(row + 1, self.table.rowCount() - 1), 2)
        self.runner.run(lounge.score_item, score.id, value, changes=True,
                        on_error=lambda error: show_error(self, error))

    def report_current(self) -> None:
        score, _ = self._current()
        if score is not None:
            self.runner.run(lounge.report_repair, score.id, changes=True,
                            on_error=lambda error: show_error(self, error))

    def remark_current(self) -> None:
        score, _ = self._current()
        if score is not None:
            text, ok = QInputDialog.getText(self, tr("备注"), tr("{title}：").format(title=score.title), text=score.remark)
            if ok:
                self.runner.run(lounge.score_item, score.id, score.score, text, changes=True)

    # --- meals, repairs, history -----------------------------------------------------------------------------------
    def register_meal(self) -> None:
        self.runner.run(
            lounge.register_meal,
            self.plate.text(),
            changes=True,
            on_done=lambda meal: (
                self.plate.clear(),
                self.status_message.emit(tr("客餐票 {ticket}（{plate}）").format(ticket=meal.ticket, plate=meal.plate)),
            ),
            on_error=lambda error: show_error(self, error, tr("客餐未登记")),
        )

    def mark_fixed(self) -> None:
        row = self.repairs.currentRow()
        if 0 <= row < len(self.repair_ids):
            self.runner.run(lounge.mark_fixed, self.repair_ids[row], changes=True)

    def show_averages(self) -> None:
        month = self.month.text().strip()

        def work():
            return lounge.monthly_averages(month), lounge.trend(month)

        def shown(result) -> None:
            averages, series = result
            self.averages.clear()
            for (position, title), average in averages.items():
                line = lounge.sparkline(series.get((position, title), []))
                self.averages.addItem(
                    tr("{position}. {title}　{average:.2f}　近6个月 {line}").format(
                        position=position, title=title, average=average, line=line
                    )
                )
        try:
            datetime.date.fromisoformat(self.month.text().strip() + "-01")
        except ValueError:
            show_error(self, ValueError(tr("月份应写成 YYYY-MM")))
            return
        self.runner.run(work, on_done=shown)


class SpotCheckDialog(QDialog):
    """F10: sample a specialist's calls and answer the 15 items for one of them."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(tr("通话质量抽查（关键岗位流程执行情况检查表）"))
        self.specialist = QLineEdit()
        self.specialist.setPlaceholderText(tr("被检查的关爱专员"))
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(5)
        sample = QPushButton(tr("抽取本月通话"))
        sample.clicked.connect(self.sample)
        self.calls = QComboBox()
        self.answers: list[QComboBox] = []
        table = read_only_table((tr("检查项目"), tr("执行情况")), stretch=0)
        table.setRowCount(len(SPOT_CHECK_ITEMS))
        for row, item in enumerate(SPOT_CHECK_ITEMS):
            table.setItem(row, 0, QTableWidgetItem(tr(item)))
            combo = QComboBox()
            combo.addItem(tr("是"), "yes")
            combo.addItem(tr("否"), "no")
            combo.addItem(tr("不适用"), "na")
            table.setCellWidget(row, 1, combo)
            self.answers.append(combo)
        table.setColumnWidth(1, max(90, table.horizontalHeader().sectionSizeHint(1), table.sizeHintForColumn(1)))
        top = QHBoxLayout()
        for widget in (QLabel(tr("回访专员")), self.specialist, QLabel(tr("抽取")), self.count, sample, self.calls):
            top.addWidget(widget)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        layout.addWidget(self.summary)
        self.print_after = QCheckBox(tr("保存后打印检查表 (F10)"))
        self.print_after.setChecked(True)
        layout.addWidget(self.print_after)
        layout.addWidget(dialog_buttons(self, tr("保存抽查结果")))
        self.saved_id: int | None = None
        self.preview = None
        screen.fit(self, 820, 640)
        today = clock.today()
        until = max(today, clock.now().date())  # checks carry real times, whatever --today says
        self.runner.run(lounge.spot_summary, today.replace(day=1), until, on_done=self._summarize)

    def _summarize(self, rows) -> None:
        text = tr("；").join(f"{r.specialist}：抽查 {r.checks} 次，执行率 {r.rate}%" for r in rows)
        self.summary.setText(tr("本月抽查汇总：{text}").format(text=text) if text else tr("本月还没有抽查记录。"))

    def sample(self) -> None:
        today = clock.today()
        specialist, count = self.specialist.text().strip(), self.count.value()
        self.runner.run(lambda: lounge.describe_calls(lounge.sample_calls(specialist, today.replace(day=1), today, count)),
                        on_done=self._sampled)

    def _sampled(self, calls: list[tuple[int, str]]) -> None:
        self.calls.clear()
        for call_id, text in calls:
            self.calls.addItem(text, call_id)

    def accept(self) -> None:
        answers = [combo.currentData() for combo in self.answers]
        self.runner.run(lounge.record_spot_check, self.calls.currentData(), self.specialist.text().strip(), answers,
                        changes=True, on_done=self._saved, on_error=lambda error: show_error(self, error))

    def _saved(self, check_id: int) -> None:
        from carecenter import printing  # reportlab/openpyxl load on first use, not at start-up
        self.saved_id = check_id
        super().accept()
        if self.print_after.isChecked():
            self.preview = show_preview(self.runner, self.parentWidget(), tr("关键岗位流程执行情况检查表"),
                                        tr("通话抽查_{check_id}.pdf").format(check_id=check_id),
                                        lambda path, progress, cancel: printing.print_spot_check(check_id, path))
