"""The "Changements de la version N" box of the full PDF and the memo, and the controlled copy
with its reading list."""

from __future__ import annotations

from pathlib import Path

from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_memo_pdf, build_protocol_pdf
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols import reading
from protoedit.protocols.content import Step
from protoedit.render.protocol_html import memo_html
from tests.export.pdftools import pdf_text
from tests.factories import ACTOR, approve_version, complete_content, signing_crew

V1 = [
    Step(title="Repérer", professions=["medecin_generaliste"], what="Lister les patients"),
    Step(title="Suivre", professions=["infirmier"], what="Contrôler l'INR", when="J7"),
]
V2 = [
    Step(title="Repérer", professions=["medecin_generaliste"], what="Lister les patients"),
    Step(title="Suivre", professions=["infirmier"], what="Contrôler l'INR", when="J3"),
]


def two_versions(db) -> tuple[int, int, int]:
    crew = signing_crew(db, ACTOR)
    pid, v1, _ = protocols.create_protocol(db, ACTOR, "AVK-01", "Anticoagulants")
    protocols.save_draft(
        db, ACTOR, v1, complete_content(steps=V1), [crew.doctor, crew.nurse], None, 1
    )
    approve_version(db, ACTOR, v1, crew.signers)
    v2, _ = protocols.revise(db, ACTOR, pid, "INR plus rapproché")
    protocols.save_draft(
        db, ACTOR, v2, complete_content(steps=V2), [crew.doctor, crew.nurse], None, None
    )
    approve_version(db, ACTOR, v2, crew.signers)
    reading.acknowledge(db, ACTOR, v2, crew.nurse)
    return pid, v1, v2


def flat(text: str) -> str:
    return " ".join(text.split())


def test_full_pdf_and_memo_of_a_new_version_carry_the_changes(db, tmp_path: Path) -> None:
    _, v1, v2 = two_versions(db)
    assert protocol_print(db, v1).changes == {}  # a first version: no box
    doc = protocol_print(db, v2)
    full = flat(pdf_text(build_protocol_pdf(doc, tmp_path / "full.pdf")))
    assert "Changements de la version 2" in full
    assert "Étape 2 « Suivre » modifiée — Quand : J7 → J3" in full
    assert "Rien ne change pour vous." in full  # the doctor's row
    assert "Liste de lecture" not in full  # only on a controlled copy asked for
    nurse = flat(pdf_text(build_memo_pdf(doc, "infirmier", tmp_path / "memo.pdf")))
    assert "Changements de la version 2" in nurse and "J7 → J3" in nurse
    doctor = flat(pdf_text(build_memo_pdf(doc, "medecin_generaliste", tmp_path / "gp.pdf")))
    assert "Rien ne change pour vous." in doctor and "J7 → J3" not in doctor
    printed = memo_html(doc, "infirmier")  # the printed memo says the same
    assert "Changements de la version 2" in printed and "J7 → J3" in printed
    v1_memo = flat(
        pdf_text(build_memo_pdf(protocol_print(db, v1), "infirmier", tmp_path / "v1.pdf"))
    )
    assert "Changements" not in v1_memo


def test_controlled_copy_carries_the_reading_list(db, tmp_path: Path) -> None:
    _, _, v2 = two_versions(db)
    doc = protocol_print(db, v2, with_reading=True)
    text = flat(pdf_text(build_protocol_pdf(doc, tmp_path / "copy.pdf")))
    assert "Liste de lecture de la version 2" in text
    assert "Lu le " in text and "(version 2)" in text and "Non lu" in text
