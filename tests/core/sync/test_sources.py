"""Source records: the suggested project feeds carry descriptions, on new and on upgraded databases."""

from __future__ import annotations

import shutil

from ipt_desktop.core.resources import migrations_dir
from ipt_desktop.core.store.database import open_database
from ipt_desktop.core.sync.sources import SourceStore

SUGGESTED_URLS = {
    "https://procedin.eu/feed/",
    "https://www.build-procurement.eu/feed/",
    "https://innofacilitator.eu/news/rss",
}


def _assert_project_feeds_described(store: SourceStore) -> None:
    suggested = [record for record in store.list() if record.is_suggested]
    assert {record.url for record in suggested} == SUGGESTED_URLS
    for record in suggested:
        assert "2024" in record.description and "may be silent" in record.description
        assert record.to_json()["description"] == record.description


def test_new_database_describes_the_suggested_project_feeds(tmp_path):
    conn = open_database(tmp_path / "content.db", migrations_dir("content"))
    store = SourceStore(conn)
    _assert_project_feeds_described(store)
    added = store.add("https://news.example/feed", "News")
    assert added.description is None and added.to_json()["description"] is None
    conn.close()


def test_upgraded_database_keeps_user_choices_and_gains_descriptions(tmp_path):
    older = tmp_path / "older-migrations"
    older.mkdir()
    for path in sorted(migrations_dir("content").glob("000[12]_*.sql")):
        shutil.copy(path, older / path.name)
    db = tmp_path / "content.db"
    conn = open_database(db, older)
    conn.execute("UPDATE sources SET enabled = 1 WHERE name = 'PROCEDIN news'")  # the user's choice
    conn.close()

    conn = open_database(db, migrations_dir("content"))
    store = SourceStore(conn)
    _assert_project_feeds_described(store)
    assert store.get("PROCEDIN news").is_enabled
    conn.close()
