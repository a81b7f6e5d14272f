"""Test helpers: valid identifiers and a few ready-made professionals."""

from __future__ import annotations

from protoedit.identifiers import luhn_key


def rpps(seed: int = 1) -> str:
    base = f"1000{seed:06d}"
    return base + luhn_key(base)


def siret(seed: int = 1) -> str:
    base = f"4{seed:012d}"
    return base + luhn_key(base)


def finess(seed: int = 1) -> str:
    base = f"75{seed:06d}"
    return base + luhn_key(base)
