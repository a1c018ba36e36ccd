"""How the main window's parts talk to each other: its actions, the reader, the search column, the sidebar and
the background tasks are connected here, and every write's change record (``library_changed``) is passed on to
the views, which decide for themselves whether to reload."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipt_desktop.ui.main_window import MainWindow


def connect_window(window: MainWindow) -> None:
    """Connect the window's actions and panels to one another and to the two workers."""
    a = window.actions_
    a.focus_search.triggered.connect(window.focus_search)
    a.back.triggered.connect(window.reader.go_back)
    a.forward.triggered.connect(window.reader.go_forward)
    a.bookmark.triggered.connect(window.reader.toggle_bookmark)
    a.find.triggered.connect(window.reader.find_bar.open_bar)
    a.next_panel.triggered.connect(lambda: window.cycle_panels(True))
    a.previous_panel.triggered.connect(lambda: window.cycle_panels(False))
    a.next_match.triggered.connect(lambda: window.reader.step_match(True))
    a.previous_match.triggered.connect(lambda: window.reader.step_match(False))
    a.zoom_in.triggered.connect(lambda: window.change_zoom(+1))
    a.zoom_out.triggered.connect(lambda: window.change_zoom(-1))
    a.zoom_reset.triggered.connect(lambda: window.change_zoom(0, reset=True))
    a.copy_citation.triggered.connect(window._copy_citation)
    a.shortcuts.triggered.connect(window.show_shortcuts)
    a.about.triggered.connect(window.show_about)
    a.quit.triggered.connect(window.close)
    a.preferences.triggered.connect(window.edit_preferences)
    a.import_files.triggered.connect(window.tasks.import_files)
    a.reindex.triggered.connect(window.tasks.reindex)
    a.add_to_calendar.triggered.connect(window._add_to_calendar)
    a.present.triggered.connect(lambda: window.trainer.present_current())
    a.export_pdf.triggered.connect(lambda: window.trainer.export_current_pdf())
    a.print_document.triggered.connect(lambda: window.trainer.print_current())
    a.add_to_deck.triggered.connect(lambda: window.trainer.add_current_to_deck())
    a.sync_now.triggered.connect(window.sync.sync_now)
    reader_actions = {"sync": a.sync_now, "calendar": a.add_to_calendar}
    window.reader.view.action_requested.connect(
        lambda name: reader_actions[name].trigger() if name in reader_actions else None
    )
    window.search.sync_requested.connect(a.sync_now.trigger)
    window.reader.error_shown.connect(window.notify)
    a.sources.triggered.connect(window.show_sources)
    a.projects.triggered.connect(window.show_projects)
    a.choose_procedure.triggered.connect(window.show_procedure_chooser)
    a.threshold_check.triggered.connect(window.show_threshold_check)
    window.sync.message.connect(window.notify)
    window.tasks.message.connect(window.notify)
    window.tasks.prepared.connect(window._prepared)
    window.tasks.index_rebuilt.connect(lambda _count: window.search.search_now())
    window.search.index_damaged.connect(window.tasks.rebuild_damaged_index)
    window.search.document_activated.connect(window._open_result)
    window.search.field.textEdited.connect(lambda _t: window.middle.setCurrentWidget(window.search))
    window.search.results_shown.connect(window.results_shown)
    window.browse.filter_requested.connect(lambda *_: window.middle.setCurrentWidget(window.search))
    window.browse.filter_requested.connect(window.search.add_filter)
    window.browse.view_requested.connect(window.show_view)
    window.search.facets_changed.connect(window.browse.show_query_counts)
    window.search.filters_cleared.connect(window.browse.clear_choice)
    window.search.view_left.connect(window.browse.clear_choice)
    window.reader.document_shown.connect(window._document_shown)
    window.reader.document_missing.connect(lambda _d: window._update_document_actions())
    window.reader.navigation_changed.connect(window._update_document_actions)
    window.reader.bookmark_changed.connect(window._bookmark_changed)
    for worker in (window.services.reader, window.services.writer):
        worker.busy_changed.connect(window._busy_changed)
        worker.library_changed.connect(window.library_changed)
    for view in (window.browse, window.search, window.reader):
        window.library_changed.connect(view.on_library_changed)
