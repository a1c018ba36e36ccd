"""The Library's reads for the UI and the CLI: documents and their lists, personal data, sources (a part of
``Library``; see ``core/library/__init__.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipt_desktop.core.content.store import ChangeEntry, DocumentSummary
    from ipt_desktop.core.store.user_store import Collection, UserItem
    from ipt_desktop.core.sync.sources import SourceRecord
    from ipt_desktop.core.trainer.slides import Deck


class Reading:
    """Reads over ``self.content``, ``self.user`` and the sources (mixed into Library)."""

    def versions(self, doc_id: str) -> list[tuple[str, str]]:
        """The document's language versions as (language, id), the original first (``translation_of``)."""
        return self.content.versions(doc_id)

    def has(self, doc_id: str) -> bool:
        """True when the library holds a document with this id."""
        return self.content.has(doc_id)

    def documents(self, doc_type: str | None = None, order: str = "title") -> list[DocumentSummary]:
        """Summaries of every document (or of one type): by ``title``, newest ``updated``, event ``starts`` or
        newest ``issued`` (newsletters)."""
        return self.content.list_documents(doc_type, order)

    def summaries(self, ids: Iterable[str]) -> dict[str, DocumentSummary]:
        """Summaries of those ids that exist, by id."""
        return self.content.summaries(ids)

    def recent_changes(self, limit: int = 200) -> list[ChangeEntry]:
        """The change log of imports and syncs ("What's new"), newest first."""
        return self.content.recent_changes(limit)

    def facet_overview(self) -> dict[str, dict[str, int]]:
        """Document counts per type, project and list facet over the whole library, for the sidebar."""
        overview = {
            "type": dict(self.content.counts_by("type")),
            "project": dict(self.content.counts_by("project")),
        }
        for facet in ("topics", "stages", "procedures", "sectors"):
            overview[facet] = dict(self.content.facet_counts(facet))
        return overview

    def is_bookmarked(self, doc_id: str) -> bool:
        return self.user.is_bookmarked(doc_id)

    def bookmarks(self) -> list[UserItem]:
        """Bookmarks, newest first."""
        return self.user.bookmarks()

    def note(self, doc_id: str) -> str:
        """The personal note on a document ("" when there is none)."""
        return self.user.note(doc_id)

    def notes(self) -> list[UserItem]:
        """Notes, most recently edited first."""
        return self.user.notes()

    def history(self, limit: int = 100) -> list[UserItem]:
        """Documents opened, most recent first, each once."""
        return self.user.history(limit)

    def collections(self) -> list[Collection]:
        """Every collection (workshop deck), by name."""
        return self.user.collections()

    def collection(self, key: int | str) -> Collection:
        """A collection by id or name; NotFoundError when there is none."""
        return self.user.collection(key)

    def collection_deck(self, name: str, language: str | None = None) -> Deck:
        """The slides of a collection, by name; title slides in ``language`` where translated."""
        from ipt_desktop.core.trainer.slides import deck_for_collection

        return deck_for_collection(self, self.user.collection(name), language)

    def sources(self) -> list[SourceRecord]:
        """The feed sources, enabled and suggested ones alike."""
        return self._source_store().list()

    def due_sources(self, hours: int) -> list[str]:
        """Names of the enabled sources not checked for ``hours`` (or never)."""
        return self._source_store().due(hours)
