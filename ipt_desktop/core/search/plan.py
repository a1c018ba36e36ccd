"""Turning parsed clauses into whoosh queries over one searcher.

Each word is searched as every distinct stem it has in the query's languages (all indexed languages when
the query names none), in ``title`` (boosted) and ``text``. Clauses are joined by an OR with a coordination
bonus, so documents with all terms rank first but any term is accepted. Prefixes, wildcards and fuzzy
matches expand against the ``words`` vocabulary with a cap on the number of expansions.
"""

from __future__ import annotations

import fnmatch
import heapq
import re

from whoosh import query as wq

from ipt_desktop.core.search.analysis import language, stem_variants
from ipt_desktop.core.search.query import Clause, ParsedQuery, wildcard_literal
from ipt_desktop.core.search.schema import TITLE_BOOST

MAX_EXPANSIONS = 40
MAX_SCANNED_TERMS = 3000
COORD_SCALE = 0.9


def _fixed_letters(word: str) -> int:
    """How many leading letters a fuzzy match must share with the word."""
    return 1 if len(word) < 5 else 2 if len(word) < 7 else 3


class QueryPlan:
    """The whoosh query of a parsed query, plus the stems and words that snippets should highlight."""

    def __init__(self, searcher, languages: tuple[str, ...], vocabulary) -> None:
        self.searcher = searcher
        self.vocabulary = vocabulary
        self.reader = searcher.reader()
        self.languages = languages
        self.stems: set[str] = set()
        self.literal: set[str] = set()
        self.messages: list[str] = []

    def build(self, parsed: ParsedQuery, fuzzy: bool = False) -> wq.Query | None:
        """The query for the clauses (None when nothing searchable is left)."""
        positive, negative = [], []
        for clause in parsed.clauses:
            node = self.clause(clause, fuzzy and not clause.negated)
            if node is not None:
                (negative if clause.negated else positive).append(node)
        if not positive:
            return None
        q = positive[0] if len(positive) == 1 else wq.Or(positive, scale=COORD_SCALE)
        if negative:
            q = wq.AndNot(q, wq.Or(negative))
        return q

    def clause(self, clause: Clause, fuzzy: bool = False) -> wq.Query | None:
        """The whoosh query of one parsed clause (word, phrase or prefix), or None when it has nothing to
        search for.
        """
        if clause.kind == "word":
            word = clause.words[0]
            if fuzzy:
                return self._alternatives(self.fuzzy_words(word) or [word])
            return self.word(word)
        if clause.kind == "phrase":
            return self.phrase(clause.words)
        if clause.kind == "prefix":
            return self._alternatives(self.expand(clause.words[0], None), exact=clause.words[0])
        if clause.kind == "wildcard":
            pattern = clause.words[0]
            literal = wildcard_literal(pattern)
            return self._alternatives(self.expand(literal, re.compile(fnmatch.translate(pattern))))
        if clause.kind == "synonyms":
            nodes = [self.word(m[0]) if len(m) == 1 else self.phrase(m) for m in clause.alternatives]
            nodes = [n for n in nodes if n is not None]
            return wq.Or(nodes) if nodes else None
        return None

    def word(self, word: str) -> wq.Query | None:
        """Title and text terms for every stem of a word in the plan's languages (None for a stop word);
        records the stems for snippets.
        """
        stems = stem_variants(word, self.languages)
        if not stems:
            return None
        self.stems.update(stems)
        self.literal.add(word)
        terms: list[wq.Query] = []
        for stem in stems:
            terms.append(wq.Term("title", stem, boost=TITLE_BOOST))
            terms.append(wq.Term("text", stem))
        return wq.Or(terms)

    def phrase_variants(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The phrase's stem sequences, one per distinct analysis across the query's languages."""
        variants: list[tuple[str, ...]] = []
        for code in self.languages:
            lang = language(code)
            stems = tuple(lang.stem(w) for w in words if w not in lang.stopwords)
            if stems and stems not in variants:
                variants.append(stems)
        return variants

    def phrase(self, words: tuple[str, ...]) -> wq.Query | None:
        """Titles with the exact phrase, or texts with all its words (the ranker checks their order)."""
        nodes: list[wq.Query] = []
        for stems in self.phrase_variants(words):
            self.stems.update(stems)
            if len(stems) == 1:
                nodes += [wq.Term("title", stems[0], boost=TITLE_BOOST), wq.Term("text", stems[0])]
            else:
                nodes += [
                    wq.Phrase("title", list(stems), boost=TITLE_BOOST),
                    wq.And([wq.Term("text", stem) for stem in stems]),
                ]
        return wq.Or(nodes) if nodes else None

    def title_phrase(self, words: tuple[str, ...]) -> wq.Query | None:
        """Titles that hold the phrase word for word."""
        nodes = [wq.Phrase("title", list(stems)) for stems in self.phrase_variants(words) if len(stems) > 1]
        return wq.Or(nodes) if nodes else None

    def _alternatives(self, words: list[str], exact: str | None = None) -> wq.Query | None:
        nodes = [
            n
            for n in (self.word(w) for w in dict.fromkeys(([exact] if exact else []) + words))
            if n is not None
        ]
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else wq.Or(nodes)

    def expand(self, prefix: str, pattern: re.Pattern | None) -> list[str]:
        """Up to MAX_EXPANSIONS vocabulary words with the prefix (and pattern), most frequent first."""
        found = self.vocabulary.with_prefix(prefix)
        if len(found) > MAX_SCANNED_TERMS:
            self.messages.append(f"'{prefix}…' matches many words; only the most common were searched.")
        if pattern is not None:
            found = [w for w in found[: MAX_SCANNED_TERMS * 10] if pattern.fullmatch(w)]
        if len(found) > MAX_EXPANSIONS:
            found = heapq.nlargest(MAX_EXPANSIONS, found, key=self.vocabulary.frequency)
        return found

    def fuzzy_words(self, word: str) -> list[str]:
        """Vocabulary words within one or two edits (two for longer words), most frequent first.

        whoosh compares the word with every vocabulary word sharing its first letters, so longer words must
        share two or three (typos are rarely there), and answers are remembered until the vocabulary changes:
        while typing, the same words are asked about at every keystroke."""
        if len(word) < 4:
            return []
        cached = self.vocabulary.fuzzy_cache.get(word)
        if cached is not None:
            return cached
        distance = 1 if len(word) < 7 else 2
        try:
            near = [
                t.decode("utf-8") if isinstance(t, bytes) else t
                for t in self.reader.terms_within("words", word, distance, prefix=_fixed_letters(word))
            ]
        except Exception:
            near = []
        near = [w for w in near if w != word]
        near.sort(key=lambda w: -self.vocabulary.frequency(w))
        found = near[: MAX_EXPANSIONS // 4]
        if len(self.vocabulary.fuzzy_cache) > 5000:
            self.vocabulary.fuzzy_cache.clear()
        self.vocabulary.fuzzy_cache[word] = found
        return found

    def suggestion_for(self, word: str, rare_below: int) -> str | None:
        """A more common vocabulary word close to a rare or absent one."""
        if len(word) < 4 or word.isdigit():
            return None
        own = self.vocabulary.frequency(word)
        if own >= rare_below:
            return None
        candidates = self.fuzzy_words(word)
        if not candidates:
            return None
        best = candidates[0]
        return best if self.vocabulary.frequency(best) > max(own, 0) * 3 else None
