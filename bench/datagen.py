"""Make a realistic library in a SQLite file, fast: bulk inserts under one audited operation.

    python bench/datagen.py /tmp/library.sqlite [--versions 10000] [--meetings 300]

10,000 protocol versions with French text, 300 meetings with their agenda and decisions, 20
cooperation declarations with members and monthly tallies; one audit event records the import,
so `python main.py --db FILE check` passes. The search index is built at the end (timed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from protoedit.ops import Actor, operation  # noqa: E402
from protoedit.search import engine as search
from protoedit.store.database import open_database  # noqa: E402
from protoedit.store.models import (  # noqa: E402
    ActivityTally,
    AgendaItem,
    Approval,
    Decision,
    Declaration,
    DeclarationMember,
    Meeting,
    Professional,
    Protocol,
    ProtocolVersion,
    Structure,
)

TOPICS = [
    (
        "aci1",
        "AVK",
        "Anticoagulants oraux : surveillance de l'INR",
        ["anticoagulant", "INR", "AVK", "hémorragie", "saignement des gencives"],
    ),
    (
        "aci1",
        "DIAB",
        "Diabète de type 2 : suivi partagé",
        ["glycémie capillaire", "HbA1c", "hypoglycémie", "insuline", "pied diabétique"],
    ),
    (
        "aci1",
        "HTA",
        "Hypertension artérielle : automesure tensionnelle",
        ["automesure", "pression artérielle", "observance", "hypotension orthostatique"],
    ),
    (
        "aci1",
        "IC",
        "Insuffisance cardiaque : prévenir les décompensations",
        ["œdème des membres inférieurs", "prise de poids", "dyspnée", "diurétique"],
    ),
    (
        "aci1",
        "BPCO",
        "BPCO : repérer les exacerbations",
        ["spirométrie", "tabagisme", "exacerbation", "oxygénothérapie"],
    ),
    (
        "aci2",
        "PLAIE",
        "Plaies chroniques et ulcères de jambe",
        ["ulcère veineux", "pansement", "contention", "cicatrisation"],
    ),
    (
        "aci2",
        "CHUTE",
        "Prévention des chutes de la personne âgée",
        ["chute", "équilibre", "fracture du col", "aménagement du domicile"],
    ),
    (
        "aci3",
        "VACC",
        "Vaccination antigrippale et rappels",
        ["vaccin", "grippe saisonnière", "rappel", "couverture vaccinale"],
    ),
    (
        "aci3",
        "DEPIST",
        "Dépistage organisé du cancer colorectal",
        ["dépistage", "test immunologique", "coloscopie", "relance"],
    ),
    (
        "aci2",
        "DENUT",
        "Dénutrition de la personne âgée",
        ["albuminémie", "perte de poids", "appétit", "compléments nutritionnels oraux"],
    ),
    (
        "aci4",
        "PALLI",
        "Soins palliatifs à domicile",
        ["douleur", "morphinique", "confort", "soutien de l'aidant"],
    ),
    (
        "aci5",
        "ETP",
        "Éducation thérapeutique du patient asthmatique",
        ["asthme", "chambre d'inhalation", "éducation thérapeutique", "plan d'action"],
    ),
    (
        "aci6",
        "IATRO",
        "Iatrogénie médicamenteuse du sujet âgé",
        ["polymédication", "conciliation médicamenteuse", "interaction", "pilulier"],
    ),
    (
        "aci7",
        "TABAC",
        "Accompagnement du sevrage tabagique",
        ["substituts nicotiniques", "entretien motivationnel", "rechute", "monoxyde de carbone"],
    ),
    (
        "aci2",
        "FRAG",
        "Maintien à domicile des personnes âgées fragiles",
        ["fragilité", "aidant", "perte d'autonomie", "portage des repas"],
    ),
    (
        "aci1",
        "OBES",
        "Surpoids et obésité de l'enfant",
        ["IMC", "courbe de corpulence", "activité physique", "alimentation"],
    ),
    (
        "aci3",
        "CONTRA",
        "Contraception et IVG médicamenteuse",
        ["contraception d'urgence", "IVG", "pilule", "dispositif intra-utérin"],
    ),
    (
        "aci2",
        "DOUL",
        "Douleur chronique en soins primaires",
        ["antalgique", "échelle numérique", "opioïdes", "kinésithérapie"],
    ),
    (
        "aci4",
        "SORTIE",
        "Retour à domicile après hospitalisation",
        ["lettre de liaison", "ordonnance de sortie", "conciliation", "infirmier à domicile"],
    ),
    (
        "aci1",
        "RENAL",
        "Maladie rénale chronique",
        ["créatininémie", "débit de filtration glomérulaire", "néphrotoxique", "kaliémie"],
    ),
]
SUFFIXES = [
    "",
    " chez la personne âgée",
    " à domicile",
    " en EHPAD",
    " chez l'enfant",
    " en période de canicule",
    " : rôle de chacun",
    " en zone rurale",
    " et lien ville-hôpital",
    " pendant la grossesse",
]
VERBS = [
    "vérifie",
    "évalue",
    "note dans le dossier",
    "transmet au médecin",
    "contrôle",
    "explique au patient",
    "planifie",
    "réévalue",
    "surveille",
    "adapte",
    "trace",
]
OBJECTS = [
    "le traitement en cours",
    "les résultats biologiques",
    "la tolérance du traitement",
    "l'observance",
    "les signes cliniques",
    "le carnet de suivi",
    "l'ordonnance",
    "les habitudes de vie",
    "la compréhension du patient",
    "les rendez-vous à venir",
]
WHENS = [
    "à chaque passage",
    "une fois par semaine",
    "tous les trois mois",
    "lors de la consultation",
    "avant toute modification du traitement",
    "dans les 48 heures",
    "le jour même",
    "à la sortie d'hospitalisation",
    "une fois par an",
]
WHERES = ["au cabinet", "à domicile", "en officine", "en téléconsultation", "à la MSP"]
ALERTS = [
    "Appeler le médecin traitant le jour même en cas de {kw}.",
    "Orienter vers les urgences (15) si douleur thoracique, malaise ou dyspnée aiguë.",
    "Signaler toute chute, fièvre au-delà de 38,5 °C ou confusion récente.",
    "Prévenir l'infirmière référente si {kw} ou saignement inhabituel.",
]
PROFS = [
    ("medecin_generaliste", 5),
    ("infirmier", 6),
    ("pharmacien", 2),
    ("ipa", 2),
    ("masseur_kinesitherapeute", 3),
    ("dieteticien", 1),
    ("psychologue", 1),
    ("pedicure_podologue", 1),
    ("sage_femme", 1),
    ("coordinateur", 1),
]
NAMES = [
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefèvre",
    "Leroy",
    "Roux",
    "Faure",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
]
FIRST = ["Élise", "Chloé", "Hélène", "Noémie", "Jérôme", "François", "Zoé", "Loïc", "Anaïs"]
SECTIONS = [
    "problem",
    "questions",
    "objectives",
    "inclusion",
    "exclusion",
    "identification",
    "critical_points",
    "alert_signs",
    "communication",
    "key_messages",
    "patient_tools",
    "memo",
]
NOW = dt.datetime(2025, 6, 1, 9, 0)


def sentence(r: random.Random, kws: list[str], who: str = "Le professionnel") -> str:
    return f"{who} {r.choice(VERBS)} {r.choice(OBJECTS)} et {r.choice(kws)} {r.choice(WHENS)}."


def content(r: random.Random, kws: list[str], profs: list[str]) -> dict:
    sections = {}
    for key in SECTIONS:
        lines = [sentence(r, kws) for _ in range(r.randint(1, 3))]
        if key == "alert_signs":
            lines = [a.format(kw=r.choice(kws)) for a in r.sample(ALERTS, 2)]
        if key in ("critical_points", "key_messages"):
            lines = ["- " + x for x in lines]
        sections[key] = "\n".join(lines)
    steps = []
    for title in ["Repérer", "Évaluer", "Planifier", "Intervenir", "Suivre", "Alerter"]:
        who = r.sample(profs, r.randint(1, 2))
        steps.append(
            {
                "title": title,
                "professions": who,
                "referent": r.choice(NAMES),
                "what": sentence(r, kws, "L'équipe"),
                "when": r.choice(WHENS),
                "how": sentence(r, kws, "Le soignant"),
                "where": r.choice(WHERES),
                "alert": r.choice(ALERTS).format(kw=r.choice(kws))
                if title in ("Suivre", "Alerter") or r.random() < 0.2
                else "",
            }
        )
    return {
        "sections": sections,
        "steps": steps,
        "indicators": [
            {
                "name": f"Part des patients avec {r.choice(kws)} suivi",
                "definition": "",
                "target": "80 %",
                "source": "logiciel métier",
                "frequency": "annuelle",
                "owner": r.choice(NAMES),
            }
        ],
        "references": [{"citation": "HAS, guide du parcours de soins", "date": "2023", "url": ""}],
    }


def make_protocols(r: random.Random, total_versions: int, pros: dict[str, list[int]]):
    protocols, versions, approvals = [], [], []
    vid = 0
    n_protocols = int(total_versions * 0.65)
    extra = total_versions - n_protocols
    counts = [1] * n_protocols
    for _ in range(extra):
        counts[r.randrange(n_protocols)] += 1
    for pid, count in enumerate(counts, start=1):
        theme, prefix, title, kws = TOPICS[(pid - 1) % len(TOPICS)]
        suffix = SUFFIXES[((pid - 1) // len(TOPICS)) % len(SUFFIXES)]
        created = NOW - dt.timedelta(days=r.randint(60, 2200))
        protocols.append(
            {
                "id": pid,
                "code": f"{prefix}-{pid:04d}",
                "title": title + suffix,
                "aci_theme": theme,
                "created_at": created,
            }
        )
        last = r.random()
        final = (
            "approved"
            if last < 0.85
            else "draft"
            if last < 0.95
            else "in_review"
            if last < 0.98
            else "archived"
        )
        for number in range(1, count + 1):
            vid += 1
            if number < count:
                status = (
                    "approved"
                    if (number == count - 1 and final in ("draft", "in_review"))
                    else "superseded"
                )
            else:
                status = final
            at = created + dt.timedelta(days=120 * number)
            approved_at = at if status in ("approved", "superseded", "archived") else None
            profs = r.sample(sorted(pros), 3)
            versions.append(
                {
                    "id": vid,
                    "protocol_id": pid,
                    "number": number,
                    "status": status,
                    "code": f"{prefix}-{pid:04d}",
                    "title": title + suffix,
                    "aci_theme": theme,
                    "content": content(r, kws, profs),
                    "working_group": [pros[p][0] for p in profs],
                    "change_note": "" if number == 1 else "Mise à jour après revue annuelle",
                    "refusal_reason": "",
                    "created_at": at - dt.timedelta(days=30),
                    "submitted_at": at - dt.timedelta(days=3) if status != "draft" else None,
                    "approved_at": approved_at,
                    "review_due": (approved_at + dt.timedelta(days=730)).date()
                    if approved_at
                    else None,
                    "provenance": {},
                    "updated_at": at,
                }
            )
            if approved_at:
                for p in ("medecin_generaliste", "infirmier"):
                    approvals.append(
                        {
                            "version_id": vid,
                            "professional_id": pros[p][0],
                            "name": f"Dr {p}",
                            "profession": p,
                            "decision": "approve",
                            "meaning": "Approuve cette version du protocole.",
                            "at": approved_at,
                        }
                    )
    return protocols, versions, approvals


def make_meetings(r: random.Random, n: int, protocols: list[dict]):
    meetings, items, decisions = [], [], []
    item_id = decision_id = 0
    for mid in range(1, n + 1):
        starts = NOW - dt.timedelta(days=7 * (n - mid)) + dt.timedelta(hours=r.randint(0, 8))
        kind = r.choice(["rcp", "rcp", "protocol_work", "adverse_events", "organisation"])
        meetings.append(
            {
                "id": mid,
                "starts_at": starts,
                "place": "Salle de réunion de la MSP",
                "kind": kind,
                "title": f"Concertation du {starts:%d/%m/%Y}",
                "status": "closed" if starts < NOW - dt.timedelta(days=7) else "planned",
            }
        )
        for pos in range(r.randint(4, 8)):
            item_id += 1
            p = r.choice(protocols)
            ikind = r.choice(["case", "case", "protocol", "adverse_event", "organisation"])
            theme = {
                "case": f"Situation de Mme {r.choice('ABCDEFGH')}., {r.randint(60, 95)} ans :"
                f" {r.choice(TOPICS)[3][0]}",
                "protocol": f"Révision du protocole {p['code']} {p['title']}",
                "adverse_event": "Erreur de délivrance d'un anticoagulant",
                "organisation": "Planning des astreintes et des visites à domicile",
            }[ikind]
            items.append(
                {
                    "id": item_id,
                    "meeting_id": mid,
                    "position": pos,
                    "kind": ikind,
                    "theme": theme,
                    "protocol_id": p["id"] if ikind == "protocol" else None,
                    "notes": sentence(r, r.choice(TOPICS)[3]),
                    "proposal": "",
                }
            )
        for _ in range(r.randint(1, 3)):
            decision_id += 1
            p = r.choice(protocols)
            decisions.append(
                {
                    "id": decision_id,
                    "meeting_id": mid,
                    "text": r.choice(
                        [
                            f"Réviser le protocole {p['code']} avant la prochaine réunion.",
                            "Mettre en place un pilulier hebdomadaire avec la pharmacie.",
                            "Programmer une visite à domicile conjointe médecin-infirmière.",
                            "Former l'équipe à l'automesure tensionnelle.",
                        ]
                    ),
                    "owner_name": r.choice(NAMES),
                    "due_date": (starts + dt.timedelta(days=30)).date(),
                    "status": r.choice(["open", "done", "done", "postponed"]),
                }
            )
    return meetings, items, decisions


def generate(path: Path, versions: int, meetings: int, declarations: int, seed: int) -> None:
    r = random.Random(seed)
    if path.exists():
        path.unlink()
    db = open_database(path)
    t0 = time.perf_counter()
    pros_rows, pros = [], {}
    for prof, count in PROFS:
        for _ in range(count):
            pid = len(pros_rows) + 1
            pros.setdefault(prof, []).append(pid)
            pros_rows.append(
                {
                    "id": pid,
                    "last_name": NAMES[pid % len(NAMES)],
                    "first_name": FIRST[pid % len(FIRST)],
                    "profession": prof,
                }
            )
    protocols, pversions, approvals = make_protocols(r, versions, pros)
    mrows, items, decisions = make_meetings(r, meetings, protocols)
    codes = [
        "PC-CYSTITE",
        "PC-ODYNOPHAGIE",
        "PC-RHINITE",
        "PC-VARICELLE",
        "PC-CHEVILLE",
        "PC-LOMBALGIE",
    ]
    decl = [
        {
            "id": i,
            "protocol_code": codes[i % len(codes)],
            "referent_id": pros["medecin_generaliste"][0],
            "status": "declared",
            "start_date": dt.date(2023, 1 + i % 12, 1),
            "declared_on": dt.date(2022, 12, 1),
            "financing_split": {},
        }
        for i in range(1, declarations + 1)
    ]
    members = [
        {
            "declaration_id": d["id"],
            "professional_id": pros[p][k],
            "role": role,
            "engagement_date": dt.date(2022, 11, 1),
            "joined_on": dt.date(2023, 1, 1),
        }
        for d in decl
        for p, k, role in (
            ("medecin_generaliste", 0, "delegant"),
            ("medecin_generaliste", 1, "delegant"),
            ("pharmacien", 0, "delegue"),
            ("infirmier", 0, "delegue"),
        )
    ]
    tallies = [
        {
            "declaration_id": d["id"],
            "month": dt.date(2024, m, 1),
            "patients_included": r.randint(0, 30),
            "acts_by_delegues": r.randint(0, 40),
            "adverse_events": {},
        }
        for d in decl
        for m in range(1, 13)
    ]
    t_gen = time.perf_counter() - t0
    with operation(db, Actor.system()) as tx:
        s = tx.session
        s.execute(insert(Structure.__table__), [{"name": "MSP des Tilleuls", "kind": "MSP"}])
        for table, rows in (
            (Professional, pros_rows),
            (Protocol, protocols),
            (ProtocolVersion, pversions),
            (Approval, approvals),
            (Meeting, mrows),
            (AgendaItem, items),
            (Decision, decisions),
            (Declaration, decl),
            (DeclarationMember, members),
            (ActivityTally, tallies),
        ):
            for start in range(0, len(rows), 1000):
                s.execute(insert(table.__table__), rows[start : start + 1000])
        tx.record(
            "bench_import",
            "library",
            None,
            protocols=len(protocols),
            versions=len(pversions),
            meetings=len(mrows),
            declarations=len(decl),
        )
    t_db = time.perf_counter() - t0 - t_gen
    t1 = time.perf_counter()
    indexed = search.rebuild(db)
    t_index = time.perf_counter() - t1
    db.close()
    size = path.stat().st_size / 1e6
    print(
        f"{path}: {len(protocols)} protocols, {len(pversions)} versions, {len(mrows)} meetings "
        f"({len(items)} agenda items, {len(decisions)} decisions), {len(decl)} declarations"
    )
    print(
        f"text generated in {t_gen:.2f} s, written in {t_db:.2f} s, "
        f"search index ({indexed} documents) built in {t_index:.2f} s; file {size:.0f} MB"
    )


def import_protocols(db, n: int, seed: int) -> int:
    """A bulk import into an existing library: `n` approved protocols, one operation (as the
    exchange import writes them), the search index left as it was. Returns the first new id."""
    from sqlalchemy import func, select

    r = random.Random(seed)
    with operation(db, Actor.system()) as tx:
        s = tx.session
        pros: dict[str, list[int]] = {}
        for pid, prof in s.execute(select(Professional.id, Professional.profession)):
            pros.setdefault(prof, []).append(pid)
        first_p = (s.scalar(select(func.max(Protocol.id))) or 0) + 1
        first_v = (s.scalar(select(func.max(ProtocolVersion.id))) or 0) + 1
        protocols, versions = [], []
        for i in range(n):
            theme, prefix, title, kws = TOPICS[i % len(TOPICS)]
            pid, vid, at = first_p + i, first_v + i, NOW - dt.timedelta(days=r.randint(1, 900))
            code = f"IMP-{prefix}-{i:04d}"
            protocols.append(
                {
                    "id": pid,
                    "code": code,
                    "title": title + " (import)",
                    "aci_theme": theme,
                    "created_at": at,
                }
            )
            profs = r.sample(sorted(pros), 3)
            versions.append(
                {
                    "id": vid,
                    "protocol_id": pid,
                    "number": 1,
                    "status": "approved",
                    "code": code,
                    "title": title + " (import)",
                    "aci_theme": theme,
                    "content": content(r, kws, profs),
                    "working_group": [pros[p][0] for p in profs],
                    "change_note": "",
                    "refusal_reason": "",
                    "created_at": at,
                    "submitted_at": at,
                    "approved_at": at,
                    "review_due": (at + dt.timedelta(days=730)).date(),
                    "provenance": {},
                    "updated_at": at,
                }
            )
        for table, rows in ((Protocol, protocols), (ProtocolVersion, versions)):
            for start in range(0, len(rows), 1000):
                s.execute(insert(table.__table__), rows[start : start + 1000])
        tx.record("bench_import", "library", None, protocols=n, versions=n)
    return first_p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--versions", type=int, default=10_000)
    ap.add_argument("--meetings", type=int, default=300)
    ap.add_argument("--declarations", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    generate(args.path, args.versions, args.meetings, args.declarations, args.seed)


if __name__ == "__main__":
    main()
