"""The window's actions with their shortcuts, accessible names and tooltips, grouped into menus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclass
class MainActions:
    """Every QAction of the main window."""

    focus_search: QAction
    back: QAction
    forward: QAction
    bookmark: QAction
    find: QAction
    next_match: QAction
    previous_match: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    copy_citation: QAction
    add_to_calendar: QAction
    present: QAction
    export_pdf: QAction
    print_document: QAction
    add_to_deck: QAction
    import_files: QAction
    sync_now: QAction
    sources: QAction
    projects: QAction
    reindex: QAction
    choose_procedure: QAction
    threshold_check: QAction
    preferences: QAction
    shortcuts: QAction
    next_panel: QAction
    previous_panel: QAction
    about: QAction
    quit: QAction

    def needing_document(self) -> tuple[QAction, ...]:
        """The actions that act on the open document (disabled while none is open)."""
        return (
            self.bookmark,
            self.find,
            self.next_match,
            self.previous_match,
            self.copy_citation,
            self.present,
            self.export_pdf,
            self.print_document,
            self.add_to_deck,
        )


def _action(
    window: QMainWindow, text: str, shortcuts: tuple[str | QKeySequence.StandardKey, ...] = (), tip: str = ""
) -> QAction:
    action = QAction(text, window)
    keys = [QKeySequence(k) for k in shortcuts]
    if keys:
        action.setShortcuts(keys)
    label = text.replace("&", "").rstrip("…")
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip or label} ({shown})" if shown else (tip or label))
    action.setStatusTip(tip or label)
    window.addAction(action)
    return action


def create_actions(window: QMainWindow) -> MainActions:
    """Create the actions (texts through the window's tr) and add them to menus."""

    def tr(text: str) -> str:
        # The translation tool files these bare tr() calls under the empty context; look them up there.
        return QCoreApplication.translate("", text)

    a = MainActions(
        focus_search=_action(window, tr("&Search"), ("Ctrl+K", "Ctrl+L"), tr("Go to the search field")),
        back=_action(window, tr("&Back"), ("Alt+Left",), tr("Back to the previous document")),
        forward=_action(window, tr("&Forward"), ("Alt+Right",), tr("Forward to the next document")),
        bookmark=_action(window, tr("&Bookmark"), ("Ctrl+D",), tr("Bookmark this document")),
        find=_action(
            window, tr("&Find in document…"), (QKeySequence.StandardKey.Find,), tr("Find in this document")
        ),
        next_match=_action(
            window,
            tr("&Next match"),
            ("F3", "Ctrl+G"),
            tr("Next match in this document"),
        ),
        previous_match=_action(
            window,
            tr("Pre&vious match"),
            ("Shift+F3", "Ctrl+Shift+G"),
            tr("Previous match in this document"),
        ),
        zoom_in=_action(window, tr("Zoom &in"), ("Ctrl++", "Ctrl+="), tr("Larger text")),
        zoom_out=_action(window, tr("Zoom &out"), ("Ctrl+-",), tr("Smaller text")),
        zoom_reset=_action(window, tr("&Reset zoom"), ("Ctrl+0",), tr("Normal text size")),
        copy_citation=_action(
            window, tr("Copy &citation"), ("Ctrl+Shift+C",), tr("Copy a citation of this document")
        ),
        add_to_calendar=_action(window, tr("Add to &calendar…"), (), tr("Save this event as an .ics file")),
        present=_action(window, tr("&Present"), ("F5",), tr("Present this document as slides")),
        export_pdf=_action(window, tr("&Export PDF…"), ("Ctrl+E",), tr("Save this document as a PDF")),
        print_document=_action(
            window, tr("&Print…"), (QKeySequence.StandardKey.Print,), tr("Print this document")
        ),
        add_to_deck=_action(
            window, tr("Add to &deck…"), ("Ctrl+Shift+D",), tr("Add this document to a deck")
        ),
        import_files=_action(
            window, tr("&Import…"), ("Ctrl+O",), tr("Import Markdown files or a content pack")
        ),
        sync_now=_action(window, tr("S&ync now"), ("F9",), tr("Fetch new content from your sources")),
        sources=_action(window, tr("S&ources…"), (), tr("Manage content sources")),
        projects=_action(
            window,
            tr("Procurement &projects…"),
            (),
            tr("Stage checklists for your procurement projects"),
        ),
        reindex=_action(window, tr("&Rebuild search index"), (), tr("Rebuild the search index")),
        choose_procedure=_action(
            window, tr("&Choose a procedure…"), (), tr("Answer a few questions to find a fitting procedure")
        ),
        threshold_check=_action(
            window, tr("&Threshold check…"), (), tr("Is a contract value above the EU threshold?")
        ),
        preferences=_action(
            window,
            tr("&Preferences…"),
            (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            tr("Theme, font, sync and proxy"),
        ),
        shortcuts=_action(window, tr("&Keyboard shortcuts"), ("F1",), tr("List the keyboard shortcuts")),
        next_panel=_action(window, tr("Next &panel"), ("F6",), tr("Move to the next panel")),
        previous_panel=_action(
            window, tr("Previous pa&nel"), ("Shift+F6",), tr("Move to the previous panel")
        ),
        about=_action(window, tr("&About IPT Desktop"), (), tr("About this application")),
        quit=_action(window, tr("&Quit"), (QKeySequence.StandardKey.Quit,), tr("Quit")),
    )
    a.bookmark.setCheckable(True)
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    for action in (a.import_files, a.sync_now, a.sources, None, a.export_pdf, a.print_document, None, a.quit):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(tr("&Edit"))
    for action in (
        a.focus_search,
        a.find,
        a.next_match,
        a.previous_match,
        a.copy_citation,
        None,
        a.preferences,
    ):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    view_menu = bar.addMenu(tr("&View"))
    for action in (
        a.back,
        a.forward,
        None,
        a.next_panel,
        a.previous_panel,
        None,
        a.zoom_in,
        a.zoom_out,
        a.zoom_reset,
    ):
        view_menu.addSeparator() if action is None else view_menu.addAction(action)
    doc_menu = bar.addMenu(tr("&Document"))
    for action in (a.bookmark, a.add_to_deck, a.present, a.add_to_calendar):
        doc_menu.addAction(action)
    tools = bar.addMenu(tr("&Tools"))
    tools.addAction(a.projects)
    tools.addAction(a.choose_procedure)
    tools.addAction(a.threshold_check)
    tools.addSeparator()
    tools.addAction(a.reindex)
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)
    return a


def shortcut_table(actions: MainActions) -> list[tuple[str, str]]:
    """(action, keys) pairs for the shortcuts dialog."""
    rows = []
    for action in vars(actions).values():
        names = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        keys = ", ".join(name for name in names if name)  # a standard key the platform lacks is empty
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows
