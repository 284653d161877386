"""Every printed form (F1–F17) in each of the three languages, on the demo dealership whose typed data is in Latin
letters: any Chinese left on an English form, or any Simplified-only character on a Traditional one, is a label that
escaped translation."""

import datetime
import re

import pytest
from pypdf import PdfReader

from carecenter import i18n, lounge, printing, session
from carecenter.models import Appointment, CallLog, Complaint, EventAttendance, LoungeCheck, SurveyAnswer, Vehicle
from tests_support import CHINESE, latin_data, simplified_only_characters

#: The title each form prints, per language.
TITLES = {
    "zh_CN": ("客户档案基本资料表", "跟踪服务电话记录表", "客户抱怨/投诉处理表", "月度工作小结"),
    "zh_TW": ("客戶檔案基本資料表", "跟蹤服務電話記錄表", "客戶抱怨/投訴處理表", "月度工作小結"),
    "en": ("Customer record sheet", "Follow-up call record", "Customer grievance/complaint handling form",
           "Monthly summary"),
}


def _all_forms(folder) -> dict[str, str]:
    """Print the forms; return each one's text."""
    call = CallLog.select().order_by(CallLog.id.desc()).first()
    complaint = Complaint.select().where(Complaint.number != "").order_by(Complaint.id.desc()).first()
    escalated = Complaint.select().where((Complaint.number != "") & ((Complaint.warning != "")
                                         | Complaint.escalated_from.is_null(False))).first()
    vehicle = Vehicle.select().where(Vehicle.delivery_date >= datetime.date(2026, 8, 1)).first()
    lounge_day = LoungeCheck.select().order_by(LoungeCheck.day.desc()).first().day
    appointment = Appointment.select().where(Appointment.words != "").order_by(Appointment.id).first()
    surveyed = SurveyAnswer.select(SurveyAnswer.call).order_by(SurveyAnswer.id.desc()).first().call_id
    held = EventAttendance.select(EventAttendance.event).first().event_id
    with session.acting_as(session.Actor("Manager Lee", "manager")):
        check = lounge.record_spot_check(call.id, call.caller, ["yes"] * 13 + ["no", "na"])
    jobs = {
        "F1": lambda out: printing.print_customer(1, out), "F2": lambda out: printing.print_call(call.id, out),
        "F3": lambda out: printing.print_call_register("2026-11", out),
        "F4": lambda out: printing.print_letter_register("2026-11", out),
        "F5": lambda out: printing.print_delivery_followup(vehicle.id, out),
        "F6": lambda out: printing.print_complaint(complaint.id, out),
        "F7": lambda out: printing.print_escalation(escalated.id, out),
        "F8": lambda out: printing.print_lounge(f"{lounge_day}", out),
        "F9": lambda out: printing.print_statistics("2026", out),
        "F10": lambda out: printing.print_spot_check(check, out),
        "F11": lambda out: printing.print_membership(1, out),
        "F12": lambda out: printing.print_monthly("2026-10", out),
        "F13": lambda out: printing.print_appointment(appointment.id, out),
        "F14": lambda out: printing.print_appointments(f"{appointment.start:%Y-%m-%d}", out),
        "F15": lambda out: printing.print_survey(surveyed, out),
        "F15 register": lambda out: printing.print_survey("2026-10", out),
        "F16": lambda out: printing.print_event(held, out),
        "F17": lambda out: printing.print_leads("2026-11", out),
    }
    texts = {}
    for name, job in jobs.items():
        path = job(folder / f"{name}.pdf")
        texts[name] = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return texts


@pytest.fixture
def latin_demo(demo_store):
    latin_data(demo_store.db)
    yield demo_store
    i18n.set_language("zh_CN")


def test_every_form_prints_in_each_language(latin_demo, tmp_path):
    """The three languages on one store made Latin once (the data rewrite is the slow part)."""
    for language in ("en", "zh_TW", "zh_CN"):
        i18n.set_language(language)
        folder = tmp_path / language
        folder.mkdir()
        texts = _all_forms(folder)
        whole = "\n".join(texts.values())
        for title in TITLES[language]:
            assert title in whole, (language, title)
        if language == "en":
            leaks = {name: sorted(set(re.findall(CHINESE + "+", text))) for name, text in texts.items()}
        elif language == "zh_TW":
            simplified = simplified_only_characters()
            leaks = {name: sorted({line for line in text.splitlines() if set(line) & simplified})
                     for name, text in texts.items()}
        else:
            leaks = {}
            assert all(re.search(CHINESE, text) for text in texts.values())
        assert not any(leaks.values()), (language, {name: found[:10] for name, found in leaks.items() if found})
