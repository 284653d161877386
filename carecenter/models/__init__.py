"""peewee models only: fields, indexes, constraints; the database proxy; migrations."""

from carecenter.models.archive import (
    CLUB_LEVELS,
    CONTACT_METHODS,
    CUSTOMER_SOURCES,
    VISIT_TYPES,
    Customer,
    ServiceVisit,
    Vehicle,
)
from carecenter.models.appointments import (
    APPOINTMENT_KINDS,
    APPOINTMENT_SOURCES,
    APPOINTMENT_STATES,
    DOCUMENTS,
    KIND_CODES,
    Appointment,
    AppointmentEvent,
)
from carecenter.models.audit import AuditEntry
from carecenter.models.base import BaseModel, database_proxy, now
from carecenter.models.complaints import (
    CATEGORIES,
    CHANNELS,
    SIGNATURE_BOXES,
    STATES,
    Complaint,
    ComplaintEvent,
    ComplaintSignature,
    level_of,
)
from carecenter.models.followup import (
    BOOKING_REASONS,
    CALL_OUTCOMES,
    CALL_TYPES,
    LETTER_TYPES,
    OUTCOMES,
    REASONS,
    TASK_STATUSES,
    CallLog,
    CallTask,
    Event,
    Letter,
    Message,
    RuleCursor,
)
from carecenter.models.importing import ImportLayout
from carecenter.models.lounge import (
    DEFAULT_ITEMS,
    F8_NOTES,
    SPOT_CHECK_ITEMS,
    GuestMeal,
    LoungeCheck,
    LoungeItem,
    LoungeScore,
    SpotCheck,
)
from carecenter.models.staff import ROLE_TITLES, ROLES, SchemaVersion, Setting, Staff
from carecenter.models.surveys import SurveyAnswer

#: Every model, in creation order (a model comes after the models it references).
ALL_MODELS = [SchemaVersion, Setting, Staff, Customer, Vehicle, ServiceVisit, ImportLayout, AuditEntry, CallTask,
              CallLog, Letter, Message, Event, Complaint, ComplaintEvent, ComplaintSignature, RuleCursor,
              LoungeItem, LoungeCheck, LoungeScore, GuestMeal, SpotCheck, Appointment, AppointmentEvent, SurveyAnswer]
LOUNGE_MODELS = [LoungeItem, LoungeCheck, LoungeScore, GuestMeal, SpotCheck]
FOLLOWUP_MODELS = [CallTask, CallLog, Letter, Message, Event, Complaint, ComplaintEvent, ComplaintSignature,
                   RuleCursor]

__all__ = [
    "BOOKING_REASONS",
    "CALL_OUTCOMES",
    "APPOINTMENT_KINDS",
    "APPOINTMENT_SOURCES",
    "APPOINTMENT_STATES",
    "DOCUMENTS",
    "KIND_CODES",
    "Appointment",
    "AppointmentEvent",
    "SurveyAnswer",
    "DEFAULT_ITEMS",
    "F8_NOTES",
    "GuestMeal",
    "LOUNGE_MODELS",
    "LoungeCheck",
    "LoungeItem",
    "LoungeScore",
    "SPOT_CHECK_ITEMS",
    "SpotCheck",
    "CATEGORIES",
    "CHANNELS",
    "ComplaintEvent",
    "ComplaintSignature",
    "SIGNATURE_BOXES",
    "STATES",
    "level_of",
    "CALL_TYPES",
    "CallLog",
    "CallTask",
    "Complaint",
    "Event",
    "FOLLOWUP_MODELS",
    "LETTER_TYPES",
    "Letter",
    "Message",
    "OUTCOMES",
    "REASONS",
    "RuleCursor",
    "TASK_STATUSES",
    "ALL_MODELS",
    "AuditEntry",
    "BaseModel",
    "CLUB_LEVELS",
    "CONTACT_METHODS",
    "CUSTOMER_SOURCES",
    "Customer",
    "ImportLayout",
    "ROLES",
    "ROLE_TITLES",
    "SchemaVersion",
    "ServiceVisit",
    "Setting",
    "Staff",
    "VISIT_TYPES",
    "Vehicle",
    "database_proxy",
    "now",
]
