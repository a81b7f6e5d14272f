"""Application start-up: QApplication, translations, opening the database with its error dialogs."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from protoedit import i18n
from protoedit.actors import Actor, find_actor
from protoedit.errors import NotADatabaseError, ProtoEditError, ServerError
from protoedit.paths import default_db_path, resource_path
from protoedit.settings import Settings
from protoedit.store.database import Database, load_orm, open_database, to_url
from protoedit.store.network import is_network_path
from protoedit.store.probe import MSG_NETWORK_SHARE
from ui.context import AppContext
from ui.widgets.errors import core_message

log = logging.getLogger("protoedit.ui")
_translators: list[QTranslator] = []


def install_language(app: QCoreApplication, lang: str) -> None:
    """French is the source; English comes from resources/translations/protoedit_en.qm."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.French))
    if lang == "en":
        tr = QTranslator(app)
        if tr.load(str(resource_path("translations", "protoedit_en.qm"))):
            app.installTranslator(tr)
            _translators.append(tr)
        else:
            log.warning("English translation file missing")


class AfterFirstPaint(QObject):
    """Runs a function once, just after the window's first paint (work the first frame can skip)."""

    def __init__(self, window: QWidget, fn: Callable[[], object]) -> None:
        super().__init__(window)
        self.fn = fn
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.fn)  # after the whole paint pass, children included
        return False


def _t(text: str) -> str:
    return QCoreApplication.translate("startup", text)


def open_with_dialogs(target: str, parent: QWidget | None = None) -> Database | None:
    """Open the database; on a bad file explain it in plain words and offer the latest backup."""
    try:
        return open_database(target)
    except NotADatabaseError as err:
        from protoedit.store import backup  # error path and close only: not at start-up

        url = to_url(target)
        path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
        latest = backup.latest_good_backup(path) if path else None
        if latest is None:
            QMessageBox.critical(parent, "ProtoEdit", core_message(err) + "\n\n" + _t(
                "Aucune sauvegarde utilisable n'a été trouvée."))
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, "ProtoEdit", core_message(err) + "\n\n" + _t(
            "Dernière sauvegarde valide : {name}. La restaurer ? Le fichier actuel sera mis de côté, "
            "sans être modifié.").format(name=latest.name), parent=parent)
        restore = box.addButton(_t("Restaurer la sauvegarde"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_t("Quitter"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not restore or path is None:
            return None
        backup.restore(path, latest)
        return open_database(target)
    except ProtoEditError as err:
        QMessageBox.critical(parent, "ProtoEdit", core_message(err))
        return None


def open_server_or_copy(target: str, parent: QWidget | None = None) -> tuple[Database | None, str]:
    """A PostgreSQL server that cannot be reached falls back to the local read-only copy.

    Returns the database and, for the copy, the note shown in the window."""
    if not target.startswith("postgresql"):
        return open_with_dialogs(target, parent), ""
    try:
        return open_database(target), ""
    except ServerError as err:
        from protoedit import offline_copy

        copy = offline_copy.open_copy()
        if copy is None:
            QMessageBox.critical(parent, "ProtoEdit", core_message(err))
            return None, ""
        when = copy.made_at.strftime("%d/%m/%Y %H:%M") if copy.made_at else "?"
        note = _t("Copie locale en lecture seule du {when} : le serveur est injoignable.").format(
            when=when)
        QMessageBox.information(parent, "ProtoEdit", core_message(err) + "\n\n" + note)
        return copy.db, note
    except ProtoEditError as err:
        QMessageBox.critical(parent, "ProtoEdit", core_message(err))
        return None, ""


def refresh_offline_copy(ctx: AppContext) -> None:
    """Keep the local consultation copy fresh whenever the server is reachable."""
    if ctx.db.is_sqlite or ctx.read_only:
        return
    from protoedit import offline_copy

    try:
        offline_copy.refresh_copy(ctx.db)
    except Exception as err:  # noqa: BLE001 - a stale copy is better than a crash
        log.warning("consultation copy not refreshed: %s", err)


def resolve_actor(ctx: AppContext) -> bool:
    """Who uses this PC: from the settings, or asked on first start. False if the user gave up."""
    uid = ctx.settings.user_id
    actor = find_actor(ctx.db, uid) if uid is not None else None
    if actor is not None:
        ctx.actor = actor
        return True
    from ui.first_start import WhoDialog

    return WhoDialog(ctx).exec() == WhoDialog.DialogCode.Accepted


def start_gui(args: argparse.Namespace) -> tuple[QWidget, AppContext] | int:
    """Everything before the event loop: settings, language, database, who uses the PC, window.

    Returns the shown window and its context, or an exit code when the user gave up."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ProtoEdit")
    app.setOrganizationName("ProtoEdit")
    settings = Settings.load()
    if args.lang:
        settings.lang = args.lang
    install_language(app, settings.lang)
    target = args.db or settings.db_url or str(default_db_path())
    db, note = open_server_or_copy(target)
    if db is None:
        return 2
    if db.path is not None and is_network_path(db.path):
        QMessageBox.warning(None, "ProtoEdit", core_message(ProtoEditError(MSG_NETWORK_SHARE)))
    ctx = AppContext(db=db, settings=settings, read_only_note=note)
    if ctx.read_only:
        ctx.actor = Actor(None, _t("Consultation hors ligne"))
    elif not resolve_actor(ctx):
        db.close()
        return 0
    if getattr(args, "consult", False) or settings.consult_mode:
        from ui.consult.window import ConsultWindow

        window: QWidget = ConsultWindow(ctx)
    else:
        from ui.main_window import MainWindow

        window = MainWindow(ctx)
    # The window is listed without the ORM: load it while the user reads, not on the first click.
    AfterFirstPaint(window, load_orm)
    after_start = getattr(window, "after_start", None)
    if after_start is not None:
        AfterFirstPaint(window, after_start)
    window.show()
    QTimer.singleShot(1500, lambda: refresh_offline_copy(ctx))
    return window, ctx


def finish_gui(ctx: AppContext) -> None:
    """After the event loop: refresh the offline copy, the daily backup, close the database."""
    refresh_offline_copy(ctx)
    db = ctx.db
    if db.is_sqlite and db.path:
        from protoedit.store import backup

        try:
            backup.backup_on_close(db.path)
        except ProtoEditError as err:
            log.warning("daily backup failed: %s", err)
    db.close()


def run_gui(args: argparse.Namespace) -> int:
    started = start_gui(args)
    if isinstance(started, int):
        return started
    _window, ctx = started
    code = QApplication.instance().exec()  # type: ignore[union-attr]
    finish_gui(ctx)
    return code
