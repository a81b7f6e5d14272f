"""Application start-up: QApplication, translations, opening the database with its error dialogs."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from protoedit import i18n
from protoedit.actors import Actor, find_actor, is_coordinator
from protoedit.errors import NotADatabaseError, ProtoEditError, ServerError
from protoedit.paths import default_db_path, resource_path
from protoedit.settings import Settings
from protoedit.store.database import Database, load_orm, open_database, to_url
from protoedit.store.network import is_network_path
from protoedit.store.probe import MSG_NETWORK_SHARE
from ui.context import AppContext
from ui.widgets.errors import core_message

if TYPE_CHECKING:
    from protoedit.audit import ChainProblem

log = logging.getLogger("protoedit.ui")
_translators: list[QTranslator] = []
# Audit events verified on the UI thread just after the first paint (about 0.15 s); a longer
# chain is verified by a worker (about 4 s for 50,000 events).
CHAIN_SYNC_LIMIT = 2000
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# --smoke gives up (exit 3) when the window has not painted by then (a modal dialog waiting);
# PROTOEDIT_SMOKE_TIMEOUT overrides it.
SMOKE_TIMEOUT_S = 60.0


def install_language(app: QCoreApplication, lang: str) -> None:
    """French is the source, its plural forms in protoedit_fr.qm; English comes from
    resources/translations/protoedit_en.qm."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    i18n.set_language(lang)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.French)
    )
    tr = QTranslator(app)
    name = "protoedit_en.qm" if lang == "en" else "protoedit_fr.qm"
    if tr.load(str(resource_path("translations", name))):
        app.installTranslator(tr)
        _translators.append(tr)
    else:
        log.warning("translation file missing: %s", name)


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


def app_icon() -> QIcon:
    """The application icon: PNGs rendered from resources/icons/protoedit.svg (no SVG plugin
    loaded at start-up)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"protoedit-{size}.png")))
    return icon


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
            QMessageBox.critical(
                parent,
                "ProtoEdit",
                core_message(err) + "\n\n" + _t("Aucune sauvegarde utilisable n'a été trouvée."),
            )
            return None
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "ProtoEdit",
            core_message(err)
            + "\n\n"
            + _t(
                "Dernière sauvegarde valide : {name}. La restaurer ? Le fichier actuel sera mis de côté, "
                "sans être modifié."
            ).format(name=latest.name),
            parent=parent,
        )
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
            when=when
        )
        QMessageBox.information(parent, "ProtoEdit", core_message(err) + "\n\n" + note)
        return copy.db, note
    except ProtoEditError as err:
        QMessageBox.critical(parent, "ProtoEdit", core_message(err))
        return None, ""


def confirm_new_database(target: str, parent: QWidget | None = None) -> bool:
    """A SQLite path named on the command line or in the settings where there is no file yet
    (a mistyped path?): ask before creating an empty database there. The default database in
    the data folder is created silently on first start."""
    url = to_url(target)
    if url.get_backend_name() != "sqlite" or not url.database:
        return True
    path = Path(url.database)
    if path.exists() or path == default_db_path().resolve() or not path.parent.is_dir():
        return True
    answer = QMessageBox.question(
        parent,
        "ProtoEdit",
        _t(
            "Aucune base à cet endroit : {path}.\n\nCréer une nouvelle base vide ici ? Si vous "
            "pensiez ouvrir une base existante, répondez Non et vérifiez le chemin."
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def chain_banner_text(ctx: AppContext, problem: ChainProblem) -> str:
    """What the banner says of a broken audit chain: to everyone, and to the coordinator the
    event that broke it."""
    text = _t(
        "Le journal des modifications de cette base est incohérent : il a pu être modifié "
        "en dehors de ProtoEdit. Vous pouvez continuer à travailler."
    )
    if not is_coordinator(ctx.db, ctx.actor):
        return text + " " + _t("Prévenez la coordination de l'équipe.")
    detail = problem.message(i18n.language())
    if problem.at is not None:
        when = problem.at.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")
        detail += " " + _t("Événement enregistré le {when}.").format(when=when)
    return (
        text
        + " "
        + detail
        + " "
        + _t("Comparez avec une sauvegarde (python main.py check) pour savoir ce qui a changé.")
    )


def check_audit_chain(window: QWidget, ctx: AppContext) -> None:
    """Verify the audit chain once the window is shown (the ORM loaded); a broken link shows a
    banner."""
    from protoedit import audit
    from ui.widgets.banner import show_banner

    if not isinstance(window, QMainWindow):
        return
    main = window

    def show(problem: ChainProblem | None) -> None:
        if problem is not None and main.isVisible():
            show_banner(main, "auditBanner", chain_banner_text(ctx, problem))

    def failed(err: BaseException) -> None:
        log.warning("audit chain not verified: %s", err)

    try:
        if audit.chain_length(ctx.db) <= CHAIN_SYNC_LIMIT:
            show(audit.first_break(ctx.db))
            return
    except ProtoEditError as err:
        failed(err)
        return
    from ui.widgets.tasks import TaskRunner

    runner = TaskRunner(parent=window)
    runner.start(lambda _progress, _cancelled: audit.first_break(ctx.db), show, failed)


def after_first_paint(window: QWidget, ctx: AppContext) -> None:
    load_orm()
    check_audit_chain(window, ctx)


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
    assert isinstance(app, QApplication)  # a GUI application, never a bare QCoreApplication
    app.setApplicationName("ProtoEdit")
    app.setOrganizationName("ProtoEdit")
    app.setDesktopFileName("protoedit")  # resources/protoedit.desktop
    app.setWindowIcon(app_icon())
    settings = Settings.load()
    if args.lang:
        settings.lang = args.lang
    install_language(app, settings.lang)
    target = args.db or settings.db_url or str(default_db_path())
    if not confirm_new_database(target):
        return 0
    db, note = open_server_or_copy(target)
    if db is None:
        return 2
    if db.path is not None and is_network_path(db.path):
        QMessageBox.warning(None, "ProtoEdit", core_message(ProtoEditError(MSG_NETWORK_SHARE)))
    if db.read_only is not None:  # a file or folder we may not write: consultation only
        note = core_message(db.read_only)
    ctx = AppContext(db=db, settings=settings, read_only_note=note)
    if db.read_only is not None:
        uid = settings.user_id
        ctx.actor = (find_actor(db, uid) if uid is not None else None) or Actor(
            None, _t("Consultation (lecture seule)")
        )
    elif ctx.read_only:
        ctx.actor = Actor(None, _t("Consultation hors ligne"))
    elif getattr(args, "smoke", False):  # no first-start dialog: nothing is written
        uid = settings.user_id
        ctx.actor = (find_actor(db, uid) if uid is not None else None) or Actor(None, "smoke")
    elif not resolve_actor(ctx):
        db.close()
        return 0
    if getattr(args, "consult", False) or settings.consult_mode:
        from ui.consult.window import ConsultWindow

        window: QWidget = ConsultWindow(ctx)
    else:
        from ui.main_window import MainWindow

        window = MainWindow(ctx)
    # The window is listed without the ORM: load it while the user reads, not on the first click;
    # then verify the audit chain.
    AfterFirstPaint(window, lambda: after_first_paint(window, ctx))
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
    if db.is_sqlite and db.path and db.read_only is None:  # consultation changed nothing
        from protoedit.store import backup

        try:
            backup.backup_on_close(db.path)
        except (ProtoEditError, OSError) as err:  # e.g. the folder became read-only
            log.warning("daily backup failed: %s", err)
    db.close()


def _smoke_watchdog(started_at: float) -> None:
    """--smoke: end the process when the window has not painted in time (a dialog waiting)."""

    def give_up() -> None:
        print(
            f"smoke: no main window painted after {time.monotonic() - started_at:.1f} s",
            file=sys.stderr,
            flush=True,
        )
        os._exit(3)

    timeout = float(os.environ.get("PROTOEDIT_SMOKE_TIMEOUT", SMOKE_TIMEOUT_S))
    timer = threading.Timer(timeout, give_up)
    timer.daemon = True
    timer.start()


def _exit_after_paint(window: QWidget, started_at: float) -> None:
    """--smoke: once the window (and the work queued after its first paint) is done, exit 0."""

    def done() -> None:
        print(
            f"smoke: {type(window).__name__} painted in {time.monotonic() - started_at:.2f} s",
            flush=True,
        )
        QApplication.instance().quit()  # type: ignore[union-attr]

    AfterFirstPaint(window, done)


def run_gui(args: argparse.Namespace) -> int:
    started_at = time.monotonic()
    if args.smoke:
        _smoke_watchdog(started_at)
    started = start_gui(args)
    if isinstance(started, int):
        return started
    window, ctx = started
    if args.smoke:
        _exit_after_paint(window, started_at)
    code = QApplication.instance().exec()  # type: ignore[union-attr]
    finish_gui(ctx)
    return code
