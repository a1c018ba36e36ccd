"""What a write changed: :class:`Changes` (documents, by id) and :class:`OpChanges` (all that one write touched).

Every writing method of ``Library`` returns an ``OpChanges``, alone or inside an :class:`OpResult` beside the
write's own answer (the new collection, the sync report ...). The window hands the record to every view, and
each view decides from it, with :meth:`OpChanges.touches`, whether it must reload; nobody refreshes views by
hand. ``content.store`` builds the document-level ``Changes`` that an ``OpChanges`` carries.

Floor of core: this module imports nothing of ours, and any part of core above ``store`` may import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

# What an OpChanges can touch, in the order of its fields.
KINDS = ("content", "bookmarks", "notes", "history", "collections", "projects", "sources", "index")


@dataclass(frozen=True)
class Changes:
    """What one import or sync changed, by document id."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    origin: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.updated or self.removed)

    @property
    def total(self) -> int:
        return len(self.added) + len(self.updated) + len(self.removed)

    def merged(self, other: Changes) -> Changes:
        """Both records combined (origin of the first)."""
        return Changes(
            self.added + other.added,
            self.updated + other.updated,
            self.removed + other.removed,
            self.origin or other.origin,
        )


@dataclass(frozen=True)
class OpChanges:
    """Everything one write changed, for the views to decide whether they must reload.

    ``content`` lists the documents added, updated or removed (import, sync, bundled update); ``bookmarks``,
    ``notes`` and ``history`` the documents whose personal data changed; ``collections`` the ids of the
    collections (workshop decks) created, edited or deleted; ``projects`` the ids of the procurement projects
    created, deleted or whose checklist was ticked or annotated; ``sources`` the names of the feed sources
    added, removed, enabled, disabled or synced. ``index`` is set when the search index was rebuilt or
    checked as a whole (re-index, start-up): every search and count may differ, whatever else is listed.
    """

    content: Changes = field(default_factory=Changes)
    bookmarks: frozenset[str] = frozenset()
    notes: frozenset[str] = frozenset()
    history: frozenset[str] = frozenset()
    collections: frozenset[int] = frozenset()
    projects: frozenset[int] = frozenset()
    sources: frozenset[str] = frozenset()
    index: bool = False

    def touches(self, *kinds: str) -> bool:
        """True when this write changed any of ``kinds`` (names from :data:`KINDS`)."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kind of change {sorted(unknown)}; known: {', '.join(KINDS)}")
        return any(kind in self.kinds for kind in kinds)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds this write touched, in the order of :data:`KINDS`."""
        return tuple(
            kind
            for kind in KINDS
            if (not self.content.is_empty if kind == "content" else bool(getattr(self, kind)))
        )

    @property
    def is_empty(self) -> bool:
        return not self.kinds

    def touches_document(self, doc_id: str) -> bool:
        """True when the document itself was updated or removed (a view showing it must reload it)."""
        return doc_id in self.content.updated or doc_id in self.content.removed

    def merged(self, other: OpChanges) -> OpChanges:
        """Both records combined, as one write that did both."""
        return OpChanges(
            content=self.content.merged(other.content),
            bookmarks=self.bookmarks | other.bookmarks,
            notes=self.notes | other.notes,
            history=self.history | other.history,
            collections=self.collections | other.collections,
            projects=self.projects | other.projects,
            sources=self.sources | other.sources,
            index=self.index or other.index,
        )


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What a write returns when its caller needs an answer too: ``value``, and the ``changes`` it made."""

    value: T
    changes: OpChanges


def split_result(result: object) -> tuple[object, OpChanges | None]:
    """(the caller's answer, the OpChanges) of any call's result; (result, None) when it changed nothing.

    An OpResult gives its value and its changes; a bare OpChanges is both the answer and the changes.
    """
    if isinstance(result, OpResult):
        return result.value, result.changes
    if isinstance(result, OpChanges):
        return result, result
    return result, None
