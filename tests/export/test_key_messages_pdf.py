"""The graded key messages' table in the full protocol PDF: its columns are named for what
they hold (the section title was repeated over the messages)."""

from __future__ import annotations

from pathlib import Path

from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_protocol_pdf
from protoedit.protocols import lifecycle as protocols
from tests.core.test_has_synthesis import with_synthesis
from tests.core.test_protocol_lifecycle import ALICE
from tests.export.pdftools import pdf_text


def test_key_messages_table_has_a_message_column(db, tmp_path: Path) -> None:
    _, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète")
    protocols.save_draft(db, ALICE, vid, with_synthesis(), [], None, None)
    text = " ".join(
        pdf_text(build_protocol_pdf(protocol_print(db, vid), tmp_path / "p.pdf")).split()
    )
    assert "Messages clés gradés Grade Message clé" in text
    assert text.count("Messages clés gradés") == 1
