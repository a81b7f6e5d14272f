"""Operations on the team: the structure, its professionals, their PINs for signatures."""

from __future__ import annotations

from dataclasses import dataclass, fields

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit import catalog, identifiers
from protoedit.actors import COORDINATOR
from protoedit.errors import FieldErrors, ValidationError
from protoedit.i18n import N_
from protoedit.ops import Actor, Entity, OpChanges, check_revision, operation
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
    def of(cls, p: Professional | ProfessionalView) -> ProfessionalInput:
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


@dataclass(frozen=True)
class ProfessionalView:
    """A team member as screens and documents see one: never the hash of the personal code."""

    id: int
    revision: int
    last_name: str
    first_name: str
    profession: str
    rpps: str
    adeli: str
    email: str
    phone: str
    active: bool
    partner: bool
    has_code: bool  # a personal code is set (needed to sign an approval)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def professional_view(p: Professional) -> ProfessionalView:
    return ProfessionalView(
        p.id,
        p.revision,
        p.last_name,
        p.first_name,
        p.profession,
        p.rpps,
        p.adeli,
        p.email,
        p.phone,
        p.active,
        p.partner,
        bool(p.pin_hash),
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
        tx.record(action, Entity.STRUCTURE, st, name=values.name)
    return tx.changes


def list_professionals(db: Database, active_only: bool = False) -> list[ProfessionalView]:
    with db.read() as s:
        q = select(Professional).order_by(Professional.last_name, Professional.first_name)
        if active_only:
            q = q.where(Professional.active.is_(True))
        return [professional_view(p) for p in s.scalars(q)]


def get_professional(db: Database, professional_id: int) -> ProfessionalView | None:
    with db.read() as s:
        p = s.get(Professional, professional_id)
        return professional_view(p) if p is not None else None


def add_professional(
    db: Database, actor: Actor, values: ProfessionalInput, pin: str = ""
) -> tuple[int, OpChanges]:
    """Create a card; `pin`, when given, is its personal code, set in the same operation."""
    values = _clean_professional(values)
    problems = professional_problems(values)
    if pin and (msg := pin_problem(pin)):
        problems["pin"] = msg
    if problems:
        raise FieldErrors(problems)
    with operation(db, actor) as tx:
        pro = Professional(**{f.name: getattr(values, f.name) for f in fields(ProfessionalInput)})
        if pin:
            pro.pin_hash = _hasher.hash(pin)
        tx.session.add(pro)
        name = f"{values.first_name} {values.last_name}".strip()
        tx.record("create", Entity.PROFESSIONAL, pro, name=name)
        if pin:
            tx.record("set_pin", Entity.PROFESSIONAL, pro, name=name)
    return pro.id, tx.changes


def update_professional(
    db: Database,
    actor: Actor,
    professional_id: int,
    values: ProfessionalInput,
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
        tx.record("update", Entity.PROFESSIONAL, pro, fields=sorted(changed))
    return tx.changes


# Personal codes ---------------------------------------------------------------------------
# A code confirms its owner's signatures (protocol approvals). Only its Argon2 hash is stored;
# the code itself is never kept, logged, nor written into the audit detail.

PIN_MIN, PIN_MAX = 4, 12


def pin_problem(pin: str) -> str | None:
    """The N_ message when a new personal code breaks the rule (4 to 12 digits), else None."""
    if not (PIN_MIN <= len(pin) <= PIN_MAX) or not (pin.isascii() and pin.isdigit()):
        return N_("Le code personnel compte de 4 à 12 chiffres (sans lettres ni espaces).")
    return None


def _check_new_pin(pin: str, field: str = "pin") -> None:
    if msg := pin_problem(pin):
        raise ValidationError(msg, field=field)


def set_pin(db: Database, actor: Actor, professional_id: int, pin: str) -> OpChanges:
    """Give a professional who has none their personal code (changing one needs the current)."""
    _check_new_pin(pin)
    with operation(db, actor) as tx:
        pro = tx.get(Professional, professional_id, N_("professionnel"))
        if pro.pin_hash:
            raise ValidationError(
                N_("{name} a déjà un code personnel : pour le changer, donnez le code actuel."),
                field="current_pin",
                name=pro.full_name,
            )
        pro.pin_hash = _hasher.hash(pin)
        tx.record("set_pin", Entity.PROFESSIONAL, pro, name=pro.full_name)
    return tx.changes


def change_pin(
    db: Database, actor: Actor, professional_id: int, current: str, new: str
) -> OpChanges:
    """Replace a personal code; refused unless `current` is the code in force."""
    with operation(db, actor) as tx:
        pro = tx.get(Professional, professional_id, N_("professionnel"))
        if not pro.pin_hash:
            raise ValidationError(
                N_("{name} n'a pas encore de code personnel : définissez-le."),
                field="current_pin",
                name=pro.full_name,
            )
        if not pin_matches(pro, current):
            raise ValidationError(N_("Le code actuel est incorrect."), field="current_pin")
        _check_new_pin(new, "new_pin")
        if new == current:
            raise ValidationError(
                N_("Le nouveau code est identique au code actuel."), field="new_pin"
            )
        pro.pin_hash = _hasher.hash(new)
        tx.record("change_pin", Entity.PROFESSIONAL, pro, name=pro.full_name)
    return tx.changes


def _pin_resetters(session: Session, professional_id: int) -> list[Professional]:
    """Who may reset this professional's code: the team's active coordinators other than the
    owner; when there is none, any other active member of the team (outside partners never)."""
    others = list(
        session.scalars(
            select(Professional)
            .where(
                Professional.active.is_(True),
                Professional.partner.is_(False),
                Professional.id != professional_id,
            )
            .order_by(Professional.last_name)
        )
    )
    coordinators = [p for p in others if p.profession == COORDINATOR]
    return coordinators or others


def pin_resetters(db: Database, professional_id: int) -> list[ProfessionalView]:
    """The people allowed to reset this professional's forgotten code (see `_pin_resetters`)."""
    with db.read() as s:
        return [professional_view(p) for p in _pin_resetters(s, professional_id)]


def reset_pin(db: Database, actor: Actor, professional_id: int) -> OpChanges:
    """Clear a forgotten code (its owner then sets a new one); audited under the actor's name."""
    with operation(db, actor) as tx:
        pro = tx.get(Professional, professional_id, N_("professionnel"))
        if not pro.pin_hash:
            raise ValidationError(
                N_("{name} n'a pas de code personnel à réinitialiser."), name=pro.full_name
            )
        allowed = _pin_resetters(tx.session, professional_id)
        if actor.id not in {p.id for p in allowed}:
            if any(p.profession == COORDINATOR for p in allowed):
                raise ValidationError(
                    N_(
                        "Seul(e) un(e) coordinateur(trice) de l'équipe peut "
                        "réinitialiser le code de {name}."
                    ),
                    name=pro.full_name,
                )
            raise ValidationError(
                N_("Seul un autre membre actif de l'équipe peut réinitialiser le code de {name}."),
                name=pro.full_name,
            )
        pro.pin_hash = ""
        tx.record("reset_pin", Entity.PROFESSIONAL, pro, name=pro.full_name)
    return tx.changes


def pin_matches(pro: Professional, pin: str) -> bool:
    if not pro.pin_hash:
        return False
    try:
        return _hasher.verify(pro.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
