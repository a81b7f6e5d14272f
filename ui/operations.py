"""The one runner of core operations for every screen: refusals shown, changes broadcast."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from protoedit.errors import ProtoEditError
from protoedit.ops import Actor, OpChanges
from ui.context import AppContext
from ui.widgets.errors import show_error

log = logging.getLogger("protoedit.ui")

# What a screen does itself with some refusals (its fields in red, the merge dialog for a save
# conflict), by error class; the first class the error is an instance of is used.
Refusals = Mapping[type[ProtoEditError], Callable[[Any], object]]


def run_op(
    ctx: AppContext,
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    initiator: object = None,
    on: Refusals | None = None,
    success: Callable[[Any], object] | None = None,
    actor: Actor | None = None,
    **kwargs: Any,
) -> Any:
    """Run one core operation, `fn(db, actor, *args, **kwargs)`, as the current user (or `actor`).

    A refused operation gives None: it is handed to the matching `on` handler, or else shown to
    the user over `parent`. Otherwise `success` gets the result first (the form takes in what
    it saved, so the views refreshing next see it saved), then what changed is broadcast with
    its initiator (`parent` unless given: the view that need not refresh from its own action),
    and the operation's result is returned (its OpChanges, or (id, ..., OpChanges)).
    """
    try:
        result = fn(ctx.db, actor or ctx.actor, *args, **kwargs)
    except ProtoEditError as err:
        log.info("refused: %s", err)
        handler = next((h for kind, h in (on or {}).items() if isinstance(err, kind)), None)
        if handler is None:
            show_error(parent, err)
        else:
            handler(err)
        return None
    if success is not None:
        success(result)
    changes = result[-1] if isinstance(result, tuple) else result
    if isinstance(changes, OpChanges):
        ctx.notify(changes, parent if initiator is None else initiator)
    return result


def save_op(
    ctx: AppContext,
    parent: QWidget | None,
    record_id: int | None,
    create: Callable[..., tuple[int, OpChanges]],
    update: Callable[..., OpChanges],
    values: Any,
    revision: int | None,
    on: Refusals | None = None,
    success: Callable[[tuple[int, OpChanges]], object] | None = None,
) -> tuple[int, OpChanges] | None:
    """A form's save: `create(db, actor, values)` for a new record (`record_id` None), else
    `update(db, actor, record_id, values, revision)`; (id, changes), or None when refused.
    `on` and `success` as for run_op; `success` gets (id, changes) too."""
    if record_id is None:
        return run_op(ctx, parent, create, values, on=on, success=success)
    done = None if success is None else (lambda changes: success((record_id, changes)))
    changes = run_op(ctx, parent, update, record_id, values, revision, on=on, success=done)
    return None if changes is None else (record_id, changes)


def run_query(parent: QWidget | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """A read for a screen, `fn(*args, **kwargs)`: its result, or None when the database cannot
    answer now (the reason shown to the user over `parent`)."""
    try:
        return fn(*args, **kwargs)
    except ProtoEditError as err:
        log.info("not read: %s", err)
        show_error(parent, err)
        return None
