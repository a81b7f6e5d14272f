"""Three-way merge of a document two PCs edited from the same loaded revision, field by field."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Protocol

from protoedit import catalog
from protoedit.i18n import N_, QT_TRANSLATE_NOOP, tr
from protoedit.protocols.content import SECTION_KEYS, SECTION_TITLES, Content
from protoedit.protocols.diff import FIELD_LABELS, _match, _norm

MINE, THEIRS = "mine", "theirs"


@dataclass
class Conflict:
    """A field both PCs changed differently; `key` names it in `choices`, `label` for people."""

    key: str
    label: str
    mine: str  # both versions as readable text
    theirs: str


@dataclass
class Merge:
    """The merged values (conflicts resolved by `choices`, mine by default), the labels of the
    other PC's changes taken as they are, and the conflicts left to choose."""

    values: dict[str, Any]
    taken: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


class _Merger:
    """Collects what was taken and what conflicts while values are merged."""

    def __init__(self, choices: Mapping[str, str] | None, lang: str | None) -> None:
        self.choices = dict(choices or {})
        self.lang = lang
        self.taken: list[str] = []
        self.conflicts: list[Conflict] = []

    def value(
        self, key: str, label: str, base: Any, mine: Any, theirs: Any, show: Callable[[Any], str]
    ) -> Any:
        """One field: the side that changed it wins; both changed differently is a conflict."""
        if mine == theirs or theirs == base:
            return mine
        if mine == base:
            self.taken.append(label)
            return theirs
        self.conflicts.append(Conflict(key, label, show(mine), show(theirs)))
        return theirs if self.choices.get(key) == THEIRS else mine


# -- plain fields (meetings, declarations) ----------------------------------------------------


def merge_fields(
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    labels: Mapping[str, str],
    choices: Mapping[str, str] | None = None,
    show: Callable[[str, Any], str] | None = None,
) -> Merge:
    """Each key of `mine` merged on its own; `labels` are the fields' names for people, `show`
    turns a value into text (a name for an id, a date as the team writes it)."""
    m = _Merger(choices, None)
    out: dict[str, Any] = {}
    for key in mine:
        text: Callable[[Any], str] = _text if show is None else functools.partial(show, key)
        out[key] = m.value(
            key,
            labels.get(key, key),
            base.get(key),
            mine[key],
            theirs.get(key, base.get(key)),
            text,
        )
    return Merge(out, m.taken, m.conflicts)


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, bool):
        return tr(N_("oui")) if value else tr(N_("non"))
    return str(value)


# -- care protocols ---------------------------------------------------------------------------


class Draft(Protocol):
    """What the editor holds of a draft (ui.protocol.state.EditorState has these)."""

    code: str
    title: str
    aci_theme: str
    content: Content
    working_group: list[int]
    review_due: dt.date | None


IDENTITY_LABELS = {
    "code": QT_TRANSLATE_NOOP("fields", "Code"),
    "title": QT_TRANSLATE_NOOP("fields", "Titre"),
    "aci_theme": QT_TRANSLATE_NOOP("fields", "Thème ACI"),
    "review_due": QT_TRANSLATE_NOOP("fields", "Date de révision"),
    "working_group": QT_TRANSLATE_NOOP("fields", "Groupe de travail"),
}
# (content attribute, French name of one item, key function), names with context "merge"
LISTS: list[tuple[str, str, Callable[[Any], str]]] = [
    ("steps", QT_TRANSLATE_NOOP("merge", "Étape"), lambda s: s.title),
    ("indicators", QT_TRANSLATE_NOOP("merge", "Indicateur"), lambda i: i.name),
    ("references", QT_TRANSLATE_NOOP("merge", "Référence"), lambda r: r.citation),
    ("evidence", QT_TRANSLATE_NOOP("merge", "Question documentée"), lambda e: e.question),
    ("key_points", QT_TRANSLATE_NOOP("merge", "Message clé"), lambda m: m.text),
]
REMOVED_TEXT = N_("(retiré de la liste)")


def merge_protocol(
    base: Draft,
    mine: Draft,
    theirs: Draft,
    choices: Mapping[str, str] | None = None,
    lang: str | None = None,
) -> Merge:
    """Identity, review date, working group and content merged field by field; `values` holds
    the merged code, title, aci_theme, content, working_group and review_due."""
    m = _Merger(choices, lang)
    values: dict[str, Any] = {}
    for key in ("code", "title", "aci_theme", "review_due"):
        values[key] = m.value(
            key,
            tr(IDENTITY_LABELS[key], "fields", lang),
            getattr(base, key),
            getattr(mine, key),
            getattr(theirs, key),
            _text,
        )
    values["working_group"] = _merge_set(
        m, list(base.working_group), list(mine.working_group), list(theirs.working_group)
    )
    values["content"] = _merge_content(m, base.content, mine.content, theirs.content)
    return Merge(values, m.taken, m.conflicts)


def _merge_set(m: _Merger, base: list[int], mine: list[int], theirs: list[int]) -> list[int]:
    """Members added or removed on either side: never a conflict."""
    removed = (set(base) - set(mine)) | (set(base) - set(theirs))
    if set(theirs) != set(base) and set(theirs) != set(mine):
        m.taken.append(tr(IDENTITY_LABELS["working_group"], "fields", m.lang))
    return [p for p in dict.fromkeys([*theirs, *mine]) if p not in removed]


def _merge_content(m: _Merger, base: Content, mine: Content, theirs: Content) -> Content:
    sections: dict[str, str] = {}
    keys = SECTION_KEYS + sorted(
        (set(base.sections) | set(mine.sections) | set(theirs.sections)) - set(SECTION_KEYS)
    )
    for key in keys:
        label = tr(SECTION_TITLES.get(key, key), "sections", m.lang)
        text = m.value(
            f"sections.{key}",
            label,
            base.section(key),
            mine.section(key),
            theirs.section(key),
            _text,
        )
        if text:
            sections[key] = text
    lists = {
        attr: _merge_items(
            m,
            attr,
            tr(name, "merge", m.lang),
            key,
            getattr(base, attr),
            getattr(mine, attr),
            getattr(theirs, attr),
        )
        for attr, name, key in LISTS
    }
    return Content(sections=sections, **lists)


def _pairs(base: Sequence[Any], side: Sequence[Any], key: Callable[[Any], str]) -> dict[int, int]:
    """Base index -> index on one side, matched as the protocol diff matches them."""
    return dict(_match(base, side, key))


def _merge_items(
    m: _Merger,
    attr: str,
    name: str,
    key: Callable[[Any], str],
    base: Sequence[Any],
    mine: Sequence[Any],
    theirs: Sequence[Any],
) -> list[Any]:
    """Steps (or indicators...) matched across the three lists; each field merged on its own.
    Removed on one side and changed on the other is a conflict on the whole item."""
    to_mine, to_theirs = _pairs(base, mine, key), _pairs(base, theirs, key)
    tokens: dict[str, Any] = {}  # token -> merged item (None: removed)
    for i, item in enumerate(base):
        tokens[f"b{i}"] = _merge_item(
            m,
            f"{attr}.b{i}",
            name,
            key,
            item,
            _at(mine, to_mine.get(i)),
            _at(theirs, to_theirs.get(i)),
        )
    mine_new = [j for j in range(len(mine)) if j not in to_mine.values()]
    theirs_new = [j for j in range(len(theirs)) if j not in to_theirs.values()]
    same = _added_twice(mine, mine_new, theirs, theirs_new, key)
    for j in mine_new:
        other = same.get(j)
        tokens[f"m{j}"] = (
            mine[j]
            if other is None
            else _merge_item(m, f"{attr}.m{j}", name, key, type(mine[j])(), mine[j], theirs[other])
        )
    for k in theirs_new:
        if k not in same.values():
            tokens[f"t{k}"] = theirs[k]
            m.taken.append(f"{name} {_quoted(key(theirs[k]))}")
    order = _order(
        m, attr, name, key, base, mine, theirs, to_mine, to_theirs, mine_new, theirs_new, same
    )
    return [tokens[t] for t in order if tokens.get(t) is not None]


def _at(items: Sequence[Any], index: int | None) -> Any:
    return None if index is None else items[index]


def _added_twice(
    mine: Sequence[Any],
    mine_new: list[int],
    theirs: Sequence[Any],
    theirs_new: list[int],
    key: Callable[[Any], str],
) -> dict[int, int]:
    """Items both PCs added with the same name: one item (mine index -> theirs index)."""
    out: dict[int, int] = {}
    for j in mine_new:
        k = next(
            (
                k
                for k in theirs_new
                if k not in out.values()
                and _norm(key(mine[j]))
                and _norm(key(theirs[k])) == _norm(key(mine[j]))
            ),
            None,
        )
        if k is not None:
            out[j] = k
    return out


def _merge_item(
    m: _Merger, prefix: str, name: str, key: Callable[[Any], str], base: Any, mine: Any, theirs: Any
) -> Any:
    label = f"{name} {_quoted(key(base) or key(mine or theirs or base))}"
    if mine is None or theirs is None:  # removed on one side (or both)
        kept = theirs if mine is None else mine
        if kept is None or kept == base:  # removed, and left alone on the other side
            if theirs is None and mine is not None:
                m.taken.append(label)
            return None
        m.conflicts.append(
            Conflict(prefix, label, _item_text(mine, m.lang), _item_text(theirs, m.lang))
        )
        return theirs if m.choices.get(prefix) == THEIRS else mine
    values = {}
    for f in fields(base):
        fname = tr(FIELD_LABELS.get(f.name, f.name), "fields", m.lang)
        values[f.name] = m.value(
            f"{prefix}.{f.name}",
            f"{label} : {fname}",
            getattr(base, f.name),
            getattr(mine, f.name),
            getattr(theirs, f.name),
            functools.partial(_field_text, lang=m.lang),
        )
    return replace(base, **values)


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return f"« {text} »" if text else tr(N_("(sans titre)"))


def _field_text(value: Any, lang: str | None) -> str:
    if isinstance(value, list):
        return ", ".join(catalog.profession_label(v, lang) for v in value) or "—"
    return _text(value)


def _item_text(item: Any, lang: str | None) -> str:
    """A whole step (or indicator...) as lines "Quoi : …"."""
    if item is None:
        return tr(REMOVED_TEXT, lang=lang)
    lines = []
    for f in fields(item):
        value = getattr(item, f.name)
        if value:
            lines.append(
                f"{tr(FIELD_LABELS.get(f.name, f.name), 'fields', lang)} : "
                f"{_field_text(value, lang)}"
            )
    return "\n".join(lines) or "—"


def _order(
    m: _Merger,
    attr: str,
    name: str,
    key: Callable[[Any], str],
    base: Sequence[Any],
    mine: Sequence[Any],
    theirs: Sequence[Any],
    to_mine: dict[int, int],
    to_theirs: dict[int, int],
    mine_new: list[int],
    theirs_new: list[int],
    same: dict[int, int],
) -> list[str]:
    """Tokens in the merged order: the base items in the order of the side that moved them
    (both moved them differently: a conflict), then each side's new items after the item that
    precedes them on that side."""
    kept = [i for i in range(len(base)) if i in to_mine and i in to_theirs]
    base_order = kept
    mine_order = sorted(kept, key=lambda i: to_mine[i])
    theirs_order = sorted(kept, key=lambda i: to_theirs[i])
    labels = tr(N_("Ordre : {name}"), lang=m.lang).format(name=name)

    def show(order: list[int]) -> str:
        return "\n".join(f"{n}. {' '.join(key(base[i]).split())}" for n, i in enumerate(order, 1))

    chosen = m.value(f"{attr}.order", labels, base_order, mine_order, theirs_order, show)
    order = [f"b{i}" for i in chosen]
    for i in range(len(base)):  # removed on a side: kept at its place if chosen, else dropped
        if f"b{i}" not in order:
            order.insert(order.index(f"b{i - 1}") + 1 if i else 0, f"b{i}")
    mine_tokens = _side_tokens(len(mine), {j: i for i, j in to_mine.items()}, "m", {})
    theirs_tokens = _side_tokens(
        len(theirs), {k: i for i, k in to_theirs.items()}, "t", {k: j for j, k in same.items()}
    )
    for tokens_of_side, new in ((mine_tokens, mine_new), (theirs_tokens, theirs_new)):
        for j in new:
            token = tokens_of_side[j]
            if token in order:
                continue
            before = tokens_of_side[j - 1] if j > 0 else None
            at = order.index(before) + 1 if before in order else (0 if j == 0 else len(order))
            order.insert(at, token)
    return order


def _side_tokens(
    size: int, to_base: dict[int, int], prefix: str, shared: dict[int, int]
) -> list[str]:
    """The token of each item of one side: its base item, or its own (new) token; an item both
    sides added is known by mine's token."""
    out = []
    for j in range(size):
        if j in to_base:
            out.append(f"b{to_base[j]}")
        elif j in shared:
            out.append(f"m{shared[j]}")
        else:
            out.append(f"{prefix}{j}")
    return out
