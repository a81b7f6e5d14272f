"""How a discussed patient is named on screen and on printouts: pseudonym or initials only."""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

_PARTICLE_WORDS = "de du des d la le les l van von der den ter ten di da del della dos das do y zu"
_CIVILITY_WORDS = "mme mmes mlle mlles madame mademoiselle monsieur dr docteur pr professeur"
# Lower-case name particles left out of initials ("Jean de La Fontaine" -> "J. L. F.").
PARTICLES = frozenset(_PARTICLE_WORDS.split())
# Civilities and titles that are not part of a name.
CIVILITIES = frozenset(_CIVILITY_WORDS.split())
_APOSTROPHES = "'’ʼ"
_TOKEN_SPLIT = re.compile(r"[\s,;/]+")


class PatientItem(Protocol):
    """What `display_name` reads: an AgendaItem row or an ItemView."""

    kind: str
    patient_pseudonym: str
    patient_initials: str
    consent: str


def _first_letter(part: str) -> str:
    for ch in part:
        if ch.isalnum():
            return ch.upper()
    return ""


def _drop_elided_particle(token: str) -> str:
    """'d'Ormesson' -> 'Ormesson'; 'O'Brien' stays (the prefix is not a lower-case particle)."""
    for apostrophe in _APOSTROPHES:
        head, sep, tail = token.partition(apostrophe)
        if sep and tail and head in ("d", "l"):
            return tail
    return token


def _token_initial(token: str) -> str:
    """One word -> its initial, hyphenated parts kept: 'Jean-Pierre' -> 'J.-P.'."""
    parts = [_first_letter(p) for p in token.split("-")]
    parts = [p for p in parts if p]
    return "-".join(f"{p}." for p in parts)


def initials_of(name: str) -> str:
    """Initials of a person's name, as printed in minutes: "Jeanne Dupont" -> "J. D.".

    Accents are kept ("Émile" -> "É."), hyphenated names keep their hyphen ("Jean-Pierre" ->
    "J.-P."), lower-case particles ("de", "du", "van", "d'") and civilities ("Mme", "Dr") are
    left out. When only particles are written, they are used rather than printing nothing.
    """
    text = unicodedata.normalize("NFC", name or "")
    tokens = [t.strip(".") for t in _TOKEN_SPLIT.split(text) if t.strip(".")]
    tokens = [t for t in tokens if t.lower() not in CIVILITIES]
    kept = [_drop_elided_particle(t) for t in tokens if t not in PARTICLES]
    if not kept:
        kept = tokens
    return " ".join(filter(None, (_token_initial(t) for t in kept)))


def printed_initials(item: PatientItem) -> str:
    """The initials entered for the case, or those of its pseudonym when none were entered."""
    return (item.patient_initials or "").strip() or initials_of(item.patient_pseudonym)


def display_name(item: PatientItem, confidential_print: bool) -> str:
    """How the patient of an agenda item is named.

    The pseudonym appears only when the patient agreed (consent "yes") AND the output goes to
    the care team and the partners it invited (`confidential_print=True`: the screen, the
    agenda PDF, the minutes). In every other case - no consent, or an output that may travel
    further (the invitation e-mail's text, ACI extract) - only initials are shown. Items that
    are not patient cases name no patient: "".
    """
    if item.kind != "case":
        return ""
    if item.consent == "yes" and confidential_print and item.patient_pseudonym.strip():
        return item.patient_pseudonym.strip()
    return printed_initials(item)


def _is_name_word(token: str) -> bool:
    """A written-out word of a name: "Dupont", "Jean-Pierre"; not "J.", "JD", "D." nor "12"."""
    if token.endswith(".") or token.lower().strip(".") in PARTICLES:
        return False
    word = _drop_elided_particle(token)
    letters = [part for part in word.split("-") if sum(ch.isalpha() for ch in part) >= 2]
    if not letters:
        return False
    return not (word.isupper() and len(word) <= 3)  # "JD", "JPD": initials written together


def looks_like_full_name(text: str) -> bool:
    """True when `text` reads like a person's real name ("Jean Dupont", "Mme Dupont").

    Initials and abbreviations ("J. D.", "J.D.", "Mme D.", "JD") and one-word pseudonyms
    ("Patient 12") do not. A heuristic for a warning, never a refusal.
    """
    tokens = [t for t in _TOKEN_SPLIT.split(unicodedata.normalize("NFC", text or "")) if t]
    civility = any(t.lower().strip(".") in CIVILITIES for t in tokens)
    words = [t for t in tokens if t.lower().strip(".") not in CIVILITIES and _is_name_word(t)]
    return len(words) >= 2 or (civility and len(words) >= 1)
