"""Identifier validation: lengths, characters, check keys."""

import pytest

from protoedit import identifiers as ids
from tests.helpers import finess, rpps, siret


def test_rpps() -> None:
    good = rpps(42)
    assert ids.validate_rpps(good) is None
    assert ids.validate_rpps(good[:-1] + str((int(good[-1]) + 1) % 10)) is not None
    assert "11 chiffres" in ids.validate_rpps("1234")
    assert ids.validate_rpps("1000000004a") is not None
    assert ids.validate_rpps(" ".join([good[:5], good[5:]])) is None  # spaces tolerated


def test_adeli_accepts_corsica() -> None:
    assert ids.validate_adeli("751234567") is None
    assert ids.validate_adeli("2A1234567") is None
    assert ids.validate_adeli("2C1234567") is not None
    assert ids.validate_adeli("75123456") is not None


def test_finess() -> None:
    assert ids.validate_finess(finess(3)) is None
    bad = finess(3)[:-1] + str((int(finess(3)[-1]) + 1) % 10)
    assert "clé" in ids.validate_finess(bad)
    assert ids.validate_finess("2A0000017") is None  # Corsica: format only
    assert ids.validate_finess("12345") is not None


@pytest.mark.parametrize("value", ["73282932000074", "35600000000048"])
def test_siret_real_forms(value: str) -> None:
    assert ids.validate_siret(value) is None


def test_siret_refusals() -> None:
    assert ids.validate_siret(siret(9)) is None
    assert ids.validate_siret("73282932000075") is not None
    assert "14 chiffres" in ids.validate_siret("7328293200007")
