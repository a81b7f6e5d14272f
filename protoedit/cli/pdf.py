"""PDF export for the command line: `export ID_OR_CODE --pdf OUT.pdf [--memo PROFESSION]`."""

from __future__ import annotations

from pathlib import Path

from protoedit.catalog import profession
from protoedit.errors import NotFoundError, ValidationError
from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_memo_pdf, build_protocol_pdf
from protoedit.i18n import N_, language
from protoedit.protocols.queries import approved_version, find_protocol, latest_version
from protoedit.store.database import Database


def export_pdf(db: Database, id_or_code: str, out: Path, memo: str | None = None) -> Path:
    """The approved version if there is one, else the latest (printed with a draft watermark)."""
    pid = find_protocol(db, id_or_code)
    if pid is None:
        raise NotFoundError(N_("protocole"), id_or_code)
    version = approved_version(db, pid) or latest_version(db, pid)
    assert version is not None
    doc = protocol_print(db, version.version_id, language())
    if memo:
        if profession(memo) is None:
            raise ValidationError(N_("Profession inconnue : {code}."), field="memo", code=memo)
        return build_memo_pdf(doc, memo, Path(out))
    return build_protocol_pdf(doc, Path(out))
