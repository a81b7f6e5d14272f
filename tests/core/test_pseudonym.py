"""Naming patients in minutes: initials without consent, pseudonym only with consent."""

from __future__ import annotations

import datetime as dt

import pytest

from protoedit.meetings import agenda
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.meetings.pseudonym import display_name, initials_of, looks_like_full_name
from protoedit.meetings.queries import get_meeting


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Jeanne Dupont", "J. D."),
        ("Jean-Pierre", "J.-P."),
        ("Jean-Pierre Martin", "J.-P. M."),
        ("Marie-Ève Dupont-Durand", "M.-È. D.-D."),
        ("émile zola", "É. Z."),
        ("Œdipe Roi", "Œ. R."),
        ("Charles de Gaulle", "C. G."),
        ("Jean de La Fontaine", "J. L. F."),
        ("Yann Le Goff", "Y. L. G."),
        ("Valéry Giscard d'Estaing", "V. G. E."),
        ("Sean O'Brien", "S. O."),
        ("Ludwig van Beethoven", "L. B."),
        ("Mme Jeanne DUPONT", "J. D."),
        ("J. Dupont", "J. D."),
        ("E\u0301lise Martin", "É. M."),  # decomposed accent
        ("  ", ""),
        ("de", "D."),
    ],
)
def test_initials_of(name: str, initials: str) -> None:
    assert initials_of(name) == initials


def test_case_without_consent_shows_only_initials(db, actor) -> None:
    mid, _ = meetings.create_meeting(
        db, actor, MeetingInput(starts_at=dt.datetime(2026, 3, 12, 12))
    )
    agenda.add_item(
        db, actor, mid, ItemInput(patient_pseudonym="Jeanne Dupont", consent="not_asked")
    )
    agenda.add_item(
        db,
        actor,
        mid,
        ItemInput(patient_pseudonym="Jeanne Dupont", patient_initials="J.Dt", consent="not_asked"),
    )
    agenda.add_item(db, actor, mid, ItemInput(patient_pseudonym="Paul Henri", consent="yes"))
    agenda.add_item(db, actor, mid, ItemInput(patient_initials="A. B.", consent="yes"))
    agenda.add_item(db, actor, mid, ItemInput(kind="organisation", theme="Planning"))
    no_consent, given_initials, consent, initials_only, organisation = get_meeting(db, mid).items

    for confidential in (True, False):
        assert display_name(no_consent, confidential) == "J. D."
        assert display_name(given_initials, confidential) == "J.Dt"
        assert display_name(initials_only, confidential) == "A. B."
        assert display_name(organisation, confidential) == ""
    assert display_name(consent, confidential_print=True) == "Paul Henri"
    assert display_name(consent, confidential_print=False) == "P. H."


@pytest.mark.parametrize(
    "text",
    [
        "Jean Dupont",
        "jean dupont",
        "Mme Dupont",
        "Dr Léa Rossi",
        "Jean-Pierre Le Gall",
        "Hélène d'Ormesson",
        "DUPONT Jean",
    ],
)
def test_full_names_are_flagged(text) -> None:
    assert looks_like_full_name(text)


@pytest.mark.parametrize(
    "text",
    ["J.D.", "J. D.", "Mme D.", "JD", "Patient 12", "M. X", "", "Dupont", "J.-P. L. G.", "Mme"],
)
def test_initials_and_pseudonyms_are_not_flagged(text) -> None:
    assert not looks_like_full_name(text)
