"""PresentationController: builds a deck on the core worker, then opens the full-screen window and, with two
screens, the presenter (speaker) view, and keeps them in step. With two or more screens the slides go to a
screen other than the primary one (the projector) and the speaker view to the primary one. With one screen,
or a projector that mirrors the laptop (one picture on both), the speaker view opens only when asked (S), in
front of the slides, and S closes it again: notes never show to the audience unasked.
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
    """(screen for the slides, screen for the presenter view or None when there is only one picture).

    Screens that show the same part of the desktop (a mirrored projector) count as one.
    """
    if primary in screens:
        screens = [primary, *(screen for screen in screens if screen is not primary)]
    distinct: list[QScreen] = []
    for screen in screens:
        if not any(_same_picture(screen, known) for known in distinct):
            distinct.append(screen)
    if len(distinct) < 2:
        return (distinct[0] if distinct else primary), None
    return distinct[1], distinct[0]


def _same_picture(one: QScreen, other: QScreen) -> bool:
    """True when two screens mirror each other (the same desktop geometry)."""
    if one is other:
        return True
    geometry = getattr(one, "geometry", None)
    return geometry is not None and geometry() == other.geometry()


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
        self._presenter_screen: QScreen | None = None
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
        """Open the slides full screen (and, with two screens, the speaker view), replacing any presentation
        already open.
        """
        self.stop()
        slides_screen, presenter_screen = choose_screens(
            QGuiApplication.screens(), QGuiApplication.primaryScreen()
        )
        slides_screen = screen or slides_screen
        if presenter_screen is slides_screen:
            presenter_screen = None
        window = PresentationWindow(deck, slides_screen)
        self.window = window
        self._presenter_screen = presenter_screen
        window.speaker_view_requested.connect(self.toggle_speaker_view)
        window.closed.connect(self._on_closed)
        window.present()
        if self.with_presenter_view and presenter_screen is not None:
            self.open_speaker_view()
        self.started.emit(deck)
        return window

    def open_speaker_view(self) -> PresenterView | None:
        """Open the speaker view (notes, next slide, timer): maximised on its own screen when there are two,
        else as a window in front of the slides. None when there is no presentation or it is switched off.
        """
        window = self.window
        if window is None or not self.with_presenter_view:
            return None
        if self.presenter is not None:
            self.presenter.raise_()
            self.presenter.activateWindow()
            return self.presenter
        size = window.target_screen.size() if window.target_screen is not None else window.sizeHint()
        presenter = PresenterView(window.deck, size)
        self.presenter = presenter
        presenter.show_slide(window.current)
        presenter.set_blank(window.is_blank)
        window.slide_changed.connect(presenter.show_slide)
        window.blank_changed.connect(presenter.set_blank)
        presenter.key_pressed.connect(window.handle_key)
        presenter.closed.connect(lambda: self._speaker_view_closed(presenter))
        presenter.start(self._presenter_screen)
        if self._presenter_screen is None:
            presenter.raise_()
            presenter.activateWindow()
        return presenter

    def toggle_speaker_view(self) -> None:
        """S: open the speaker view; on one screen, close it again when it is open (back to the slides)."""
        if self.presenter is None:
            self.open_speaker_view()
        elif self._presenter_screen is None:
            self.presenter.close()
        else:
            self.presenter.raise_()
            self.presenter.activateWindow()

    def _speaker_view_closed(self, presenter: PresenterView) -> None:
        """The speaker view closed: with two screens that ends the show; with one, back to the slides."""
        if self.presenter is not presenter:
            return
        self.presenter = None
        presenter.deleteLater()
        window = self.window
        if window is None:
            return
        if self._presenter_screen is not None:
            window.close()
        else:
            window.raise_()
            window.activateWindow()
            window.setFocus()

    def stop(self) -> None:
        """Close the presentation if one is open."""
        if self.window is not None:
            self.window.close()

    def _on_closed(self) -> None:
        window, presenter = self.window, self.presenter
        self.window = self.presenter = None
        if presenter is not None:
            presenter.close()
            presenter.deleteLater()
        if window is not None:
            window.deleteLater()
        self.ended.emit()
