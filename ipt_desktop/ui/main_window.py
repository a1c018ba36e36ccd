"""The main window: the browse sidebar, the search column and the reader, wired to the two core workers
(one for reading and personal data, one for writes: import, sync, re-index).

Every write on either worker ends in one change record (``OpChanges``) that the window passes on as
``library_changed``; each view connected to it decides for itself whether it must reload. The window never
refreshes a view because of what some action did.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QStackedWidget,
)

from ipt_desktop import APP_NAME
from ipt_desktop.core.content.taxonomy import Taxonomy
from ipt_desktop.ui import library_calls as calls
from ipt_desktop.ui.app_settings import AppSettings
from ipt_desktop.ui.browse_panel import BrowsePanel
from ipt_desktop.ui.core_worker import CoreWorker
from ipt_desktop.ui.idle_shortcuts import IdleShortcuts
from ipt_desktop.ui.library_tasks import LibraryTasks
from ipt_desktop.ui.main_actions import create_actions
from ipt_desktop.ui.main_wiring import connect_window
from ipt_desktop.ui.reader_panel import ReaderPanel
from ipt_desktop.ui.screen_fit import fitting_size
from ipt_desktop.ui.search_panel import SearchPanel
from ipt_desktop.ui.sync_tasks import SyncTasks
from ipt_desktop.ui.theme import apply_theme
from ipt_desktop.ui.window_frame import WindowFrame


@dataclass
class Services:
    """What the window needs from the application: workers, taxonomy, settings and the active theme."""

    reader: CoreWorker
    writer: CoreWorker
    taxonomy: Taxonomy
    settings: AppSettings
    theme: str = "light"


OUTSIDE_CHECK_MS = 4000


DEFAULT_SIZE = (1360, 840)  # a first start's window, where the screen has room for it


class MainWindow(WindowFrame):
    """Top-level window.

    Signals:
        ready: bundled content and index are up to date and the window is filled.
        results_shown: a result list was displayed (number of rows).
        document_shown: the reader displays a document (id).
        library_changed: a write on either worker finished (its OpChanges); the views reload from it.
        language_switched: the interface language changed and this window handed over to a new one (it).
    """

    ready = Signal()
    results_shown = Signal(int)
    document_shown = Signal(str)
    library_changed = Signal(object)
    language_switched = Signal(object)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.settings = services.settings
        self.setWindowTitle(APP_NAME)
        self.resize(fitting_size(*DEFAULT_SIZE))
        self.browse = BrowsePanel(services.taxonomy, services.reader)
        self.search = SearchPanel(services.reader, services.taxonomy)
        self.reader = ReaderPanel(services.reader, services.taxonomy)
        self.middle = QStackedWidget()
        self.middle.addWidget(self.search)
        self.deck_panel = None  # created when the decks view is first shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.browse, self.middle, self.reader):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([230, 400, 730])
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)
        self._narrow: bool | None = None  # not laid out yet (see window_frame._fit_layout)
        self._splitter_saved = False  # whether the panes' sizes came from the last session
        self.setCentralWidget(self.splitter)
        self.actions_ = create_actions(self)
        self._build_toolbar()
        self._build_status_bar()
        self.tasks = LibraryTasks(services.writer, self.busy, self)
        self.sync = SyncTasks(services.writer, self.settings, self)
        self._trainer = None  # trainer tools load on first use: they pull in slides and PDF code
        self.projects_dialog = None  # Tools › Procurement projects, created when first opened
        # The decision-aid dialogs, one of each per window, kept while it lives (their worker calls may answer).
        self._procedure_dialog = None
        self._threshold_dialog = None
        connect_window(self)
        self.setTabOrder(self.search.field, self.search.list)
        self.setTabOrder(self.search.list, self.reader.view)
        self.setTabOrder(self.reader.view, self.reader.tabs)
        self.setTabOrder(self.reader.tabs, self.browse)
        self.reader.set_appearance(services.theme, self.settings.reader_font_pt, self.settings.zoom)
        self._restore_state()
        self._update_document_actions()
        # Changes made by others (an import from the command line) show without a restart: checked when the
        # window is activated and every few seconds while it is in front.
        self._ready = False  # set once start-up maintenance is done; outside changes are looked for after
        self._outside_timer = QTimer(self, interval=OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.check_outside_changes)
        self.idle_shortcuts = IdleShortcuts(self, self.notify)
        self.idle_shortcuts.watch(self.actions_.needing_document(), self.tr("%1: open a document first."))

    # -- start-up ------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the library at once, and bring bundled content and index up to date in the background."""
        self.search.search_now()
        # Drawing the toolbar's icons, maintenance (bundled content, index check) and loading the Markdown
        # renderer wait until the reader has answered every query asked so far, so that start-up work never
        # competes with the first results.
        self.services.reader.busy_changed.connect(self._reader_busy)
        last = self.settings.last_document
        if last:
            self.reader.open(last, remember=False)

    def _reader_busy(self, pending: int) -> None:
        if pending:
            return
        self.services.reader.busy_changed.disconnect(self._reader_busy)
        QTimer.singleShot(0, self._start_maintenance)  # after the last answer's results are on screen

    def _start_maintenance(self) -> None:
        self._paint_icons()  # drawing the toolbar's icons waited for the first results too
        self.tasks.prepare()
        self.services.reader.submit(calls.load_renderer, name="load-renderer")

    def _prepared(self) -> None:
        # The sidebar and the list reload from the change record that preparing the library announced.
        self.sync.start_up()
        self._ready = True
        self.check_outside_changes()  # note where the library stands, for the next look
        self.ready.emit()

    # -- user actions --------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+K)."""
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def show_view(self, view: str) -> None:
        """Show the whole library, a personal view (bookmarks, notes, history, events ...) or the decks."""
        self.browse.mark("view", view)
        if view == "decks":
            self._show_decks()
            return
        self.middle.setCurrentWidget(self.search)
        if view == "all":
            self.search.view = None
            self.search.filters.clear()
            self.search.field.clear()
            self.search.search_now()
        else:
            self.search.show_view(view, self.browse.view_label(view))

    def _open_result(self, doc_id: str) -> None:
        """Open a result: its search words marked and, where the search found an answer section, that section
        shown with its passage selected."""
        anchor, passage = self.search.answer_for(doc_id)
        self.reader.open(
            doc_id, highlight=self.search.highlight_words(doc_id), anchor=anchor, passage=passage
        )

    def open_document(self, doc_id: str, anchor: str | None = None) -> None:
        """Open a document in the reader, at the section ``anchor`` when one is given."""
        self.reader.open(doc_id, anchor=anchor)

    @property
    def trainer(self):
        """The trainer tools (present, PDF, print, decks), created on first use."""
        if self._trainer is None:
            from ipt_desktop.ui.presentation_controller import PresentationController
            from ipt_desktop.ui.trainer_actions import TrainerActions

            self.presentations = PresentationController(self)
            self._trainer = TrainerActions(self.services.reader, self, self._current_id, self.presentations)
            self._trainer.message_shown.connect(self.notify)
        return self._trainer

    def _current_id(self) -> str | None:
        return self.reader.current.document.id if self.reader.current is not None else None

    def _show_decks(self) -> None:
        if self.deck_panel is None:
            from ipt_desktop.ui.deck_panel import DeckPanel

            self.deck_panel = DeckPanel(self.services.reader, self.trainer.controller)
            self.deck_panel.message_shown.connect(self.notify)
            self.library_changed.connect(self.deck_panel.on_library_changed)
            self.middle.addWidget(self.deck_panel)
        self.deck_panel.refresh()
        self.middle.setCurrentWidget(self.deck_panel)

    def show_sources(self) -> None:
        """Open the feed sources dialog; its syncs refresh the window."""
        from ipt_desktop.ui.sources_dialog import SourcesDialog  # loads the HTTP stack on first use

        dialog = SourcesDialog(self.services.writer, self)
        self.library_changed.connect(dialog.on_library_changed)
        try:
            dialog.exec()
        finally:
            self.library_changed.disconnect(dialog.on_library_changed)
            dialog.deleteLater()

    def show_projects(self):
        """Open Tools › Procurement projects (one dialog, beside the window); returns it."""
        if self.projects_dialog is None:
            from ipt_desktop.ui.projects_dialog import ProjectsDialog  # loads when first opened

            dialog = ProjectsDialog(self.services.reader, self.services.writer, self)
            dialog.section_requested.connect(self.open_document)
            self.library_changed.connect(dialog.on_library_changed)
            self.projects_dialog = dialog
        self.projects_dialog.show()
        self.projects_dialog.raise_()
        self.projects_dialog.activateWindow()
        return self.projects_dialog

    def show_procedure_chooser(self):
        """Open Tools › Choose a procedure; its links open documents in the reader. Returns the dialog."""
        from ipt_desktop.ui.procedure_dialog import ProcedureDialog

        dialog = self._procedure_dialog
        if dialog is None:
            dialog = self._procedure_dialog = ProcedureDialog(
                self.services.reader, self.services.writer, self
            )
            dialog.open_document.connect(self.open_document)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_threshold_check(self):
        """Open Tools › Threshold check. Returns the dialog."""
        from ipt_desktop.ui.threshold_dialog import ThresholdDialog

        dialog = self._threshold_dialog
        if dialog is None:
            dialog = self._threshold_dialog = ThresholdDialog(self.services.reader, self)
        dialog.show()
        dialog.raise_()
        return dialog

    def change_zoom(self, step: int, reset: bool = False) -> None:
        """Zoom the reader by ``step`` or back to 100%, and remember the level."""
        zoom = 0 if reset else self.settings.zoom + step
        self.settings.zoom = zoom
        self.reader.set_appearance(self.services.theme, self.settings.reader_font_pt, self.settings.zoom)

    def edit_preferences(self) -> None:
        """Open the preferences; applied at once when the user accepts."""
        from ipt_desktop.ui.preferences_dialog import PreferencesDialog  # dialogs load when first opened

        dialog = PreferencesDialog(self.settings, self)
        language = self.settings.language
        if dialog.exec():
            self.apply_appearance()
            self.sync.apply_interval()
            if self.settings.language != language:
                self.switch_language()

    def switch_language(self) -> None:
        """Show the interface in the preferred language now, without a restart.

        Every widget sets its texts when it is built, so the window is built again in the new language, over
        the same workers, and takes over the query, the open document, the view and the geometry. The swap
        waits until neither worker has a job left, so that no answer arrives for a window that is gone.
        """
        services = self.services
        if services.reader.pending or services.writer.pending:
            QTimer.singleShot(50, self.switch_language)
            return
        from ipt_desktop.core.content.taxonomy import default_taxonomy
        from ipt_desktop.ui.translations import install_translators

        install_translators(QApplication.instance(), self.settings.language)
        services.taxonomy = default_taxonomy().in_language(self.settings.language)
        self.reader.save_note()
        if self.projects_dialog is not None:
            self.projects_dialog.save_note()
            self.projects_dialog.close()
        self.settings.save_window_state(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        successor = MainWindow(services)
        successor.take_over(self)
        self.successor = successor  # the caller holds this window; through it the new one stays alive
        self.language_switched.emit(successor)
        successor.show()
        self.hide()
        self.deleteLater()

    def take_over(self, previous: MainWindow) -> None:
        """Continue where ``previous`` (the same library in another language) left off."""
        self._paint_icons()
        self.search.field.setText(previous.search.field.text())
        self.search.filters = dict(previous.search.filters)
        self.search.search_now()
        current = previous.reader.current
        if current is not None:
            self.reader.open(current.document.id, remember=False)
        self.browse.refresh_counts()
        self.sync.start_up()

    def apply_appearance(self) -> None:
        """Re-apply theme and reader font after the preferences changed."""
        self.services.theme = apply_theme(QApplication.instance(), self.settings.theme)
        self._paint_icons()
        self.reader.set_appearance(self.services.theme, self.settings.reader_font_pt, self.settings.zoom)
        self.search.list.viewport().update()

    def _add_to_calendar(self) -> None:
        current = self.reader.current
        if current is not None and current.document.type == "event":
            self.tasks.add_to_calendar(current.document.id, current.document.title)

    def _copy_citation(self) -> None:
        if self.reader.copy_citation():
            self.notify(self.tr("Citation copied to the clipboard."))

    def _document_shown(self, doc_id: str) -> None:
        self.settings.last_document = doc_id
        self.search.follow_document(doc_id)
        self._update_document_actions()
        self.document_shown.emit(doc_id)

    def _bookmark_changed(self, doc_id: str, on: bool) -> None:
        self.actions_.bookmark.setChecked(on)
        self.notify(self.tr("Bookmarked.") if on else self.tr("Bookmark removed."))

    def _update_document_actions(self) -> None:
        a = self.actions_
        current = self.reader.current
        has_doc = current is not None
        for action in a.needing_document():
            action.setEnabled(has_doc)
        a.bookmark.setChecked(bool(has_doc and current.is_bookmarked))
        a.add_to_calendar.setEnabled(bool(has_doc and current.document.type == "event"))
        a.back.setEnabled(self.reader.can_go_back)
        a.forward.setEnabled(self.reader.can_go_forward)

    def check_outside_changes(self) -> None:
        """Ask the writer whether others changed the library; its answer reloads the views (library_changed)."""
        if self._ready and self.isActiveWindow() and not self.services.writer.pending:
            self.services.writer.submit(calls.outside_changes, name="outside-changes")

    def changeEvent(self, event: QEvent) -> None:
        """Look for others' changes when the window comes to the front; check again while it stays there."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self.check_outside_changes()
                self._outside_timer.start()
            else:
                self._outside_timer.stop()

    # -- state ---------------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the open note and the window's layout before closing."""
        self.reader.save_note()
        if self.projects_dialog is not None:
            self.projects_dialog.save_note()
            self.projects_dialog.close()
        self.settings.save_window_state(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        super().closeEvent(event)
