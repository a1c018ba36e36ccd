"""PDF export through QPdfWriter: documents with page numbers, handouts with notes or in a grid."""

import math
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.errors import ContentError, ExportError
from ipt_desktop.core.trainer.pdf_layout import DEFAULT_HANDOUT_LAYOUT, deck_contents, handout_pages
from ipt_desktop.core.trainer.slides import deck_for_document
from ipt_desktop.ui.pdf_export import export_document_pdf, export_handout_pdf

TRAINING = Path(__file__).parents[2] / "resources" / "content" / "training-pre-commercial-procurement.md"


def _text(path: Path) -> list[str]:
    pages = PdfReader(str(path)).pages
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split()) for page in pages]


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


def test_notes_handout_is_a_cover_then_one_slide_per_page_with_notes(doc, tmp_path):
    deck = deck_for_document(doc)
    out = tmp_path / "notes.pdf"
    assert export_handout_pdf(deck, out, "notes") == len(deck.slides) + 1
    text = _text(out)
    assert len(text) == len(deck.slides) + 1
    assert doc.title.split(":")[0] in text[1]
    funnel = next(s.index for s in deck.slides if "Draw the funnel" in s.notes)
    assert "Draw the funnel" in text[funnel + 1] and "Phased competition" in text[funnel + 1]


@pytest.mark.parametrize(("layout", "per_page"), [("1", 1), ("2", 2), ("3", 3), ("6", 6), ("grid", 6)])
def test_handout_layouts_put_n_slides_on_a_page(doc, tmp_path, layout, per_page):
    deck = deck_for_document(doc)
    out = tmp_path / f"h{layout}.pdf"
    expected = 1 + math.ceil(len(deck.slides) / per_page)
    assert export_handout_pdf(deck, out, layout) == expected == len(_text(out))
    reader = PdfReader(str(out))
    box = reader.pages[1].mediabox
    assert (float(box.width) > float(box.height)) == (layout == "1")  # one per page: landscape
    second = deck.slides[per_page].title if per_page < len(deck.slides) else deck.slides[-1].title
    assert second.split(" (")[0] in _text(out)[2 if per_page < len(deck.slides) else 1]


def test_default_handout_is_three_per_page_with_lines(doc, tmp_path):
    deck = deck_for_document(doc)
    out = tmp_path / "default.pdf"
    assert DEFAULT_HANDOUT_LAYOUT == "3"
    assert export_handout_pdf(deck, out) == 1 + math.ceil(len(deck.slides) / 3)


def test_deck_pdfs_carry_the_deck_name_and_a_cover_with_the_contents(doc, tmp_path):
    from ipt_desktop.core.store.user_store import Collection, CollectionItem
    from ipt_desktop.core.trainer.slides import deck_for_collection

    other = load_document(TRAINING.parent / "guide-needs-assessment.md")
    docs = {doc.id: doc, other.id: other}

    class Lib:
        def get(self, doc_id):
            return docs[doc_id]

    items = tuple(CollectionItem(d.id, d.title) for d in docs.values())
    deck = deck_for_collection(Lib(), Collection(1, "Lisbon workshop", items))
    handout = tmp_path / "deck.pdf"
    total = export_handout_pdf(deck, handout)
    text = _text(handout)
    assert PdfReader(str(handout)).metadata.title == "Lisbon workshop"
    assert all(f"Lisbon workshop — page {n} of {total}" in page for n, page in enumerate(text, 1))
    cover = text[0]
    assert "Lisbon workshop" in cover and "Documents: 2" in cover
    for entry in deck_contents(deck):
        assert entry.text[:30] in cover
    assert "Step 1: map the stakeholders" in cover

    textual = tmp_path / "deck-text.pdf"
    pages = export_document_pdf(list(docs.values()), textual, "Lisbon workshop")
    text = _text(textual)
    assert PdfReader(str(textual)).metadata.title == "Lisbon workshop"
    assert f"Lisbon workshop — page 1 of {pages}" in text[0] and "deck-text" not in " ".join(text)
    assert doc.title in text[0] and other.title in text[0]
    start = next(n for n, page in enumerate(text) if n and "Needs assessment and business case" in page)
    assert f"{other.title} {start + 1}" in text[0]


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
