"""HTML-safe snippets: a window of the stored plain text with <b> around the words that matched.

Matching runs on the accent-folded text (same length as the original, so offsets carry over): one
regular expression finds words that start like a query stem or word, and each candidate is confirmed by
stemming it, so the work is a C-speed scan plus a few dictionary look-ups per hit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from ipt_desktop.core.search.analysis import fold, language

SNIPPET_CHARS = 220
MAX_SCAN_CHARS = 30_000
FIRST_SCAN_CHARS = 2_500
MAX_SPANS = 40
MAX_SECTION_SPANS = 400


_BLOCK_BREAK = re.compile(r"\n\s*")  # a line end (and the blank lines after it) in stored text


class SnippetMaker:
    """Builds snippets for one query: its stems (per the given languages) and literal words."""

    def __init__(self, stems: Iterable[str], literal: Iterable[str], languages: Iterable[str]) -> None:
        self.stems = frozenset(s for s in stems if s)
        self.literal = frozenset(w for w in literal if w)
        self.languages = tuple(dict.fromkeys(languages)) or ("en",)
        starts = sorted({s[:4] for s in self.stems | self.literal if s}, key=len, reverse=True)
        firsts = "".join(sorted({re.escape(s[0]) for s in starts}))
        self.pattern = (
            re.compile(rf"\b(?=[{firsts}])(?:{'|'.join(map(re.escape, starts))})\w*", re.IGNORECASE)
            if starts
            else None
        )
        self._verdicts: dict[tuple[str, str], bool] = {}

    def _is_hit(self, word: str, lang: str) -> bool:
        # The same words recur within and across the page's documents: decide each once.
        key = (word, lang)
        verdict = self._verdicts.get(key)
        if verdict is None:
            # A document's words were indexed with its own language's stemmer, so that one decides.
            # A stop word of the document's language is never a match, even when another language's stem of
            # a query word spells it ("off" stems to "of" in Dutch).
            analysis = language(lang)
            verdict = word not in analysis.stopwords and (
                word in self.literal or word in self.stems or analysis.stem(word) in self.stems
            )
            self._verdicts[key] = verdict
        return verdict

    def spans(self, text: str, lang: str) -> list[tuple[int, int]]:
        """Character spans of matched words: the opening of the text first, the rest only when it has none."""
        found = self._spans(text, lang, 0, FIRST_SCAN_CHARS)
        if not found and len(text) > FIRST_SCAN_CHARS:
            found = self._spans(text, lang, FIRST_SCAN_CHARS - 40, MAX_SCAN_CHARS)
        return found

    def all_spans(self, text: str, lang: str, limit: int = MAX_SECTION_SPANS) -> list[tuple[int, int]]:
        """Character spans of matched words anywhere in the first MAX_SCAN_CHARS of the text (for sections)."""
        return self._spans(text, lang, 0, MAX_SCAN_CHARS, limit)

    def _spans(
        self, text: str, lang: str, start: int, end: int, limit: int = MAX_SPANS
    ) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        folded = fold(text[:end])
        out = []
        for match in self.pattern.finditer(folded, start):
            if self._is_hit(match.group().lower(), lang):
                out.append(match.span())
                if len(out) >= limit:
                    break
        return out

    def snippet(
        self, text: str, lang: str, fallback: str = "", spans: list[tuple[int, int]] | None = None
    ) -> str:
        """The best window of text, escaped, with <b> around hits; the fallback (escaped) when no hit.
        ``spans`` (from :meth:`all_spans`) saves scanning the text again: those in its opening are used,
        else the first of the rest, as :meth:`spans` would find them."""
        if spans is None:
            spans = self.spans(text, lang)
        else:
            spans = [s for s in spans if s[1] <= FIRST_SCAN_CHARS][:MAX_SPANS] or spans[:MAX_SPANS]
        if not spans:
            base = text or fallback
            cut = base[:SNIPPET_CHARS]
            return _shown(cut) + ("…" if len(base) > SNIPPET_CHARS else "")
        start, end = _best_window(spans, text)
        parts = ["…"] if start > 0 else []
        cursor = start
        for left, right in spans:
            if left < start or right > end:
                continue
            parts.append(_shown(text[cursor:left]))
            parts.append("<b>" + html.escape(text[left:right]) + "</b>")
            cursor = right
        parts.append(_shown(text[cursor:end]))
        if end < len(text):
            parts.append("…")
        return "".join(parts)


def _shown(text: str) -> str:
    """Escaped text with its block boundaries (a heading, a list item, a table row) kept as " · ", so that
    a snippet does not run a heading into the paragraph after it."""
    return html.escape(_BLOCK_BREAK.sub(" · ", text))


def _best_window(spans: list[tuple[int, int]], text: str) -> tuple[int, int]:
    """The window of SNIPPET_CHARS with the most distinct hit words, widened to word boundaries."""
    best_index, best_score = 0, -1
    j = 0
    for i, (left, _) in enumerate(spans):
        while j < len(spans) and spans[j][1] <= left + SNIPPET_CHARS:
            j += 1
        distinct = len({text[a:b].lower() for a, b in spans[i:j]})
        score = distinct * 10 + (j - i)
        if score > best_score:
            best_index, best_score = i, score
    first = spans[best_index][0]
    start = max(0, first - 40)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    return start, end
