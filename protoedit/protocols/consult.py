"""Consultation during care: the version in force, read-only, filtered to one profession."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from protoedit import catalog
from protoedit.errors import NotFoundError
from protoedit.i18n import N_
from protoedit.protocols.content import SECTION_KEYS, KeyMessage, Step
from protoedit.protocols.queries import VersionView, get_version, review_status, versions_of
from protoedit.store.database import Database
from protoedit.store.models import Professional

log = logging.getLogger("protoedit.search")

# approved: in force; review_due: in force, review within 90 days; overdue: review date passed;
# superseded / archived: an old or withdrawn version; draft: not validated (opened on purpose);
# none: nothing validated yet (only a draft exists, not shown unless asked).
BANNERS = ("approved", "review_due", "overdue", "superseded", "archived", "draft", "none")
DRAFT_STATUSES = ("draft", "in_review")


@dataclass(frozen=True)
class Banner:
    kind: str
    number: int | None = None
    approved_at: dt.datetime | None = None
    review_due: dt.date | None = None
    in_force_number: int | None = None  # the approved version, when another one is shown


@dataclass(frozen=True)
class ConsultStep:
    number: int  # position in the whole protocol, from 1
    step: Step
    mine: bool  # for the chosen profession, or for everyone
    alert_only: bool  # another profession's step, kept only for its alert signs


@dataclass
class Consultation:
    protocol_id: int
    version_id: int | None
    code: str
    title: str
    theme: str  # ACI theme label
    number: int | None
    status: str
    banner: Banner
    profession: str | None
    professions: list[str] = field(default_factory=list)  # professions with steps
    sections: list[tuple[str, str]] = field(default_factory=list)  # (key, Markdown), HAS order
    steps: list[ConsultStep] = field(default_factory=list)
    hidden_steps: int = 0  # left out by the profession filter
    approvals: list[tuple[str, str, dt.datetime]] = field(default_factory=list)
    draft_version_id: int | None = None  # a draft or a version in review exists
    key_points: list[KeyMessage] = field(default_factory=list)  # graded key messages

    def section(self, key: str) -> str:
        return dict(self.sections).get(key, "")


def is_alert_step(step: Step) -> bool:
    """The "Alerter" step of the HAS skeleton (or any step titled like it)."""
    return step.title.strip().lower().startswith("alert")


def filter_steps(steps: list[Step], profession: str | None) -> tuple[list[ConsultStep], int]:
    """Steps of `profession` (and steps for everyone); other professions' alert steps are
    kept whole, their other steps only for their alert signs. Returns (steps, hidden count)."""
    kept: list[ConsultStep] = []
    hidden = 0
    for number, step in enumerate(steps, start=1):
        if profession is None or not step.professions or profession in step.professions:
            kept.append(ConsultStep(number, step, mine=True, alert_only=False))
        elif is_alert_step(step):
            kept.append(ConsultStep(number, step, mine=False, alert_only=False))
        elif step.alert.strip():
            kept.append(ConsultStep(number, step, mine=False, alert_only=True))
        else:
            hidden += 1
    return kept, hidden


def banner_of(v: VersionView, in_force: VersionView | None, today: dt.date) -> Banner:
    in_force_number = in_force.number if in_force and in_force.version_id != v.version_id else None

    def banner(kind: str) -> Banner:
        return Banner(kind, v.number, v.approved_at, v.review_due, in_force_number)

    if v.status in DRAFT_STATUSES:
        return banner("draft")
    if v.status == "superseded" or v.superseded:
        return banner("superseded")
    if v.status == "archived":
        return banner("archived")
    state = review_status(v, today)
    return banner({"overdue": "overdue", "due": "review_due"}.get(state or "", "approved"))


def _consultation(
    v: VersionView,
    in_force: VersionView | None,
    draft: VersionView | None,
    profession: str | None,
    today: dt.date,
) -> Consultation:
    theme = catalog.aci_theme(v.aci_theme)
    steps, hidden = filter_steps(v.content.steps, profession)
    return Consultation(
        protocol_id=v.protocol_id,
        version_id=v.version_id,
        code=v.code,
        title=v.title,
        theme=theme.label() if theme else v.aci_theme,
        number=v.number,
        status=v.status,
        banner=banner_of(v, in_force, today),
        profession=profession,
        professions=v.content.professions(),
        sections=[(k, v.content.section(k)) for k in SECTION_KEYS if v.content.section(k).strip()],
        steps=steps,
        hidden_steps=hidden,
        approvals=[(a.name, a.profession, a.at) for a in v.current_approvals()],
        draft_version_id=draft.version_id if draft and draft.version_id != v.version_id else None,
        key_points=[m for m in v.content.key_points if m.text.strip()],
    )


def consult_view(
    db: Database,
    protocol_id: int,
    profession: str | None = None,
    show_draft: bool = False,
    today: dt.date | None = None,
) -> Consultation:
    """What the consultation screen shows: the approved version unless `show_draft` (then the
    draft or version in review, marked "not validated"); an archived protocol shows its last
    version with its banner; with nothing validated, an empty view with banner "none"."""
    today = today or dt.date.today()
    versions = versions_of(db, protocol_id)
    if not versions:
        raise NotFoundError(N_("protocole"), protocol_id)
    in_force = next((v for v in reversed(versions) if v.status == "approved"), None)
    draft = next((v for v in reversed(versions) if v.status in DRAFT_STATUSES), None)
    latest = versions[-1]
    shown = draft if show_draft and draft else in_force
    if shown is None and latest.status in ("archived", "superseded"):
        shown = latest
    if shown is None:
        return Consultation(
            protocol_id,
            None,
            latest.code,
            latest.title,
            "",
            None,
            latest.status,
            Banner("none"),
            profession,
            draft_version_id=draft.version_id if draft else None,
        )
    return _consultation(shown, in_force, draft, profession, today)


def consult_version(
    db: Database, version_id: int, profession: str | None = None, today: dt.date | None = None
) -> Consultation:
    """One given version (a search hit on a draft, an old version), with its banner."""
    today = today or dt.date.today()
    v = get_version(db, version_id)
    versions = versions_of(db, v.protocol_id)
    in_force = next((x for x in reversed(versions) if x.status == "approved"), None)
    draft = next((x for x in reversed(versions) if x.status in DRAFT_STATUSES), None)
    return _consultation(v, in_force, draft, profession, today)


def profile_profession(db: Database, professional_id: int | None) -> str | None:
    """The profession of the person using this PC, from their team record."""
    if professional_id is None:
        return None
    with db.read() as s:
        pro = s.get(Professional, professional_id)
        return pro.profession if pro is not None else None


def default_profession(
    db: Database, professional_id: int | None, pc_setting: str = ""
) -> str | None:
    """The filter to start with: this PC's setting (a care-room PC), else the user's profession."""
    if pc_setting and catalog.profession(pc_setting) is not None:
        return pc_setting
    return profile_profession(db, professional_id)


def print_memo(db: Database, version_id: int, profession: str, out: Path, lang: str = "fr") -> Path:
    """The one-page bedside memo of one profession for this version, written atomically."""
    from protoedit.export.protocol_data import protocol_print
    from protoedit.export.protocol_pdf import build_memo_pdf

    path = build_memo_pdf(protocol_print(db, version_id, lang), profession, Path(out))
    log.info("memo for %s of version %s written to %s", profession, version_id, path)
    return path
