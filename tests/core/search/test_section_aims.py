"""What a question asks for (its aims, from resources/question_words.yaml) and how the choice of a hit's section
follows them: an aimed section weighs more, a recap or the introduction stands back, and an aim at the top of
the document (a definition, whether anyone has done it) answers with the document itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.resources import resource_path
from ipt_desktop.core.search.analysis import words
from ipt_desktop.core.search.phrasing import QUESTION_WORDS_FILE, QuestionWords
from ipt_desktop.core.search.sections import best_section, part_scores, split_sections

PRACTICE = """Lots open a contract to smaller firms.

## When to use it

When the contract covers distinct regions that different firms could supply.

## How to do it

Split the contract into lots by region or by product, so that a small firm can bid for one lot, and write
in the notice how many lots one tenderer may win.

## Pitfalls

Lots too small to be worth a bid.
"""

STORY = """## The need

A city wanted quiet electric buses for its old town.

## The approach

The city bought electric buses after a market consultation.
"""


@pytest.fixture(scope="module")
def question_words() -> QuestionWords:
    return QuestionWords.load(resource_path(QUESTION_WORDS_FILE))


def aims_of(question_words: QuestionWords, text: str, *languages: str) -> list[list]:
    """The aims of ``text`` as lists of options (sorted heading words, or None for the top)."""
    found = question_words.aims(words(text), languages or ("en",))
    return [[None if option is None else sorted(option) for option in aim] for aim in found]


def spans_of(text: str, *wanted: str) -> list[tuple[int, int]]:
    """The spans of the whole words ``wanted`` in ``text`` (lower case), in order."""
    if not wanted:
        return []
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, wanted)) + r")\b", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def choose(body: str, query_words: tuple[str, ...], aims=()) -> tuple[str | None, str]:
    text, sections = split_sections(body)
    section, passage = best_section(text, sections, spans_of(text, *query_words), lambda w: 1.0, None, aims)
    return (section.heading if section else None), passage


def test_question_words_name_what_a_question_asks_for(question_words: QuestionWords) -> None:
    how = aims_of(question_words, "how do I split a contract into lots")
    assert len(how) == 1 and "how" in how[0][0]
    # "how can we" asks how, not whether it is allowed: the longer phrase wins where phrases overlap.
    assert aims_of(question_words, "how can we warn the market early") == how
    allowed = aims_of(question_words, "can we rent the lighting instead of owning the lamps?")
    assert len(allowed) == 1 and "law" in allowed[0][0] and "how" in allowed[0][1]
    assert (
        aims_of(question_words, "Darf ich vor der Ausschreibung mit Unternehmen sprechen?", "de", "en")
        == allowed
    )
    assert aims_of(question_words, "Czy mogę rozmawiać z firmami?", "pl") == allowed
    definition = aims_of(question_words, "what is a framework agreement?")
    assert len(definition) == 1 and definition[0][-1] is None and "terms" in definition[0][0]
    assert aims_of(question_words, "has any city bought self-driving minibuses?")[0][-1] is None
    assert aims_of(question_words, "framework agreement call-off") == []
    # A language's cues count only for that language: German "wie" asks how, Dutch "wie" asks who.
    assert aims_of(question_words, "wie", "de") != aims_of(question_words, "wie", "nl")


def test_bad_aims_give_one_line_naming_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("en: {asks: {how: [how]}}\nsections: {when: [[when]]}\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"en\.asks\.how: not an aim listed under 'sections'") as caught:
        QuestionWords.load(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    path.write_text("en: {asks: {how: [how]}}\nsections: {how: [step]}\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"sections\.how\[0\] must be a list"):
        QuestionWords.load(path)
    path.write_text("sections: {how: []}\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"sections\.how: expected a list of options"):
        QuestionWords.load(path)
    path.write_text("en: {asks: [how]}\nsections: {how: [top]}\n", encoding="utf-8")
    with pytest.raises(SearchError, match=r"en\.asks: expected a mapping"):
        QuestionWords.load(path)
    path.write_text("en: {asks: {how: [how]}}\nsections: {how: [[how, step], top]}\n", encoding="utf-8")
    loaded = QuestionWords.load(path)
    assert loaded.sections == {"how": (frozenset({"how", "step"}), None)}
    assert loaded.aims(["how", "now"], ["en"]) == ((frozenset({"how", "step"}), None),)


def test_a_recap_stands_back_and_an_aimed_section_comes_forward() -> None:
    # "lots" and "bid" are in the long explaining section and in the short recap: the explanation answers.
    assert choose(PRACTICE, ("lots", "bid"))[0] == "How to do it"
    how = (frozenset({"how", "step"}),)
    when = (frozenset({"when", "fits"}),)
    assert choose(PRACTICE, ("contract", "firms"), [when])[0] == "When to use it"
    assert choose(PRACTICE, ("contract", "firms"), [how])[0] == "How to do it"
    # An aim never makes a section that holds none of the query's words the answer.
    assert choose(PRACTICE, ("smaller",), [how])[0] is None
    text, sections = split_sections(PRACTICE)
    plain, _ = part_scores(text, sections, spans_of(text, "contract", "firms"), lambda w: 1.0)
    aimed, top = part_scores(text, sections, spans_of(text, "contract", "firms"), lambda w: 1.0, None, [when])
    assert aimed[1] > plain[1] and aimed[2] == plain[2] and not top


def test_an_aim_at_the_top_answers_with_the_whole_document() -> None:
    example = (frozenset({"example", "examples"}), None)
    heading, passage = choose(STORY, ("electric", "buses"), [example])
    assert heading is None and "electric buses" in passage
    # Without the aim a section answers (a tie goes to the earlier one), though the story has no introduction.
    assert choose(STORY, ("electric", "buses"))[0] == "The need"
    # The top answers only when no aim points to one of the document's sections.
    why = (frozenset({"approach"}),)
    assert choose(STORY, ("electric", "buses"), [example, why])[0] == "The approach"
    assert choose(STORY, (), [example]) == (None, "")
