"""Who is invited to a meeting (team members, outside partners) and who came."""

from __future__ import annotations

from sqlalchemy import select

from protoedit import catalog
from protoedit.errors import FieldErrors, ValidationError
from protoedit.i18n import N_
from protoedit.meetings.meeting import ensure_editable, load_meeting
from protoedit.ops import Actor, Entity, OpChanges, operation
from protoedit.store.database import Database
from protoedit.store.models import Professional
from protoedit.store.models.meetings import Invitee
from protoedit.textclean import clean_line

ATTENDANCE = ("invited", "present", "excused", "absent")


def invite_professional(
    db: Database, actor: Actor, meeting_id: int, professional_id: int
) -> tuple[int, OpChanges]:
    with operation(db, actor) as tx:
        meeting = load_meeting(tx, meeting_id)
        tx.get(Professional, professional_id, what=N_("professionnel"))
        if any(i.professional_id == professional_id for i in meeting.invitees):
            raise ValidationError(N_("Ce professionnel est déjà invité."), field="professional_id")
        invitee = Invitee(professional_id=professional_id)
        meeting.invitees.append(invitee)
        tx.record(
            "invite",
            Entity.INVITEE,
            invitee,
            meeting_id=meeting_id,
            professional_id=professional_id,
        )
    return invitee.id, tx.changes


def invite_everyone(db: Database, actor: Actor, meeting_id: int) -> tuple[int, OpChanges]:
    """One click: every active professional of the directory not yet invited, team members and
    outside partners alike; returns how many were invited."""
    with operation(db, actor) as tx:
        meeting = load_meeting(tx, meeting_id)
        invited = {i.professional_id for i in meeting.invitees}
        people = tx.session.scalars(
            select(Professional)
            .where(Professional.active.is_(True))
            .order_by(
                Professional.partner,
                Professional.last_name,
                Professional.first_name,
                Professional.id,
            )
        ).all()
        added = [Invitee(professional_id=p.id) for p in people if p.id not in invited]
        if not added:
            raise ValidationError(
                N_("Tous les professionnels actifs de l'équipe sont déjà invités.")
            )
        meeting.invitees.extend(added)
        for invitee in added:
            tx.record(
                "invite",
                Entity.INVITEE,
                invitee,
                meeting_id=meeting_id,
                professional_id=invitee.professional_id,
            )
    return len(added), tx.changes


def invite_partner(
    db: Database, actor: Actor, meeting_id: int, name: str, profession: str
) -> tuple[int, OpChanges]:
    """Invite someone outside the team (specialist, home-care service...) by name and profession."""
    name = clean_line(name, 250, field="name")
    problems = {}
    if not name:
        problems["name"] = N_("Le nom est obligatoire.")
    if catalog.profession(profession) is None:
        problems["profession"] = N_("Choisissez une profession dans la liste.")
    if problems:
        raise FieldErrors(problems)
    with operation(db, actor) as tx:
        meeting = load_meeting(tx, meeting_id)
        invitee = Invitee(name=name, profession=profession)
        meeting.invitees.append(invitee)
        tx.record("invite", Entity.INVITEE, invitee, meeting_id=meeting_id, name=name)
    return invitee.id, tx.changes


def remove_invitee(db: Database, actor: Actor, invitee_id: int) -> OpChanges:
    with operation(db, actor) as tx:
        invitee: Invitee = tx.get(Invitee, invitee_id, what=N_("invité"))
        ensure_editable(invitee.meeting)
        tx.session.delete(invitee)
        tx.record("remove", Entity.INVITEE, invitee_id, meeting_id=invitee.meeting_id)
    return tx.changes


def set_attendance(db: Database, actor: Actor, invitee_id: int, attendance: str) -> OpChanges:
    """One click: present, excused, absent (or back to invited)."""
    if attendance not in ATTENDANCE:
        raise ValidationError(N_("Présence inconnue."), field="attendance")
    with operation(db, actor) as tx:
        invitee: Invitee = tx.get(Invitee, invitee_id, what=N_("invité"))
        ensure_editable(invitee.meeting)
        before, invitee.attendance = invitee.attendance, attendance
        tx.record("attendance", Entity.INVITEE, invitee, before=before, after=attendance)
    return tx.changes
