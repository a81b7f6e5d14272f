"""Quality PDFs (a protocol's report, the team's year), the measurements CSV and their commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.quality_report import seed
from protoedit import team
from protoedit.cli import parser as cli
from protoedit.export.measurements_csv import write_measurements_csv
from protoedit.export.quality_protocol_report import build_protocol_quality_pdf
from protoedit.export.quality_team_report import build_team_quality_pdf
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator
from protoedit.quality import cycles, measurements
from protoedit.quality.cycles import CycleInput
from protoedit.quality.measurements import MeasurementInput
from tests.export.pdftools import pdf_fonts, pdf_text, pdf_words
from tests.factories import force_approved

TODAY = dt.date(2026, 11, 15)
HBA1C = "Patients diabétiques avec HbA1c mesurée"
EYE = "Fond d'œil annuel"
DELAY = "Délai de rendez-vous (jours)"


def make_protocol(
    db,
    actor,
    code: str,
    title: str,
    indicators: list[Indicator],
    approved: dt.datetime = dt.datetime(2025, 1, 10),
) -> int:
    pid, vid, _ = protocols.create_protocol(
        db, actor, code, title, content=Content(indicators=indicators)
    )
    force_approved(db, actor, vid, approved)
    return pid


def measure(db, actor, pid: int, indicator: str, day: dt.date, num: int, den: int, **kw) -> int:
    mid, _ = measurements.record_measurement(
        db, actor, pid, MeasurementInput(indicator, day, num, den, **kw), today=TODAY
    )
    return mid


def month(n: int, start: dt.date = dt.date(2025, 1, 1)) -> dt.date:
    y, m = divmod(start.month - 1 + n, 12)
    return dt.date(start.year + y, m + 1, 1)


def diabetes(db, actor) -> int:
    """DIAB-01 in force since January 2025: a monthly count over 22 months, a yearly one, a
    PDSA cycle adopted that opened version 2 (approved), a second cycle under way."""
    team.save_structure(db, actor, team.StructureInput(name="MSP des Écrins"))
    pid = make_protocol(
        db,
        actor,
        "DIAB-01",
        "Suivi du diabète de type 2",
        [
            Indicator(
                name=HBA1C,
                definition="Part des diabétiques suivis ayant une HbA1c datée de moins de 6 mois",
                target="≥ 80 %",
                source="Logiciel métier",
                frequency="Mensuelle",
                owner="Dr Lefèvre",
            ),
            Indicator(name=EYE, target="au moins 60 %", frequency="annuel"),
            Indicator(name=DELAY, target="< 10 jours", frequency="annuel"),
        ],
    )
    for n in range(22):
        measure(
            db,
            actor,
            pid,
            HBA1C,
            month(n),
            50 + n,
            80,
            source="Logiciel métier",
            comment="Extraction" if n == 0 else "",
        )
    measure(db, actor, pid, EYE, dt.date(2025, 6, 1), 30, 50)
    measurements.record_measurement(
        db,
        actor,
        pid,
        MeasurementInput(DELAY, dt.date(2025, 3, 1), value=12.5, source="Agenda"),
        today=TODAY,
    )
    cid, _ = cycles.plan_cycle(
        db,
        actor,
        pid,
        CycleInput(
            aim="Relancer les patients sans HbA1c récente",
            prediction="+10 points en 3 mois",
            change="Liste mensuelle envoyée aux IDE",
            indicators=[HBA1C],
            microsystem={"patients": "320 diabétiques suivis"},
        ),
    )
    done = CycleInput(
        aim="Relancer les patients sans HbA1c récente",
        prediction="+10 points en 3 mois",
        change="Liste mensuelle envoyée aux IDE",
        indicators=[HBA1C],
        microsystem={"patients": "320 diabétiques suivis"},
        do_start=dt.date(2025, 9, 1),
        do_end=dt.date(2025, 11, 30),
        do_notes="Trois relances",
        study="Prédiction atteinte en 2 mois",
        act="adopt",
        act_notes="Généraliser",
    )
    cycles.save_cycle(db, actor, cid, done, revision=1)
    vid, _ = cycles.open_revision(db, actor, cid)
    force_approved(db, actor, vid, dt.datetime(2026, 1, 5))
    cycles.plan_cycle(
        db,
        actor,
        pid,
        CycleInput(aim="Rappel SMS avant la consultation", do_start=dt.date(2026, 9, 1)),
    )
    return pid


def run_cli(*argv: str) -> int:
    return cli.run_command(cli.build_parser().parse_args(list(argv)))


def vector_ops(path: Path, page: int) -> int:
    """Path-painting operators (stroke / fill) on a page: a drawing leaves many."""
    data = PdfReader(str(path)).pages[page].get_contents().get_data().decode("latin-1")
    return len(re.findall(r"\b(?:re|l|c)\b", data))


# -- the protocol's report ----------------------------------------------------------------------


def test_protocol_report_prints_indicators_charts_cycles_and_versions(db, actor, tmp_path) -> None:
    pid = diabetes(db, actor)
    out = build_protocol_quality_pdf(db, pid, tmp_path / "q.pdf", lang="fr", today=TODAY)
    text = " ".join(pdf_text(out).split())
    for words in (
        "Rapport qualité",
        "DIAB-01 — Suivi du diabète de type 2",
        "MSP des Écrins",
        "Version en vigueur 2",
        "15/11/2026",
        HBA1C,
        EYE,
        "Cible ≥ 80 %",
        "Logiciel métier",
        "Dr Lefèvre",
        "octobre 2026",
        "71 / 80",
        "88,8 %",
        "Dernière mesure : 88,8 % (octobre 2026), cible atteinte",
        "Dernière mesure : 60,0 % (2025), cible atteinte",
        "2025 — 12,5 Agenda",
        "Dernière mesure : 12,5 (2025), cible non atteinte",
        "PDSA 1 — Relancer les patients sans HbA1c récente",
        "+10 points en 3 mois",
        "du 01/09/2025 au 30/11/2025",
        "adopter",
        "a conduit à la version 2",
        "État des lieux : patients 320 diabétiques suivis",
        "PDSA 2 — Rappel SMS avant la consultation",
        "Do : test en cours",
        "Versions du protocole",
        "Révision issue du cycle PDSA 1",
        # the signals in words, and the run chart's own labels
        "Tendance : 22 points en hausse de janvier 2025 à octobre 2026",
        "Aucun signal sur la série.",
        "Médiane 75,6 %",
        "Cible 80 %",
        "PDSA 1",
    ):
        assert words in text, words
    assert all(embedded for _, embedded in pdf_fonts(out))
    assert vector_ops(out, 0) > 80  # the run chart is drawn (a table page has about 30)


def test_protocol_report_in_english_and_without_indicators(db, actor, tmp_path) -> None:
    pid = diabetes(db, actor)
    en = " ".join(
        pdf_text(
            build_protocol_quality_pdf(db, pid, tmp_path / "en.pdf", lang="en", today=TODAY)
        ).split()
    )
    empty, _, _ = protocols.create_protocol(
        db, actor, "HTA-01", "Hypertension", content=Content(indicators=[])
    )
    bare = " ".join(
        pdf_text(
            build_protocol_quality_pdf(db, empty, tmp_path / "e.pdf", lang="fr", today=TODAY)
        ).split()
    )
    assert "Aucun indicateur défini." in bare and "Aucun cycle PDSA." in bare
    assert "Version en vigueur aucune version validée" in bare  # a draft only
    assert "BROUILLON" not in pdf_words(tmp_path / "e.pdf")  # a report, not the draft itself
    assert HBA1C in en and "PDSA 1" in en
    # English labels once translated; the French source until the lead extracts them.
    assert "Rapport qualité" in en or "Quality report" in en


# -- the team's year ----------------------------------------------------------------------------


def test_team_report_summary_sections_and_the_cycles_of_the_year(db, actor, tmp_path) -> None:
    diabetes(db, actor)
    make_protocol(db, actor, "HTA-01", "Hypertension", [])
    out = build_team_quality_pdf(db, 2026, tmp_path / "y.pdf", lang="fr", today=TODAY)
    pages = pdf_text(out).split("\f")
    cover = " ".join(pages[0].split())
    assert "MSP des Écrins" in cover and "Rapport qualité annuel 2026" in cover
    assert (
        "Protocoles : 2 · indicateurs : 3 · mesures en 2026 : 10 · cycles PDSA dans l'année : 1"
        in cover
    )
    rest = " ".join(" ".join(pages[1:]).split())
    for words in (
        "Synthèse",
        "DIAB-01 — Suivi du diabète de type 2",
        HBA1C,
        "88,8 % (octobre 2026)",
        "HTA-01 — Hypertension",
        "Aucun indicateur défini.",
        "Cycles PDSA de l'année",
        "PDSA 2 (Do : test en cours) : Rappel SMS avant la consultation",
    ):
        assert words in rest, words
    assert "PDSA 1 (" not in rest  # closed in 2025
    past = " ".join(
        pdf_text(
            build_team_quality_pdf(db, 2025, tmp_path / "p.pdf", lang="fr", today=TODAY)
        ).split()
    )
    assert "88,8 %" not in past and "76,3 % (décembre 2025)" in past  # periods up to its end
    assert "PDSA 1 (Clos, adopter)" in past and "PDSA 2" not in past
    assert vector_ops(out, -1) > 80 and "Tendance" in rest


def test_team_report_of_thirty_protocols_builds_quickly(db, actor, tmp_path) -> None:
    """30 protocols x 3 indicators x 24 months: about 1.5 s here (target 2 s, timed by
    bench/quality_report.py)."""
    seed(db, actor, 30)  # bulk: 2,160 audited record_measurement calls take most of a minute
    start = time.perf_counter()
    out = build_team_quality_pdf(db, 2026, tmp_path / "big.pdf", lang="fr", today=TODAY)
    elapsed = time.perf_counter() - start
    text = pdf_text(out)
    assert "P-29 — Protocole 30" in text and text.count("Indicateur 3 du protocole 30") >= 3
    assert "indicateurs : 90 · mesures en 2026 : 900" in " ".join(text.split())
    assert elapsed < 10  # a loose guard against a slow path: shared machines vary widely


# -- CSV ----------------------------------------------------------------------------------------


def test_measurements_csv_for_excel(db, actor, tmp_path) -> None:
    pid = diabetes(db, actor)
    measure(
        db,
        actor,
        pid,
        EYE,
        dt.date(2026, 1, 1),
        1,
        2,
        source='=HYPERLINK("x")',
        comment="-2 relances; +1 @IDE",
    )
    raw = write_measurements_csv(db, tmp_path / "m.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    head, *rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert head == [
        "Code du protocole",
        "Titre du protocole",
        "Indicateur",
        "Type de période",
        "Début de période",
        "Période",
        "Numérateur",
        "Dénominateur",
        "Valeur",
        "Proportion",
        "Source",
        "Saisie par",
        "Saisie le",
        "Commentaire",
    ]
    assert len(rows) == 25
    assert rows[0][2:10] == [DELAY, "annuelle", "2025-01-01", "2025", "", "", "12,5", ""]
    assert rows[1][:12] == [
        "DIAB-01",
        "Suivi du diabète de type 2",
        EYE,
        "annuelle",
        "2025-01-01",
        "2025",
        "30",
        "50",
        "",
        "0,6",
        "",
        "Test",
    ]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0][12])
    guarded = rows[2]
    assert guarded[4:6] == ["2026-01-01", "2026"]
    assert (guarded[10], guarded[13]) == ('\'=HYPERLINK("x")', "'-2 relances; +1 @IDE")
    assert rows[3][5:10] == ["janvier 2025", "50", "80", "", "0,625"]


# -- command line -------------------------------------------------------------------------------


def test_cli_commands(sqlite_db, actor, tmp_path, capsys) -> None:
    diabetes(sqlite_db, actor)
    db_arg = str(tmp_path / "team.sqlite")  # the file of the sqlite_db fixture
    assert (
        run_cli(
            "--db",
            db_arg,
            "quality-report",
            "--protocol",
            "diab-01",
            "--out",
            str(tmp_path / "p.pdf"),
        )
        == 0
    )
    assert "Suivi du diabète" in pdf_text(tmp_path / "p.pdf")
    assert (
        run_cli(
            "--db", db_arg, "quality-report", "--year", "2026", "--out", str(tmp_path / "y.pdf")
        )
        == 0
    )
    assert "Rapport qualité annuel 2026" in pdf_text(tmp_path / "y.pdf")
    assert run_cli("--db", db_arg, "measurements-csv", "--out", str(tmp_path / "m.csv")) == 0
    assert (tmp_path / "m.csv").read_bytes().count(b"\r\n") == 25
    capsys.readouterr()
    assert (
        run_cli(
            "--db", db_arg, "quality-report", "--protocol", "NOPE", "--out", str(tmp_path / "x.pdf")
        )
        == 2
    )
    assert "NOPE" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # --protocol and --year exclude each other
        run_cli(
            "--db",
            db_arg,
            "quality-report",
            "--protocol",
            "DIAB-01",
            "--year",
            "2026",
            "--out",
            "x.pdf",
        )
    assert not (tmp_path / "x.pdf").exists()
