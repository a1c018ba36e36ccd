"""The feeds the library syncs from: the ``sources`` table of content.db.

A source with pinned public keys is a curated (signed) feed; its URL is the folder that holds manifest.json.
Any other source is a public RSS, Atom or JSON feed. The three projects' news feeds are shipped as suggested
sources, disabled until the user enables them (migration 0002); their descriptions say that the projects have
ended and their feeds may be silent (migration 0003).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ipt_desktop.core.errors import IptError, NotFoundError
from ipt_desktop.core.store.database import utc_now
from ipt_desktop.core.sync.minisign import PublicKey, load_public_key

MAX_KEYS = 2
RESERVED_NAMES = frozenset({"bundled", "import"})
_CURATED_FILES = ("manifest.json", "manifest.json.minisig", "feed.atom")


class SourceError(IptError):
    """A source cannot be added or changed as asked."""


@dataclass(frozen=True)
class SourceRecord:
    """One row of the sources table."""

    name: str
    url: str
    kind: str
    is_enabled: bool
    is_suggested: bool
    public_keys: tuple[str, ...]
    etag: str | None
    last_modified: str | None
    version: int
    last_checked: str | None
    last_success: str | None
    last_error: str | None
    retry_after: str | None
    added_at: str
    description: str | None = None

    @property
    def keys(self) -> list[PublicKey]:
        """The trusted public keys of a curated feed (none for a plain feed)."""
        return [PublicKey.from_base64(text, f"source {self.name!r} key") for text in self.public_keys]

    def to_json(self) -> dict[str, Any]:
        """The record as the CLI's ``--json`` prints it."""
        return {
            "name": self.name,
            "url": self.url,
            "kind": self.kind,
            "enabled": self.is_enabled,
            "suggested": self.is_suggested,
            "public_keys": list(self.public_keys),
            "version": self.version,
            "last_checked": self.last_checked,
            "last_success": self.last_success,
            "last_error": self.last_error,
            "retry_after": self.retry_after,
            "description": self.description,
        }


def _record(row: sqlite3.Row) -> SourceRecord:
    return SourceRecord(
        row["name"],
        row["url"],
        row["kind"],
        bool(row["enabled"]),
        bool(row["suggested"]),
        tuple(json.loads(row["public_keys"] or "[]")),
        row["etag"],
        row["last_modified"],
        int(row["version"]),
        row["last_checked"],
        row["last_success"],
        row["last_error"],
        row["retry_after"],
        row["added_at"],
        row["description"],
    )


def public_key_argument(value: str) -> PublicKey:
    """A --public-key value: a minisign .pub file, or the key's base64 line itself."""
    path = Path(value).expanduser()
    if path.is_file():
        return load_public_key(path)
    try:
        return PublicKey.parse(value, "--public-key")
    except IptError:
        raise SourceError(
            f"--public-key {value!r}: neither a readable .pub file nor a minisign public key"
        ) from None


def curated_base(url: str) -> str:
    """The folder URL of a curated feed (a link to its manifest.json or feed.atom is accepted too)."""
    for name in _CURATED_FILES:
        if url.endswith("/" + name):
            url = url[: -len(name)]
    return url if url.endswith("/") else url + "/"


class SourceStore:
    """Reads and writes sources on a content.db connection (the caller's thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def list(self) -> list[SourceRecord]:
        """Every source: the user's first, then the suggested ones, by name."""
        rows = self.conn.execute("SELECT * FROM sources ORDER BY suggested, name COLLATE NOCASE")
        return [_record(row) for row in rows]

    def due(self, hours: int, now: dt.datetime | None = None) -> list[str]:
        """Names of the enabled sources not checked for ``hours`` (or never), in list order."""
        cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(hours=hours)
        due = []
        for record in self.list():
            if not record.is_enabled:
                continue
            checked = dt.datetime.fromisoformat(record.last_checked) if record.last_checked else None
            if checked is None or checked.astimezone(dt.UTC) <= cutoff:
                due.append(record.name)
        return due

    def get(self, name: str) -> SourceRecord:
        """One source by name; NotFoundError when there is none."""
        row = self.conn.execute("SELECT * FROM sources WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise NotFoundError(f"no source named {name!r}; see 'ipt-desktop sources list'")
        return _record(row)

    def find(self, name_or_url: str) -> SourceRecord:
        """A source by name, else by URL."""
        row = self.conn.execute("SELECT * FROM sources WHERE name = ?", (name_or_url,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT * FROM sources WHERE url = ? OR url = ?", (name_or_url, curated_base(name_or_url))
            ).fetchone()
        if row is None:
            raise NotFoundError(
                f"no source named or located at {name_or_url!r}; see 'ipt-desktop sources list'"
            )
        return _record(row)

    def add(self, url: str, name: str | None = None, public_keys: Iterable[PublicKey] = ()) -> SourceRecord:
        """Add an enabled source; pinned keys make it a curated feed."""
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise SourceError(f"{url}: a source URL must start with http:// or https://")
        keys = [key.to_base64() for key in public_keys]
        if len(keys) > MAX_KEYS:
            raise SourceError(f"{url}: at most {MAX_KEYS} public keys can be pinned per source")
        kind = "curated" if keys else "feed"
        if kind == "curated":
            url = curated_base(url)
        if self.conn.execute("SELECT 1 FROM sources WHERE url = ?", (url,)).fetchone():
            raise SourceError(f"{url}: this source is already configured")
        name = (name or "").strip() or self._unique_name(parts.hostname or "feed")
        if name.lower() in RESERVED_NAMES:
            raise SourceError(f"source name {name!r} is reserved; choose another with --name")
        if self.conn.execute("SELECT 1 FROM sources WHERE name = ?", (name,)).fetchone():
            raise SourceError(f"source name {name!r} is already used; choose another with --name")
        self.conn.execute(
            "INSERT INTO sources(name, url, kind, enabled, suggested, public_keys, added_at) VALUES (?,?,?,1,0,?,?)",
            (name, url, kind, json.dumps(keys), utc_now()),
        )
        return self.get(name)

    def _unique_name(self, host: str) -> str:
        base = host.removeprefix("www.")
        name, number = base, 2
        while self.conn.execute("SELECT 1 FROM sources WHERE name = ?", (name,)).fetchone():
            name, number = f"{base} {number}", number + 1
        return name

    def remove(self, name: str) -> SourceRecord:
        """Forget a source (its documents stay in the library)."""
        record = self.get(name)
        self.conn.execute("DELETE FROM sources WHERE name = ?", (name,))
        return record

    def set_enabled(self, name: str, enabled: bool) -> SourceRecord:
        """Enable or disable a source; returns it as stored."""
        self.get(name)
        self.conn.execute("UPDATE sources SET enabled = ? WHERE name = ?", (int(enabled), name))
        return self.get(name)

    # -- sync state (each a single autocommitted statement) ------------------------------------------------

    def mark_checked(self, name: str, when: str) -> None:
        """Record when a source was last asked for news."""
        self.conn.execute("UPDATE sources SET last_checked = ? WHERE name = ?", (when, name))

    def record_error(
        self, name: str, message: str, *, retry_after: str | None = None, disable: bool = False
    ) -> None:
        """Record a failed sync, when to retry, and whether the source is now disabled."""
        self.conn.execute(
            "UPDATE sources SET last_error = ?, retry_after = ?, enabled = CASE WHEN ? THEN 0 ELSE enabled END"
            " WHERE name = ?",
            (message, retry_after, int(disable), name),
        )

    def record_unchanged(self, name: str, when: str) -> None:
        """Record a sync that found nothing new: a success, so earlier errors are cleared."""
        self.conn.execute(
            "UPDATE sources SET last_success = ?, last_error = NULL, retry_after = NULL WHERE name = ?",
            (when, name),
        )

    def move(self, name: str, url: str) -> None:
        """Store a permanently redirected URL."""
        self.conn.execute("UPDATE sources SET url = ? WHERE name = ?", (url, name))

    @staticmethod
    def success_sql(
        name: str,
        when: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        version: int | None = None,
    ) -> tuple[str, tuple]:
        """A statement that records a successful update, to run inside the content transaction."""
        return (
            "UPDATE sources SET last_success = ?, last_error = NULL, retry_after = NULL, etag = ?,"
            " last_modified = ?, version = MAX(version, COALESCE(?, version)) WHERE name = ?",
            (when, etag, last_modified, version, name),
        )
