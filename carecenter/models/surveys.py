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
