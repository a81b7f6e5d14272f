"""During the meeting, one agenda item: its timer, notes, proposal and deviation reason (saved as
typed), decisions; for a quality review, the protocol's charts and open PDSA cycles."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from protoedit import recovery
from protoedit.errors import ConflictError, ProtoEditError
from protoedit.meetings import agenda
from protoedit.meetings.queries import ItemView, get_item
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.meetings.decisions_box import DecisionsBox
from ui.meetings.models import item_kind_label, patient_cell
from ui.meetings.quality_box import QualityReviewBox
from ui.meetings.timer import ItemTimer
from ui.operations import run_op
from ui.widgets.markdown_field import MarkdownField
from ui.widgets.merge_dialog import resolve_fields, taken_text
from ui.widgets.plain import plain_label
from ui.widgets.save_failures import SaveFailures

# What is typed during the meeting, field -> the core operation saving it.

RECOVERY_KIND = "agenda_item"


def _boxed(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class ItemPanel(QWidget):
    """Notes and proposal are saved a moment after typing stops, and before leaving the item."""

    SAVE_DELAY_MS = 800

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: ItemView | None = None
        self.read_only = False
        self.dirty: set[str] = set()
        self.base: dict[str, str] = {}  # the texts as loaded: a conflict merges from them
        self.base_revision: int | None = None  # the item's revision when they were loaded
        self.meeting_id: int | None = None  # set by the page that shows the item
        self.meeting_label = ""
        self._leaving = False
        self._saving = False
        self.failures = SaveFailures()
        self.closed = False  # the window is closing: nothing more is saved
        self._charts_room_pending = False  # a quality review shown while the panel was hidden
        self.title = plain_label()
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.info = plain_label()
        self.info.setWordWrap(True)
        self.timer = ItemTimer()
        self.notes = MarkdownField()
        self.notes.editor.setPlaceholderText(
            self.tr("Problèmes discutés, notes de discussion (Markdown)")
        )
        self.notes_private = QCheckBox(self.tr("Ne pas imprimer dans le compte rendu"))
        self.notes_private.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.notes_private.setToolTip(
            self.tr(
                "Les notes restent ici ; le PDF du compte rendu indique seulement qu'elles sont "
                "tenues hors du compte rendu."
            )
        )
        self.proposal = MarkdownField()
        self.proposal.editor.setPlaceholderText(self.tr("Proposition retenue par l'équipe"))
        self.deviation = MarkdownField()
        self.deviation.editor.setPlaceholderText(
            self.tr("Si la prise en charge finale diffère de la proposition : la raison")
        )
        self.deviation.setMaximumHeight(90)
        self.text_fields = {
            "notes": self.notes,
            "proposal": self.proposal,
            "deviation_reason": self.deviation,
        }
        for field in self.text_fields.values():
            field.show_preview(False)
        self.decisions = DecisionsBox(ctx)
        self.quality = QualityReviewBox(ctx)
        self.saved_label = QLabel()
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(self.SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        head = QHBoxLayout()
        head.addWidget(self.info, 1)
        head.addWidget(self.timer)
        # A quality review's charts beside the notes: the height goes to the charts.
        self.top_split = top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.quality)
        top.addWidget(_boxed(self.tr("Problèmes discutés"), self.notes, self.notes_private))
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        self.proposal_box = _boxed(self.tr("Proposition"), self.proposal, self.deviation)
        split.addWidget(self.proposal_box)
        split.addWidget(self.decisions)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addWidget(self.saved_label)
        for which, field in self.text_fields.items():
            field.text_edited.connect(lambda which=which: self._edited(which))
        self.notes_private.clicked.connect(self._set_private)
        self.timer.stopped.connect(self._record_time)

    def _edited(self, which: str) -> None:
        if self.item is None or self.read_only:
            return
        self.dirty.add(which)
        self.saved_label.setText(self.tr("Modifications en cours…"))
        self.save_timer.start()

    def save_now(self, quiet: bool = False) -> bool:
        """Save pending notes, proposal and deviation reason in one go (one refresh after);
        False when the core refused: the texts go to a recovery file and the user is warned
        once (`quiet`: not at all) until a save works."""
        self.save_timer.stop()
        item = self.item
        if self.closed:
            return True
        pending = [which for which in agenda.ITEM_TEXTS if which in self.dirty]
        if item is None or not pending or self._saving:
            if item is not None and not self._saving:
                self.saved_label.setText(self.tr("Enregistré."))
            return True
        texts = {which: self.text_fields[which].text() for which in pending}
        self.dirty.difference_update(pending)  # the refresh after saving keeps what is typed
        self._saving = True
        note: str | None = ""
        changes: OpChanges | None = None
        try:
            try:
                changes = agenda.set_item_texts(
                    self.ctx.db, self.ctx.actor, item.id, texts, self.base_revision
                )
                self.base.update(texts)
            except ConflictError:  # saved on another PC since loaded: merge with it
                changes, note = self._merge_with_other_pc(item.id, texts)
        except ProtoEditError as err:
            self.dirty.update(pending)
            self._failed(err, quiet)
            return False
        finally:
            self._saving = False
        if changes is not None:
            self.ctx.notify(changes, self)  # reloads the item: the next save uses its revision
        if note is None:  # the merge dialog was cancelled: nothing saved, the typing stays
            self.dirty.update(pending)
            self.keep_recovery()
            self.saved_label.setText(self.tr("Non enregistré : conflit avec l'autre poste."))
            return False
        self.failures.succeeded()
        recovery.remove(self.ctx.db.display_name, RECOVERY_KIND, item.id)
        self.saved_label.setText(note or self.tr("Enregistré."))
        return True

    def _merge_with_other_pc(
        self, item_id: int, mine: dict[str, str]
    ) -> tuple[OpChanges | None, str | None]:
        """Merge the texts typed here with the item as the other PC saved it: a text only one
        PC changed is kept as it is; a text both changed is chosen in the merge dialog. What
        was saved and what to tell the user; (None, None) when the dialog was cancelled."""
        theirs_item = get_item(self.ctx.db, item_id)
        theirs = {which: getattr(theirs_item, which) for which in mine}
        labels = {
            "notes": self.tr("Notes"),
            "proposal": self.tr("Proposition"),
            "deviation_reason": self.tr("Raison de l'écart"),
        }
        result = resolve_fields(
            self,
            self.title.text(),
            self.tr("Point de réunion"),
            {w: self.base.get(w, "") for w in mine},
            mine,
            theirs,
            labels,
            lambda _key, value: str(value or "—"),
        )
        if result is None:
            return None, None
        for which, text in result.merge.values.items():
            self.text_fields[which].set_text(text)
        self.base.update(theirs)
        self.base_revision = theirs_item.revision
        merged = {w: t for w, t in result.merge.values.items() if t != theirs[w]}
        changes = agenda.set_item_texts(
            self.ctx.db, self.ctx.actor, item_id, merged, theirs_item.revision
        )
        self.base.update(merged)
        return changes, " · ".join(t for t in (result.copied, taken_text(result.merge)) if t)

    def _failed(self, err: ProtoEditError, quiet: bool) -> None:
        self.failures.failed(self, self.saved_label, err, self.keep_recovery(), quiet)

    def has_unsaved(self) -> bool:
        return self.item is not None and bool(self.dirty) and not self.read_only

    def keep_recovery(self) -> bool:
        """Write the notes and proposal being typed to the recovery file; False if that failed."""
        item = self.item
        if item is None:
            return False
        label = (
            f"{self.meeting_label} — {self.title.text()}"
            if self.meeting_label
            else self.title.text()
        )
        try:
            recovery.write(
                self.ctx.db.display_name,
                RECOVERY_KIND,
                item.id,
                label,
                {
                    "meeting_id": self.meeting_id,
                    **{which: field.text() for which, field in self.text_fields.items()},
                },
                item.revision,
                self.ctx.actor.name,
            )
        except OSError:
            return False
        return True

    def restore(self, notes: str, proposal: str, revision: int | None) -> None:
        """Recovered notes and proposal shown as typed: they are saved a moment later (or the
        save is refused as a conflict when the item was saved elsewhere since `revision`)."""
        if self.item is None:
            return
        if revision is not None:
            self.item.revision = self.base_revision = revision
        self.notes.set_text(notes)
        self.proposal.set_text(proposal)
        self.dirty.update({"notes", "proposal"})
        self.saved_label.setText(self.tr("Copie de secours restaurée, pas encore enregistrée"))
        self.save_timer.start()

    def load(self, item: ItemView | None, number: int = 0) -> None:
        """Show an item; the same item again keeps what is being typed."""
        same = item is not None and self.item is not None and item.id == self.item.id
        if not same:
            self._leaving = True
            try:
                self.save_now()  # may reload the screen: nested loads are ignored meanwhile
            finally:
                self._leaving = False
            self.dirty.clear()
            self.saved_label.clear()
        elif self._leaving:
            return
        self.item = item
        if item is None:
            self.title.setText(self.tr("Aucun point sélectionné"))
            self.info.clear()
        else:
            theme = f" : {item.theme}" if item.theme else ""
            self.title.setText(f"{number}. {item_kind_label(item.kind)}{theme}")
            self.info.setText(self._info(item))
        for which, field in self.text_fields.items():
            if which not in self.dirty:
                field.set_text(getattr(item, which) if item else "")
                self.base[which] = getattr(item, which) if item else ""
        if not self.dirty:  # while typing, the save merges with what changed since
            self.base_revision = item.revision if item else None
        self.notes_private.setChecked(bool(item and item.notes_private))
        self.timer.set_item(
            item.id if item else None,
            item.minutes_spent if item else None,
            item.slot_minutes if item else 0,
        )
        self.decisions.load(item)
        self.quality.load(item)
        # A quality review ends in decisions: its charts take the proposal's room (kept when
        # one was written).
        self.proposal_box.setVisible(
            item is None
            or item.kind != "quality_review"
            or bool(item.proposal or item.deviation_reason)
        )
        if not same and item is not None and item.kind == "quality_review":
            QTimer.singleShot(0, self._room_for_charts)  # once the splitter has its height
        self.set_read_only(self.read_only)

    def _room_for_charts(self) -> None:
        """Most of the height to the charts (and the notes beside them), the rest to the
        decisions."""
        if not self.split.isVisible():
            self._charts_room_pending = True  # done when shown (see showEvent)
            return
        self._charts_room_pending = False
        total = self.split.height()
        parts = [self.split.widget(i) for i in range(self.split.count())]
        shown = [w is not None and w.isVisibleTo(self.split) for w in parts]
        shares = [0.6, 0.2, 0.4]
        self.split.setSizes(
            [int(total * share) if on else 0 for share, on in zip(shares, shown, strict=True)]
        )
        width = self.top_split.width()  # and two thirds of the width: the charts' dates read
        self.top_split.setSizes([width * 2 // 3, width - width * 2 // 3])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self._charts_room_pending:
            QTimer.singleShot(0, self._room_for_charts)

    def _info(self, item: ItemView) -> str:
        parts = []
        if item.kind == "case":
            consent = (
                self.tr("consentement recueilli")
                if item.consent == "yes"
                else self.tr("consentement non demandé : initiales seulement")
            )
            parts.append(
                self.tr("Patient : {who} ({consent})").format(
                    who=patient_cell(item), consent=consent
                )
            )
        if item.protocol_title:
            parts.append(self.tr("Protocole : {title}").format(title=item.protocol_title))
        if item.requester:
            parts.append(self.tr("demandé par {who}").format(who=item.requester))
        if item.presenter:
            parts.append(self.tr("présenté par {who}").format(who=item.presenter))
        parts.append(
            self.tr("{start}, {n} min prévues").format(
                start=f"{item.starts_at:%H:%M}", n=item.slot_minutes
            )
        )
        return " · ".join(parts)

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        enabled = self.item is not None and not ro
        for field in self.text_fields.values():
            field.set_read_only(not enabled)
        self.notes_private.setEnabled(enabled)
        self.timer.setEnabled(enabled)
        self.decisions.set_read_only(ro or self.item is None)

    def _set_private(self, private: bool) -> None:
        """Notes kept out of the printed minutes (or printed again), saved at once."""
        if self.item is None or self.read_only:
            return
        item_id = self.item.id
        if (
            not self.save_now()
            or run_op(self.ctx, self, agenda.set_notes_private, item_id, private) is None
        ):
            self.notes_private.setChecked(bool(self.item and self.item.notes_private))

    def _record_time(self, item_id: int, minutes: int) -> None:
        """Time spent on the item; for a protocol item it adds to the protocol's record."""
        run_op(self.ctx, self, agenda.set_minutes_spent, item_id, minutes)
