"""Journey fixtures: the real app on an empty data folder, at a projector's 1280×800."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.journey import Journey


@pytest.fixture
def journey(qtbot, tmp_path: Path) -> Iterator[Journey]:
    j = Journey(qtbot, tmp_path)
    yield j
    j.close()
