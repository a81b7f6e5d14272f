"""Benchmark: a 10-page protocol through ProtoEdit's PDF engine vs bare ReportLab on the same content.

Prints the median of N runs for each and their ratio (target: at most 1.5), and the time
LibreOffice takes to convert an equivalent .docx when `libreoffice` and python-docx exist.
Usage: python bench/pdf.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from protoedit.catalog import profession_label  # noqa: E402
from protoedit.export.data import DocHeader, ProtocolPrint  # noqa: E402
from protoedit.export.page import styles  # noqa: E402
from protoedit.export.protocol_pdf import build_protocol_pdf  # noqa: E402
from protoedit.protocols.content import SECTION_KEYS, Content, Indicator, Reference, Step  # noqa: E402
from tests.export.pdftools import page_count  # noqa: E402

PARA = (
    "Le patient est repéré lors de la consultation ou à l'officine ; l'infirmière vérifie "
    "le carnet de suivi, l'observance et les signes d'alerte (œdèmes, prise de poids > 2 kg "
    "en 3 jours, essoufflement). En cas de doute, elle appelle le médecin le jour même. "
)


def content(paras_per_section: int = 8) -> Content:
    sections = {
        k: "\n\n".join(f"**Point {i + 1}.** {PARA}" for i in range(paras_per_section))
        for k in SECTION_KEYS
    }
    steps = [
        Step(
            f"Étape {i + 1}",
            ["infirmier", "medecin_generaliste"],
            "Dr Roux",
            PARA[:120],
            "Chaque semaine",
            "Carnet de suivi",
            "Domicile",
            "Appeler le médecin",
        )
        for i in range(12)
    ]
    return Content(
        sections,
        steps,
        [Indicator("Patients inclus", PARA[:80], "50", "Logiciel", "Annuelle", "Coordination")] * 4,
        [Reference("HAS, guide méthodologique", "2015", "")] * 5,
    )


def doc(c: Content) -> ProtocolPrint:
    h = DocHeader(
        "MSP des Écrins",
        "ICC-01",
        "Insuffisance cardiaque",
        2,
        "approved",
        dt.date(2026, 1, 5),
        dt.date(2028, 1, 5),
    )
    return ProtocolPrint(
        h,
        "Affections sévères",
        c,
        [("Loïc Bernard", "medecin_generaliste")],
        [("Loïc Bernard", "medecin_generaliste", dt.datetime(2026, 1, 5), "OK", "approve")],
        [(2, "approved", dt.date(2026, 1, 5), "")],
    )


def bare(d: ProtocolPrint, out: Path) -> None:
    """The same text and tables straight into ReportLab (SimpleDocTemplate, Paragraph, Table),
    with the same fonts: what a programmer would write without ProtoEdit's layers."""
    ss = styles()
    c = d.content
    cell = ss["cell"]

    def table(rows: list[list[str]], widths: list[float] | None = None) -> Table:
        return Table(
            [[Paragraph(x, cell) for x in row] for row in rows], colWidths=widths, repeatRows=1
        )

    def label(code: str) -> str:
        return profession_label(code, "fr")

    story: list = [
        Paragraph(f"{d.header.code} — {d.header.title}", ss["title"]),
        table([["Thème", d.aci_theme_label], ["Version", "2"], ["Statut", "Validé"]]),
        table([["Nom", "Profession"], *[[n, p] for n, p in d.working_group]]),
    ]
    for k in SECTION_KEYS:
        story.append(Paragraph(k, ss["h3"]))
        story.extend(
            Paragraph(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", p), ss["body"])
            for p in c.sections[k].split("\n\n")
        )
    story.append(
        table(
            [
                ["Étape", "Qui", "Quoi", "Quand", "Comment", "Où", "Alerte"],
                *[
                    [
                        s.title,
                        ", ".join(label(p) for p in s.professions),
                        s.what,
                        s.when,
                        s.how,
                        s.where,
                        s.alert,
                    ]
                    for s in c.steps
                ],
            ],
            [w * mm for w in (22, 26, 34, 22, 28, 18, 28)],
        )
    )
    profs = c.professions()
    col = (178 - 40) * mm / len(profs)
    story.append(
        table(
            [
                ["Quand", *map(label, profs)],
                *[
                    [
                        f"{s.title} {s.when}",
                        *["✓ " + s.what if p in s.professions else "" for p in profs],
                    ]
                    for s in c.steps
                ],
            ],
            [40 * mm] + [col] * len(profs),
        )
    )
    story.append(
        table(
            [
                ["Nom", "Définition", "Cible", "Source", "Fréquence", "Responsable"],
                *[
                    [i.name, i.definition, i.target, i.source, i.frequency, i.owner]
                    for i in c.indicators
                ],
            ]
        )
    )
    story.extend(Paragraph(r.citation, ss["body"]) for r in c.references)
    story.append(
        table(
            [
                ["Nom", "Profession", "Date", "Sens", "Signature"],
                *[[a[0], a[1], f"{a[2]:%d/%m/%Y}", a[3], ""] for a in d.approvals],
            ]
        )
    )
    story.append(
        table(
            [
                ["Version", "Statut", "Date", "Motif"],
                *[[str(h[0]), h[1], f"{h[2]:%d/%m/%Y}", h[3]] for h in d.history],
            ]
        )
    )
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    c = content()
    tmp = Path(tempfile.mkdtemp())
    d = doc(c)
    build_protocol_pdf(d, tmp / "warm.pdf")  # fonts registered, modules loaded
    bare(d, tmp / "warm-bare.pdf")
    ours = median_time(lambda: build_protocol_pdf(d, tmp / "ours.pdf"), runs)
    base = median_time(lambda: bare(d, tmp / "bare.pdf"), runs)
    print(
        f"pages: ProtoEdit {page_count(tmp / 'ours.pdf')}, bare ReportLab {page_count(tmp / 'bare.pdf')}"
    )
    print(f"ProtoEdit build_protocol_pdf: median {ours * 1000:.0f} ms over {runs} runs")
    print(f"bare ReportLab, same content:  median {base * 1000:.0f} ms")
    print(f"ratio: {ours / base:.2f} (target <= 1.5)")
    if shutil.which("libreoffice") is None:
        print("LibreOffice not installed: .docx conversion skipped")
        return
    try:
        import docx  # type: ignore[import-not-found]
    except ImportError:
        print("python-docx not installed: .docx conversion skipped")
        return
    document = docx.Document()
    for k in SECTION_KEYS:
        document.add_heading(k, 2)
        for p in c.sections[k].split("\n\n"):
            document.add_paragraph(p.replace("**", ""))
    document.save(tmp / "same.docx")
    start = time.perf_counter()
    subprocess.run(
        [
            "libreoffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(tmp / "same.docx"),
        ],
        check=True,
        capture_output=True,
    )
    print(f"LibreOffice .docx -> PDF: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
