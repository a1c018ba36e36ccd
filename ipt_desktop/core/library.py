"""The facade that the UI and the CLI call: one data directory with content.db, user.db and the index.

A Library belongs to the thread that opened it (SQLite connections stay on their thread); the UI opens one
per worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ipt_desktop.core.content import bundled
from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.glossary import Glossary
from ipt_desktop.core.content.store import Changes, ContentStore
from ipt_desktop.core.errors import ContentError, IptError
from ipt_desktop.core.resources import library_seed_dir
from ipt_desktop.core.search.index import SearchIndex
from ipt_desktop.core.search.types import SearchQuery, SearchResult
from ipt_desktop.core.store.data_dir import check_writable, copy_seed, default_data_dir
from ipt_desktop.core.store.database import integrity_problems
from ipt_desktop.core.store.user_store import UserStore

if TYPE_CHECKING:
    from ipt_desktop.core.content.rendering import Rendered

Progress = Callable[[int, int], None]
INDEX_DIRTY_KEY = "index_dirty"


@dataclass
class DoctorReport:
    """Findings of ``doctor``; ``repaired`` lists what --repair fixed."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)


class Library:
    """Content, user data and search over one data directory."""

    def __init__(
        self, data_dir: Path | None = None, *, bundled_dir: Path | None = None, seed_dir: Path | None = None
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.bundled_dir = bundled_dir if bundled_dir is not None else bundled.bundled_dir()
        check_writable(self.data_dir)
        copy_seed(seed_dir if seed_dir is not None else library_seed_dir(), self.data_dir)
        self.content = ContentStore(self.data_dir / "content.db")
        try:
            self.user = UserStore(self.data_dir / "user.db")
        except IptError:
            self.content.close()
            raise
        self.index = SearchIndex(self.data_dir / "index")
        self._glossary: tuple[int, Glossary] | None = None

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

    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Rebuild the index from content.db; returns the number of documents indexed."""
        return self.index.rebuild(self.content.iter_documents(), self.content.count(), progress)

    def update_index(self, changes: Changes) -> None:
        """Apply a change record to the index (documents re-read from content.db)."""
        if changes.is_empty:
            return
        ids = list(changes.added) + list(changes.updated)
        docs = [self.content.get(doc_id) for doc_id in ids if self.content.has(doc_id)]
        self.index.update(docs, changes.removed)

    def ensure_ready(self, progress: Progress | None = None) -> list[str]:
        """Refresh bundled content and rebuild the index if needed; returns notices for the user."""
        notices = []
        if self.repair_index():
            notices.append("Search index repaired after an interrupted update.")
        changes = self.refresh_bundled()
        if not changes.is_empty:
            notices.append(f"Bundled library updated: {changes.total} documents changed.")
        reason = self.index_problem()
        if reason:
            notices.append(f"Search index rebuilt ({reason}).")
            self.rebuild_index(progress)
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

    def search(self, query: SearchQuery) -> SearchResult:
        """Hits, total, facets and messages for a query (see SearchIndex.search)."""
        return self.index.search(query)

    def related(self, doc_id: str, limit: int = 5):
        """Up to ``limit`` documents that share the most distinctive terms with this one."""
        return self.index.related(doc_id, limit)

    def stats(self) -> dict:
        """Counts by type, project, language and origin, plus index and data facts."""
        return {
            "data_dir": str(self.data_dir),
            "documents": self.content.count(),
            "by_type": dict(sorted(self.content.counts_by("type").items())),
            "by_project": dict(sorted(self.content.counts_by("project").items())),
            "by_language": dict(sorted(self.content.counts_by("language").items())),
            "by_origin": dict(sorted(self.content.counts_by("origin").items())),
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
    ) -> Changes:
        """Apply documents in one transaction, then update the index.

        ``index_dirty`` is set before and cleared after, so a process killed between the commit and the index
        update is repaired by :meth:`repair_index` on the next start.
        """
        self.content.set_state(INDEX_DIRTY_KEY, "1")
        try:
            changes = self.content.apply(documents, removals, origin=origin, extra_sql=list(extra_sql))
        except BaseException:
            self.content.clear_state(INDEX_DIRTY_KEY)  # rolled back: the index still matches the content
            raise
        self.update_index(changes)
        self.content.clear_state(INDEX_DIRTY_KEY)
        return changes

    def repair_index(self) -> bool:
        """Rebuild the index if an update stopped between commit and index update; True if it did."""
        if not self.content.state(INDEX_DIRTY_KEY):
            return False
        self.rebuild_index()
        self.content.clear_state(INDEX_DIRTY_KEY)
        return True

    def doctor(self, repair: bool = False) -> DoctorReport:
        """Check both databases and the index; with repair, rebuild what can be rebuilt."""
        report = DoctorReport()
        for name, conn in (("content.db", self.content.conn), ("user.db", self.user.conn)):
            for line in integrity_problems(conn):
                report.problems.append(f"{self.data_dir / name}: {line}")
        reason = self.index_problem()
        if reason:
            report.problems.append(f"{self.data_dir / 'index'}: {reason}")
            if repair:
                count = self.rebuild_index()
                report.repaired.append(f"search index rebuilt with {count} documents")
        if repair and not self.bundled_is_current():
            changes = self.refresh_bundled()
            report.repaired.append(f"bundled library refreshed ({changes.total} documents)")
        report.facts = {"documents": self.content.count(), "indexed": self.index.doc_count()}
        return report
