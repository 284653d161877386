"""The questionnaire inside the call dialog (RULES §8, seed 003 回访员按照先后顺序进行回访并提供答案给顾客选择): the
questions in order, one key per answer (5 … 1, 0 不适用) moving on to the next question, the overall judgement last,
and what the answers will mean (满意, 不满意 and a complaint draft, or the manager's hot alert) shown as they are typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from carecenter import surveys
from carecenter.i18n import tr

#: The choices left to right, as the customer hears them (5 非常满意 first).
CHOICES = (5, 4, 3, 2, 1, 0)


class SurveyPanel(QGroupBox):
    """Asks one questionnaire; ``answers()`` is the list in the questionnaire's order once every question has one."""

    changed = Signal()

    def __init__(self, form: surveys.SurveyForm, parent: QWidget | None = None):
        q = form.questionnaire
        super().__init__(tr("满意度问卷：{title}（按 5–1 作答，0 = 不适用）").format(title=tr(q.title)), parent)
        self.setObjectName("survey")
        self.form = form
        self.questions = list(q.questions)
        self.values: list[int | None] = [None] * len(self.questions)
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the answer given stands out on every style and in a grey office light
        self.setStyleSheet("QPushButton:checked { background: #1565C0; color: white; font-weight: bold; "
                           "border: 1px solid #0D47A1; border-radius: 3px; padding: 3px; }")
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.labels: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        for row, question in enumerate(self.questions):
            overall = row == len(self.questions) - 1
            label = QLabel(f"{row + 1}. {tr(question)}")
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            self.labels.append(label)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for column, value in enumerate(CHOICES):
                if overall and value == 0:
                    continue  # the overall question must be answered
                button = QPushButton(str(value) if value else tr("不适用"))
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setToolTip(tr(surveys.SCALE[value]))
                button.setFixedWidth(max(34, button.fontMetrics().horizontalAdvance(button.text()) + 18))
                group.addButton(button, value)
                grid.addWidget(button, row, column + 1)
            group.idClicked.connect(lambda value, r=row: self._answer(r, value, advance=False))
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        widest = max(label.fontMetrics().horizontalAdvance(label.text()) for label in self.labels)
        for label in self.labels:  # the question whole on one line where the pane allows it
            label.setMinimumWidth(min(int(widest * 1.12) + 8, 280))  # room for the bold of the current one
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.verdict)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        if text in {str(v) for v in CHOICES}:
            self._answer(self.current, int(text), advance=True)
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.current = max(0, self.current - 1)
            self._show()
        elif event.key() == Qt.Key.Key_Down:
            self.current = min(len(self.questions) - 1, self.current + 1)
            self._show()
        else:
            super().keyPressEvent(event)

    def _answer(self, row: int, value: int, advance: bool) -> None:
        if row == len(self.questions) - 1 and value == surveys.NOT_APPLICABLE:
            self.verdict.setText(tr("“{question}”不能选不适用：它决定这次回访是否满意。").format(
                question=tr(self.questions[row])))
            return
        self.values[row] = value
        button = self.groups[row].button(value)
        if button is not None:
            button.setChecked(True)
        self.current = min(row + 1, len(self.questions) - 1) if advance else row
        self._show()
        self.changed.emit()

    def answers(self) -> list[int] | None:
        return None if any(v is None for v in self.values) else [int(v) for v in self.values]

    def _show(self) -> None:
        for row, label in enumerate(self.labels):
            font = label.font()
            font.setBold(row == self.current)
            label.setFont(font)
        answers = self.answers()
        if answers is None:
            missing = sum(1 for v in self.values if v is None)
            self.verdict.setStyleSheet("")
            self.verdict.setText(tr("还有 {missing} 个问题未回答。").format(missing=missing))
            return
        judged = surveys.verdict(self.form.questionnaire, answers, self.form.complaint_at_or_below,
                                 self.form.hot_alert_answer)
        if judged.complaint:
            self.verdict.setStyleSheet("color: #C62828;")
            self.verdict.setText(tr("判定：不满意，保存后生成投诉草稿（{why}）").format(why=tr("；").join(judged.reasons)))
        elif judged.hot_alert:
            self.verdict.setStyleSheet("color: #E65100;")
            self.verdict.setText(tr("判定：满意；有“一般”的回答，保存后提醒经理跟进"))
        else:
            self.verdict.setStyleSheet("color: #2E7D32;")
            self.verdict.setText(tr("判定：满意"))
