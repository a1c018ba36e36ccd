"""Decks exported to PowerPoint: read back with python-pptx (slides, titles, notes, real lists and tables)."""

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.errors import ExportError
from ipt_desktop.core.store.user_store import Collection, CollectionItem
from ipt_desktop.core.trainer.pptx_export import Paragraph, Table, deck_summary, export_deck_pptx, slide_body
from ipt_desktop.core.trainer.slides import deck_for_collection, deck_for_document

CONTENT = Path(__file__).parents[3] / "resources" / "content"


@pytest.fixture(scope="module")
def deck():
    docs = {
        p.stem: load_document(p)
        for p in (CONTENT / "training-pre-commercial-procurement.md", CONTENT / "guide-needs-assessment.md")
    }

    class Lib:
        def get(self, doc_id):
            return docs[doc_id]

    items = tuple(CollectionItem(doc_id, doc.title) for doc_id, doc in docs.items())
    return deck_for_collection(Lib(), Collection(1, "Lisbon workshop", items))


@pytest.fixture(scope="module")
def exported(deck, tmp_path_factory):
    path = tmp_path_factory.mktemp("pptx") / "deck.pptx"
    count = export_deck_pptx(deck, path, deck_summary(deck))
    return count, Presentation(str(path))


def _body_paragraphs(slide):
    for shape in slide.shapes:
        if shape.has_text_frame and shape != slide.shapes.title:
            yield from shape.text_frame.paragraphs


def _marker(paragraph) -> str:
    p_pr = paragraph._p.pPr
    for tag in ("a:buAutoNum", "a:buChar", "a:buNone"):
        if p_pr is not None and p_pr.find(qn(tag)) is not None:
            return tag.split(":")[1]
    return ""


def test_a_title_slide_then_one_slide_per_slide_with_titles(deck, exported):
    count, pptx = exported
    assert count == len(pptx.slides) == len(deck.slides) + 1
    assert pptx.slides[0].shapes.title.text == "Lisbon workshop"
    assert "2 documents" in pptx.slides[0].placeholders[1].text
    assert [s.shapes.title.text for s in list(pptx.slides)[1:]] == [s.title for s in deck.slides]
    assert pptx.slide_width > pptx.slide_height  # 16:9


def test_notes_go_to_the_notes_pane(deck, exported):
    _count, pptx = exported
    funnel = next(s.index for s in deck.slides if "Draw the funnel" in s.notes)
    page = pptx.slides[funnel + 1]
    assert page.has_notes_slide and "Draw the funnel" in page.notes_slide.notes_text_frame.text
    for slide in deck.slides:
        notes = pptx.slides[slide.index + 1]
        text = notes.notes_slide.notes_text_frame.text if notes.has_notes_slide else ""
        assert "](" not in text  # Markdown links are plain text in the notes


def test_tables_are_table_shapes_with_the_cells(deck, exported):
    _count, pptx = exported
    index = next(s.index for s in deck.slides if s.title.startswith("Step 3") and "|" in s.markdown)
    tables = [shape.table for shape in pptx.slides[index + 1].shapes if shape.has_table]
    assert len(tables) == 1
    table = tables[0]
    assert table.cell(0, 0).text == "Solution-led (avoid)" and table.cell(0, 1).text == "Problem-led (prefer)"
    assert table.cell(1, 0).text == '"We need sensor-equipped smart bins."'
    assert len(table.rows) >= 2 and len(table.columns) == 2


def test_lists_are_bulleted_and_numbered_paragraphs_with_levels(deck, exported):
    _count, pptx = exported
    step2 = next(s.index for s in deck.slides if s.title.startswith("Step 2"))
    paragraphs = list(_body_paragraphs(pptx.slides[step2 + 1]))
    numbered = [p for p in paragraphs if _marker(p) == "buAutoNum"]
    assert numbered[0].text == "observe the current process where it takes place;"
    assert len(numbered) == 4 and all(p.level == 0 for p in numbered)
    assert _marker(paragraphs[0]) == "buNone"  # the lead-in sentence is a plain paragraph
    step1 = next(s.index for s in deck.slides if s.title.startswith("Step 1"))
    bullets = [p for p in _body_paragraphs(pptx.slides[step1 + 1]) if _marker(p) == "buChar"]
    assert len(bullets) == 5 and bullets[0].runs[0].font.bold and bullets[0].text.startswith("End users")
    checklist = next(s.index for s in deck.slides if s.title == "Checklist")
    boxes = [p.text for p in _body_paragraphs(pptx.slides[checklist + 1])]
    assert boxes[0].startswith("☐ Stakeholder map") and not any("[ ]" in text for text in boxes)


def test_nested_lists_keep_their_levels():
    items = slide_body("<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul><ol><li>first</li></ol>")
    assert [(i.kind, i.level, i.text) for i in items if isinstance(i, Paragraph)] == [
        ("bullet", 0, "one"),
        ("bullet", 1, "inner"),
        ("bullet", 0, "two"),
        ("number", 0, "first"),
    ]
    table = slide_body("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td><em>2</em></td></tr></table>")
    assert isinstance(table[0], Table) and table[0].rows == [["a", "b"], ["1", "2"]]


def test_a_single_document_deck_and_an_unwritable_path(tmp_path):
    deck = deck_for_document(load_document(CONTENT / "guide-needs-assessment.md"))
    out = tmp_path / "one.pptx"
    assert export_deck_pptx(deck, out) == len(deck.slides) + 1
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError) as info:
        export_deck_pptx(deck, blocker / "x.pptx")
    assert str(blocker / "x.pptx") in str(info.value) and "\n" not in str(info.value)


def test_source_line_breaks_read_as_single_spaces_as_on_screen(tmp_path):
    items = slide_body(
        "<ol><li>measure them\n   (<a href='x'>needs assessment</a>).</li></ol><p>one\n  two <b>three</b>\n four</p>"
    )
    assert [i.text for i in items] == ["measure them (needs assessment).", "one two three four"]
    deck = deck_for_document(
        load_document(CONTENT / "guide-pre-commercial-procurement.md")
    )  # wrapped list items
    out = tmp_path / "pcp.pptx"
    export_deck_pptx(deck, out)
    texts = [p.text for s in list(Presentation(str(out)).slides)[1:] for p in _body_paragraphs(s)]
    assert any("how you will measure them (needs assessment)" in t for t in texts)
    assert not [t for t in texts if "  " in t]
