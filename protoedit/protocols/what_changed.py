"""What a new version changes for one profession, computed from the content diff."""

from __future__ import annotations

from dataclasses import dataclass, field

from protoedit import catalog
from protoedit.i18n import N_, tr
from protoedit.protocols.content import SECTION_TITLES, Content, Step
from protoedit.protocols.diff import (
    ADDED,
    CHANGED,
    FIELD_LABELS,
    MOVED,
    REMOVED,
    FieldChange,
    ItemChange,
    diff,
)

# Sections every profession reads, whatever its steps: their change is a change for everyone.
SHARED_SECTIONS = ("alert_signs", "critical_points", "key_messages")
NOW_YOURS, NO_LONGER_YOURS = "now_yours", "no_longer_yours"


@dataclass(frozen=True)
class StepNote:
    """One step's change as one profession sees it.

    kind: added | removed | changed | moved | now_yours (the step is newly hers) |
    no_longer_yours (it went to `others`)."""

    kind: str
    title: str
    old_title: str
    old_number: int | None
    new_number: int | None
    fields: tuple[FieldChange, ...] = ()
    others: tuple[str, ...] = ()  # profession codes who now do it (or did it)


@dataclass(frozen=True)
class SectionNote:
    key: str
    added: tuple[str, ...]  # lines new in the section
    removed: tuple[str, ...]


@dataclass
class ProfessionChanges:
    """Everything a version changes for `profession`; empty: "rien ne change pour vous"."""

    profession: str
    steps: list[StepNote] = field(default_factory=list)
    other_alerts: list[StepNote] = field(default_factory=list)  # other professions' alerts
    sections: list[SectionNote] = field(default_factory=list)
    key_points: list[ItemChange] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.steps or self.other_alerts or self.sections or self.key_points)

    def count(self) -> int:
        return len(self.steps) + len(self.other_alerts) + len(self.sections) + len(self.key_points)

    def lines(self, lang: str = "fr") -> list[str]:
        """One readable line per change (for the memo box, the PDF box and mail)."""
        return summary_lines(self, lang)


def involves(step: Step, profession: str) -> bool:
    """A step for this profession, or for the whole team (no profession given)."""
    return not step.professions or profession in step.professions


def _step_note(
    item: ItemChange, old: list[Step], new: list[Step], profession: str
) -> StepNote | None:
    before = old[item.old_index] if item.old_index is not None else None
    after = new[item.new_index] if item.new_index is not None else None
    was = before is not None and involves(before, profession)
    now = after is not None and involves(after, profession)
    if not (was or now):
        return None
    title = (after or before).title  # type: ignore[union-attr]
    old_title = (
        before.title
        if before is not None and after is not None and before.title != after.title
        else ""
    )
    old_n = None if item.old_index is None else item.old_index + 1
    new_n = None if item.new_index is None else item.new_index + 1
    if item.kind in (ADDED, REMOVED):
        return StepNote(item.kind, title, "", old_n, new_n)
    assert before is not None and after is not None
    fields = tuple(f for f in item.fields if f.field != "title")
    if was and not now:
        return StepNote(
            NO_LONGER_YOURS, title, old_title, old_n, new_n, others=tuple(after.professions)
        )
    if now and not was:
        return StepNote(
            NOW_YOURS,
            title,
            old_title,
            old_n,
            new_n,
            fields=tuple(f for f in fields if f.field != "professions"),
            others=tuple(before.professions),
        )
    if item.kind == MOVED:
        return StepNote(MOVED, title, old_title, old_n, new_n)
    return StepNote(CHANGED, title, old_title, old_n, new_n, fields=fields)


def _alert_note(item: ItemChange, old: list[Step], new: list[Step]) -> StepNote | None:
    """Another profession's step whose alert sign appeared, changed or went away (the
    consultation shows every profession's alert signs)."""
    before = old[item.old_index].alert.strip() if item.old_index is not None else ""
    after = new[item.new_index].alert.strip() if item.new_index is not None else ""
    if before == after:
        return None
    step = new[item.new_index] if item.new_index is not None else old[item.old_index]  # type: ignore[index]
    return StepNote(
        CHANGED,
        step.title,
        "",
        None if item.old_index is None else item.old_index + 1,
        None if item.new_index is None else item.new_index + 1,
        fields=(FieldChange("alert", before, after),),
        others=tuple(step.professions),
    )


def _section_notes(old: Content, new: Content) -> list[SectionNote]:
    notes = []
    for s in diff(
        Content(sections={k: old.section(k) for k in SHARED_SECTIONS}),
        Content(sections={k: new.section(k) for k in SHARED_SECTIONS}),
    ).sections:
        plus = tuple(
            line[1:].strip() for line in s.unified if line.startswith("+") and line[1:].strip()
        )
        minus = tuple(
            line[1:].strip() for line in s.unified if line.startswith("-") and line[1:].strip()
        )
        notes.append(SectionNote(s.key, plus, minus))
    return notes


def changes_for(old: Content, new: Content, profession: str) -> ProfessionChanges:
    """What goes from `old` to `new` for one profession: its steps added, removed, changed or
    moved (a step going from one profession to another is a change for both), other
    professions' alert signs, the shared sections and the graded key messages."""
    d = diff(old, new)
    out = ProfessionChanges(profession)
    for item in d.steps:
        note = _step_note(item, old.steps, new.steps, profession)
        if note is not None:
            out.steps.append(note)
        elif item.kind != MOVED:
            alert = _alert_note(item, old.steps, new.steps)
            if alert is not None:
                out.other_alerts.append(alert)
    out.sections = _section_notes(old, new)
    out.key_points = list(d.key_points)
    return out


def concerned_professions(content: Content, team: list[str] | None = None) -> list[str]:
    """The professions a version concerns: those with steps; the whole team's when a step is
    for everyone (or when there are no steps)."""
    return concerned_by_steps([s.professions for s in content.steps], team)


def concerned_by_steps(steps: list[list[str]], team: list[str] | None = None) -> list[str]:
    """concerned_professions from the steps' professions only (no whole content to build)."""
    named = list(dict.fromkeys(p for professions in steps for p in professions))
    if team is not None and (not steps or any(not professions for professions in steps)):
        return named + [p for p in dict.fromkeys(team) if p not in named]
    return named


def summary(
    old: Content, new: Content, professions: list[str] | None = None
) -> dict[str, ProfessionChanges]:
    """Per profession (those of both versions by default), what changes for it."""
    codes = (
        professions
        if professions is not None
        else list(dict.fromkeys(old.professions() + new.professions()))
    )
    return {p: changes_for(old, new, p) for p in codes}


# -- readable lines ------------------------------------------------------------------------

NOTHING = N_("Rien ne change pour vous.")
_STEP_LINES = {
    ADDED: N_("Nouvelle étape {n} « {title} »"),
    REMOVED: N_("Étape « {title} » supprimée"),
    MOVED: N_("Étape « {title} » déplacée (position {old} → {n})"),
    CHANGED: N_("Étape {n} « {title} » modifiée"),
    NOW_YOURS: N_("Étape {n} « {title} » : désormais pour vous (avant : {others})"),
    NO_LONGER_YOURS: N_("Étape « {title} » : plus pour vous, désormais {others}"),
}


def _professions(codes: tuple[str, ...], lang: str) -> str:
    return ", ".join(catalog.profession_label(c, lang) for c in codes) or tr(
        N_("toute l'équipe"), lang=lang
    )


def _short(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(catalog.profession_label(str(v)) for v in value) or "—"
    text = " ".join(str(value).split())
    return (text[:69] + "…" if len(text) > 70 else text) or "—"


def step_line(note: StepNote, lang: str = "fr") -> str:
    line = tr(_STEP_LINES[note.kind], lang=lang).format(
        n=note.new_number or "",
        old=note.old_number or "",
        title=" ".join(note.title.split()),
        others=_professions(note.others, lang),
    )
    if note.old_title:
        line += " " + tr(N_("(anciennement « {old} »)"), lang=lang).format(old=note.old_title)
    colon = ": " if lang == "en" else " : "
    details = [
        f"{tr(FIELD_LABELS.get(f.field, f.field), 'fields', lang)}{colon}"
        f"{_short(f.old)} → {_short(f.new)}"
        for f in note.fields
    ]
    return line + (" — " + " ; ".join(details) if details else "")


def summary_lines(c: ProfessionChanges, lang: str = "fr") -> list[str]:
    if c.is_empty():
        return [tr(NOTHING, lang=lang)]
    lines = [step_line(n, lang) for n in c.steps]
    for n in c.other_alerts:
        lines.append(
            tr(N_("Alerte de l'étape « {title} » ({others}) : {alert}"), lang=lang).format(
                title=n.title,
                others=_professions(n.others, lang),
                alert=_short(n.fields[0].new)
                if n.fields[0].new
                else tr(N_("supprimée"), lang=lang),
            )
        )
    for s in c.sections:
        title = tr(SECTION_TITLES[s.key], "sections", lang)
        new = " ; ".join(s.added)
        lines.append(
            tr(N_("« {title} » modifié : {text}"), lang=lang).format(
                title=title, text=_short(new) if new else tr(N_("texte retiré"), lang=lang)
            )
        )
    for k in c.key_points:
        key = {
            ADDED: N_("Nouveau message clé : {text}"),
            REMOVED: N_("Message clé retiré : {text}"),
        }.get(k.kind, N_("Message clé modifié : {text}"))
        lines.append(tr(key, lang=lang).format(text=_short(k.label)))
    return lines
