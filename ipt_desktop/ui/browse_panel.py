"""The sidebar: personal views (bookmarks, history, What's new ...) and browsing by type, topic, stage,
procedure, sector and project, each with counts: the library's, or, while a query or filter is active, those of
the current results. The library's counts reload after a write that changed documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ipt_desktop.core.content.taxonomy import Taxonomy
from ipt_desktop.ui import library_calls as calls

if TYPE_CHECKING:
    from ipt_desktop.core.changes import OpChanges
    from ipt_desktop.ui.core_worker import CoreWorker

# Sidebar sections: (overview key, filter key, taxonomy vocabulary or None for free values).
SECTIONS = (
    ("type", "type", "types"),
    ("topics", "topic", "topics"),
    ("stages", "stage", "stages"),
    ("procedures", "procedure", "procedures"),
    ("sectors", "sector", "sectors"),
    ("project", "project", None),
)
_LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # (overview key, value, label) of a facet row
PERSONAL_VIEWS = ("whats_new", "bookmarks", "history", "notes", "events", "newsletters", "decks")


class BrowsePanel(QTreeWidget):
    """Tree of views and facets.

    Signals:
        filter_requested: browse by a facet value (filter key, value).
        view_requested: a personal or special view was chosen (view name).
        overview_shown: the tree was rebuilt from fresh counts.
    """

    filter_requested = Signal(str, str)
    view_requested = Signal(str)
    overview_shown = Signal()

    def __init__(
        self, taxonomy: Taxonomy, worker: CoreWorker | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.worker = worker
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Browse"))
        self.setUniformRowHeights(True)
        self._overview: dict[str, dict[str, int]] = {}
        self._query_counts: Mapping[str, Mapping[str, int]] | None = None
        self._marked: tuple[str, str, str] | None = ("view", "all", "")
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._titles = {
            "type": self.tr("Types"),
            "topics": self.tr("Topics"),
            "stages": self.tr("Stages"),
            "procedures": self.tr("Procedures"),
            "sectors": self.tr("Sectors"),
            "project": self.tr("Projects"),
        }
        self._views = {
            "all": self.tr("All documents"),
            "whats_new": self.tr("What's new"),
            "bookmarks": self.tr("Bookmarks"),
            "history": self.tr("History"),
            "notes": self.tr("My notes"),
            "events": self.tr("Upcoming events"),
            "newsletters": self.tr("Newsletter"),
            "decks": self.tr("Decks"),
        }

    def refresh_counts(self) -> None:
        """Load the counts on the worker, then rebuild the tree."""
        if self.worker is not None:
            task = self.worker.submit(calls.facet_overview, name="overview")
            task.finished.connect(self.set_overview)

    def on_library_changed(self, changes: OpChanges) -> None:
        """Reload the counts when documents were added, updated or removed, or the index was rebuilt."""
        if changes.touches("content", "index"):
            self.refresh_counts()

    def set_overview(self, overview: dict[str, dict[str, int]]) -> None:
        """Rebuild the tree from facet counts, keeping which sections were expanded."""
        expanded = {
            self.topLevelItem(i).text(0).split("  ")[0]
            for i in range(self.topLevelItemCount())
            if self.topLevelItem(i).isExpanded()
        }
        self.clear()
        self._overview = overview
        total = sum(overview.get("type", {}).values())
        self._add_view("all", f"{self._views['all']}  ({total})")
        for view in PERSONAL_VIEWS:
            self._add_view(view, self._views[view])
        for key, filter_key, vocabulary in SECTIONS:
            counts = overview.get(key, {})
            if not counts:
                continue
            section = QTreeWidgetItem([self._titles[key]])
            section.setFlags(section.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.addTopLevelItem(section)
            values = list(self.taxonomy.values(vocabulary)) if vocabulary else sorted(counts)
            for value in values:
                if counts.get(value):
                    label = self.taxonomy.label(vocabulary, value) if vocabulary else value
                    child = QTreeWidgetItem([f"{label}  ({counts[value]})"])
                    child.setData(0, Qt.ItemDataRole.UserRole, ("filter", filter_key, value))
                    child.setData(0, _LABEL_ROLE, (key, value, label))
                    child.setToolTip(0, label)
                    section.addChild(child)
            section.setExpanded(self._titles[key] in expanded or key == "type")
        if self._query_counts is not None:
            self.show_query_counts(self._query_counts)
        if self._marked is not None:
            self.mark(*self._marked)
        self.overview_shown.emit()

    def show_query_counts(self, facets: Mapping[str, Mapping[str, int]] | None) -> None:
        """Count what the current query finds (``facets``), or the whole library again (None).

        Values the query does not find show (0) and are disabled: choosing them could only empty the list.
        """
        self._query_counts = facets
        counts_of = facets if facets is not None else self._overview
        for i in range(self.topLevelItemCount()):
            section = self.topLevelItem(i)
            for j in range(section.childCount()):
                child = section.child(j)
                key, value, label = child.data(0, _LABEL_ROLE)
                count = counts_of.get(key, {}).get(value, 0)
                child.setText(0, f"{label}  ({count})")
                child.setDisabled(facets is not None and not count)

    def clear_choice(self) -> None:
        """No row stays highlighted (after "Clear filters", nothing in the sidebar is chosen)."""
        self._marked = None
        self.setCurrentItem(None)
        self.clearSelection()

    def mark(self, kind: str, key: str, value: str = "") -> None:
        """Show which view ("view", name) or filter ("filter", key, value) the middle pane shows."""
        self._marked = (kind, key, value)
        wanted = (kind, key, value)
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for item in (top, *(top.child(j) for j in range(top.childCount()))):
                if tuple(item.data(0, Qt.ItemDataRole.UserRole) or ()) == wanted:
                    self.setCurrentItem(item)
                    return

    def _add_view(self, view: str, label: str) -> None:
        item = QTreeWidgetItem([label])
        item.setToolTip(0, label)  # the whole name where a narrow sidebar cuts it short
        item.setData(0, Qt.ItemDataRole.UserRole, ("view", view, ""))
        self.addTopLevelItem(item)

    def view_label(self, view: str) -> str:
        """The translated name of a personal view (bookmarks, history ...), as the sidebar shows it."""
        return self._views.get(view, view)

    def _activated(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            item.setExpanded(not item.isExpanded())
            return
        kind, key, value = data
        self._marked = (kind, key, value)
        if kind == "filter":
            self.filter_requested.emit(key, value)
        else:
            self.view_requested.emit(key)
