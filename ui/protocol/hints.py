"""Short hints of what good looks like, for each stage of the HAS path and each section."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

_CTX = "hints"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def stage_hints() -> list[tuple[str, str]]:
    """(stage title, hint) in HAS order."""
    return [
        (
            _t("1. Thème et problème"),
            _t(
                "Un besoin explicite de l'équipe : le problème constaté et les questions que se posent les professionnels."
            ),
        ),
        (
            _t("2. Groupe de travail"),
            _t(
                "Un membre de chaque profession concernée. Deux ou trois réunions suffisent souvent."
            ),
        ),
        (
            _t("3. Réponses documentées"),
            _t(
                "Pour chaque question : la réponse trouvée dans la littérature, sa source et son niveau de preuve ; puis les messages clés, gradés."
            ),
        ),
        (
            _t("4. Contenu"),
            _t(
                "Objectifs, population, repérage, points critiques, alertes, communication : court et lisible pendant les soins."
            ),
        ),
        (
            _t("5. Étapes"),
            _t(
                "Qui fait quoi, quand, comment, où ; et quand alerter. Vue matrice pour la réunion."
            ),
        ),
        (
            _t("6. Évaluation"),
            _t(
                "Des indicateurs définis dès le départ (le premier : nombre de patients inclus), des références datées, une date de révision."
            ),
        ),
        (
            _t("7. Validation"),
            _t(
                "La vérification liste ce qui manque ; chaque signataire approuve avec son code personnel."
            ),
        ),
    ]


def section_hints() -> dict[str, str]:
    return {
        "problem": _t(
            "Ce qui ne va pas aujourd'hui, constaté en réunion, par un indicateur ou par un patient."
        ),
        "questions": _t("Les questions concrètes des professionnels (une par ligne, en liste)."),
        "objectives": _t("Ce que le protocole doit changer pour les patients et pour l'équipe."),
        "inclusion": _t("Quels patients sont concernés (critères objectifs)."),
        "exclusion": _t("Qui n'est pas concerné, et vers quoi l'orienter."),
        "identification": _t(
            "Comment les patients sont repérés et signalés « sous protocole » dans le logiciel patient."
        ),
        "critical_points": _t("Les endroits où la prise en charge se rompt entre professions."),
        "alert_signs": _t("Signes d'alerte et qui appeler, dans quel délai."),
        "communication": _t("Dossier partagé, messagerie sécurisée, RCP, cahier de liaison…"),
        "key_messages": _t("Ce que chaque patient doit avoir entendu."),
        "patient_tools": _t("Documents et outils remis aux patients."),
        "memo": _t("L'aide-mémoire des professionnels."),
    }


def tinted_label(text: str = "", color: str = "#555", background: str = "") -> QLabel:
    """A wrapped plain-text label coloured through its palette: unlike a style sheet, that
    keeps it following the zoom and presentation type sizes."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    if background:
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        label.setAutoFillBackground(True)
        label.setMargin(6)
    label.setPalette(palette)
    return label
