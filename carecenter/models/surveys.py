"""Satisfaction survey answers (RULES §8): one row per question of a call's questionnaire, kept as asked."""

import peewee as pw

from carecenter.models.base import BaseModel
from carecenter.models.followup import CallLog


class SurveyAnswer(BaseModel):
    """One answer of one surveyed call. The question's words are stored as they were asked, so a questionnaire the
    dealership changes later leaves past surveys readable as they were."""

    call = pw.ForeignKeyField(CallLog, backref="answers", on_delete="CASCADE")
    questionnaire = pw.CharField(max_length=16, index=True)
    position = pw.IntegerField()  # 1, 2, … in the order asked; the overall question is last
    question = pw.CharField(max_length=60)
    factor = pw.BooleanField(default=True)  # False for the overall question
    answer = pw.SmallIntegerField()  # 1–5, 0 = 不适用

    class Meta:
        indexes = ((("call", "position"), True),)


class SurveyTotal(BaseModel):
    """The month's sums of the answers, per question as asked, per specialist who called and per person judged
    (sales consultant for SSI, service advisor for CSI): kept up to date by every survey recorded (same transaction)
    and rebuilt from the answers by ``surveys.rebuild_totals``. The month's figures and the twelve-month trend read
    these few hundred rows instead of the month's tens of thousands of answers."""

    month = pw.CharField(max_length=7)  # YYYY-MM of the call
    questionnaire = pw.CharField(max_length=16)
    question = pw.CharField(max_length=60)
    factor = pw.BooleanField()
    caller = pw.CharField(max_length=60, default="")
    staff = pw.CharField(max_length=60, default="")
    total = pw.IntegerField(default=0)  # the sum of the answers 1–5 (不适用 left out)
    count = pw.IntegerField(default=0)  # how many answers 1–5 (for the overall question: the surveys)
    high = pw.IntegerField(default=0)  # answers of 4 or 5 (the overall question's: 满意率)

    class Meta:
        indexes = ((("month", "questionnaire", "question", "factor", "caller", "staff"), True),)
