"""Shared pieces of the quality screens: today's date, values, targets and stages in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from protoedit.i18n import QT_TRANSLATE_NOOP
from protoedit.ops import Entity
from protoedit.quality import periods
from protoedit.quality.queries import IndicatorQuality, MeasurementView

# Entities whose changes the quality screens reload for (measurements and cycles are reported
# as changes of their protocol).
QUALITY_ENTITIES = (Entity.PROTOCOL, Entity.PROTOCOL_VERSION, Entity.MEASUREMENT, Entity.PDSA_CYCLE)
STAGE_LABELS = {
    "plan": QT_TRANSLATE_NOOP("quality", "Planifier (Plan)"),
    "do": QT_TRANSLATE_NOOP("quality", "Tester (Do)"),
    "study": QT_TRANSLATE_NOOP("quality", "Étudier (Study)"),
    "act": QT_TRANSLATE_NOOP("quality", "Décider (Act)"),
    "closed": QT_TRANSLATE_NOOP("quality", "Clos"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("quality", text)


def today() -> dt.date:
    """The day the screens count due periods from (tests travel in time by replacing it)."""
    return dt.date.today()


def stage_label(stage: str) -> str:
    return _t(STAGE_LABELS[stage]) if stage in STAGE_LABELS else stage


def period_label(kind: str, start: dt.date) -> str:
    return periods.label(kind, start)


def number(value: float) -> str:
    """3.5 -> "3,5", 12.0 -> "12" (French decimal comma)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def value_text(m: MeasurementView, percent: bool) -> str:
    """The plotted value as read: "72 %" for a proportion, the raw value otherwise."""
    if percent:
        return f"{number(round(m.ratio * 100, 1))} %"
    return number(m.ratio)


def target_mark(on_target: bool | None) -> str:
    if on_target is None:
        return ""
    return "✓" if on_target else "✗"


def indicator_line(iq: IndicatorQuality) -> str:
    """ "HbA1c : 72 % en mars 2026 (cible ≥ 80 %) ✗", or "HbA1c : pas encore de mesure"."""
    latest = iq.latest
    if latest is None:
        return _t("{name} : pas encore de mesure").format(name=iq.name)
    text = _t("{name} : {value} en {period}").format(
        name=iq.name,
        value=value_text(latest, iq.percent),
        period=period_label(latest.kind, latest.start),
    )
    if iq.definition.target is not None:
        text += " " + _t("(cible {target})").format(target=iq.definition.target_text.strip())
    mark = target_mark(iq.on_target)
    return f"{text}\u00a0{mark}" if mark else text  # the mark never wraps alone


def dates_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    if end is None:
        return _t("depuis le {start}").format(start=f"{start:%d/%m/%Y}")
    return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"


def kind_label(kind: str) -> str:
    """ "mensuelle", "trimestrielle", "annuelle"."""
    return _t(periods.KIND_LABELS.get(kind, kind))
