"""The sync pipeline: for each source, fetch → verify → parse → validate → apply in one transaction → index.

Each source is handled on its own: a failure is recorded on the source (``last_error``) and reported, and the
others go on. A source is polled at most once an hour unless forced, and never before the time a server asked
for with Retry-After. A 301 stores the new URL; a 410 disables the source.

Each apply commits, with its content, a dirty marker of its own in library_state and deletes it once the
index has caught up (``Library.apply_changes``), so a run killed in between is repaired on the next open by
``Library.repair_index``; a run killed before its commit changed nothing.

Test hooks: with ``IPT_TEST_PAUSE_IN_APPLY=SECONDS`` set, :func:`commit` prints ``IPT_TEST_PAUSED`` on stderr
and sleeps that long inside the apply transaction (after the first document), so that a test can kill the
process mid-apply. With ``IPT_TEST_PAUSE_BEFORE_APPLY=SECONDS``, it prints ``IPT_TEST_VERIFIED`` and sleeps
between verifying an update and applying it, so that a test can let another process apply meanwhile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ipt_desktop.core.content.decision_data import write_decision_files
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.store import Changes
from ipt_desktop.core.errors import IndexNotUpdatedError, IptError
from ipt_desktop.core.store.disk import storage_error
from ipt_desktop.core.sync import curated
from ipt_desktop.core.sync.feeds import parse_feed
from ipt_desktop.core.sync.http_fetch import Fetcher, GoneError, RetryLaterError
from ipt_desktop.core.sync.sources import SourceRecord, SourceStore, curated_base

POLL_INTERVAL = dt.timedelta(hours=1)
PAUSE_ENV = "IPT_TEST_PAUSE_IN_APPLY"
PAUSE_BEFORE_ENV = "IPT_TEST_PAUSE_BEFORE_APPLY"


@dataclass(frozen=True)
class SourceResult:
    """How one source fared: updated, unchanged, skipped or failed."""

    name: str
    url: str
    status: str
    changes: Changes = field(default_factory=Changes)
    error: str = ""
    note: str = ""

    @property
    def is_failed(self) -> bool:
        """True when the source could not be synced."""
        return self.status == "failed"

    def line(self) -> str:
        """One line for people."""
        if self.is_failed:
            return self.error
        c = self.changes
        if self.status == "updated":
            return f"{self.name}: {len(c.added)} added, {len(c.updated)} updated, {len(c.removed)} removed"
        return f"{self.name}: {self.status}" + (f" ({self.note})" if self.note else "")

    def to_json(self) -> dict[str, Any]:
        """The result as the CLI's ``--json`` prints it."""
        c = self.changes
        return {
            "name": self.name,
            "url": self.url,
            "status": self.status,
            "added": list(c.added),
            "updated": list(c.updated),
            "removed": list(c.removed),
            "error": self.error or None,
            "note": self.note or None,
        }


@dataclass(frozen=True)
class SyncReport:
    """Results of one sync run, one per source."""

    results: tuple[SourceResult, ...] = ()

    @property
    def failures(self) -> tuple[SourceResult, ...]:
        """The sources that failed."""
        return tuple(r for r in self.results if r.is_failed)

    @property
    def is_ok(self) -> bool:
        """True when no source failed."""
        return not self.failures

    @property
    def changes(self) -> Changes:
        """The changes of all sources as one change record."""
        total = Changes(origin="sync")
        for result in self.results:
            total = total.merged(result.changes)
        return total

    def to_json(self) -> dict[str, Any]:
        """The report as the CLI's ``--json`` prints it."""
        c = self.changes
        return {
            "ok": self.is_ok,
            "sources": [r.to_json() for r in self.results],
            "added": len(c.added),
            "updated": len(c.updated),
            "removed": len(c.removed),
        }


def sync(
    library,
    targets: Sequence[str] = (),
    *,
    force: bool = False,
    fetcher: Fetcher | None = None,
    now: dt.datetime | None = None,
) -> SyncReport:
    """Sync the named sources (name or URL), or every enabled one when none is named."""
    store = SourceStore(library.content.conn)
    results: list[SourceResult] = []
    records: list[SourceRecord] = []
    for target in targets:
        try:
            records.append(store.find(target))
        except IptError as exc:
            results.append(SourceResult(target, target, "failed", Changes(origin=target), f"{target}: {exc}"))
    if not targets:
        records = [r for r in store.list() if r.is_enabled]
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for record in records:
            results.append(sync_record(library, store, record, fetcher, force=force, now=now))
    finally:
        if own:
            fetcher.close()
    return SyncReport(tuple(results))


def sync_source(library, name: str, *, force: bool = True, fetcher: Fetcher | None = None) -> SourceResult:
    """Sync one source by name; the UI calls this once per source to show progress."""
    return sync(library, [name], force=force, fetcher=fetcher).results[0]


def sync_record(
    library,
    store: SourceStore,
    record: SourceRecord,
    fetcher: Fetcher,
    *,
    force: bool = False,
    now: dt.datetime | None = None,
) -> SourceResult:
    """Sync one source; never raises for a source's own failure, a full disk included."""
    now = now or dt.datetime.now(dt.UTC)
    skip = _skip_reason(record, now, force)
    if skip:
        return SourceResult(record.name, record.url, "skipped", Changes(origin=record.name), note=skip)
    stamp = now.replace(microsecond=0).isoformat()
    try:
        store.mark_checked(record.name, stamp)
        if record.kind == "curated":
            changes, is_new = _sync_curated(library, store, record, fetcher, stamp)
        else:
            changes, is_new = _sync_feed(library, store, record, fetcher, stamp)
        if not is_new:
            store.record_unchanged(record.name, stamp)
            return SourceResult(record.name, record.url, "unchanged", changes, note="no new content")
        url = store.get(record.name).url
    except GoneError as exc:
        return _failed(store, record, str(exc), disable=True)
    except RetryLaterError as exc:
        return _failed(store, record, str(exc), retry_after=exc.retry_at.replace(microsecond=0).isoformat())
    except IndexNotUpdatedError as exc:
        # The content and the source's new state were committed; only the index lags until the next start.
        saved = exc.changes if isinstance(exc.changes, Changes) else Changes(origin=record.name)
        return SourceResult(record.name, record.url, "failed", saved, _name_url(str(exc), record.url))
    except IptError as exc:
        return _failed(store, record, _name_url(str(exc), record.url))
    except (sqlite3.Error, OSError) as exc:
        return _failed(store, record, _name_url(str(storage_error(exc, library.content.path)), record.url))
    except Exception as exc:  # one source's bug must not stop the others
        return _failed(store, record, f"{record.url}: unexpected error ({type(exc).__name__}: {exc})")
    return SourceResult(record.name, url, "updated" if not changes.is_empty else "unchanged", changes)


def _skip_reason(record: SourceRecord, now: dt.datetime, force: bool) -> str:
    retry_at = _parse_time(record.retry_after)
    if retry_at and retry_at > now:
        return f"the server asked to wait until {retry_at.isoformat()}"
    checked = _parse_time(record.last_checked)
    if not force and checked and now - checked < POLL_INTERVAL:
        return (
            f"checked at {checked.isoformat()}; polled at most once an hour, next after "
            f"{(checked + POLL_INTERVAL).isoformat()} (use --force to sync now)"
        )
    return ""


def _failed(
    store: SourceStore,
    record: SourceRecord,
    message: str,
    *,
    disable: bool = False,
    retry_after: str | None = None,
) -> SourceResult:
    # On a full disk even this small write may fail; the failure is still reported.
    with contextlib.suppress(sqlite3.Error, OSError):
        store.record_error(record.name, message, retry_after=retry_after, disable=disable)
    return SourceResult(record.name, record.url, "failed", Changes(origin=record.name), message)


def _name_url(message: str, url: str) -> str:
    return message if "://" in message.split(" ", 1)[0] or message.startswith(url) else f"{url}: {message}"


def _sync_feed(
    library, store: SourceStore, record: SourceRecord, fetcher: Fetcher, stamp: str
) -> tuple[Changes, bool]:
    result = fetcher.fetch(record.url, etag=record.etag, last_modified=record.last_modified)
    url = record.url
    if result.moved_to:
        store.move(record.name, result.moved_to)
        url = result.moved_to
    if result.not_modified:
        return Changes(origin=record.name), False
    parsed = parse_feed(result.body, result.headers, record.name, url)
    extra = [store.success_sql(record.name, stamp, etag=result.etag, last_modified=result.last_modified)]
    return commit(library, parsed.documents, (), record.name, extra), True


def _sync_curated(
    library, store: SourceStore, record: SourceRecord, fetcher: Fetcher, stamp: str
) -> tuple[Changes, bool]:
    base = record.url
    got = fetcher.fetch(
        base + curated.MANIFEST,
        etag=record.etag,
        last_modified=record.last_modified,
        max_bytes=curated.MANIFEST_CAP,
    )
    if got.moved_to:
        base = curated_base(got.moved_to)
        store.move(record.name, base)
    if got.not_modified:
        return Changes(origin=record.name), False
    signature = fetcher.fetch(base + curated.SIGNATURE, max_bytes=curated.SIGNATURE_CAP).body
    manifest = curated.verify_manifest(got.body, signature, record.keys, base)

    def read(path: str) -> bytes:
        return fetcher.fetch(base + path, max_bytes=manifest.files[path][1]).body

    success = store.success_sql(
        record.name, stamp, etag=got.etag, last_modified=got.last_modified, version=manifest.version
    )
    update = curated.build_update(library.content.conn, manifest, read, base, [success])
    if not update.is_new:
        library.content.conn.execute(*success)
        return Changes(origin=manifest.name), False
    try:
        changes = commit(
            library, update.documents, update.removals, manifest.name, update.extra_sql, update.recheck
        )
    except curated.AppliedMeanwhile as exc:
        if not exc.same:
            raise
        return Changes(origin=manifest.name), False  # another process applied this very manifest
    write_decision_files(library.data_dir, update.data_files)
    return changes, True


def commit(
    library,
    documents: Iterable[Document],
    removals: Iterable[str],
    origin: str,
    extra_sql: Iterable[tuple[str, tuple]] = (),
    check: Callable[[sqlite3.Connection], None] | None = None,
) -> Changes:
    """Apply a source's documents in one transaction and update the index (see Library.apply_changes);
    ``check`` runs first inside that transaction."""
    pause = float(os.environ.get(PAUSE_BEFORE_ENV) or 0)
    if pause > 0:
        print("IPT_TEST_VERIFIED", file=sys.stderr, flush=True)
        time.sleep(pause)
    return library.apply_changes(_paused(documents), removals, origin, extra_sql, check)


def _paused(documents: Iterable[Document]) -> Iterator[Document]:
    pause = float(os.environ.get(PAUSE_ENV) or 0)
    for number, doc in enumerate(documents):
        if number == 1 and pause > 0:
            print("IPT_TEST_PAUSED", file=sys.stderr, flush=True)
            time.sleep(pause)
        yield doc


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
