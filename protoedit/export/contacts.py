"""Who to call, on a bedside memo: the people of a protocol's steps, one line each."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from protoedit.catalog import profession_label
from protoedit.export.data import Contact, ProtocolPrint
from protoedit.export.labels import QT_TRANSLATE_NOOP, t
from protoedit.export.typography import NBSP

L_PARTNER = QT_TRANSLATE_NOOP("pdf", "partenaire extérieur")
L_PHONE = QT_TRANSLATE_NOOP("pdf", "tél.")
L_NO_PHONE = QT_TRANSLATE_NOOP("pdf", "téléphone non renseigné")
L_REFERENT = QT_TRANSLATE_NOOP("pdf", "référent : {steps}")
_TITLES = {"dr", "docteur", "pr", "professeur", "mme", "madame", "m", "mr", "monsieur", "mlle"}
_SAYS_PARTNER = re.compile(r"\b(partenaire|partner)\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """Folded words of a name, titles ("Dr", "Mme") left out."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return [w for w in re.split(r"[\W_]+", plain.casefold()) if w and w not in _TITLES]


def _match(referent: str, team: list[Contact]) -> Contact | None:
    """The one professional a step's free-text referent names: first and last name, else the
    last name alone when no one else has it; None when nobody or several people match."""
    said = set(_words(referent))
    for wanted in ("full", "last"):
        found = []
        for person in team:
            first, last = _words(person.first_name), _words(person.last_name)
            if last and set(last) <= said and (wanted == "last" or set(first) <= said):
                found.append(person)
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


@dataclass
class Call:
    """One line of "Qui appeler"."""

    name: str
    contact: Contact | None = None
    referent_of: list[str] | None = None  # titles of the steps this person is referent of

    def line(self, lang: str) -> str:
        parts = [self.name]
        c = self.contact
        if c is not None:
            label = profession_label(c.profession, lang)
            if c.partner and not _SAYS_PARTNER.search(label):
                label += " · " + t(L_PARTNER, lang)
            parts.append(label)
            phone = NBSP.join(c.phone.split())  # a number never breaks across lines
            parts.append(f"{t(L_PHONE, lang)}{NBSP}{phone}" if phone else t(L_NO_PHONE, lang))
        if self.referent_of:
            parts.append(t(L_REFERENT, lang).format(steps=", ".join(self.referent_of)))
        return " — ".join(parts)


def who_to_call(doc: ProtocolPrint, profession: str) -> list[Call]:
    """The referents of the steps, then the working-group members of the other professions
    that have a step; each person once (by professional, else by the name as typed)."""
    calls: dict[tuple[str, object], Call] = {}
    for step in doc.content.steps:
        referent = " ".join(step.referent.split())
        if not referent:
            continue
        person = _match(referent, doc.team)
        key = ("id", person.id) if person else ("name", " ".join(_words(referent)))
        call = calls.setdefault(key, Call(person.name if person else referent, person, []))
        title = " ".join(step.title.split())
        if title and call.referent_of is not None and title not in call.referent_of:
            call.referent_of.append(title)
    acting = [p for p in doc.content.professions() if p != profession]
    for code in acting:
        for person in doc.team:
            if person.in_group and person.profession == code:
                calls.setdefault(("id", person.id), Call(person.name, person))
    return list(calls.values())
