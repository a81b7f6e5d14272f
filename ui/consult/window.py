"""A window that is only consultation (care-room PCs, `--consult`): search field + protocol."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QCheckBox, QMainWindow, QToolBar, QWidget

from protoedit.search.engine import Hit
from ui.consult.search_box import SearchBox
from ui.consult.view import ConsultView
from ui.context import AppContext
from ui.widgets.plain import plain_label


class ConsultWindow(QMainWindow):
    """Signals: other_hit(Hit): a meeting or decision was chosen (shown by the main window)."""

    other_hit = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ProtoEdit — consultation"))
        self.resize(1000, 760)
        self.search = SearchBox(ctx, pool=pool)
        self.search.setMinimumWidth(420)
        bar = QToolBar(self.tr("Recherche"))
        bar.setObjectName("searchBar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.drafts = QCheckBox(self.tr("Inclure les brouillons"))
        self.drafts.setObjectName("includeDrafts")
        self.drafts.setToolTip(
            self.tr(
                "Chercher aussi dans les protocoles pas encore validés "
                "(affichés comme tels ; à ne pas appliquer)"
            )
        )
        self.drafts.toggled.connect(self.search.set_include_drafts)
        self.drafts.setVisible(not ctx.read_only)  # the local copy holds approved versions only
        bar.addWidget(self.drafts)
        self.addToolBar(bar)
        self.view = ConsultView(ctx, pool=pool)
        self.setCentralWidget(self.view)
        self.search.hit_chosen.connect(self.open_hit)
        if ctx.read_only:  # the local copy: say how old it is
            banner = plain_label(ctx.read_only_note)
            banner.setObjectName("readOnlyBanner")
            banner.setStyleSheet("color: white; background: #b00020; padding: 2px 8px;")
            self.statusBar().addWidget(banner)
        self.search.setFocus()

    def open_hit(self, hit: Hit) -> None:
        """A protocol opens here (a draft hit opens that draft, marked not validated)."""
        if hit.kind != "protocol" or hit.protocol_id is None:
            self.other_hit.emit(hit)
            self.statusBar().showMessage(
                self.tr("Les réunions et décisions s'ouvrent dans la fenêtre principale."), 5000
            )
            return
        if hit.status == "approved" or hit.version_id is None:
            self.view.open_protocol(hit.protocol_id)
        else:
            self.view.open_version(hit.version_id)
        self.view.body.setFocus()
