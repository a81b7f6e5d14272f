"""The one runner of core operations: refusals handed to the screen or shown, the screen's own
success step before the broadcast, the broadcast carrying its initiator."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from protoedit import team
from protoedit.errors import FieldErrors, ProtoEditError
from protoedit.ops import Actor, Entity
from protoedit.store.models import AuditEvent
from ui.operations import run_op, run_query, save_op


@pytest.fixture
def heard(ctx) -> list[tuple[object, object]]:
    """What the hub broadcast: (changes, initiator) pairs."""
    got: list[tuple[object, object]] = []
    ctx.hub.changed.connect(lambda changes, initiator: got.append((changes, initiator)))
    return got


def test_success_runs_before_the_broadcast_which_names_its_initiator(qtbot, ctx, heard) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    order: list[str] = []
    ctx.hub.changed.connect(lambda *_: order.append("broadcast"))
    values = team.ProfessionalInput(last_name="Martin", first_name="Élise", profession="infirmier")
    saved = save_op(
        ctx,
        form,
        None,
        team.add_professional,
        team.update_professional,
        values,
        None,
        success=lambda _saved: order.append("success"),
    )
    assert saved is not None and order == ["success", "broadcast"]
    ((changes, initiator),) = heard
    assert initiator is form and changes.touches(Entity.PROFESSIONAL)
    values.first_name = "Élisa"
    again = save_op(ctx, form, saved[0], team.add_professional, team.update_professional, values, 1)
    assert again is not None and again[0] == saved[0]
    assert team.get_professional(ctx.db, saved[0]).first_name == "Élisa"


def test_a_refusal_goes_to_its_handler_or_to_the_user(qtbot, ctx, heard, monkeypatch) -> None:
    shown: list[ProtoEditError] = []
    monkeypatch.setattr("ui.operations.show_error", lambda _parent, err: shown.append(err))
    empty = team.ProfessionalInput()  # no name, no profession: refused field by field
    fields: list[FieldErrors] = []
    assert run_op(ctx, None, team.add_professional, empty, on={FieldErrors: fields.append}) is None
    assert "last_name" in fields[0].problems and shown == []
    assert run_op(ctx, None, team.add_professional, empty) is None
    assert isinstance(shown[0], FieldErrors)
    assert heard == []  # nothing changed, nothing broadcast


def test_an_explicit_initiator_and_actor(qtbot, ctx, heard) -> None:
    """First start adds the person in their own name, before anyone is the current user."""
    marker = object()
    values = team.ProfessionalInput(last_name="Durand", profession="medecin_generaliste")
    me = Actor(None, "Paul Durand")
    pid, _ = run_op(ctx, None, team.add_professional, values, initiator=marker, actor=me)
    assert heard[0][1] is marker
    with ctx.db.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert last is not None and last.actor_name == "Paul Durand"
    assert run_query(None, team.get_professional, ctx.db, pid).last_name == "Durand"
