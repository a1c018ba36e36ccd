"""PDF export through QPdfWriter: documents with page numbers, handouts with notes or in a grid."""

import math
from pathlib import Path

import pytest
from pypdf import PdfReader

from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.errors import ContentError, ExportError
from ipt_desktop.core.trainer.pdf_layout import GRID_COLUMNS, GRID_ROWS, handout_pages
from ipt_desktop.core.trainer.slides import deck_for_document
from ipt_desktop.ui.pdf_export import export_document_pdf, export_handout_pdf

TRAINING = Path(__file__).parents[2] / "resources" / "content" / "training-pre-commercial-procurement.md"


def _text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


@pytest.fixture
def doc(qapp):
    return load_document(TRAINING)


def test_document_pdf_has_title_metadata_sources_and_page_numbers(doc, tmp_path):
    out = tmp_path / "doc.pdf"
    pages = export_document_pdf(doc, out)
    text = _text(out)
    assert len(text) == pages >= 2
    assert "pre-commercial procurement (PCP)" in text[0]
    assert "BUILD" in text[0] and "CC-BY-4.0" in text[0]
    assert f"page 1 of {pages}" in text[0] and f"page {pages} of {pages}" in text[-1]
    assert "Sources" in " ".join(text)


def test_notes_handout_is_one_slide_per_page_with_notes(doc, tmp_path):
    deck = deck_for_document(doc)
    out = tmp_path / "notes.pdf"
    assert export_handout_pdf(deck, out, "notes") == len(deck.slides)
    text = _text(out)
    assert len(text) == len(deck.slides)
    assert doc.title.split(":")[0] in text[0]
    funnel = next(s.index for s in deck.slides if "Draw the funnel" in s.notes)
    assert "Draw the funnel" in text[funnel] and "Phased competition" in text[funnel]


def test_grid_handout_puts_several_slides_on_a_page(doc, tmp_path):
    deck = deck_for_document(doc)
    out = tmp_path / "grid.pdf"
    expected = math.ceil(len(deck.slides) / (GRID_COLUMNS * GRID_ROWS))
    assert export_handout_pdf(deck, out, "grid") == expected == len(_text(out))
    assert "Learning objectives" in _text(out)[0] and "Phased competition" in _text(out)[1]


def test_unknown_layout_is_refused(doc):
    with pytest.raises(ContentError, match="layout 'poster'"):
        handout_pages(deck_for_document(doc), "poster")


def test_unwritable_folder_is_one_clear_error(doc, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "out.pdf"
    with pytest.raises(ExportError) as info:
        export_document_pdf(doc, target)
    assert str(target) in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(ExportError):
        export_handout_pdf(deck_for_document(doc), tmp_path / "missing" / "folder" / "h.pdf")
