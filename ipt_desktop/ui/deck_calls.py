"""The DeckPanel's calls on the CoreWorker (each gets the Library first), and the texts they share.

Those that write return the Library's change record, which reaches DeckPanel.on_library_changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ipt_desktop.core.store.user_store import Collection


def deck_filter() -> str:
    """The file dialog filter of deck files."""
    return QCoreApplication.translate("DeckPanel", "IPT deck (*.ipt-deck.json *.json)")


def collections(library) -> list[Collection]:
    """All decks."""
    return library.collections()


def create(library, name: str):
    """A new, empty deck."""
    return library.create_collection(name)


def rename(library, collection_id: int, name: str):
    """Give a deck a new name."""
    return library.rename_collection(collection_id, name)


def delete(library, collection_id: int):
    """Delete a deck (its documents stay in the library)."""
    return library.delete_collection(collection_id)


def set_items(library, collection_id: int, items):
    """Replace a deck's documents (after a reorder or a removal)."""
    return library.set_collection_items(collection_id, items)


def import_deck(library, path: Path):
    """Create a deck from a deck file."""
    return library.import_deck(path)


def export_deck(library, name: str, path: Path) -> Path:
    """Write a deck as a deck file."""
    return library.export_deck(name, path)


def export_handout(library, name: str, path: Path, layout: str) -> int:
    """Write a deck's handout PDF; returns the number of pages."""
    from ipt_desktop.ui.pdf_export import export_handout_pdf

    return export_handout_pdf(library.collection_deck(name), path, layout)


def export_pptx(library, name: str, path: Path, language: str | None) -> int:
    """Write a deck's slides as a PowerPoint file; returns the number of slides."""
    from ipt_desktop.core.trainer.pptx_export import export_deck_pptx

    deck = library.collection_deck(name, language)
    return export_deck_pptx(deck, path, deck_count_line(len(deck.slides), len(deck.doc_ids)))


def deck_count_line(slides: int, documents: int) -> str:
    """'Slides: 12 · Documents: 3' in the interface language (see pdf_pages.count_line)."""
    from ipt_desktop.ui.pdf_pages import count_line

    return count_line(slides, documents)


def handout_layouts() -> list[tuple[str, str]]:
    """(layout, label) of each handout layout, the default first."""
    return [
        ("3", QCoreApplication.translate("DeckPanel", "3 slides per page, with lines for notes")),
        ("1", QCoreApplication.translate("DeckPanel", "1 slide per page (landscape)")),
        ("2", QCoreApplication.translate("DeckPanel", "2 slides per page")),
        ("6", QCoreApplication.translate("DeckPanel", "6 slides per page")),
        ("notes", QCoreApplication.translate("DeckPanel", "1 slide per page with its presenter notes")),
    ]
