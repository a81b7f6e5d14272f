"""Main window: navigation, library and screens, menus, zoom for projectors, status bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from protoedit import __version__
from protoedit.library import LibraryRow
from ui.consult.search_box import SearchBox
from ui.context import AppContext
from ui.library.view import LibraryView
from ui.widgets.plain import plain_label

if TYPE_CHECKING:
    from protoedit.search.engine import Hit
    from ui.consult.view import ConsultView
    from ui.cooperation.view import CooperationView
    from ui.meetings.view import MeetingsView
    from ui.protocol.editor import ProtocolEditor
    from ui.quality.view import QualityView
    from ui.team.view import TeamView

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("ProtoEdit"))
        self.resize(1200, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        central = QWidget()
        outer = QVBoxLayout(central)
        self.banners = QVBoxLayout()  # read-only database, broken audit chain
        outer.addLayout(self.banners)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._page_keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self.library = LibraryView(ctx)
        self.add_page("library", lambda: self.library, self.tr("Bibliothèque"), "Ctrl+1")
        self.add_page("team", self._make_team, self.tr("Équipe"), "Ctrl+2")
        self.add_page("protocol", self._make_editor, self.tr("Protocole ouvert"), "Ctrl+3")
        self.add_page("cooperation", self._make_cooperation, self.tr("Coopérations"), "Ctrl+4")
        self.add_page("consult", self._make_consult, self.tr("Consultation"), "Ctrl+5")
        if not ctx.read_only:  # the offline copy holds approved protocols only
            self.add_page("meetings", self._make_meetings, self.tr("Réunions"), "Ctrl+6")
            self.add_page("decisions", self._make_board, self.tr("Décisions"), "Ctrl+7")
            self.add_page("aci", self._make_aci, self.tr("Indicateurs ACI"), "Ctrl+8")
            self.add_page("quality", self._make_quality, self.tr("Qualité"), "Ctrl+9")
        self.search = SearchBox(ctx, include_drafts=not ctx.read_only)  # authors find drafts
        self.search.setMinimumWidth(460)
        self.search.hit_chosen.connect(self.open_hit)
        bar = QToolBar(self.tr("Recherche"))
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.addToolBar(bar)
        self.search_bar = bar
        self.library.open_requested.connect(self.open_document)
        ctx.hub.version_requested.connect(self.open_version)
        self._zoom_before_presentation = 1.0
        self.nav.currentRowChanged.connect(self._row_changed)
        self._build_menus()
        self.base_font_size = QApplication.font().pointSizeF()
        self.apply_zoom(ctx.settings.font_scale)
        who = ctx.actor.name
        if ctx.read_only:
            self.show_banner("readOnlyBanner", ctx.read_only_note)
        self.index_status = plain_label()
        self.index_status.setObjectName("indexStatus")
        self.index_status.hide()
        self.statusBar().addWidget(self.index_status)
        self.search.index_progress.connect(self._index_progress)
        self.search.index_ready.connect(lambda _count: self.index_status.hide())
        self.statusBar().addPermanentWidget(plain_label(self.tr("Poste : {who}").format(who=who)))
        self.statusBar().addPermanentWidget(plain_label(ctx.db.display_name))
        self.show_page("library")

    def show_banner(self, name: str, text: str) -> QLabel:
        """A red band above the pages saying what limits the work and what to do."""
        from ui.widgets.banner import show_banner

        return show_banner(self, name, text)

    # -- pages, built the first time they are shown (start-up shows the library only) ---------

    def add_page(
        self, key: str, factory: Callable[[], QWidget], title: str, shortcut: str = ""
    ) -> None:
        self._page_keys.append(key)
        self._factories[key] = factory
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(holder)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if shortcut:
            item.setToolTip(shortcut)
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(action)
        self.nav.addItem(item)

    def page(self, key: str) -> QWidget:
        """The page's widget, built on first use."""
        widget = self._built.get(key)
        if widget is None:
            widget = self._factories[key]()
            self._built[key] = widget
            holder = self.pages.widget(self._page_keys.index(key))
            layout = holder.layout() if holder is not None else None
            assert layout is not None  # every page has its holder, with a layout
            layout.addWidget(widget)
        return widget

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            key = self._page_keys[row]
            first_show = key not in self._built
            self.page(key)
            if first_show and key == "protocol":  # not built by open_version: the last one
                self.editor.reopen_last()
            self.pages.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._page_keys.index(key))

    def _make_team(self) -> QWidget:
        from ui.team.view import TeamView

        return TeamView(self.ctx)

    def _make_editor(self) -> QWidget:
        from ui.protocol.editor import ProtocolEditor

        editor = ProtocolEditor(self.ctx)
        editor.presentation_toggled.connect(self.set_presentation)
        editor.library_requested.connect(lambda: self.show_page("library"))
        editor.new_requested.connect(self.new_protocol)
        return editor

    def _make_cooperation(self) -> QWidget:
        from ui.cooperation.view import CooperationView

        return CooperationView(self.ctx)

    def _make_consult(self) -> QWidget:
        from ui.consult.view import ConsultView

        return ConsultView(self.ctx)

    def _make_meetings(self) -> QWidget:
        from ui.meetings.view import MeetingsView

        view = MeetingsView(self.ctx)
        view.presentation_toggled.connect(self.set_presentation)
        return view

    def _make_board(self) -> QWidget:
        from ui.meetings.board import DecisionsBoard

        return DecisionsBoard(self.ctx)

    def _make_aci(self) -> QWidget:
        from ui.meetings.aci_view import AciYearView

        return AciYearView(self.ctx)

    def _make_quality(self) -> QWidget:
        from ui.quality.view import QualityView

        return QualityView(self.ctx)

    @property
    def quality(self) -> QualityView | None:
        """None on the read-only local copy, which records no measurements."""
        if "quality" not in self._factories:
            return None
        return self.page("quality")  # type: ignore[return-value]

    @property
    def team(self) -> TeamView:
        return self.page("team")  # type: ignore[return-value]

    @property
    def editor(self) -> ProtocolEditor:
        return self.page("protocol")  # type: ignore[return-value]

    @property
    def cooperation(self) -> CooperationView:
        return self.page("cooperation")  # type: ignore[return-value]

    @property
    def consult(self) -> ConsultView:
        return self.page("consult")  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsView | None:
        """None on the read-only local copy, which has no meetings."""
        if "meetings" not in self._factories:
            return None
        return self.page("meetings")  # type: ignore[return-value]

    def current_page(self) -> str:
        return self._page_keys[self.pages.currentIndex()]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        new_action = file_menu.addAction(self.tr("&Nouveau protocole…"))
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_protocol)
        new_action.setEnabled(not self.ctx.read_only)
        file_menu.addSeparator()
        prefs = file_menu.addAction(self.tr("&Préférences…"))
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.triggered.connect(self.preferences)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quitter"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view = self.menuBar().addMenu(self.tr("&Affichage"))
        for key, title in (("library", self.tr("Bibliothèque")), ("team", self.tr("Équipe"))):
            view.addAction(title).triggered.connect(lambda _=False, k=key: self.show_page(k))
        view.addSeparator()
        zin = view.addAction(self.tr("Agrandir le texte"))
        zin.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        zin.triggered.connect(lambda: self.step_zoom(+1))
        zout = view.addAction(self.tr("Réduire le texte"))
        zout.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zout.triggered.connect(lambda: self.step_zoom(-1))
        zreset = view.addAction(self.tr("Taille normale"))
        zreset.setShortcut(QKeySequence("Ctrl+0"))
        zreset.triggered.connect(lambda: self.apply_zoom(1.0))
        protocol_menu = self.menuBar().addMenu(self.tr("&Protocole"))
        quality = protocol_menu.addAction(self.tr("&Qualité du protocole"))
        quality.setToolTip(self.tr("Mesures, graphiques et cycles PDSA du protocole ouvert"))
        quality.triggered.connect(self.open_editor_quality)
        quality.setEnabled(not self.ctx.read_only)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        help_menu.addAction(self.tr("À propos de ProtoEdit")).triggered.connect(self.about)

    def preferences(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ctx.settings, self)
        if dlg.exec() == SettingsDialog.DialogCode.Accepted and dlg.changed_restart:
            QMessageBox.information(
                self,
                self.tr("Préférences"),
                self.tr(
                    "Les changements de langue ou de base prendront effet au prochain démarrage."
                ),
            )

    def new_protocol(self) -> None:
        from ui.protocol.new_dialog import NewProtocolDialog

        dlg = NewProtocolDialog(self.ctx, self)
        if dlg.exec() == NewProtocolDialog.DialogCode.Accepted and dlg.version_id is not None:
            self.open_version(dlg.version_id)

    def open_version(self, version_id: int) -> None:
        self.editor.open_version(version_id)
        self.show_page("protocol")

    def open_quality(self, protocol_id: int) -> None:
        """The protocol's quality page, in the "Qualité" page."""
        if self.quality is not None:
            self.show_page("quality")
            self.quality.open_protocol(protocol_id)

    def open_editor_quality(self) -> None:
        version = self.editor.version if "protocol" in self._built else None
        if version is None:
            QMessageBox.information(
                self,
                self.tr("Qualité du protocole"),
                self.tr(
                    "Ouvrez d'abord un protocole (Bibliothèque, puis Entrée sur le protocole)."
                ),
            )
            return
        self.open_quality(version.protocol_id)

    def open_document(self, row: LibraryRow) -> None:
        if row.kind == "protocol":
            from protoedit.protocols.queries import latest_version

            latest = latest_version(self.ctx.db, row.id)
            if latest is not None:
                self.open_version(latest.version_id)
        elif row.kind == "cooperation":
            self.cooperation.select_id(row.id)
            self.show_page("cooperation")
        elif row.kind == "meeting" and self.meetings is not None:
            self.meetings.select(row.id)
            self.show_page("meetings")

    def open_hit(self, hit: Hit) -> None:
        """A search result: an approved protocol opens in consultation, a draft (or a version in
        review) in the editor, a meeting or a decision opens its meeting."""
        if hit.kind == "protocol" and hit.protocol_id is not None:
            if hit.status == "approved" or hit.version_id is None:
                self.consult.open_protocol(hit.protocol_id)
                self.show_page("consult")
                self.consult.body.setFocus()
            else:
                self.open_version(hit.version_id)
        elif hit.meeting_id is not None and self.meetings is not None:
            self.meetings.select(hit.meeting_id)
            self.show_page("meetings")

    def set_presentation(self, on: bool) -> None:
        """Meeting mode: full screen, navigation hidden, large type."""
        self.nav.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.search_bar.setVisible(not on)
        if on:
            self._zoom_before_presentation = self.ctx.settings.font_scale
            self._size_before_presentation = self.size()
            self.apply_zoom(max(1.5, self._zoom_before_presentation))
            self.showFullScreen()
        else:
            self.apply_zoom(self._zoom_before_presentation)
            self.showNormal()
            # Widgets hidden during the large type keep its minimum sizes until asked again:
            # without this the window came back wider than the 1280-pixel projector.
            for layout in self.findChildren(QLayout):
                layout.invalidate()
            size = getattr(self, "_size_before_presentation", None)
            if size is not None:
                self.resize(size)
                QTimer.singleShot(0, lambda: self.resize(size))  # once the layouts have settled

    def step_zoom(self, direction: int) -> None:
        scale = self.ctx.settings.font_scale
        idx = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - scale))
        idx = max(0, min(len(ZOOM_STEPS) - 1, idx + direction))
        self.apply_zoom(ZOOM_STEPS[idx])

    def apply_zoom(self, scale: float) -> None:
        self.ctx.settings.font_scale = scale
        font = self.font()
        font.setPointSizeF(self.base_font_size * scale)
        self.setFont(font)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(self.base_font_size * scale * 1.2)
        self.nav.setFont(nav_font)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("À propos de ProtoEdit"),
            self.tr(
                "ProtoEdit {version}\nProtocoles pluriprofessionnels, protocoles de coopération "
                "et réunions de concertation.\nBase : {db}"
            ).format(version=__version__, db=self.ctx.db.display_name),
        )

    def _index_progress(self, done: int, total: int) -> None:
        self.index_status.setText(
            self.tr("Index de recherche : mise à jour, {done} / {total}").format(
                done=done, total=total
            )
        )
        self.index_status.setToolTip(
            self.tr(
                "La recherche montre déjà ce qui est indexé ; les documents restants s'y ajoutent "
                "en arrière-plan."
            )
        )
        self.index_status.show()

    def after_start(self) -> None:
        """Once the window is painted: offer unsaved edits kept at the last close, and bring
        the search index up to date in the background (imports and migrations included)."""
        if not self.ctx.read_only:
            from ui.recovery_dialog import offer_recovery

            offer_recovery(self)
        self.search.refresh_index()

    def restore_protocol(self, version_id: int, state: object, revision: int | None) -> None:
        self.show_page("protocol")
        self.editor.restore(version_id, state, revision)  # type: ignore[arg-type]

    def restore_item(
        self, meeting_id: int, item_id: int, notes: str, proposal: str, revision: int | None
    ) -> None:
        if self.meetings is not None:
            self.show_page("meetings")
            self.meetings.restore_item(meeting_id, item_id, notes, proposal, revision)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Pending edits are saved; those that cannot be are kept in recovery files and the
        user is asked once whether to quit (never a warning per document)."""
        screens = [self._built[k] for k in ("protocol", "meetings") if k in self._built]
        outcomes = [s.prepare_close() for s in screens]  # type: ignore[attr-defined]
        if any(o != "saved" for o in outcomes):
            from ui.recovery_dialog import confirm_quit

            if not confirm_quit(self, kept="lost" not in outcomes):
                event.ignore()  # the user stays, to copy the edits or retry
                return
        if "protocol" in self._built:
            self.editor.closed = True
        if "meetings" in self._built:
            self._built["meetings"].meeting_screen.during.panel.closed = True  # type: ignore[attr-defined]
        self.search.stop_index()
        with contextlib.suppress(OSError):
            self.ctx.settings.save()
        event.accept()
