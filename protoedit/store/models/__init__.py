"""All ORM models, importable from one place."""

from protoedit.store.models.audit import AuditEvent, AuditHead, Meta
from protoedit.store.models.base import Base, utcnow
from protoedit.store.models.cooperation import (
    ActivityTally,
    CoopProtocol,
    Declaration,
    DeclarationMember,
    TeamChange,
)
from protoedit.store.models.meetings import AgendaItem, Amendment, Decision, Invitee, Meeting
from protoedit.store.models.protocols import (
    Acknowledgement,
    Approval,
    Protocol,
    ProtocolReview,
    ProtocolVersion,
)
from protoedit.store.models.quality import Measurement, PdsaCycle
from protoedit.store.models.team import Professional, Structure

__all__ = [
    "Acknowledgement",
    "ActivityTally",
    "AgendaItem",
    "Amendment",
    "Approval",
    "AuditEvent",
    "AuditHead",
    "Base",
    "CoopProtocol",
    "Declaration",
    "DeclarationMember",
    "Decision",
    "Invitee",
    "Measurement",
    "Meeting",
    "Meta",
    "PdsaCycle",
    "Professional",
    "Protocol",
    "ProtocolReview",
    "ProtocolVersion",
    "Structure",
    "TeamChange",
    "utcnow",
]
