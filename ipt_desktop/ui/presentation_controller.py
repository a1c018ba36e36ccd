"""PresentationController: builds a deck on the core worker, then opens the full-screen window and the
presenter view and keeps them in step. With two or more screens the slides go to a screen other than the
primary one (the projector) and the presenter view to the primary one; with one screen the presenter view is
a normal window behind the slides (Alt+Tab reaches it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from ipt_desktop.core.trainer.slides import Deck, deck_for_document
from ipt_desktop.ui.core_worker import CoreWorker, Task
from ipt_desktop.ui.presentation_window import PresentationWindow
from ipt_desktop.ui.presenter_view import PresenterView
from ipt_desktop.ui.translations import ui_language

if TYPE_CHECKING:
    from ipt_desktop.core.library import Library


def build_document_deck(library: Library, doc_id: str, language: str | None = None) -> Deck:
    """Worker call: the deck of one document, its title slide in ``language`` where translated."""
    return deck_for_document(library.get(doc_id), language)


def build_collection_deck(library: Library, name: str, language: str | None = None) -> Deck:
    """Worker call: the deck of a collection, by name, title slides in ``language`` where translated."""
    return library.collection_deck(name, language)


def choose_screens(screens: list[QScreen], primary: QScreen | None) -> tuple[QScreen | None, QScreen | None]:
    """(screen for the slides, screen for the presenter view or None when there is only one screen)."""
    if len(screens) < 2:
        return (screens[0] if screens else primary), None
    others = [screen for screen in screens if screen is not primary]
    return others[0], (primary if primary in screens else screens[0])


class PresentationController(QObject):
    """Opens and wires one presentation at a time.

    Signals:
        started: a presentation opened (the Deck).
        ended: the presentation closed.
        failed: building the deck failed (one clear sentence).
    """

    started = Signal(object)
    ended = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, with_presenter_view: bool = True) -> None:
        super().__init__(parent)
        self.with_presenter_view = with_presenter_view
        self.window: PresentationWindow | None = None
        self.presenter: PresenterView | None = None
        self._tasks: set[Task] = set()

    def present_document(self, worker: CoreWorker, doc_id: str) -> Task:
        """Build the document's deck on the worker, then present it."""
        return self._build(worker.submit(build_document_deck, doc_id, ui_language(), name="present-document"))

    def present_collection(self, worker: CoreWorker, name: str) -> Task:
        """Build the collection's deck on the worker, then present it."""
        return self._build(
            worker.submit(build_collection_deck, name, ui_language(), name="present-collection")
        )

    def _build(self, task: Task) -> Task:
        self._tasks.add(task)
        task.finished.connect(lambda deck: (self._tasks.discard(task), self.present_deck(deck)))
        task.failed.connect(lambda error: (self._tasks.discard(task), self.failed.emit(str(error))))
        return task

    def present_deck(self, deck: Deck, screen: QScreen | None = None) -> PresentationWindow:
        """Open the slides full screen (and the presenter view), replacing any presentation already open."""
        self.stop()
        slides_screen, presenter_screen = choose_screens(
            QGuiApplication.screens(), QGuiApplication.primaryScreen()
        )
        slides_screen = screen or slides_screen
        window = PresentationWindow(deck, slides_screen)
        self.window = window
        if self.with_presenter_view:
            size = slides_screen.size() if slides_screen is not None else window.sizeHint()
            presenter = PresenterView(deck, size)
            self.presenter = presenter
            window.slide_changed.connect(presenter.show_slide)
            window.blank_changed.connect(presenter.set_blank)
            presenter.key_pressed.connect(window.handle_key)
            presenter.closed.connect(window.close)
            window.closed.connect(presenter.close)
            presenter.start(presenter_screen if presenter_screen is not slides_screen else None)
        window.closed.connect(self._on_closed)
        window.present()
        self.started.emit(deck)
        return window

    def stop(self) -> None:
        """Close the presentation if one is open."""
        if self.window is not None:
            self.window.close()

    def _on_closed(self) -> None:
        window, presenter = self.window, self.presenter
        self.window = self.presenter = None
        for widget in (window, presenter):
            if widget is not None:
                widget.deleteLater()
        self.ended.emit()
