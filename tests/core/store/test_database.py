"""Migrations: fresh, upgrade with backup, a newer database refused and left byte-identical."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ipt_desktop.core.errors import NewerDatabaseError, StorageError
from ipt_desktop.core.resources import migrations_dir
from ipt_desktop.core.store import database as storage
from ipt_desktop.core.store.user_store import UserStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_databases_reach_the_latest_version(tmp_path):
    for kind in ("content", "user"):
        conn = storage.open_database(tmp_path / f"{kind}.db", migrations_dir(kind))
        assert storage.schema_version(conn) == len(storage.migrations(migrations_dir(kind)))
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_user_db_runs_with_full_sync(tmp_path):
    store = UserStore(tmp_path / "user.db")
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()


def test_upgrade_applies_new_migrations_and_keeps_a_backup(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_start.sql").write_text("CREATE TABLE t (a TEXT);")
    db = tmp_path / "user.db"
    conn = storage.open_database(db, folder, backup=True)
    conn.execute("INSERT INTO t VALUES ('kept')")
    conn.close()
    (folder / "0002_more.sql").write_text("ALTER TABLE t ADD COLUMN b TEXT;")
    conn = storage.open_database(db, folder, backup=True)
    assert storage.schema_version(conn) == 2
    assert conn.execute("SELECT a FROM t").fetchone()[0] == "kept"
    conn.close()
    backups = list((tmp_path / "backups").glob("user-v1-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT a FROM t").fetchone()[0] == "kept"
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()


def test_only_five_backups_are_kept(tmp_path):
    db = tmp_path / "user.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (a)")
    for _ in range(8):
        storage.backup_database(conn, db)
    conn.close()
    assert len(list((tmp_path / "backups").glob("user-v*.db"))) == storage.BACKUPS_KEPT


def test_newer_database_is_refused_and_untouched(tmp_path):
    db = tmp_path / "user.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = _digest(db)
    with pytest.raises(
        NewerDatabaseError, match=r"user.db: database version 99 is newer than this app supports"
    ):
        UserStore(db)
    assert _digest(db) == before
    assert not (tmp_path / "backups").exists()


def test_corrupt_database_gives_a_clear_error(tmp_path):
    db = tmp_path / "content.db"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match=r"content.db: cannot open database"):
        storage.connect(db)


def test_migrations_out_of_sequence_are_refused(tmp_path):
    (tmp_path / "0001_a.sql").write_text("")
    (tmp_path / "0003_c.sql").write_text("")
    with pytest.raises(StorageError, match="out of sequence"):
        storage.migrations(tmp_path)
