"""The Qt binding itself: a known PySide6 regression that crashes long sessions on Python 3.11."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel


class Empty(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12: the lost reference cannot crash",
)
def test_empty_values_keep_their_reference_to_none(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to None each time an empty QVariant reached Python.
    On Python 3.11, where None is not immortal, opening the meetings screen of a team with a few
    hundred meetings then aborted the process ("deallocating None"). The pin in pyproject.toml
    keeps a release without it."""
    for model in (QStandardItemModel(1, 1), Empty()):
        before = sys.getrefcount(None)
        for _ in range(5000):
            assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
        assert sys.getrefcount(None) > before - 100, type(model).__name__
