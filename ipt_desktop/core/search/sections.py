"""Sections: a document's ``## `` parts, indexed with their place in the plain text, and at query time the
section that answers best and a two-line passage from it.

At indexing, :func:`split_sections` cuts the Markdown body at its ``## `` headings (outside fenced code) and
gives each part's plain text; the stored plain text is those parts joined, and the ``sections`` stored
field records, per section, ``[anchor id, heading, start offset]``. The anchor id is the one the reader's
renderer gives the heading (Python-Markdown's ``toc`` extension: its ``slugify`` and ``unique`` over every
heading of the document, a ``{#id}`` attribute winning), so a hit can open the document at that heading.

At query time, :func:`best_section` scores each section by the query words found in it (each distinct word
weighted by its rarity in the library and within the document, a word in the heading counting more) and
returns the best with a passage: the window of about two lines there with the most matched words. Two more
things weigh: what the question asks for (its aims, ``QuestionWords.aims``: a "when" question looks for a
"When to use it" section, a "can I" question for what the law says, a definition for the introduction,
"has anyone done it" for the whole story), and what kind of section it is: a recap ("Pitfalls", "Checklist",
"Legal basis", "Example or further reading") names the document's subject in few words, so it stands back
unless the question aims at it, and so does the introduction, which sums up the whole document.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ipt_desktop.core.content.markup import MD_LINK
from ipt_desktop.core.search.analysis import markdown_to_text
from ipt_desktop.core.search.analysis import words as folded_words

PASSAGE_CHARS = 200  # about two lines of the result list
HEADING_WEIGHT = 3.0  # a query word in a section's heading: more than any count of it in the body
SECTION_K1 = 1.2
# How much a long section is held back (BM25's b): not at all, as the section that answers is usually the long
# one that explains; short recaps are held back by RECAP_WEIGHT instead.
SECTION_B = 0.0
AIM_WEIGHT = 2.5  # a section the question aims at (its heading says it gives that kind of answer), per aim
RECAP_WEIGHT = 0.4  # a recap section the question does not aim at
INTRODUCTION_WEIGHT = 0.7  # the introduction, which sums up the whole document
MAX_PASSAGE_SPANS = 60
# Linear on any text (tests/core/test_regex_timing.py): no pattern backtracks over a run of white space; the
# closing hashes and the ``{...}`` attributes of a heading are cut in Python.
_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*)$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_ATTRIBUTE_ID = re.compile(r"#([\w-]+)")
_INLINE_MARKUP = re.compile(r"[*_`]+|<[^<>]*>")
_SENTENCE_START = re.compile(r"(?<=[.!?:;])\s+")


@dataclass(frozen=True)
class Section:
    """A section of a document: its anchor id in the rendered document and its heading."""

    id: str
    heading: str

    def to_json(self) -> dict:
        """``{"id": ..., "heading": ...}``, as in ``search --json``."""
        return {"id": self.id, "heading": self.heading}


def heading_text(raw: str) -> tuple[str, str | None]:
    """(the heading as shown, an explicit ``{#id}``) of a heading line's text (after the ``#`` marks)."""
    text = raw.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        text = bare.rstrip(" \t")  # closing hashes ("## Title ##"), not the end of "C#"
    explicit = None
    if text.endswith("}"):
        opening = text.rfind("{")
        attributes = text[opening + 1 : -1] if opening >= 0 else ""
        if opening >= 0 and "}" not in attributes:
            found = _ATTRIBUTE_ID.search(attributes)
            explicit = found.group(1) if found else None
            text = text[:opening].rstrip()
    text = MD_LINK.sub(r"\1", text)
    text = _INLINE_MARKUP.sub("", text).replace("\\", "").strip()
    return text, explicit


def split_sections(body: str) -> tuple[str, list[list]]:
    """(plain text of the body, ``[[anchor id, heading, start offset], ...]`` of its ``## `` sections).

    The text before the first ``## `` heading is the introduction, which is no section."""
    if not isinstance(body, str):
        raise TypeError(f"a document body must be text, not {type(body).__name__}")
    # The renderer's own anchor functions; imported here, as only indexing needs them (a search does not).
    from markdown.extensions.toc import slugify, unique

    chunks: list[list[str]] = [[]]
    headings: list[tuple[str, str]] = []
    used: set[str] = set()
    fence = None
    for line in body.replace("\r\n", "\n").split("\n"):
        opened = _FENCE.match(line)
        if opened:
            marker = opened.group(1)[0]
            fence = None if fence == marker else fence or marker
        found = _HEADING.match(line) if fence is None and not opened else None
        if found:
            text, explicit = heading_text(found.group(2))
            anchor = explicit or unique(slugify(text, "-"), used)
            if explicit:
                used.add(explicit)
            if len(found.group(1)) == 2:
                headings.append((anchor, text))
                chunks.append([])
        chunks[-1].append(line)
    parts = [markdown_to_text("\n".join(lines)) for lines in chunks]
    sections, offset = [], len(parts[0]) + 1 if parts[0] else 0
    for (anchor, text), part in zip(headings, parts[1:], strict=True):
        sections.append([anchor, text, offset])
        offset += len(part) + 1 if part else 0
    return " ".join(p for p in parts if p), sections


# Headings of sections that only point elsewhere: never chosen as the answer while another part matched.
NAVIGATION_HEADINGS = frozenset(
    {"see also", "related", "related material in this library", "references", "sources", "further reading"}
)


# Headings of sections that sum up the document (its subject in few words) rather than explain one part of it.
RECAP_HEADINGS = frozenset(
    {
        "pitfalls",
        "checklist",
        "practical checklist",
        "legal basis",
        "legal basis and references",
        "key terms",
        "learning objectives",
        "example or further reading",
        "further reading",
        "exercise",
    }
)
# One option of a question's aim (``QuestionWords.aims``): heading words, or None for the top of the document.
Aim = Sequence[frozenset[str] | None]


def _is_navigation(heading: str) -> bool:
    return " ".join(heading.lower().split()) in NAVIGATION_HEADINGS


@functools.lru_cache(maxsize=2048)
def _heading_words(heading: str) -> frozenset[str]:
    """The folded words of a heading (headings recur across documents: "How to do it", "Pitfalls")."""
    return frozenset(folded_words(heading))


def _aimed(sections: Sequence[Sequence], aims: Sequence[Aim]) -> tuple[dict[int, int], bool]:
    """(the sections (numbered from 1) that the question's aims point to, with how many aims point to each;
    whether the top of the document answers): for each aim, its first option that the document has; the top
    only when no aim points to a section."""
    parts: dict[int, int] = {}
    top = False
    for options in aims:
        for option in options:
            if option is None:
                top = True
                break
            found = {n for n, s in enumerate(sections, 1) if _heading_words(str(s[1])) & option}
            if found:
                for number in found:
                    parts[number] = parts.get(number, 0) + 1
                break
    return parts, top and not parts


def best_section(
    text: str,
    sections: Sequence[Sequence],
    spans: Sequence[tuple[int, int]],
    weight: Callable[[str], float],
    key: Callable[[str], object] | None = None,
    aims: Sequence[Aim] = (),
) -> tuple[Section | None, str]:
    """The section whose matched words weigh most, and a passage of it (the introduction's passage and no
    section when the introduction wins; (None, "") when nothing matched).

    ``spans`` are the character spans of matched words in ``text`` (``SnippetMaker.all_spans``), ``weight``
    the weight of a matched word (folded, lower case); ``key`` names what a matched word stands for (the
    query's clause it matches), so that a section counts each part of the query once however many of its
    words or forms it holds. ``aims`` are what the question asks for (``QuestionWords.aims``): a section
    weighs AIM_WEIGHT times more for each aim that points to it; when they point to the top of the
    document (a definition, a whole story) and to none of its sections, the answer is the document itself
    (no section, the passage from its best part)."""
    if not spans:
        return None, ""
    scores, top = part_scores(text, sections, spans, weight, key, aims)
    # A list of links ("See also", "Related") may hold the query's words but answers nothing itself.
    candidates = [p for p in scores if not (p and _is_navigation(str(sections[p - 1][1])))] or list(scores)
    best = max(candidates, key=lambda p: (scores[p], -p))
    start = int(sections[best - 1][2]) if best else 0
    end = (int(sections[best][2]) if best < len(sections) else len(text) + 1) - 1
    if best:
        start = min(end, start + len(str(sections[best - 1][1])) + 1)  # the passage leaves out the heading
    inside = [(a, b) for a, b in spans if start <= a and b <= end]
    passage = _passage(text, start, end, inside, weight)
    if best == 0 or top:
        return None, passage
    anchor, heading = sections[best - 1][0], sections[best - 1][1]
    return Section(str(anchor), str(heading)), passage


def part_scores(
    text: str,
    sections: Sequence[Sequence],
    spans: Sequence[tuple[int, int]],
    weight: Callable[[str], float],
    key: Callable[[str], object] | None = None,
    aims: Sequence[Aim] = (),
) -> tuple[dict[int, float], bool]:
    """(the score of each part that holds a matched word: 0 the introduction, n the n-th section; whether
    the question's aims point to the top of the document), as :func:`best_section` weighs them."""
    aimed, top = _aimed(sections, aims)
    starts = [int(s[2]) for s in sections]
    bounds = [0, *starts, len(text) + 1]
    found: dict[int, dict[object, list[float]]] = {}
    for left, right in spans:
        part = bisect.bisect_right(starts, left)  # 0: the introduction, n: the n-th section
        word = text[left:right].lower()
        group = key(word) if key is not None else word
        seen = found.setdefault(part, {}).setdefault(group, [0.0, 0.0, 0.0])
        seen[0] = max(seen[0], weight(word))
        if part and left < bounds[part] + len(str(sections[part - 1][1])) + 1:
            seen[2] = HEADING_WEIGHT  # the word is in the heading
        else:
            seen[1] += 1
    average = max(1.0, len(text) / len(bounds[:-1]))
    parts_of: dict[object, int] = {}
    for words_found in found.values():
        for word in words_found:
            parts_of[word] = parts_of.get(word, 0) + 1
    parts = len(bounds) - 1
    scores = {}
    for part, words_found in found.items():
        # BM25-like: each distinct word's weight, saturating with its count, in a section of its length.
        # A word found in few of the document's parts says more about where the answer is than one found
        # in all of them (the document's subject): an idf within the document.
        norm = SECTION_K1 * (1 - SECTION_B + SECTION_B * (bounds[part + 1] - bounds[part]) / average)
        value = sum(
            w * math.log(1 + parts / parts_of[word]) * (tf * (SECTION_K1 + 1) / (tf + norm) + head)
            for word, (w, tf, head) in words_found.items()
        )
        if part in aimed:
            value *= AIM_WEIGHT ** aimed[part]  # a section that gives two kinds of answer asked for: more
        elif not part:
            value *= INTRODUCTION_WEIGHT
        elif " ".join(str(sections[part - 1][1]).lower().split()) in RECAP_HEADINGS:
            value *= RECAP_WEIGHT
        scores[part] = value
    return scores, top


def _passage(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]], weight: Callable[[str], float]
) -> str:
    """About two lines of ``text[start:end]`` around its best cluster of matched words, cut at word bounds
    (its opening lines when no matched word is in it)."""
    best_left, best_value = (spans[0][0] if spans else start), -1.0
    for i, (left, _right) in enumerate(spans[:MAX_PASSAGE_SPANS]):
        words: dict[str, float] = {}
        for a, b in spans[i:MAX_PASSAGE_SPANS]:
            if b > left + PASSAGE_CHARS:
                break
            word = text[a:b].lower()
            words[word] = weight(word)
        value = sum(words.values())
        if value > best_value:
            best_left, best_value = left, value
    # Start at the sentence the best cluster is in, when that is close by.
    window_start = max(start, best_left - 60)
    sentence = None
    for found in _SENTENCE_START.finditer(text, window_start, best_left):
        sentence = found.end()
    begin = sentence if sentence is not None else window_start
    if begin > start and sentence is None:
        space = text.find(" ", begin, best_left)
        begin = space + 1 if space != -1 else begin
    stop = min(end, begin + PASSAGE_CHARS)
    if stop < end:
        space = text.rfind(" ", begin, stop)
        stop = space if space > best_left else stop
    passage = text[begin:stop].strip()
    return ("…" if begin > start else "") + passage + ("…" if stop < end else "")
