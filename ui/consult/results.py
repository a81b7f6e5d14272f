"""Search results: a list model over hits and a delegate drawing their highlighted snippets."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from protoedit.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from protoedit.search.engine import Hit, Segment

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 2
MARK = "background-color:#ffe066; color:#000; font-weight:bold"
DRAFT_MARK = "background-color:#fff4e0; color:#b00020; font-weight:bold"

KINDS = {
    "protocol": QT_TRANSLATE_NOOP("consult", "Protocole"),
    "meeting": QT_TRANSLATE_NOOP("consult", "Réunion"),
    "decision": QT_TRANSLATE_NOOP("consult", "Décision"),
}
STATUSES = {
    "approved": QT_TRANSLATE_NOOP("consult", "validé"),
    "draft": QT_TRANSLATE_NOOP("consult", "non validé"),
    "in_review": QT_TRANSLATE_NOOP("consult", "non validé"),
    "planned": QT_TRANSLATE_NOOP("consult", "prévue"),
    "held": QT_TRANSLATE_NOOP("consult", "tenue"),
    "closed": QT_TRANSLATE_NOOP("consult", "clôturée"),
    "open": QT_TRANSLATE_NOOP("consult", "en cours"),
    "done": QT_TRANSLATE_NOOP("consult", "faite"),
    "postponed": QT_TRANSLATE_NOOP("consult", "reportée"),
    "cancelled": QT_TRANSLATE_NOOP("consult", "annulée"),
}
DRAFT_MARKS = {  # the mark in front of a protocol hit that may not be applied yet
    "draft": QT_TRANSLATE_NOOP("consult", "Brouillon"),
    "in_review": QT_TRANSLATE_NOOP("consult", "En validation"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("consult", text)


def segments_html(segments: list[Segment]) -> str:
    """Escaped text with the matched words highlighted: no markup from the data gets through."""
    return "".join(
        f'<span style="{MARK}">{html.escape(t)}</span>' if on else html.escape(t)
        for t, on in segments
    )


def _date(iso: str) -> str:
    y, m, d = (iso.split("-") + ["", "", ""])[:3]
    return f"{d}/{m}/{y}" if d else iso


def heading(hit: Hit) -> tuple[str, str]:
    """(plain, HTML) first line of a hit: what it is, its code and title."""
    kind = _t(KINDS.get(hit.kind, hit.kind))
    status = _t(STATUSES[hit.status]) if hit.status in STATUSES else hit.status
    if hit.kind == "protocol":
        plain = f"{hit.code} — {hit.title}"
        rich = f"<b>{segments_html(hit.code_segments)}</b> — {segments_html(hit.title_segments)}"
        if hit.status in DRAFT_MARKS:
            mark = _t(DRAFT_MARKS[hit.status])
            plain = f"[{mark}] {plain}"
            rich = f'<span style="{DRAFT_MARK}">&nbsp;{html.escape(mark)}&nbsp;</span> {rich}'

    elif hit.kind == "meeting":
        when = _t("Réunion du {date}").format(date=_date(hit.code))
        plain = f"{when} — {hit.title}" if hit.title else when
        rich = html.escape(when) + (f" — {segments_html(hit.title_segments)}" if hit.title else "")
        kind = ""
    else:
        plain = rich = html.escape(
            _t("Décision de la réunion du {date}").format(date=_date(hit.code))
        )
        kind = ""
    tag = " · ".join(x for x in (kind, status) if x)
    return plain, f'{rich} <span style="color:#666">({html.escape(tag)})</span>'


def _no_hit_row(row: int, query: str, suggestion: str | None) -> tuple[str, str]:
    """(plain, HTML) of the "no result" line (row 0) or of one suggestion."""
    if suggestion is None:
        plain = _t("Aucun résultat pour « {query} »").format(query=query.strip())
        return plain, f"<b>{html.escape(plain)}</b>"
    ask = _t("Vouliez-vous dire : {suggestion} ?")
    before, _, after = ask.partition("{suggestion}")
    rich = (
        f"{html.escape(before)}<u style='color:#0b57d0'><b>{html.escape(suggestion)}</b></u>"
        f"{html.escape(after)}"
    )
    return ask.format(suggestion=suggestion), rich


class HitListModel(QAbstractListModel):
    """One row per hit; DisplayRole is plain text (screen readers), HTML_ROLE for drawing.

    Without hits, after a query: an "Aucun résultat" row, then one row per suggestion
    (SUGGESTION_ROLE holds the query to run)."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Hit] = []
        self.no_hit_query = ""  # the query that found nothing, when its rows are shown
        self.suggestions: list[str] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.no_hit_query, self.suggestions = "", []
        self.endResetModel()

    def set_no_hits(self, query: str, suggestions: list[str]) -> None:
        self.beginResetModel()
        self.hits = []
        self.no_hit_query, self.suggestions = query, suggestions
        self.endResetModel()

    @property
    def first_choice(self) -> int:
        """The first row that can be chosen (the "no result" line cannot)."""
        return 1 if self.no_hit_query else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self.hits) or ((1 + len(self.suggestions)) if self.no_hit_query else 0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.no_hit_query and index.row() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if not self.hits:
            row = index.row()
            suggestion = self.suggestions[row - 1] if row > 0 else None
            if role == SUGGESTION_ROLE:
                return suggestion
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, HTML_ROLE):
                plain, rich = _no_hit_row(row, self.no_hit_query, suggestion)
                return rich if role == HTML_ROLE else plain
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            plain, _ = heading(hit)
            return plain + "\n" + "".join(t for t, _ in hit.snippet)
        if role == HTML_ROLE:
            _, rich = heading(hit)
            return f"{rich}<br/><small>{segments_html(hit.snippet)}</small>"
        if role == HIT_ROLE:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's HTML (escaped text, highlighted words): heading, then snippet, wrapped.

    `text_width` is the width rows wrap at. Views ask sizes with an empty rectangle, and a hidden
    popup's viewport has no width yet, so its owner sets it before laying the rows out; without
    it every word went on its own line and three hits filled the window."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text_width = 0

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(100, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, option.rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        view = option.widget
        width = self.text_width or (view.viewport().width() if view is not None else 0)  # type: ignore[attr-defined]
        doc = self._document(option, index, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
