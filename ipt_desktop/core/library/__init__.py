"""The facade that the UI and the CLI call: one data directory with content.db, user.db and the index.

Threads: a Library belongs to the thread that opened it (its SQLite connections stay on that thread); the
window opens one per worker thread. The search index is the exception: every Library of a process on one
data directory shares the one thread-safe ``SearchIndex`` of that directory (``SearchIndex.shared``), so
what one worker writes, the other searches at once. Other processes on the same directory see index changes
through the index's change counter (see ``core/search/index.py``).

Processes: several windows and command-line runs may share one data directory (README.md, "Where data
lives"). Every write that touches the index holds the index lock from its content transaction to the end of
its index update (:meth:`Library.apply_changes`), and stores a dirty marker of its own that only it, or a
rebuild that covers it, deletes.

The UI and the CLI talk to this class only, never to its stores or their connections
(tests/test_architecture_ui.py). Every method that writes for them returns an ``OpChanges`` (alone, or in
an ``OpResult`` beside its answer) that says what the write touched; see ``ipt_desktop.core.changes``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ipt_desktop.core.changes import OpChanges, OpResult
from ipt_desktop.core.content import bundled
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.freshness import MEMBER_STATES, missing_member_states
from ipt_desktop.core.content.glossary import Glossary
from ipt_desktop.core.content.store import Changes, ContentStore
from ipt_desktop.core.errors import ContentError, IndexNotUpdatedError, IptError, SearchError, StorageError
from ipt_desktop.core.library.reading import Reading
from ipt_desktop.core.library.upkeep import Upkeep
from ipt_desktop.core.library.user_data import UserData
from ipt_desktop.core.resources import library_seed_dir
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery, SearchResult
from ipt_desktop.core.store.data_dir import claim_data_dir, copy_seed, default_data_dir
from ipt_desktop.core.store.database import utc_now
from ipt_desktop.core.store.disk import disk_full_message, is_disk_full, storage_error
from ipt_desktop.core.store.user_store import UserStore

if TYPE_CHECKING:
    from ipt_desktop.core.advice.aids import DecisionAids
    from ipt_desktop.core.content.rendering import Rendered
    from ipt_desktop.core.content.store import ImportReport

Progress = Callable[[int, int], None]
INDEX_DIRTY_KEY = "index_dirty"  # prefix of one marker per write in library_state (see apply_changes)


class Library(Reading, UserData, Upkeep):
    """Content, user data and search over one data directory.

    The reads for the UI and the CLI (``reading.py``), the writes of personal data, decks and projects
    (``user_data.py``), and sources, sync and the doctor (``upkeep.py``) are parts of it in modules of their
    own; this module keeps what must stay in step: opening, the bundled library, the index, and writes."""

    def __init__(
        self, data_dir: Path | None = None, *, bundled_dir: Path | None = None, seed_dir: Path | None = None
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.bundled_dir = bundled_dir if bundled_dir is not None else bundled.bundled_dir()
        claim_data_dir(self.data_dir)
        copy_seed(seed_dir if seed_dir is not None else library_seed_dir(), self.data_dir)
        self.content = ContentStore(self.data_dir / "content.db")
        try:
            self.user = UserStore(self.data_dir / "user.db")
        except IptError:
            self.content.close()
            raise
        self.index = SearchIndex.shared(self.data_dir / "index")
        self._glossary: tuple[int, Glossary] | None = None
        self._aids: DecisionAids | None = None
        self._outside_seen: int | None = None  # see outside_changes

    def close(self) -> None:
        """Close the index and both databases."""
        self.index.close()
        self.content.close()
        self.user.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the bundled library and the index -----------------------------------------------------------------

    def bundled_is_current(self) -> bool:
        """True when content.db holds exactly the bundled library shipped with this app."""
        if not self.bundled_dir.is_dir():
            return True
        return self.content.state(bundled.FINGERPRINT_KEY) == bundled.fingerprint(self.bundled_dir)

    def refresh_bundled(self) -> Changes:
        """Bring the bundled documents in content.db and the index up to date with resources/content."""
        if self.bundled_is_current():
            return Changes(origin="bundled")
        documents, problems = bundled.load_bundled(self.bundled_dir)
        if problems:
            raise ContentError(problems[0])
        shipped = {doc.id for doc in documents}
        stale = [doc_id for doc_id in self.content.hashes("bundled") if doc_id not in shipped]
        shipped_print = bundled.fingerprint(self.bundled_dir)
        return self.apply_changes(
            documents,
            stale,
            "bundled",
            extra_sql=[
                (
                    "INSERT OR REPLACE INTO library_state(key, value) VALUES (?, ?)",
                    (bundled.FINGERPRINT_KEY, shipped_print),
                )
            ],
        )

    def index_problem(self) -> str | None:
        """Why the index must be rebuilt (cannot open, old schema, count mismatch), or None."""
        return self.index.problem(self.content.count())

    def index_dirty(self) -> list[str]:
        """The markers of writes whose content was committed but whose index update never finished."""
        return self.content.state_keys(INDEX_DIRTY_KEY)

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Rebuild the index from content.db; returns the number of documents indexed.

        The documents are read in one snapshot of content.db, together with the dirty markers; the markers
        that snapshot holds are cleared afterwards, since the new index covers their writes.
        """
        with self.index.writing():
            with self.content.snapshot():
                markers = self.index_dirty()
                try:
                    count = self.index.rebuild(self.content.iter_documents(), self.content.count(), progress)
                except (SearchError, OSError) as exc:
                    if not is_disk_full(exc):
                        raise
                    # The new index is built beside the old one: about the size of the stored text again.
                    needed = self.content.path.stat().st_size
                    raise StorageError(disk_full_message(self.index.folder, needed)) from None
            if markers:
                self.content.clear_state(*markers)
        return count

    def update_index(self, changes: Changes) -> bool:
        """Bring the index up to date with a committed change record; False when the index cannot be
        updated and needs a rebuild. Each id is indexed as content.db holds it now, or removed when gone."""
        if changes.is_empty:
            return True
        with self.index.writing():
            ids = list(dict.fromkeys((*changes.added, *changes.updated, *changes.removed)))
            present = [doc_id for doc_id in ids if self.content.has(doc_id)]
            gone = sorted(set(ids) - set(present))
            if self.index.update([self.content.get(doc_id) for doc_id in present], gone):
                return True
            self.index.note_change()  # every write changes the counter, even one the index cannot follow
            return False

    def ensure_ready(self, progress: Progress | None = None) -> list[str]:
        """Refresh bundled content and rebuild the index if needed; returns notices for the user."""
        notices = []
        if self.repair_index(progress):
            notices.append("Search index repaired after an interrupted update.")
        changes = self.refresh_bundled()
        if not changes.is_empty:
            notices.append(f"Bundled library updated: {changes.total} documents changed.")
        if self.index_problem():
            with self.index.writing():
                reason = self.index_problem()  # another process may have rebuilt it while this one waited
                if reason:
                    notices.append(f"Search index rebuilt ({reason}).")
                    self.rebuild_index(progress)
        self.index.remove_leftovers()
        return notices

    # -- documents -----------------------------------------------------------------------------------------

    def get(self, doc_id: str) -> Document:
        """One document by id; NotFoundError when there is none."""
        return self.content.get(doc_id)

    def render(self, doc_id: str) -> Rendered:
        """A document's sanitised HTML and outline, for the reader."""
        # Markdown and the sanitiser load on first use, not while the app starts and answers its first query.
        from ipt_desktop.core.content.rendering import render_markdown

        return render_markdown(self.content.get(doc_id).body)

    def show(self, doc_id: str, fmt: str = "markdown") -> str:
        """The document as Markdown (with front matter), sanitised HTML, or plain text."""
        doc = self.content.get(doc_id)
        if fmt == "markdown":
            return doc.to_markdown()
        from ipt_desktop.core.content.rendering import html_to_text, render_markdown

        rendered = render_markdown(doc.body)
        if fmt == "html":
            return rendered.html
        return f"{doc.title}\n\n{html_to_text(rendered.html)}"

    def glossary(self) -> Glossary:
        """Acronyms defined by glossary documents; rebuilt when content.db changed (on any connection)."""
        version = self.content.data_version()
        if self._glossary is None or self._glossary[0] != version:
            docs = [self.content.get(s.id) for s in self.content.list_documents("glossary")]
            self._glossary = (version, Glossary.from_documents(docs))
        return self._glossary[1]

    def outside_changes(self) -> OpChanges:
        """What others (the command line, another window) changed in content.db since the last call.

        Which documents is not known, so a change reads as ``OpChanges(index=True)``: every list and count
        may differ. The first call only notes where things stand. Call it on the connection that writes.
        """
        seen, last = self.content.others_version(), self._outside_seen
        self._outside_seen = seen
        return OpChanges(index=True) if last is not None and seen != last else OpChanges()

    def search(self, query: SearchQuery) -> SearchResult:
        """Hits, total, facets and messages for a query (see SearchIndex.search)."""
        return self.index.search(query)

    def related(self, doc_id: str, limit: int = 5):
        """Up to ``limit`` documents that share the most distinctive terms with this one."""
        return self.index.related(doc_id, limit)

    def stats(self) -> dict:
        """Counts by type, project, language and origin, success stories by country, plus index and data facts."""
        by_country = self.content.facet_counts_of_type("countries", "success-story")
        return {
            "data_dir": str(self.data_dir),
            "documents": self.content.count(),
            "by_type": dict(sorted(self.content.counts_by("type").items())),
            "by_project": dict(sorted(self.content.counts_by("project").items())),
            "by_language": dict(sorted(self.content.counts_by("language").items())),
            "by_origin": dict(sorted(self.content.counts_by("origin").items())),
            "success_stories_by_country": dict(sorted(by_country.items())),
            "member_states_with_stories": sum(1 for code in MEMBER_STATES if by_country.get(code)),
            "member_states_without_stories": missing_member_states(by_country),
            "indexed": self.index.doc_count(),
            "bookmarks": len(self.user.bookmarks()),
            "notes": len(self.user.notes()),
            "collections": len(self.user.collections()),
        }

    # -- import and maintenance ----------------------------------------------------------------------------

    def import_markdown(self, documents: list[Document], origin: str = "import") -> Changes:
        """Store documents from an import and index them."""
        return self.apply_changes(documents, (), origin)

    def apply_changes(
        self,
        documents: Iterable[Document],
        removals: Iterable[str],
        origin: str,
        extra_sql: Iterable[tuple[str, tuple]] = (),
        check: Callable[[sqlite3.Connection], None] | None = None,
    ) -> Changes:
        """Apply documents in one transaction, then update the index.

        ``check(conn)`` runs inside the transaction before anything is written (see ContentStore.apply).

        The whole write holds the index lock (every thread and process; a bounded wait, then a SearchError
        and nothing applied), so content and index change in the same order everywhere. The transaction
        also stores a dirty marker of this write's own; only once the index has caught up is that marker
        deleted. A process killed between the commit and the index update thus leaves its marker, which the
        next :meth:`repair_index` (at the next start, or ``doctor --repair``) acts on, and no other write
        can clear it by mistake.

        A storage failure (a full disk) raises one StorageError: before the commit, nothing is applied; after
        it, IndexNotUpdatedError says that the content was saved and the index is rebuilt on the next start.
        """
        marker = f"{INDEX_DIRTY_KEY}:{os.getpid()}-{secrets.token_hex(6)}"
        sql = [*extra_sql, ("INSERT INTO library_state(key, value) VALUES (?, ?)", (marker, utc_now()))]
        sized = _Sized(documents)
        with self.index.writing():
            try:
                changes = self.content.apply(sized, removals, origin=origin, extra_sql=sql, check=check)
            except (sqlite3.Error, OSError) as exc:
                # Written twice (write-ahead log, then the database), and indexed once more.
                raise storage_error(exc, self.content.path, 3 * sized.total()) from None
            try:
                caught_up = self.update_index(changes)
            except (IptError, OSError) as exc:  # committed: the marker stays, so the next start rebuilds
                reason = (
                    disk_full_message(self.index.folder, 2 * sized.total()) if is_disk_full(exc) else str(exc)
                )
                raise IndexNotUpdatedError(
                    f"{changes.total} documents of {origin!r} saved, but the search index was not updated "
                    f"({reason.rstrip('.')}); it will be rebuilt on the next start "
                    "(or run: ipt-desktop doctor --repair)",
                    changes,
                ) from None
            if caught_up:
                # If even this cannot be written, the marker stays and costs one rebuild later.
                with contextlib.suppress(sqlite3.Error, OSError):
                    self.content.clear_state(marker)
        return changes

    def repair_index(self, progress: Progress | None = None) -> bool:
        """Rebuild the index if a write stopped between its commit and its index update; True if it did.

        A marker seen while holding the index lock is abandoned: its write would still hold the lock.
        """
        if not self.index_dirty():
            return False
        with self.index.writing():
            if not self.index_dirty():
                return False
            self.rebuild_index(progress)
        return True

    # -- import, re-index and start-up, as writes that say what they changed --------------------------------

    def import_path(
        self,
        path: Path,
        *,
        doc_type: str | None = None,
        project: str | None = None,
        public_key: Path | None = None,
    ) -> OpResult[ImportReport]:
        """Import a Markdown file or folder, or a signed content pack (a .zip, or a folder with manifest.json).

        ``doc_type`` and ``project`` fill in Markdown files that lack them; ``public_key`` verifies a pack
        (else the pinned keys of the source named like the pack).
        """
        path = Path(path)
        if is_content_pack(path):
            from ipt_desktop.core.sync.packs import import_pack

            report = import_pack(self, path, public_key)
            sources = frozenset({report.changes.origin}) if report.changes.origin else frozenset()
            return OpResult(report, OpChanges(content=report.changes, sources=sources))
        from ipt_desktop.core.content.importer import import_markdown

        report = import_markdown(self, path, doc_type=doc_type, project=project)
        return OpResult(report, OpChanges(content=report.changes))

    def reindex(self, progress: Progress | None = None) -> OpResult[int]:
        """Rebuild the search index from content.db; the answer is the number of documents indexed."""
        return OpResult(self.rebuild_index(progress), OpChanges(index=True))

    def prepare(self, progress: Progress | None = None) -> OpResult[list[str]]:
        """``ensure_ready`` as a write: the notices for the user, and a change record that has every view
        reload what it shows (bundled content may have been updated and the index rebuilt)."""
        return OpResult(self.ensure_ready(progress), OpChanges(index=True))


def is_content_pack(path: Path) -> bool:
    """True for a signed content pack: a .zip file, or a folder with a manifest.json."""
    path = Path(path)
    return path.suffix.lower() == ".zip" or (path.is_dir() and (path / "manifest.json").is_file())


class _Sized:
    """Passes documents through and counts their text, to estimate the room a write needs."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = iter(documents)
        self._seen = 0

    def __iter__(self):
        for doc in self._documents:
            self._seen += _doc_bytes(doc)
            yield doc

    def total(self) -> int:
        """Bytes of every document, those not consumed yet included."""
        return self._seen + sum(_doc_bytes(doc) for doc in self._documents)


def _doc_bytes(doc: Document) -> int:
    # Text, metadata as JSON, facet rows and the change log: about 1 KB beyond the text.
    return len(doc.body.encode("utf-8")) + len(doc.title) + len(doc.summary) + 1024
