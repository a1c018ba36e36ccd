"""What the search pane says where its list is empty: why, at the top of the pane, with the next steps as
links (search the suggestion, clear the filters, sync). Its texts keep the search panel's translation
context, where they were first written."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ipt_desktop.core.search.types import SearchResult

# What fills each personal view, said where the view is empty.
_VIEW_HINTS = {
    "bookmarks": lambda: QCoreApplication.translate(
        "SearchPanel", "Bookmark a document with Ctrl+D and it appears here."
    ),
    "history": lambda: QCoreApplication.translate("SearchPanel", "The documents you open appear here."),
    "notes": lambda: QCoreApplication.translate(
        "SearchPanel", "Write a note in a document's Note tab and it appears here."
    ),
    "whats_new": lambda: QCoreApplication.translate(
        "SearchPanel", "New and updated documents from your sources appear here after a sync."
    ),
    "events": lambda: QCoreApplication.translate("SearchPanel", "Events arrive with the library's updates."),
    "newsletters": lambda: QCoreApplication.translate(
        "SearchPanel", "Newsletter issues arrive with the library's updates."
    ),
}
_SYNCED_VIEWS = ("whats_new", "events", "newsletters")


class EmptyState(QLabel):
    """The message that takes the list's place when a search or view has nothing to show.

    Signals:
        step_chosen: a next step's link was chosen ("suggestion", "clear" or "sync").
    """

    step_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(QCoreApplication.translate("SearchPanel", "No results"))
        # It takes the list's place: the message sits at the top of the pane, not half-way down.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setContentsMargins(6, 8, 6, 8)
        self.linkActivated.connect(self.step_chosen)
        self.hide()

    def show_for(self, result: SearchResult, view: str | None, filtered: bool) -> bool:
        """Show what to say about an empty ``result`` of a search (``view`` None, ``filtered`` when filters
        are set) or of a personal view; hide for a result with hits. Returns whether it is shown."""
        if result.total:
            self.hide()
            return False
        lines = [html.escape(result.message)] if result.message else []
        steps = []
        if view:
            nothing = QCoreApplication.translate("SearchPanel", "Nothing here yet.")
            lines.append(f"<b>{html.escape(nothing)}</b>")
            lines.append(html.escape(_VIEW_HINTS.get(view, lambda: "")()))
            if view in _SYNCED_VIEWS:
                steps.append(("sync", QCoreApplication.translate("SearchPanel", "Sync now")))
        else:
            no_match = QCoreApplication.translate("SearchPanel", "No documents match.")
            lines.append(f"<b>{html.escape(no_match)}</b>")
            if result.suggestion:
                steps.append(
                    (
                        "suggestion",
                        QCoreApplication.translate("SearchPanel", "Search for “%1”").replace(
                            "%1", result.suggestion
                        ),
                    )
                )
            if filtered:
                steps.append(("clear", QCoreApplication.translate("SearchPanel", "Clear the filters")))
            lines.append(
                html.escape(
                    QCoreApplication.translate(
                        "SearchPanel",
                        "Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.",
                    )
                )
            )
        links = " · ".join(f"<a href='{key}'>{html.escape(text)}</a>" for key, text in steps)
        self.setText("<br>".join(line for line in lines if line) + (f"<p>{links}</p>" if links else ""))
        self.show()
        return True
