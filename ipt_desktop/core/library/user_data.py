"""The Library's writes of personal data, the decision aids, workshop decks and procurement projects (a part
of ``Library``; see ``core/library/__init__.py``). Every write returns what it changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ipt_desktop.core.changes import OpChanges, OpResult
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.store.data_dir import default_data_dir
from ipt_desktop.core.store.database import utc_now

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ipt_desktop.core.advice.aids import DecisionAids
    from ipt_desktop.core.projects.service import Projects, ProjectSummary, ProjectView
    from ipt_desktop.core.projects.store import Project
    from ipt_desktop.core.store.user_store import Collection, CollectionItem
    from ipt_desktop.core.trainer.decks import DeckImport


class UserData:
    """Personal data, decision aids, decks and projects over ``self.user`` (mixed into Library)."""

    # -- personal data: each write returns what it changed --------------------------------------------------

    def record_visit(self, doc_id: str, title: str) -> OpChanges:
        """Add an opened document to the history."""
        self.user.record_visit(doc_id, title)
        return OpChanges(history=frozenset({doc_id}))

    def set_bookmark(self, doc_id: str, title: str, on: bool) -> OpChanges:
        """Bookmark a document, or remove its bookmark."""
        self.user.set_bookmark(doc_id, title, on)
        return OpChanges(bookmarks=frozenset({doc_id}))

    def save_note(self, doc_id: str, title: str, text: str) -> OpChanges:
        """Store the note on a document; an empty note deletes it."""
        self.user.save_note(doc_id, title, text)
        return OpChanges(notes=frozenset({doc_id}))

    def append_note(self, doc_id: str, text: str) -> OpChanges:
        """Add ``text`` below the note on a document (the procedure chooser saves its advice this way)."""
        title = self.get(doc_id).title
        old = self.user.note(doc_id).rstrip()
        self.user.save_note(doc_id, title, f"{old}\n\n{text.strip()}" if old else text.strip())
        return OpChanges(notes=frozenset({doc_id}))

    # -- decision aids: thresholds and the procedure chooser ------------------------------------------------

    def decision_aids(self) -> DecisionAids:
        """The threshold checker and procedure chooser, over the newest copies of their data files."""
        if self._aids is None:
            from ipt_desktop.core.advice.aids import DecisionAids  # loads YAML; the first search needs none

            self._aids = DecisionAids(self.data_dir)
        return self._aids

    @staticmethod
    def standalone_aids(data_dir: Path | None = None) -> DecisionAids:
        """The decision aids without opening the databases (for the CLI's quick answers)."""
        from ipt_desktop.core.advice.aids import DecisionAids

        return DecisionAids(Path(data_dir) if data_dir else default_data_dir())

    # -- collections (workshop decks) ----------------------------------------------------------------------

    def create_collection(self, name: str) -> OpResult[Collection]:
        """A new, empty collection; ContentError when the name is blank or taken."""
        from ipt_desktop.core.trainer import decks

        return self._collection_op(self.user.collection(decks.create_collection(self.user, name)))

    def add_to_collection(self, name: str, doc_id: str, section: str | None = None) -> OpResult[Collection]:
        """Append a document (or one section of it) to a collection, created when it does not exist."""
        from ipt_desktop.core.trainer import decks

        return self._collection_op(decks.add_to_collection(self, name, doc_id, section))

    def set_collection_items(
        self, collection_id: int, items: Sequence[CollectionItem]
    ) -> OpResult[Collection]:
        """Replace a collection's items (after a reorder or a removal)."""
        from ipt_desktop.core.trainer import decks

        return self._collection_op(decks.set_collection_items(self.user, collection_id, items))

    def rename_collection(self, collection_id: int, new_name: str) -> OpResult[Collection]:
        """Give a collection a new name; ContentError when it is blank or taken."""
        from ipt_desktop.core.trainer import decks

        return self._collection_op(decks.rename_collection(self.user, collection_id, new_name))

    def delete_collection(self, collection_id: int) -> OpChanges:
        """Delete a collection (its documents stay in the library)."""
        self.user.delete_collection(collection_id)
        return OpChanges(collections=frozenset({collection_id}))

    def import_deck(self, path: Path, name: str | None = None) -> OpResult[DeckImport]:
        """Create a collection from a deck file; a taken name gets a number, e.g. "Workshop (2)"."""
        from ipt_desktop.core.trainer import decks

        report = decks.import_deck(self, Path(path), name)
        return OpResult(report, OpChanges(collections=frozenset({report.collection_id})))

    def export_deck(self, name: str, path: Path) -> Path:
        """Write a collection as a deck file (the library is not changed)."""
        from ipt_desktop.core.trainer import decks

        return decks.export_deck(self, name, Path(path))

    def _collection_op(self, collection: Collection) -> OpResult[Collection]:
        return OpResult(collection, OpChanges(collections=frozenset({collection.id})))

    # -- procurement projects (core/projects; user.db, never synced) ---------------------------------------

    def project_procedures(self, language: str | None = None) -> list[tuple[str, str]]:
        """(procedure id, label) of every procedure that has a stage checklist."""
        return self._projects().procedures(language)

    def projects(self, language: str | None = None) -> list[ProjectSummary]:
        """Every procurement project with its progress, most recently changed first."""
        return self._projects().summaries(language)

    def project(self, project_id: int, language: str | None = None) -> ProjectView:
        """A project's checklist, stage by stage, with ticks and notes; NotFoundError when there is none."""
        return self._projects().view(project_id, language)

    def create_project(
        self, name: str, procedure: str, value: str | None = None, currency: str | None = None
    ) -> OpResult[Project]:
        """Start a project on a procedure's checklist; one-line errors for a bad name, procedure, value or
        currency (EUR when a value has none)."""
        return self._projects().create(name, procedure, value, currency)

    def delete_project(self, project_id: int) -> OpChanges:
        """Delete a project with its ticks and notes."""
        return self._projects().delete(project_id)

    def tick_project_item(self, project_id: int, item_id: str, done: bool = True) -> OpChanges:
        """Tick an item of a project's checklist, or untick it with ``done=False``."""
        return self._projects().tick(project_id, item_id, done)

    def note_project_item(self, project_id: int, item_id: str, text: str) -> OpChanges:
        """Store the note on an item of a project ("" clears it)."""
        return self._projects().note(project_id, item_id, text)

    def export_project(self, project_id: int, fmt: str = "markdown", language: str | None = None) -> str:
        """A project's checklist as Markdown, or as the HTML the window lays out to PDF (``fmt="html"``)."""
        from ipt_desktop.core.projects import export

        writers = {"markdown": export.project_markdown, "html": export.project_html}
        if fmt not in writers:
            raise ContentError(f"export format {fmt!r}: use markdown or html")
        return writers[fmt](self.project(project_id, language), self._section_titles, utc_now()[:10])

    def _projects(self) -> Projects:
        from ipt_desktop.core.content import checklists
        from ipt_desktop.core.content.taxonomy import default_taxonomy
        from ipt_desktop.core.projects.service import Projects
        from ipt_desktop.core.projects.store import ProjectStore

        return Projects(ProjectStore(self.user.conn), checklists.default_checklists(), default_taxonomy())

    def _section_titles(self, doc_id: str) -> tuple[str, dict[str, str]]:
        """A document's title and its sections' headings by anchor (("", {}) when it is not here)."""
        if not self.content.has(doc_id):
            return "", {}
        from ipt_desktop.core.content.rendering import render_markdown

        doc = self.content.get(doc_id)
        return doc.title, {entry.anchor: entry.title for entry in render_markdown(doc.body).toc}
