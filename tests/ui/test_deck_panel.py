"""DeckItemsModel passes the model tester; DeckPanel edits collections through the CoreWorker."""

import json

import pytest
from PySide6.QtCore import QModelIndex

from ipt_desktop.core.store.user_store import CollectionItem
from ipt_desktop.core.trainer import decks
from ipt_desktop.ui.deck_items_model import DeckItemsModel, DocIdRole
from tests.conftest import SMALL_LIBRARY

ITEMS = [
    CollectionItem("a", "Alpha"),
    CollectionItem("b", "Beta", section="part"),
    CollectionItem("c", "Gamma"),
]


def test_model_passes_modeltester_and_moves_rows(qtmodeltester, qtbot):
    model = DeckItemsModel()
    model.set_items(ITEMS)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.items_reordered) as blocker:
        assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert [i.doc_id for i in blocker.args[0]] == ["b", "c", "a"]
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [model.index(r).data(DocIdRole) for r in range(3)] == ["a", "b", "c"]
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)
    assert model.index(1).data() == "Beta — § part"
    assert model.removeRow(1) and model.rowCount() == 2
    qtmodeltester.check(model)


@pytest.fixture
def panel(qtbot, small_library, data_dir, tmp_path):
    from ipt_desktop.core.library import Library
    from ipt_desktop.ui.core_worker import CoreWorker
    from ipt_desktop.ui.deck_panel import DeckPanel

    for doc_id in ("guide-market-dialogue", "glossary-test-pcp", "story-test-buses"):
        decks.add_to_collection(small_library, "Workshop", doc_id)
    worker = CoreWorker(
        lambda: Library(data_dir, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed"), "t"
    )
    widget = DeckPanel(worker)
    worker.library_changed.connect(widget.on_library_changed)  # as the window wires it
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.collections_loaded, timeout=10000):
        widget.refresh()
    yield widget
    worker.stop()


def _saved(panel, qtbot):
    task = panel.worker.submit(lambda library: library.collection("Workshop"))
    with qtbot.waitSignal(task.finished, timeout=10000) as blocker:
        pass
    return [i.doc_id for i in blocker.args[0].items]


def test_panel_reorders_removes_and_saves(panel, qtbot):
    assert panel.current_name() == "Workshop" and panel.model.rowCount() == 3
    panel.items_view.setCurrentIndex(panel.model.index(0))
    panel.move_current(1)
    assert _saved(panel, qtbot) == ["glossary-test-pcp", "guide-market-dialogue", "story-test-buses"]
    panel.items_view.setCurrentIndex(panel.model.index(2))
    panel.remove_current_item()
    assert _saved(panel, qtbot) == ["glossary-test-pcp", "guide-market-dialogue"]


def test_panel_exports_imports_and_reports_errors(panel, qtbot, tmp_path):
    out = tmp_path / "w.ipt-deck.json"
    with qtbot.waitSignal(panel.message_shown, timeout=10000):
        panel.export_deck_to(out)
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "Workshop"
    with qtbot.waitSignal(panel.collections_loaded, timeout=10000):
        panel.import_deck_from(out)
    assert panel.current_name() == "Workshop (2)"
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with qtbot.waitSignal(panel.message_shown, timeout=10000) as blocker:
        panel.import_deck_from(bad)
    assert str(bad) in blocker.args[0]
    with qtbot.waitSignal(panel.message_shown, timeout=20000) as blocker:
        panel.export_handout_to(tmp_path / "handout.pdf", "grid")
    assert (tmp_path / "handout.pdf").stat().st_size > 1000, blocker.args[0]


def test_panel_renames_and_deletes(panel, qtbot):
    with qtbot.waitSignal(panel.collections_loaded, timeout=10000):
        panel.rename_current("Day one")
    assert panel.current_name() == "Day one"
    with qtbot.waitSignal(panel.collections_loaded, timeout=10000):
        panel.delete_current()
    assert panel.collection_list.count() == 0 and panel.model.rowCount() == 0


def test_the_reload_after_an_own_edit_keeps_the_selection(panel, qtbot):
    panel.items_view.setCurrentIndex(panel.model.index(0))
    with qtbot.waitSignal(panel.collections_loaded, timeout=10000):  # the reload the save's record asks for
        panel.move_current(1)
    assert [i.doc_id for i in panel.model.items()] == [
        "glossary-test-pcp",
        "guide-market-dialogue",
        "story-test-buses",
    ]
    assert panel.items_view.currentIndex().row() == 1


def test_a_deck_change_made_elsewhere_reloads_the_panel(panel, qtbot):
    with qtbot.waitSignal(panel.collections_loaded, timeout=10000):
        panel.worker.submit(lambda library: library.add_to_collection("Workshop", "guide-contratacion"))
    assert panel.model.rowCount() == 4 and panel.model.item(3).doc_id == "guide-contratacion"


def test_panel_exports_powerpoint_and_a_handout_in_the_chosen_layout(panel, qtbot, tmp_path, monkeypatch):
    from pptx import Presentation
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from ipt_desktop.ui.deck_calls import handout_layouts

    out = tmp_path / "workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(panel.message_shown, timeout=20000) as blocker:
        panel.ask_export_pptx()
    assert "slide" in blocker.args[0]
    deck = Presentation(str(tmp_path / "workshop.pptx"))
    assert deck.slides[0].shapes.title.text == "Workshop"
    assert len(deck.slides) > 3

    layouts = handout_layouts()
    assert layouts[0][0] == "3" and {key for key, _label in layouts} == {"1", "2", "3", "6", "notes"}
    asked = {}

    def choose(_parent, _title, _label, labels, current, _editable):
        asked["labels"], asked["current"] = labels, current
        return labels[layouts.index(next(row for row in layouts if row[0] == "6"))], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "six.pdf"), ""))
    with qtbot.waitSignal(panel.message_shown, timeout=20000):
        panel.ask_export_handout()
    assert asked["current"] == 0 and asked["labels"][0] == layouts[0][1]
    assert (tmp_path / "six.pdf").stat().st_size > 1000


def test_the_deck_menu_button_shows_its_whole_label(panel, qtbot):
    from PySide6.QtWidgets import QStyle

    panel.resize(320, 600)
    panel.show()
    qtbot.waitExposed(panel)
    button = panel.menu_button
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    needed = button.fontMetrics().horizontalAdvance(button.text()) + arrow
    assert button.width() >= needed and button.width() >= button.sizeHint().width()


def test_panel_speaks_of_decks_only(panel):
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in panel.findChildren(QLabel)]
    texts += [action.text() for action in panel.menu_button.menu().actions()]
    texts += [panel.collection_list.accessibleName(), panel.items_view.accessibleName(), panel.remove.text()]
    assert not [text for text in texts if "ollection" in text or "orkshop deck" in text]
    assert "Decks" in texts


def test_adding_a_document_twice_says_it_is_already_in_the_deck(qtbot, small_library, data_dir, tmp_path):
    from PySide6.QtWidgets import QWidget

    from ipt_desktop.core.library import Library
    from ipt_desktop.ui.core_worker import CoreWorker
    from ipt_desktop.ui.trainer_actions import TrainerActions

    worker = CoreWorker(
        lambda: Library(data_dir, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed"), "t"
    )
    window = QWidget()
    qtbot.addWidget(window)
    actions = TrainerActions(worker, window, lambda: "guide-market-dialogue")
    try:
        with qtbot.waitSignal(actions.message_shown, timeout=10000) as blocker:
            actions.add_to_deck("guide-market-dialogue", "Day one")
        assert "Added" in blocker.args[0] and "Day one" in blocker.args[0] and "1 document" in blocker.args[0]
        with qtbot.waitSignal(actions.message_shown, timeout=10000) as blocker:
            actions.add_to_deck("guide-market-dialogue", "Day one")
        assert "already in the deck" in blocker.args[0] and "Added" not in blocker.args[0]
    finally:
        worker.stop()
