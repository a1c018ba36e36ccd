"""The full-screen presentation, its keyboard, the presenter view and slide fitting (pytest-qt, offscreen)."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, Qt

from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.trainer.slides import Deck, deck_for_document
from ipt_desktop.ui.presentation_controller import PresentationController, choose_screens
from ipt_desktop.ui.presenter_view import format_elapsed
from ipt_desktop.ui.slide_renderer import PRINT_COLORS, fit_slide

TRAINING = Path(__file__).parents[2] / "resources" / "content" / "training-pre-commercial-procurement.md"


@pytest.fixture
def deck() -> Deck:
    return deck_for_document(load_document(TRAINING))


@pytest.fixture
def shown(qtbot, deck):
    controller = PresentationController()
    window = controller.present_deck(deck)
    assert controller.presenter is None  # one screen: the speaker view waits until asked
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert controller.presenter is not None
    yield controller, window, controller.presenter
    controller.stop()


def test_arrows_home_end_and_counter(qtbot, shown, deck):
    _controller, window, presenter = shown
    total = len(deck.slides)
    assert window.counter_text() == f"1 / {total}"
    with qtbot.waitSignal(window.slide_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert blocker.args == [1]
    for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_N, Qt.Key.Key_Down):
        with qtbot.waitSignal(window.slide_changed):
            qtbot.keyClick(window, key)
    assert window.counter_text() == f"6 / {total}"
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P):
        with qtbot.waitSignal(window.slide_changed):
            qtbot.keyClick(window, key)
    assert window.current == 0
    with qtbot.waitSignal(window.slide_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_End)
    assert blocker.args == [total - 1] and window.counter_text() == f"{total} / {total}"
    assert presenter.counter.text() == f"{total} / {total}"
    with qtbot.assertNotEmitted(window.slide_changed):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    with qtbot.waitSignal(window.slide_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Home)
    assert blocker.args == [0]


def test_digits_and_enter_jump(qtbot, shown):
    _controller, window, presenter = shown
    qtbot.keyClicks(window, "12")
    assert "12" in window.counter_text()
    with qtbot.waitSignal(window.slide_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert blocker.args == [11]
    assert window.counter_text().startswith("12 / ")
    assert presenter.current == 11


def test_blank_toggle_and_escape(qtbot, shown):
    controller, window, presenter = shown
    with qtbot.waitSignal(window.blank_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_B)
    assert blocker.args == [True] and window.is_blank and presenter.status.text()
    with qtbot.waitSignal(window.blank_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_B)
    assert blocker.args == [False]
    with qtbot.waitSignals([window.closed, controller.ended]):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert controller.window is None


def test_presenter_view_follows_and_forwards_keys(qtbot, shown, deck):
    _controller, window, presenter = shown
    notes_slide = next(s.index for s in deck.slides if "Draw the funnel" in s.notes)
    with qtbot.waitSignal(window.slide_changed):
        qtbot.keyClicks(presenter, str(notes_slide + 1))
        qtbot.keyClick(presenter, Qt.Key.Key_Enter)
    assert window.current == notes_slide
    assert "Draw the funnel" in presenter.notes.toPlainText()
    assert presenter.next_view.slide == deck.slides[notes_slide + 1]
    assert presenter.counter.text() == window.counter_text()
    with qtbot.waitSignal(presenter.closed):  # ending the show closes the speaker view too
        window.close()


def test_timer_ticks(qtbot, shown):
    _controller, _window, presenter = shown
    presenter._clock.restart()
    qtbot.waitUntil(lambda: presenter._ticker.isActive())
    assert format_elapsed(61_000) == "1:01" and format_elapsed(3_725_000) == "1:02:05"


def test_overlong_slide_shrinks_until_it_fits(deck):
    slide = replace(
        deck.slides[3], html="<ul>" + "<li>A long point about procurement rules</li>" * 40 + "</ul>"
    )
    box = QSizeF(1700, 900)
    fitted = fit_slide(slide, box, PRINT_COLORS, 1080)
    assert fitted.body_px < round(1080 / 24)
    assert fitted.document.size().height() <= box.height()


def test_every_training_slide_fits_at_1280x720(deck):
    for slide in deck.slides:
        fitted = fit_slide(slide, QSizeF(1126, 604), PRINT_COLORS, 720)
        assert fitted.document.size().height() <= 604, slide.title


def test_choose_screens_single_dual_and_mirrored():
    assert choose_screens(["one"], "one") == ("one", None)
    assert choose_screens(["laptop", "projector"], "laptop") == ("projector", "laptop")
    assert choose_screens(["projector", "laptop"], "laptop") == ("projector", "laptop")

    class Screen:
        def __init__(self, x):
            self.x = x

        def geometry(self):
            return (self.x, 0, 1920, 1080)

    laptop, mirror, side = Screen(0), Screen(0), Screen(1920)
    assert choose_screens([laptop, mirror], laptop) == (laptop, None)
    assert choose_screens([laptop, mirror, side], laptop) == (side, laptop)


def test_one_screen_speaker_view_only_when_asked(qtbot, deck):
    controller = PresentationController()
    window = controller.present_deck(deck)
    try:
        assert controller.presenter is None
        qtbot.keyClick(window, Qt.Key.Key_Right)
        qtbot.keyClick(window, Qt.Key.Key_S)
        presenter = controller.presenter
        assert presenter is not None and presenter.isVisible()
        assert presenter.current == 1 and presenter.counter.text() == window.counter_text()
        with qtbot.waitSignal(presenter.closed):
            qtbot.keyClick(presenter, Qt.Key.Key_S)  # S again, from the speaker view: back to the slides
        assert controller.presenter is None and controller.window is window and window.isVisible()
    finally:
        controller.stop()
    off = PresentationController(with_presenter_view=False)
    window = off.present_deck(deck)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert off.presenter is None
    off.stop()


def test_blank_screen_shows_nothing(qtbot, deck):
    from PySide6.QtGui import QColor, QPalette

    controller = PresentationController(with_presenter_view=False)
    window = controller.present_deck(deck)
    try:
        dark = QPalette(window.palette())  # a dark theme: the slide number is drawn in a light grey
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
        window.setPalette(dark)
        window.resize(1280, 720)
        qtbot.keyClick(window, Qt.Key.Key_Right)
        qtbot.keyClick(window, Qt.Key.Key_B)
        image = window.grab().toImage()
        lit = [
            (x, y)
            for x in range(image.width())
            for y in range(image.height() * 3 // 4, image.height())
            if QColor(image.pixel(x, y)).lightness() > 10
        ]
        assert window.is_blank and not window.counter.isVisible() and not lit
        qtbot.keyClick(window, Qt.Key.Key_B)
        assert window.counter.isVisible() and window.counter_text() == f"2 / {len(deck.slides)}"
    finally:
        controller.stop()


def test_presentation_keys_list_the_speaker_view():
    from ipt_desktop.ui.presentation_window import presentation_keys

    rows = dict(presentation_keys())
    assert any("Speaker view" in what and keys == "S" for what, keys in rows.items())


def test_present_document_builds_on_the_worker(qtbot, small_library, data_dir, tmp_path):
    from ipt_desktop.core.library import Library
    from ipt_desktop.ui.core_worker import CoreWorker
    from tests.conftest import SMALL_LIBRARY

    worker = CoreWorker(
        lambda: Library(data_dir, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed"), "t"
    )
    controller = PresentationController(with_presenter_view=False)
    try:
        with qtbot.waitSignal(controller.started, timeout=10000) as blocker:
            controller.present_document(worker, "guide-market-dialogue")
        assert blocker.args[0].doc_ids == ("guide-market-dialogue",)
        with qtbot.waitSignal(controller.failed, timeout=10000) as blocker:
            controller.present_collection(worker, "No such deck")
        assert "No such deck" in blocker.args[0]
    finally:
        controller.stop()
        worker.stop()


def _ink_left_of_text(fitted, offset: int = 300) -> int:
    """Dark pixels drawn left of the text box (where paint_slide's clip would cut list numbers off)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    size = fitted.document.size()
    image = QImage(int(size.width()) + 2 * offset, int(size.height()) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(offset, 0)
    fitted.document.drawContents(painter)
    painter.end()
    return sum(
        1
        for x in range(offset)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 128
    )


@pytest.mark.parametrize("height", [720, 1080])
def test_list_numbers_stay_inside_the_slide(qapp, height):
    from ipt_desktop.core.store.user_store import Collection, CollectionItem
    from ipt_desktop.core.trainer.slides import deck_for_collection

    doc = load_document(TRAINING.parent / "guide-needs-assessment.md")
    numbered = next(s for s in deck_for_document(doc).slides if s.title.startswith("Step 2"))
    items = tuple(CollectionItem(doc.id, f"Part {n}") for n in range(1, 12))

    class OneDoc:
        def get(self, _doc_id):
            return doc

    agenda = deck_for_collection(OneDoc(), Collection(1, "Workshop", items)).slides[0]
    width = height * 16 / 9
    box = QSizeF(width * 0.88, height * 0.84)
    for slide in (numbered, agenda):
        fitted = fit_slide(slide, box, PRINT_COLORS, height)
        assert _ink_left_of_text(fitted) == 0, slide.title


def test_short_slides_grow_and_long_ones_shrink_only_as_needed(deck):
    from ipt_desktop.ui.slide_renderer import BODY_SCALE

    box = QSizeF(1126, 604)
    short = replace(deck.slides[3], html="<p>One short point.</p>", kind="content")
    assert fit_slide(short, box, PRINT_COLORS, 720).body_px > round(720 * BODY_SCALE)
    long = replace(short, html="<ul>" + "<li>A point about procurement rules</li>" * 14 + "</ul>")
    fitted = fit_slide(long, box, PRINT_COLORS, 720)
    assert fitted.height <= box.height()
    from ipt_desktop.ui.slide_renderer import _layout

    assert _layout(long, fitted.body_px + 1, box.width(), PRINT_COLORS).size().height() > box.height()


def test_every_bundled_slide_fits_at_a_readable_size(qapp):
    """At 1280x720 no slide of the bundled library needs type smaller than 1/30 of the screen height."""
    paths = sorted(TRAINING.parent.glob("*.md"))[::3]
    for path in paths:
        for slide in deck_for_document(load_document(path)).slides:
            fitted = fit_slide(slide, QSizeF(1126, 604), PRINT_COLORS, 720)
            assert fitted.body_px >= 24 and fitted.height <= 604, (path.name, slide.title)


def test_table_cells_never_break_inside_a_word(qapp):
    doc = load_document(TRAINING.parent / "guide-choosing-a-procedure.md")
    slide = next(
        s for s in deck_for_document(doc).slides if "| Route |" in s.markdown or "|Route|" in s.markdown
    )
    fitted = fit_slide(slide, QSizeF(1126, 604), PRINT_COLORS, 720)
    broken = []
    block = fitted.document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for n in range(layout.lineCount() - 1):
            end = layout.lineAt(n).textStart() + layout.lineAt(n).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                broken.append(text)
        block = block.next()
    assert not broken and fitted.document.size().width() <= 1127


def test_presenter_notes_show_link_text_and_emphasis_not_markdown(qtbot, deck):
    first = deck.slides[1]
    noted = replace(
        first, notes="See the [PCP webinar](ipt://doc/training-pcp) first, and **stress** the timing."
    )
    deck = replace(deck, slides=(deck.slides[0], noted, *deck.slides[2:]))
    controller = PresentationController()
    window = controller.present_deck(deck)
    qtbot.keyClick(window, Qt.Key.Key_S)
    presenter = controller.presenter
    with qtbot.waitSignal(window.slide_changed):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    shown = presenter.notes.toPlainText()
    assert "See the PCP webinar first, and stress the timing." in shown
    assert "](" not in shown and "**" not in shown and "ipt://" not in presenter.notes.toHtml()
    assert "font-weight" in presenter.notes.toHtml()  # the emphasis is kept as bold
    controller.stop()
