"""Journey: the first start on an empty data folder creates the database and the user's card."""

from __future__ import annotations

from protoedit import team


def test_journey_first_start_names_the_pc_user(journey) -> None:
    window = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    window.resize(1280, 800)
    assert journey.ctx is not None
    people = team.list_professionals(journey.ctx.db, active_only=True)
    assert [p.full_name for p in people] == ["Élise Martin"]
    assert journey.ctx.actor.name == "Élise Martin"
    # The second start knows who uses the PC: no dialog.
    journey.restart()
    assert journey.ctx.actor.name == "Élise Martin"
