"""A seeded generator of benchmark documents: ~5 KB Markdown bodies over a Zipf vocabulary.

The most frequent ranks are real English function words (as in real text); the rest are synthetic,
pronounceable words. Facet values come from resources/taxonomy.yaml, so the documents are real
:class:`Document` objects that the app could store.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.content.taxonomy import default_taxonomy

FUNCTION_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "it",
    "as",
    "with",
    "was",
    "on",
    "be",
    "by",
    "this",
    "are",
    "or",
    "from",
    "at",
    "an",
    "which",
    "not",
    "have",
    "but",
    "has",
    "were",
    "their",
    "can",
    "its",
    "all",
    "been",
    "one",
    "more",
    "also",
    "other",
    "these",
    "they",
    "there",
    "into",
    "than",
    "some",
    "would",
    "only",
    "may",
    "such",
    "most",
    "when",
    "who",
    "will",
    "about",
    "over",
    "should",
    "could",
    "what",
    "each",
    "any",
    "both",
    "many",
    "through",
    "between",
]
VOCABULARY_SIZE = 40_000
ZIPF_EXPONENT = 1.07
_ONSETS = [
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "w",
    "z",
    "br",
    "ch",
    "cr",
    "dr",
    "fl",
    "gr",
    "pl",
    "pr",
    "sh",
    "st",
    "th",
    "tr",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
_CODAS = ["", "", "n", "r", "s", "t", "l", "nd", "st", "ng", "m"]
PROJECTS = ("PROCEDIN", "BUILD", "Health InnoFacilitator", "Task Force")
LANGUAGES = ("en",) * 7 + ("de", "fr", "es", "it", "nl", "pt")


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: list[str] = list(FUNCTION_WORDS)
    seen = set(words)
    while len(words) < size:
        syllables = rng.choice((1, 2, 2, 2, 3))
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Corpus:
    """Deterministic documents and queries for one seed."""

    def __init__(self, seed: int = 1, vocabulary_size: int = VOCABULARY_SIZE) -> None:
        self.seed = seed
        rng = random.Random(seed)
        self.words = _vocabulary(rng, vocabulary_size)
        weights = [1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))
        content = weights[len(FUNCTION_WORDS) :]
        self.content_cumulative = list(itertools.accumulate(content))
        tax = default_taxonomy()
        self.vocab = {
            name: list(tax.values(name))
            for name in ("types", "topics", "stages", "procedures", "sectors", "countries")
        }

    def _words(self, rng: random.Random, count: int) -> list[str]:
        total = self.cumulative[-1]
        cum = self.cumulative
        words = self.words
        return [words[bisect.bisect_left(cum, rng.random() * total)] for _ in range(count)]

    def document(self, number: int) -> Document:
        """Document ``number`` (the same for a given seed)."""
        rng = random.Random(self.seed * 1_000_003 + number)
        title = " ".join(self._words(rng, rng.randint(4, 9))).capitalize()
        summary = " ".join(self._words(rng, rng.randint(18, 30))).capitalize() + "."
        parts = []
        size = 0
        while size < 4800:
            if rng.random() < 0.2:
                block = "## " + " ".join(self._words(rng, rng.randint(2, 5))).capitalize()
            else:
                sentences = []
                for _ in range(rng.randint(2, 5)):
                    words = self._words(rng, rng.randint(8, 22))
                    if rng.random() < 0.1:
                        words[0] = f"**{words[0]}**"
                    sentences.append(" ".join(words).capitalize() + ".")
                block = " ".join(sentences)
            parts.append(block)
            size += len(block) + 2
        body = "\n\n".join(parts)
        pick = self.vocab

        def some(name: str, most: int) -> tuple[str, ...]:
            return tuple(dict.fromkeys(rng.choice(pick[name]) for _ in range(rng.randint(0, most))))

        doc_type = rng.choice(pick["types"])
        year = rng.randint(2015, 2026)
        updated = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        fields = dict(
            id=f"bench-{number:06d}",
            title=title,
            type=doc_type,
            summary=summary,
            language=rng.choice(LANGUAGES),
            project=rng.choice(PROJECTS),
            license="CC-BY-4.0",
            updated=updated,
            body=body,
            year=year,
            topics=some("topics", 3),
            stages=some("stages", 2),
            procedures=some("procedures", 2),
            sectors=some("sectors", 2),
            objectives=(),
            countries=some("countries", 2),
        )
        meta = {k: (list(v) if isinstance(v, tuple) else v) for k, v in fields.items() if k != "body"}
        return Document(meta=meta, **fields)

    def documents(self, count: int) -> Iterator[Document]:
        """The first ``count`` documents."""
        return (self.document(n) for n in range(count))

    def queries(self, count: int = 300) -> list[str]:
        """Queries of 1-3 content words drawn from the same Zipf law (function words excluded)."""
        rng = random.Random(self.seed * 7919)
        total = self.content_cumulative[-1]
        offset = len(FUNCTION_WORDS)
        out = []
        for _ in range(count):
            terms = [
                self.words[offset + bisect.bisect_left(self.content_cumulative, rng.random() * total)]
                for _ in range(rng.choice((1, 2, 2, 3)))
            ]
            out.append(" ".join(dict.fromkeys(terms)))
        return out
