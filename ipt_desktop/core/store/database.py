"""SQLite databases: opening with the right pragmas, SQL migrations by PRAGMA user_version, and backups.

A database whose user_version is higher than the newest migration was written by a newer app: it is refused
and left untouched. Before migrating a database that already holds data, callers may ask for a backup made
with the SQLite backup API; the newest ``BACKUPS_KEPT`` copies are kept.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ipt_desktop.core.errors import NewerDatabaseError, StorageError

BACKUPS_KEPT = 5
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations(folder: Path) -> list[tuple[int, Path]]:
    """Migration files in order, as (number, path); numbers must run 1, 2, 3 ..."""
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    for expected, (number, path) in enumerate(found, start=1):
        if number != expected:
            raise StorageError(f"{path}: migration number {number} out of sequence (expected {expected})")
    return found


def connect(
    path: Path, *, synchronous: str = "NORMAL", read_only: bool = False, newest: int | None = None
) -> sqlite3.Connection:
    """Open a database in WAL mode; errors name the file.

    With ``newest``, a database whose user_version is higher is refused before anything is written to it
    (switching to WAL would already change its header).
    """
    try:
        if read_only:
            conn = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if newest is not None and schema_version(conn) > newest:
            version = schema_version(conn)
            conn.close()
            raise NewerDatabaseError(
                f"{path}: database version {version} is newer than this app supports ({newest}); "
                "it was left untouched — update IPT Desktop"
            )
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.row_factory = sqlite3.Row
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path}: cannot open database ({exc})") from None
    except OSError as exc:
        raise StorageError(f"{path}: cannot open database ({exc.strerror or exc})") from None
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's PRAGMA user_version."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path, folder: Path, *, backup: bool = False) -> int:
    """Apply pending migrations in order; return the new version. Refuse a newer database."""
    steps = migrations(folder)
    latest = steps[-1][0] if steps else 0
    current = schema_version(conn)
    if current > latest:
        raise NewerDatabaseError(
            f"{path}: database version {current} is newer than this app supports ({latest}); "
            "it was left untouched — update IPT Desktop"
        )
    pending = [(n, p) for n, p in steps if n > current]
    if not pending:
        return current
    if backup and current > 0:
        backup_database(conn, path)
    for number, sql_path in pending:
        script = sql_path.read_text(encoding="utf-8")
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
        except sqlite3.DatabaseError as exc:
            conn.rollback()
            raise StorageError(f"{sql_path}: migration failed on {path} ({exc})") from None
    return latest


def backup_database(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the database with the SQLite backup API into backups/ beside it and prune old copies."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-v{schema_version(conn)}-{stamp}.db"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    copies = sorted(folder.glob(f"{path.stem}-v*.db"))
    for old in copies[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def open_database(
    path: Path, folder: Path, *, synchronous: str = "NORMAL", backup: bool = False
) -> sqlite3.Connection:
    """Connect and migrate; the connection is closed again if migration fails."""
    steps = migrations(folder)
    conn = connect(path, synchronous=synchronous, newest=steps[-1][0] if steps else 0)
    try:
        migrate(conn, path, folder, backup=backup)
    except Exception:
        conn.close()
        raise
    return conn


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Lines from PRAGMA integrity_check other than 'ok'."""
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [row for row in rows if row != "ok"]


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception, a failed COMMIT included.

    SQLite keeps the transaction open when COMMIT fails (a full disk, an I/O error); without the rollback,
    the next statements on the connection would join it.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN ... COMMIT around reads, so that they all see one committed state (WAL lets writers go on)."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def utc_now() -> str:
    """Current UTC time as ISO 8601 with seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
