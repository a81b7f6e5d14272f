"""The one runner of core operations for every screen: refusals shown, changes broadcast."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from protoedit.errors import ProtoEditError
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.widgets.errors import show_error

log = logging.getLogger("protoedit.ui")


def run_op(
    ctx: AppContext, parent: QWidget | None, fn: Callable[..., Any], *args: Any, **kwargs: Any
) -> Any:
    """Run one core operation as the current user.

    A refused operation is shown to the user and gives None; otherwise what changed is
    broadcast and the operation's result returned (its OpChanges, or (id, OpChanges)).
    """
    try:
        result = fn(ctx.db, ctx.actor, *args, **kwargs)
    except ProtoEditError as err:
        log.info("refused: %s", err)
        show_error(parent, err)
        return None
    changes = result[-1] if isinstance(result, tuple) else result
    if isinstance(changes, OpChanges):
        ctx.notify(changes)
    return result
