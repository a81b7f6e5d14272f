"""Every indicator measurement as a CSV for Excel (BOM, semicolons, formula-safe cells)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from protoedit.export.atomic import write_bytes_atomic
from protoedit.i18n import QT_TRANSLATE_NOOP, tr
from protoedit.meetings.aci_report import CSV_ENCODING, csv_cell
from protoedit.meetings.queries import local_time
from protoedit.quality import periods
from protoedit.store.database import Database
from protoedit.store.models import Measurement, Protocol

CTX = "csv"
HEADER = [
    QT_TRANSLATE_NOOP(CTX, "Code du protocole"),
    QT_TRANSLATE_NOOP(CTX, "Titre du protocole"),
    QT_TRANSLATE_NOOP(CTX, "Indicateur"),
    QT_TRANSLATE_NOOP(CTX, "Type de période"),
    QT_TRANSLATE_NOOP(CTX, "Début de période"),
    QT_TRANSLATE_NOOP(CTX, "Période"),
    QT_TRANSLATE_NOOP(CTX, "Numérateur"),
    QT_TRANSLATE_NOOP(CTX, "Dénominateur"),
    QT_TRANSLATE_NOOP(CTX, "Valeur"),
    QT_TRANSLATE_NOOP(CTX, "Proportion"),
    QT_TRANSLATE_NOOP(CTX, "Source"),
    QT_TRANSLATE_NOOP(CTX, "Saisie par"),
    QT_TRANSLATE_NOOP(CTX, "Saisie le"),
    QT_TRANSLATE_NOOP(CTX, "Commentaire"),
]


def _decimal(value: float | None) -> str:
    """A number French Excel reads: decimal comma, at most 4 decimals; "" for none."""
    if value is None:
        return ""
    return f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")


def _row(m: Measurement, code: str, title: str, lang: str | None) -> list[object]:
    proportion = None
    if m.value is None and m.numerator is not None and m.denominator:
        proportion = m.numerator / m.denominator
    return [
        code,
        title,
        m.indicator,
        tr(periods.KIND_LABELS[m.period_kind], "quality", lang),
        m.period_start.isoformat(),
        periods.label(m.period_kind, m.period_start, lang),
        m.numerator,
        m.denominator,
        _decimal(m.value),
        _decimal(proportion),
        m.source,
        m.entered_by,
        f"{local_time(m.entered_at):%Y-%m-%d %H:%M}",
        m.comment,
    ]


def measurements_csv(db: Database, lang: str | None = None) -> str:
    """Semicolon-separated, CRLF lines, one row per measurement by protocol code, indicator and
    period; counts only, never a patient."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([tr(h, CTX, lang) for h in HEADER])
    with db.read() as s:
        rows = s.execute(
            select(Measurement, Protocol.code, Protocol.title)
            .join(Protocol, Protocol.id == Measurement.protocol_id)
            .order_by(
                Protocol.code,
                Measurement.indicator,
                Measurement.period_kind,
                Measurement.period_start,
            )
        ).all()
        for m, code, title in rows:
            writer.writerow([csv_cell(c) for c in _row(m, code, title, lang)])
    return out.getvalue()


def write_measurements_csv(db: Database, path: Path, lang: str | None = None) -> Path:
    """The CSV written atomically in UTF-8 with a BOM (Excel then reads the accents)."""
    write_bytes_atomic(Path(path), measurements_csv(db, lang).encode(CSV_ENCODING))
    return Path(path)
