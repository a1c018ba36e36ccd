"""Splitting documents into slides: one fixture per case in tests/data/slides, expectations beside it as YAML."""

from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.errors import ContentError, NotFoundError
from ipt_desktop.core.store.user_store import Collection, CollectionItem
from ipt_desktop.core.trainer.slide_blocks import LINE_BUDGET, Block, paginate, parse_blocks
from ipt_desktop.core.trainer.slides import (
    deck_for_collection,
    deck_for_document,
    extract_notes,
    slide_body_html,
    split_chunks,
    task_boxes,
)

CASES = Path(__file__).parents[2] / "data" / "slides"
TRAINING = Path(__file__).parents[3] / "resources" / "content"


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.md")))
def test_fixture_deck(case):
    expected = yaml.safe_load((CASES / f"{case}.yaml").read_text(encoding="utf-8"))
    deck = deck_for_document(load_document(CASES / f"{case}.md"))
    assert [s.title for s in deck.slides] == expected["titles"]
    assert len(deck) == expected["count"]
    assert [s.index for s in deck.slides] == list(range(len(deck)))
    for index, notes in expected.get("notes", {}).items():
        assert deck.slides[index].notes == notes
    for index, text in expected.get("contains", {}).items():
        assert text in deck.slides[index].markdown
    for text in expected.get("never_contains", []):
        assert all(text not in s.markdown and text not in s.html for s in deck.slides)


def test_title_slide_carries_summary_and_project():
    deck = deck_for_document(load_document(CASES / "rules.md"))
    first = deck.slides[0]
    assert first.kind == "title"
    assert "A fixture for the slide splitter." in first.html
    assert "BUILD · 2026" in first.html


def test_every_slide_fits_the_line_budget():
    for path in sorted(CASES.glob("*.md")) + sorted(TRAINING.glob("training-*.md")):
        for slide in deck_for_document(load_document(path)).slides[1:]:
            assert sum(b.cost for b in parse_blocks(slide.markdown)) <= LINE_BUDGET + 1.5, (
                path.name,
                slide.title,
            )


def test_training_modules_keep_their_notes():
    deck = deck_for_document(load_document(TRAINING / "training-pre-commercial-procurement.md"))
    assert any("Draw the funnel" in s.notes for s in deck.slides)
    assert all("Note:" not in s.markdown for s in deck.slides)
    assert "Phased competition" in [s.title for s in deck.slides]


def test_slide_html_is_sanitised():
    deck = deck_for_document(_doc("## Unsafe\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"))
    assert "<script" not in deck.slides[1].html
    assert "javascript:" not in deck.slides[1].html


def test_setext_heading_is_not_a_slide_break():
    assert len(split_chunks("Title text\n---\n\nBody")) == 1
    assert len(split_chunks("One\n\n---\n\nTwo")) == 2


def test_extract_notes_joins_note_lines():
    text, notes = extract_notes("Body.\n\nNote: First line\nsecond line.")
    assert (text, notes) == ("Body.", "First line second line.")


def test_collection_deck_with_sections_and_missing_documents():
    docs = {d.id: d for d in (load_document(CASES / "headings.md"), load_document(CASES / "rules.md"))}
    library = _FakeLibrary(docs)
    items = (
        CollectionItem("headings", "Heading deck", section="how"),
        CollectionItem("gone", "Gone"),
        CollectionItem("rules", "Rules deck"),
    )
    deck = deck_for_collection(library, Collection(1, "Workshop", items))
    titles = [s.title for s in deck.slides]
    assert titles == ["Workshop", "How", "Rules deck", "First slide", "Second slide", "Third slide"]
    assert deck.slides[1].notes == "Mention the guide."
    assert deck.doc_ids == ("headings", "rules")
    assert len(deck.problems) == 1 and "'gone'" in deck.problems[0]


def test_unknown_section_falls_back_to_whole_document():
    library = _FakeLibrary({"headings": load_document(CASES / "headings.md")})
    deck = deck_for_collection(
        library, Collection(1, "W", (CollectionItem("headings", "H", section="nope"),))
    )
    assert len(deck) == 5 and "nope" in deck.problems[0]


def test_empty_collection_is_a_clear_error():
    with pytest.raises(ContentError, match="collection 'Empty' is empty; add documents before presenting"):
        deck_for_collection(_FakeLibrary({}), Collection(1, "Empty", ()))
    with pytest.raises(NotFoundError):
        deck_for_collection(_FakeLibrary({}), Collection(1, "Ghosts", (CollectionItem("gone", "Gone"),)))


class _FakeLibrary:
    def __init__(self, docs):
        self.docs = docs

    def get(self, doc_id):
        if doc_id not in self.docs:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return self.docs[doc_id]


def _doc(body):
    from dataclasses import replace

    return replace(load_document(CASES / "rules.md"), body=body)


def test_one_huge_paragraph_is_cut_into_screenfuls():
    sentence = "The buyer publishes a prior information notice and invites suppliers to a market day. "
    deck = deck_for_document(_doc(sentence * 60))
    assert len(deck) >= 5
    assert all(len(s.markdown) < 1200 for s in deck.slides)
    assert "".join(s.markdown for s in deck.slides[1:]).count("market day") == 60


def test_the_title_slide_uses_the_translated_title_and_names_the_texts_language():
    from ipt_desktop.core.content.documents import parse_document
    from ipt_desktop.core.trainer.slides import deck_for_document

    doc = parse_document(
        "---\nid: guide-x\ntitle: Market consultation\ntype: guide\nsummary: How to consult.\nlanguage: en\n"
        "project: BUILD\nyear: 2024\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n"
        "translations: {de: {title: Marktkonsultation, summary: Wie man den Markt befragt.}}\n---\n## Step\nText\n",
        "guide-x.md",
    )
    german = deck_for_document(doc, "de").slides[0]
    assert german.title == "Marktkonsultation" and "Wie man den Markt befragt." in german.html
    assert "BUILD · 2024 · EN" in german.html
    english = deck_for_document(doc, "fr").slides[0]
    assert english.title == "Market consultation" and "· EN" not in english.html


def test_a_slide_that_fits_is_not_split():
    """Step 1 of the needs-assessment guide (an intro, five points, a closing paragraph) is one slide."""
    deck = deck_for_document(load_document(TRAINING / "guide-needs-assessment.md"))
    titles = [s.title for s in deck.slides]
    assert "Step 1: map the stakeholders" in titles
    assert "Step 1: map the stakeholders (cont.)" not in titles
    step1 = deck.slides[titles.index("Step 1: map the stakeholders")]
    assert "External partners" in step1.markdown and "For each, note" in step1.markdown


def test_split_parts_are_balanced():
    blocks = [Block(f"point {n}", 1.0) for n in range(20)]
    pages = paginate(blocks, budget=18)
    assert [len(page) for page in pages] == [10, 10]
    uneven = [Block("a", 5.0), Block("b", 5.0), Block("c", 5.0), Block("d", 5.0), Block("e", 1.0)]
    costs = [sum(b.cost for b in page) for page in paginate(uneven, budget=18)]
    assert len(costs) == 2 and max(costs) - min(costs) <= 5.0
    assert paginate([Block("x", 3.0)] * 4, budget=18) == [[Block("x", 3.0)] * 4]


def test_task_lists_show_boxes_not_brackets():
    doc = load_document(TRAINING / "guide-needs-assessment.md")
    checklist = next(s for s in deck_for_document(doc).slides if s.title == "Checklist")
    assert "[ ]" not in checklist.markdown and "[ ]" not in checklist.html
    assert "- ☐ Stakeholder map completed" in checklist.markdown
    assert checklist.html.count('<li class="unchecked">') == 7
    assert task_boxes("- [x] done\n- [ ] open\n\n```\n- [ ] code\n```") == (
        "- ☑ done\n- ☐ open\n\n```\n- [ ] code\n```"
    )
    assert '<li class="checked">done' in slide_body_html("- ☑ done")
