"""Text analysis shared by indexing, querying and highlighting.

One pipeline serves every language: Markdown is reduced to plain text with a few regular expressions,
accents are folded one character for one character (so offsets in the folded text match the original,
which the highlighter relies on), text is lower-cased and split into words, the document language's stop
words are dropped and the rest is stemmed with that language's Snowball stemmer. Folding comes before
stemming, so "contratacion" and "contratación" give the same stem.

The whoosh field types at the bottom skip whoosh's token-object pipeline: they analyse a whole
``(language, text)`` value at once and hand whoosh finished postings, which is most of the indexing speed-up.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable

from whoosh import fields, formats
from whoosh.lang import has_stemmer, stemmer_for_language, stopwords_for_language

from ipt_desktop.core.content.markup import MD_LINK

# Languages with a stemmer and stop words in whoosh; others fall back to folding only.
STEMMED_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "fi", "hu", "no", "ro", "ru", "sv")
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[^\W_]+")
# Linear on any text (see content.markup): a tag or {attribute} run stops at the next ``<`` or ``{``, and a
# list marker's indent stops at the end of its line. A task list's box ("- [ ]", "* [x]") goes with its marker.
_MD_NOISE = re.compile(
    r"^[^\S\n]*[-+*][^\S\n]+\[[ xX]\](?=\s)|"
    r"<[^<>]{0,300}>|https?://\S+|ipt://\S+|[#*_`>|~]+|^[^\S\n]*[-+]\s|\{[^{}\n]{0,200}\}|:?-{3,}:?",
    re.M,
)
_SPACES = re.compile(r"\s+")
# Slavic languages of the interface without a Snowball stemmer: words are cut to their leading letters.
LEADING_LETTER_LANGUAGES = ("pl", "sk", "cs")
_CACHE_LIMIT = 300_000


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord("ø"): "o", ord("Ø"): "O", ord("đ"): "d", ord("Đ"): "D", ord("ł"): "l", ord("Ł"): "L"})
    return table


FOLD_TABLE = _fold_table()


def fold(text: str) -> str:
    """Remove accents, one character for one character (offsets are kept)."""
    return text.translate(FOLD_TABLE)


def markdown_to_text(markdown: str) -> str:
    """Plain text from Markdown, cheaply: link text kept, markup, URLs and tags dropped, spaces collapsed."""
    text = MD_LINK.sub(r"\1", markdown)
    text = _MD_NOISE.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Folded, lower-cased words of a text (no stop-word removal, no stemming)."""
    return [w for w in _WORD.findall(fold(text).lower()) if len(w) <= MAX_WORD_LENGTH]


class _Language:
    """Stop words and a cached stemmer for one language."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._stem: Callable[[str], str] | None = None
        self._snowball: str | None = None  # the Snowball stemmer's name, made at the first word to stem
        if code in LEADING_LETTER_LANGUAGES:
            # No Snowball stemmer; their inflected forms share a word's leading letters (see leading_letters).
            self._stem = leading_letters
        elif code in STEMMED_LANGUAGES and has_stemmer(code):
            # English uses the original Porter stemmer: several times faster than Snowball's porter2.
            self._snowball = "en_porter" if code == "en" else code
        self.cache: dict[str, str] = {}

    @functools.cached_property
    def stopwords(self) -> frozenset[str]:
        """The language's stop words, folded; read at first use (the terminology's tables stem the forms of
        two dozen languages at the first search, and need none of their stop words)."""
        stop: Iterable[str] = ()
        if self._snowball is not None:
            try:
                stop = stopwords_for_language(self.code)
            except Exception:
                stop = ()
        return frozenset(fold(w).lower() for w in stop)

    @property
    def has_stemmer(self) -> bool:
        """Whether words of this language are stemmed (else only folded)."""
        return self._stem is not None or self._snowball is not None

    def stem(self, word: str) -> str:
        """The stem of one folded word, cached (numbers, and words of a language without stemmer, stay as they
        are).
        """
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        stem = word
        if self._stem is None and self._snowball is not None:
            # Loading a Snowball stemmer imports its module: a language whose stop words are all that is
            # asked for (guessing a query's language) never pays for it.
            self._stem = stemmer_for_language(self._snowball)
        if self._stem is not None and not word.isdigit():
            try:
                stem = self._stem(word) or word
            except Exception:
                stem = word
        if len(self.cache) > _CACHE_LIMIT:
            self.cache.clear()
        self.cache[word] = stem
        return stem

    def stems(self, tokens: list[str]) -> list[str]:
        """Stems of tokens with stop words removed (positions renumbered)."""
        cache = self.cache
        stop = self.stopwords
        out = []
        append = out.append
        for word in tokens:
            if word in stop:
                continue
            stem = cache.get(word)
            append(stem if stem is not None else self.stem(word))
        return out


_languages: dict[str, _Language] = {}
_languages_lock = threading.Lock()


def language(code: str | None) -> _Language:
    """The analysis settings of a language code (unknown codes fold only)."""
    code = (code or "en").lower()[:2]
    found = _languages.get(code)
    if found is None:
        with _languages_lock:
            found = _languages.setdefault(code, _Language(code))
    return found


def analyze(text: str, lang: str | None) -> list[str]:
    """Index terms of a text in a language, in order."""
    return language(lang).stems(words(text))


class QueryLanguages(tuple):
    """The languages a query is stemmed in, and the (usually fewer) languages whose stop words it drops.

    A query is stemmed in every language the index holds, so a German word finds a German title; but a
    word is dropped as a stop word only in the languages the query is likely written in (English, the
    interface language and the detected one), or "data" would vanish because another language lists it.
    """

    stop: tuple[str, ...]

    def __new__(cls, stem: Iterable[str], stop: Iterable[str] | None = None) -> QueryLanguages:
        made = super().__new__(cls, tuple(stem))
        made.stop = tuple(stop) if stop is not None else tuple(made)
        return made


def stop_languages(langs: Iterable[str]) -> tuple[str, ...]:
    """The languages whose stop words a query in ``langs`` drops."""
    return langs.stop if isinstance(langs, QueryLanguages) else tuple(langs)


def stem_variants(word: str, langs: Iterable[str]) -> list[str]:
    """Distinct stems of one folded word across languages (a stop word of the query's languages gives
    nothing)."""
    langs = langs if isinstance(langs, QueryLanguages) else tuple(langs)
    if is_stopword_anywhere(word, stop_languages(langs)):
        return []
    out: list[str] = []
    for code in langs:
        lang = language(code)
        stem = lang.stem(word)
        if stem not in out:
            out.append(stem)
    return out


# Letters that only some of the EU's languages write (after which folding hides them), as a hint to the
# language of a short query. A query is too short for statistics; these and stop words are what it has.
# Czech and Slovak share "č", "š", "ž", "ď" and "ň" with each other (and the first three with Lithuanian):
# a query whose only such letter is "č" ("rozdelenie zákazky na časti") ties, and the tie goes to the
# language listed first; each further distinct letter of a language's own tips the balance (see
# guess_language), so a Lithuanian query with "ė" or "ų" stays Lithuanian.
_LETTERS = {
    "pl": "ąćęłńśźż",
    "cs": "ěřůťčšžďň",
    "sk": "ľĺŕôčšžďňť",
    "de": "ßäöü",
    "fr": "çèêëîœù",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "ro": "ăâșşțţ",
    "hu": "őű",
    "et": "õ",
    "lv": "āēīķļņū",
    "lt": "ąčėįšųūž",
    "el": "αβγδεζηθικλμνξοπρστυφχψω",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
}
LETTER_MORE = 0.1  # what each further distinct letter of a language adds to its first (1.5)
_GUESSED = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "fi", "hu", "ro", "sv")


def guess_language(text: str, hint: str | None = None) -> str | None:
    """The likely language of a short query from its stop words and its letters, or None.

    Ties go to ``hint`` (the interface language).
    """
    found = _WORD.findall(text[:2000].lower())
    if not found:
        return None
    scores: dict[str, float] = defaultdict(float)
    for code in _GUESSED:
        stop = language(code).stopwords
        scores[code] += sum(1 for w in found if fold(w) in stop)
    text = "".join(found)
    written = set(text)
    for code, letters in _LETTERS.items():
        found = written.intersection(letters)
        if found:
            scores[code] += 1.5 + LETTER_MORE * (len(found) - 1)
    if not scores or max(scores.values()) == 0:
        return None
    best = max(scores.values())
    leaders = [code for code, score in scores.items() if score == best]
    return hint if hint in leaders else leaders[0]


LEADING_LETTERS = 5


def leading_letters(word: str) -> str:
    """The leading letters of a word that its inflected forms share: the stemmer of the Slavic languages
    without a Snowball one (Polish, Slovak, Czech), so that "dialogu konkurencyjnego" and "umowy ramowej"
    still find "dialog konkurencyjny" and "umowa ramowa". A short word drops its last letter."""
    if len(word) > LEADING_LETTERS:
        return word[:LEADING_LETTERS]
    return word[: max(3, len(word) - 1)]


def is_stopword_anywhere(word: str, langs: Iterable[str]) -> bool:
    """True when any of the languages lists the word as a stop word."""
    return any(word in language(code).stopwords for code in langs)


def _segments(value) -> list[tuple[str, str]]:
    """A text field's value as ``(language, text)`` pairs: one pair, or a list of them (a title and its
    translations, each analysed in its own language)."""
    return value if isinstance(value, list) else [value]


# Positions between the segments of a multilingual value, so that no phrase spans two languages.
SEGMENT_GAP = 100


class StemmedText(fields.FieldType):
    """A positional text field whose value is ``(language, text)`` or a list of such pairs, analysed in one
    pass."""

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(
            formats.Positions(field_boost=field_boost), analyzer=None, scorable=True, stored=False
        )

    def index(self, value, **kwargs):
        """Postings of a ``(language, text)`` value: each stem with its positions and frequency."""
        positions: dict[str, list[int]] = defaultdict(list)
        start = 0
        for lang, text in _segments(value):
            stems = analyze(text, lang)
            for pos, stem in enumerate(stems, start):
                positions[stem].append(pos)
            start += len(stems) + SEGMENT_GAP
        encode = self.format.encode
        boost = self.format.field_boost
        return [
            (stem.encode("utf-8"), len(poses), len(poses) * boost, encode(poses))
            for stem, poses in positions.items()
        ]

    def process_text(self, qstring, mode="", **kwargs):
        """Stems of a query string, analysed as English (queries are planned in core.search.plan)."""
        return iter(analyze(qstring, "en"))


class WeightedText(fields.FieldType):
    """A text field without positions: each stem's posting carries only its frequency, as the weight."""

    def __init__(self) -> None:
        super().__init__(formats.Existence(), analyzer=None, scorable=True, stored=False)

    def index(self, value, **kwargs):
        """Postings of a ``(language, text)`` value: each stem with its frequency as the weight."""
        counts: dict[str, int] = defaultdict(int)
        for lang, text in _segments(value):
            for stem in analyze(text, lang):
                counts[stem] += 1
        return [(stem.encode("utf-8"), tf, float(tf), b"") for stem, tf in counts.items()]

    def process_text(self, qstring, mode="", **kwargs):
        """Stems of a query string, analysed as English (queries are planned in core.search.plan)."""
        return iter(analyze(qstring, "en"))


class SurfaceWords(fields.FieldType):
    """Distinct folded words of a text, without positions: the vocabulary for prefixes and suggestions."""

    def __init__(self) -> None:
        super().__init__(formats.Existence(), analyzer=None, scorable=False, stored=False)

    def index(self, value, **kwargs):
        """One posting per distinct folded word."""
        return [(w.encode("utf-8"), 1, 1.0, b"") for w in set(words(value))]

    def process_text(self, qstring, mode="", **kwargs):
        """The folded words of a query string."""
        return iter(words(qstring))


class Tags(fields.FieldType):
    """Exact facet values (a tuple of strings), one posting per value, for filters and facet counts."""

    def __init__(self) -> None:
        super().__init__(formats.Existence(), analyzer=None, scorable=False, stored=False)

    def index(self, value, **kwargs):
        """One posting per distinct non-empty value (a single string is one value)."""
        if isinstance(value, str):
            value = (value,)
        return [(str(v).encode("utf-8"), 1, 1.0, b"") for v in dict.fromkeys(value) if str(v)]

    def process_text(self, qstring, mode="", **kwargs):
        """The query string as one exact value."""
        return iter((qstring,))
