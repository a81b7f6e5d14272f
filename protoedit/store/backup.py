"""SQLite backups with the online backup API: made before migrations and daily, rotated, restored."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from protoedit.errors import MissingDatabaseError, NotADatabaseError, StorageError
from protoedit.i18n import N_
from protoedit.store.errors import MSG_CORRUPT, classify
from protoedit.store.preflight import preflight_sqlite

log = logging.getLogger("protoedit.store")

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PRE_MIGRATION = 3
STAMP = "%Y%m%d-%H%M%S"


def backup_dir(db_path: Path) -> Path:
    """Backups of `x.sqlite` live in `x.sqlite.backups/` beside it."""
    return db_path.with_name(db_path.name + ".backups")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str


def _copy(source: Path, dest: Path) -> None:
    """Consistent copy with the backup API (safe under WAL), written atomically."""
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.DatabaseError as err:
        tmp.unlink(missing_ok=True)
        raise classify(err, str(source)) from err
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)


def make_backup(
    db_path: Path, reason: str = "manual", dest: Path | None = None, now: dt.datetime | None = None
) -> Path:
    """Copy the database to `dest` or to its backup folder; return the copy's path."""
    now = now or dt.datetime.now()
    if dest is None:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{db_path.stem}-{now.strftime(STAMP)}-{reason}.sqlite"
        n = 1
        while dest.exists():
            dest = folder / f"{db_path.stem}-{now.strftime(STAMP)}-{reason}-{n}.sqlite"
            n += 1
    _copy(db_path, dest)
    log.info("backup %s -> %s", db_path, dest)
    return dest


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = backup_dir(db_path)
    found: list[BackupInfo] = []
    if not folder.exists():
        return found
    prefix = db_path.stem + "-"
    for p in folder.glob(f"{db_path.stem}-*.sqlite"):
        parts = p.stem[len(prefix) :].split("-")
        try:
            made = dt.datetime.strptime(f"{parts[0]}-{parts[1]}", STAMP)
        except (ValueError, IndexError):
            continue
        found.append(BackupInfo(p, made, parts[2] if len(parts) > 2 else ""))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune(db_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 7 days and of each of the 4 weeks before,
    and the last 3 pre-migration ones; delete the rest. Returns what was deleted."""
    now = now or dt.datetime.now()
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    backups = list_backups(db_path)
    for b in [b for b in backups if b.reason == "premigration"][:KEEP_PRE_MIGRATION]:
        keep.add(b.path)
    for b in backups:
        if b.reason == "premigration":
            continue
        day = b.made_at.date()
        if (now.date() - day).days < KEEP_DAILY:
            if day not in days:
                days.add(day)
                keep.add(b.path)
        else:
            week = day.isocalendar()[:2]
            if week not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.add(week)
                keep.add(b.path)
    deleted = [b.path for b in backups if b.path not in keep]
    for p in deleted:
        p.unlink(missing_ok=True)
    return deleted


def backup_on_close(db_path: Path, now: dt.datetime | None = None) -> Path | None:
    """At most one automatic backup a day, then rotation."""
    now = now or dt.datetime.now()
    if not db_path.exists():
        return None
    if any(b.made_at.date() == now.date() and b.reason == "daily" for b in list_backups(db_path)):
        return None
    made = make_backup(db_path, "daily", now=now)
    prune(db_path, now)
    return made


def is_good(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict: str = con.execute("PRAGMA quick_check").fetchone()[0]
            return verdict == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def latest_good_backup(db_path: Path) -> Path | None:
    for b in list_backups(db_path):
        if is_good(b.path):
            return b.path
    return None


def restore(db_path: Path, backup_file: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database by a backup; the current file is first put aside (path returned).

    Use with the database closed by this process. Where there is no database yet (a mistyped
    path?), nothing is restored: MissingDatabaseError."""
    now = now or dt.datetime.now()
    if not db_path.exists():
        raise MissingDatabaseError(
            N_(
                "Aucune base à cet endroit : {path}. Rien n'a été restauré. Vérifiez le chemin ; pour "
                'restaurer quand même ici, créez d\'abord une base : python main.py --db "{path}" '
                "init"
            ),
            path=str(db_path),
        )
    if not backup_file.exists() or not is_good(backup_file):
        raise NotADatabaseError(MSG_CORRUPT, path=str(backup_file))
    preflight_sqlite(backup_file)  # refuses a newer schema
    aside: Path | None = None
    if db_path.exists():
        aside = db_path.with_name(f"{db_path.stem}-before-restore-{now.strftime(STAMP)}.sqlite")
        if is_good(db_path):
            _copy(db_path, aside)
        else:
            os.replace(db_path, aside)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    except sqlite3.DatabaseError as err:
        raise StorageError(N_("La restauration a échoué : {detail}"), detail=str(err)) from err
    return aside
