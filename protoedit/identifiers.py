"""Validation of French identifiers: RPPS, ADELI, FINESS, SIRET (length, digits, check key)."""

from __future__ import annotations

import re

from protoedit.i18n import N_


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_key(digits: str) -> str:
    """The check digit that makes `digits + key` pass Luhn (used to make test data)."""
    for k in "0123456789":
        if luhn_ok(digits + k):
            return k
    raise AssertionError("unreachable")


def normalize(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "").upper()


def validate_rpps(value: str) -> str | None:
    """11 digits, the last a Luhn check key. Returns a French message, or None when valid."""
    v = normalize(value)
    if not v.isdigit() or len(v) != 11:
        return N_("Le numéro RPPS compte 11 chiffres.")
    if not luhn_ok(v):
        return N_("Le numéro RPPS est invalide (clé de contrôle incorrecte) : vérifiez la saisie.")
    return None


def validate_adeli(value: str) -> str | None:
    """9 characters: department (digits, or 2A/2B for Corsica) then 7 digits."""
    v = normalize(value)
    if len(v) != 9 or not re.fullmatch(r"(\d{2}|2A|2B)\d{7}", v):
        return N_(
            "Le numéro ADELI compte 9 caractères : le département (2 chiffres, ou 2A/2B) puis 7 chiffres."
        )
    return None


def validate_finess(value: str) -> str | None:
    """9 characters: department (2A/2B for Corsica), 6 digits, a Luhn key (checked when numeric)."""
    v = normalize(value)
    if len(v) != 9 or not re.fullmatch(r"(\d{2}|2A|2B)\d{7}", v):
        return N_(
            "Le numéro FINESS compte 9 caractères (département, dont 2A/2B, puis 7 chiffres)."
        )
    if v.isdigit() and not luhn_ok(v):
        return N_(
            "Le numéro FINESS est invalide (clé de contrôle incorrecte) : vérifiez la saisie."
        )
    return None


def validate_siret(value: str) -> str | None:
    """14 digits with a Luhn key (La Poste's SIRET use a sum of digits divisible by 5)."""
    v = normalize(value)
    if not v.isdigit() or len(v) != 14:
        return N_("Le numéro SIRET compte 14 chiffres.")
    ok = luhn_ok(v) or (v.startswith("356000000") and sum(int(c) for c in v) % 5 == 0)
    if not ok:
        return N_("Le numéro SIRET est invalide (clé de contrôle incorrecte) : vérifiez la saisie.")
    return None


def validate_email(value: str) -> str | None:
    v = (value or "").strip()
    if v and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
        return N_("L'adresse e-mail n'a pas une forme valide.")
    return None
