"""Operations on the team: the structure, its professionals, their PINs for signatures."""

from __future__ import annotations

from dataclasses import dataclass, fields

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from protoedit import catalog, identifiers
from protoedit.errors import FieldErrors, ValidationError
from protoedit.i18n import N_
from protoedit.ops import Actor, OpChanges, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import Professional, Structure
from protoedit.textclean import clean_line, clean_text

STRUCTURE_KINDS = ("MSP", "CDS", "ESP", "CPTS")
_hasher = PasswordHasher()


@dataclass
class StructureInput:
    name: str = ""
    kind: str = "MSP"
    finess: str = ""
    siret: str = ""
    address: str = ""
    legal_rep_name: str = ""
    legal_rep_contact: str = ""

    @classmethod
    def of(cls, s: Structure) -> StructureInput:
        return cls(**{f.name: getattr(s, f.name) for f in fields(cls)})


@dataclass
class ProfessionalInput:
    last_name: str = ""
    first_name: str = ""
    profession: str = ""
    rpps: str = ""
    adeli: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True
    partner: bool = False

    @classmethod
    def of(cls, p: Professional) -> ProfessionalInput:
        return cls(**{f.name: getattr(p, f.name) for f in fields(cls)})


def structure_problems(v: StructureInput) -> dict[str, str]:
    """Field -> French message, for every field that is refused."""
    problems: dict[str, str] = {}
    if not v.name.strip():
        problems["name"] = N_("Le nom de la structure est obligatoire.")
    if v.kind not in STRUCTURE_KINDS:
        problems["kind"] = N_("Type de structure inconnu.")
    if v.finess.strip() and (msg := identifiers.validate_finess(v.finess)):
        problems["finess"] = msg
    if v.siret.strip() and (msg := identifiers.validate_siret(v.siret)):
        problems["siret"] = msg
    return problems


def professional_problems(v: ProfessionalInput) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not v.last_name.strip():
        problems["last_name"] = N_("Le nom est obligatoire.")
    if catalog.profession(v.profession) is None:
        problems["profession"] = N_("Choisissez une profession dans la liste.")
    if v.rpps.strip() and (msg := identifiers.validate_rpps(v.rpps)):
        problems["rpps"] = msg
    if v.adeli.strip() and (msg := identifiers.validate_adeli(v.adeli)):
        problems["adeli"] = msg
    if msg := identifiers.validate_email(v.email):
        problems["email"] = msg
    return problems


def _clean_structure(v: StructureInput) -> StructureInput:
    return StructureInput(
        name=clean_line(v.name, field="name"),
        kind=v.kind,
        finess=identifiers.normalize(v.finess),
        siret=identifiers.normalize(v.siret),
        address=clean_text(v.address, 2000, field="address").strip(),
        legal_rep_name=clean_line(v.legal_rep_name, field="legal_rep_name"),
        legal_rep_contact=clean_line(v.legal_rep_contact, field="legal_rep_contact"),
    )


def _clean_professional(v: ProfessionalInput) -> ProfessionalInput:
    return ProfessionalInput(
        last_name=clean_line(v.last_name, 120, field="last_name"),
        first_name=clean_line(v.first_name, 120, field="first_name"),
        profession=v.profession,
        rpps=identifiers.normalize(v.rpps),
        adeli=identifiers.normalize(v.adeli),
        email=clean_line(v.email, 200, field="email"),
        phone=clean_line(v.phone, 40, field="phone"),
        active=bool(v.active),
        partner=bool(v.partner),
    )


def get_structure(db: Database) -> Structure | None:
    with db.read() as s:
        return s.scalars(select(Structure).order_by(Structure.id).limit(1)).first()


def save_structure(
    db: Database, actor: Actor, values: StructureInput, expected_revision: int | None = None
) -> OpChanges:
    """Create or update the (single) structure record."""
    values = _clean_structure(values)
    if problems := structure_problems(values):
        raise FieldErrors(problems)
    with operation(db, actor) as tx:
        st = tx.session.scalars(select(Structure).order_by(Structure.id).limit(1)).first()
        action = "update"
        if st is None:
            st, action = Structure(), "create"
            tx.session.add(st)
        else:
            check_revision(st, expected_revision)
        for f in fields(StructureInput):
            setattr(st, f.name, getattr(values, f.name))
        tx.record(action, "structure", st, name=values.name)
    return tx.changes


def list_professionals(db: Database, active_only: bool = False) -> list[Professional]:
    with db.read() as s:
        q = select(Professional).order_by(Professional.last_name, Professional.first_name)
        if active_only:
            q = q.where(Professional.active.is_(True))
        return list(s.scalars(q))


def get_professional(db: Database, professional_id: int) -> Professional | None:
    with db.read() as s:
        return s.get(Professional, professional_id)


def add_professional(db: Database, actor: Actor, values: ProfessionalInput) -> tuple[int, OpChanges]:
    values = _clean_professional(values)
    if problems := professional_problems(values):
        raise FieldErrors(problems)
    with operation(db, actor) as tx:
        pro = Professional(**{f.name: getattr(values, f.name) for f in fields(ProfessionalInput)})
        tx.session.add(pro)
        tx.record("create", "professional", pro, name=f"{values.first_name} {values.last_name}".strip())
    return pro.id, tx.changes


def update_professional(
    db: Database, actor: Actor, professional_id: int, values: ProfessionalInput,
    expected_revision: int | None = None,
) -> OpChanges:
    values = _clean_professional(values)
    if problems := professional_problems(values):
        raise FieldErrors(problems)
    with operation(db, actor) as tx:
        pro = tx.get(Professional, professional_id)
        check_revision(pro, expected_revision)
        changed = {}
        for f in fields(ProfessionalInput):
            new = getattr(values, f.name)
            if getattr(pro, f.name) != new:
                changed[f.name] = new
                setattr(pro, f.name, new)
        tx.record("update", "professional", pro, fields=sorted(changed))
    return tx.changes


PIN_MIN = 4


def set_pin(db: Database, actor: Actor, professional_id: int, pin: str) -> OpChanges:
    """Set the personal PIN that confirms this professional's signatures (Argon2 hash)."""
    if len(pin) < PIN_MIN or not pin.isdigit():
        raise ValidationError(N_("Le code personnel compte au moins 4 chiffres."), field="pin")
    with operation(db, actor) as tx:
        pro = tx.get(Professional, professional_id)
        pro.pin_hash = _hasher.hash(pin)
        tx.record("set_pin", "professional", pro)
    return tx.changes


def pin_matches(pro: Professional, pin: str) -> bool:
    if not pro.pin_hash:
        return False
    try:
        return _hasher.verify(pro.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
