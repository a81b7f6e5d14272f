"""Differences between two versions' content: sections, steps, indicators, references,
documentary synthesis and graded key messages."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from protoedit import catalog
from protoedit.i18n import N_, QT_TRANSLATE_NOOP, tr
from protoedit.protocols.content import (
    SECTION_KEYS,
    SECTION_TITLES,
    Content,
    Evidence,
    Indicator,
    KeyMessage,
    Reference,
    Step,
)

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"

FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("fields", "Titre"),
    "professions": QT_TRANSLATE_NOOP("fields", "Qui"),
    "referent": QT_TRANSLATE_NOOP("fields", "Référent"),
    "what": QT_TRANSLATE_NOOP("fields", "Quoi"),
    "when": QT_TRANSLATE_NOOP("fields", "Quand"),
    "how": QT_TRANSLATE_NOOP("fields", "Comment"),
    "where": QT_TRANSLATE_NOOP("fields", "Où"),
    "alert": QT_TRANSLATE_NOOP("fields", "Alerte"),
    "name": QT_TRANSLATE_NOOP("fields", "Nom"),
    "definition": QT_TRANSLATE_NOOP("fields", "Définition"),
    "target": QT_TRANSLATE_NOOP("fields", "Cible"),
    "source": QT_TRANSLATE_NOOP("fields", "Source des données"),
    "frequency": QT_TRANSLATE_NOOP("fields", "Fréquence"),
    "owner": QT_TRANSLATE_NOOP("fields", "Responsable"),
    "citation": QT_TRANSLATE_NOOP("fields", "Référence"),
    "date": QT_TRANSLATE_NOOP("fields", "Date"),
    "url": QT_TRANSLATE_NOOP("fields", "Adresse"),
    "question": QT_TRANSLATE_NOOP("fields", "Question"),
    "answer": QT_TRANSLATE_NOOP("fields", "Réponse documentée"),
    "level": QT_TRANSLATE_NOOP("fields", "Niveau de preuve"),
    "text": QT_TRANSLATE_NOOP("fields", "Message"),
    "grade": QT_TRANSLATE_NOOP("fields", "Grade"),
}


@dataclass
class SectionChange:
    """One HAS section added, removed or changed; `unified` holds the line-level diff."""

    key: str
    kind: str
    old: str
    new: str
    unified: list[str] = field(default_factory=list)


@dataclass
class FieldChange:
    field: str
    old: Any  # str, or list[str] for professions
    new: Any


@dataclass
class ItemChange:
    """A step, indicator or reference: added, removed, moved, or changed (and maybe moved)."""

    kind: str
    label: str
    old_index: int | None
    new_index: int | None
    moved: bool = False
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class ContentDiff:
    sections: list[SectionChange] = field(default_factory=list)
    steps: list[ItemChange] = field(default_factory=list)
    indicators: list[ItemChange] = field(default_factory=list)
    references: list[ItemChange] = field(default_factory=list)
    evidence: list[ItemChange] = field(default_factory=list)
    key_points: list[ItemChange] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (
            self.sections
            or self.steps
            or self.indicators
            or self.references
            or self.evidence
            or self.key_points
        )

    def to_text(self, lang: str = "fr") -> str:
        """A readable summary, one change per line, details indented."""
        return _render(self, lang)


def _unified(old: str, new: str) -> list[str]:
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=1)
    return [line for line in lines if not line.startswith(("---", "+++"))]


def diff_sections(old: Content, new: Content) -> list[SectionChange]:
    keys = SECTION_KEYS + sorted((set(old.sections) | set(new.sections)) - set(SECTION_KEYS))
    changes: list[SectionChange] = []
    for key in keys:
        before, after = old.section(key), new.section(key)
        if before == after:
            continue
        if not before.strip():
            kind = ADDED if after.strip() else CHANGED
        elif not after.strip():
            kind = REMOVED
        else:
            kind = CHANGED
        changes.append(SectionChange(key, kind, before, after, _unified(before, after)))
    return changes


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _match(
    old: Sequence[Any], new: Sequence[Any], key: Callable[[Any], str]
) -> list[tuple[int, int]]:
    """Pairs (old index, new index): same key first (in order), then same position."""
    old_of: dict[int, int] = {}  # new index -> old index
    old_keys = [_norm(key(item)) for item in old]
    for j, item in enumerate(new):
        k = _norm(key(item))
        for i, candidate in enumerate(old_keys):
            if k and candidate == k and i not in old_of.values():
                old_of[j] = i
                break
    for j in range(min(len(old), len(new))):
        if j not in old_of and j not in old_of.values():
            old_of[j] = j
    return sorted(((i, j) for j, i in old_of.items()), key=lambda p: p[1])


def _stable(old_indexes: list[int]) -> set[int]:
    """Old indexes forming the longest increasing run: the items that did not move."""
    best: list[list[int]] = []
    for i in old_indexes:
        candidates = [run for run in best if run[-1] < i]
        longest: list[int] = max(candidates, key=len) if candidates else []
        best.append([*longest, i])
    if not best:
        return set()
    winner: list[int] = max(best, key=len)
    return set(winner)


def _field_changes(before: Any, after: Any) -> list[FieldChange]:
    out = []
    for f in fields(before):
        a, b = getattr(before, f.name), getattr(after, f.name)
        if a != b:
            out.append(FieldChange(f.name, a, b))
    return out


def diff_items(
    old: Sequence[Any], new: Sequence[Any], key: Callable[[Any], str]
) -> list[ItemChange]:
    """Added, removed, moved and changed items, in the order of the new list (removed last)."""
    pairs = _match(old, new, key)
    stable = _stable([i for i, _ in pairs])
    by_new = {j: i for i, j in pairs}
    changes: list[ItemChange] = []
    for j, item in enumerate(new):
        if j not in by_new:
            changes.append(ItemChange(ADDED, key(item), None, j))
            continue
        i = by_new[j]
        moved = i not in stable
        changed = _field_changes(old[i], item)
        if changed or moved:
            kind = CHANGED if changed else MOVED
            changes.append(ItemChange(kind, key(item) or key(old[i]), i, j, moved, changed))
    matched_old = {i for i, _ in pairs}
    for i, item in enumerate(old):
        if i not in matched_old:
            changes.append(ItemChange(REMOVED, key(item), i, None))
    return changes


def _step_key(s: Step) -> str:
    return s.title


def _indicator_key(i: Indicator) -> str:
    return i.name


def _reference_key(r: Reference) -> str:
    return r.citation


def _evidence_key(e: Evidence) -> str:
    return e.question


def _message_key(m: KeyMessage) -> str:
    return m.text


def diff(old: Content, new: Content) -> ContentDiff:
    """Everything that differs from `old` to `new`."""
    return ContentDiff(
        sections=diff_sections(old, new),
        steps=diff_items(old.steps, new.steps, _step_key),
        indicators=diff_items(old.indicators, new.indicators, _indicator_key),
        references=diff_items(old.references, new.references, _reference_key),
        evidence=diff_items(old.evidence, new.evidence, _evidence_key),
        key_points=diff_items(old.key_points, new.key_points, _message_key),
    )


# -- readable summary -------------------------------------------------------------------------

_KIND_LABELS = {
    ADDED: N_("Ajouté : {label}"),
    REMOVED: N_("Supprimé : {label}"),
    MOVED: N_("Déplacé : {label} (position {old} → {new})"),
    CHANGED: N_("Modifié : {label}"),
}
_SECTION_KIND = {
    ADDED: N_("Section « {title} » ajoutée"),
    REMOVED: N_("Section « {title} » supprimée"),
    CHANGED: N_("Section « {title} » modifiée"),
}
_GROUPS = (
    ("steps", N_("Étapes")),
    ("indicators", N_("Indicateurs")),
    ("references", N_("Références")),
    ("evidence", N_("Synthèse documentaire")),
    ("key_points", N_("Messages clés gradés")),
)


def _label(item: ItemChange, lang: str) -> str:
    label = " ".join(item.label.split())
    return f"« {label} »" if label else tr(N_("(sans titre)"), lang=lang)


def _value(value: Any, lang: str) -> str:
    if isinstance(value, list):
        return ", ".join(catalog.profession_label(v, lang) for v in value) or "—"
    text = " ".join(str(value).split())
    if len(text) > 80:
        text = text[:79] + "…"
    return f"« {text} »" if text else "—"


def _render(d: ContentDiff, lang: str) -> str:
    if d.is_empty():
        return tr(N_("Aucune modification."), lang=lang)
    lines: list[str] = []
    for s in d.sections:
        title = tr(SECTION_TITLES.get(s.key, s.key), "sections", lang)
        lines.append(tr(_SECTION_KIND[s.kind], lang=lang).format(title=title))
        lines.extend(f"    {line}" for line in s.unified if not line.startswith("@@"))
    for attr, heading in _GROUPS:
        items: list[ItemChange] = getattr(d, attr)
        if not items:
            continue
        lines.append(tr(heading, lang=lang))
        for item in items:
            old = "" if item.old_index is None else item.old_index + 1
            new = "" if item.new_index is None else item.new_index + 1
            template = tr(_KIND_LABELS[item.kind], lang=lang)
            text = template.format(label=_label(item, lang), old=old, new=new)
            if item.kind == CHANGED and item.moved:
                text += " " + tr(N_("(déplacé, position {old} → {new})"), lang=lang).format(
                    old=old, new=new
                )
            lines.append(f"  {text}")
            for fc in item.fields:
                name = tr(FIELD_LABELS.get(fc.field, fc.field), "fields", lang)
                colon = ": " if lang == "en" else " : "
                lines.append(f"    {name}{colon}{_value(fc.old, lang)} → {_value(fc.new, lang)}")
    return "\n".join(lines)
