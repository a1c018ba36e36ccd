"""Queries in plain words: question and filler words, and the concept map of everyday phrases.

- ``QuestionWords`` (``resources/question_words.yaml``): how people open a question or a sentence in each
  language ("how do I", "is it possible to", "wie kann ich"). They are dropped from matching *after* glossary
  terms and concepts have been spotted, so they still take part in phrase detection. The same file says what
  kind of answer such words ask for (``asks``: "when" asks for the conditions, "can I" for the rules) and which
  section headings give that kind of answer (``sections``); ``QuestionWords.aims`` reads a query's aims, which
  the choice of a hit's section (``sections.best_section``) follows.
- ``load_concepts`` (``concepts``, ``resources/concepts.yaml``): everyday phrases, per language, that mean one or more
  English library terms ("speak with companies" → "preliminary market consultation"). ``GlossaryTerms``
  (``terms``) matches them at query time like the glossary's terms, longest run first.

Both files are optional: a missing file means no question words or no concepts. A file that cannot be used
raises ``SearchError`` with one line naming the file and the key.

``Phrasing`` holds both for a ``SearchIndex``. Reading YAML means importing the YAML library, which a search
otherwise never needs; so what was read is kept as JSON beside the index (``index.phrasing.json``) with the
SHA-256 of each file, and read from there while the files are unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.search.analysis import words
from ipt_desktop.core.search.concepts import Concept, load_concepts, phrase_list, read_yaml
from ipt_desktop.core.search.query import ParsedQuery

QUESTION_WORDS_FILE = "question_words.yaml"
PHRASING_CACHE_SUFFIX = ".phrasing.json"
CACHE_VERSION = 3
TOP = "top"  # in ``sections``: the top of the document (its introduction, or its start) answers


# One option of an aim: the heading words of the sections that answer (any one of them in a heading), or None
# for the top of the document.
AimOption = frozenset[str] | None


@dataclass(frozen=True)
class QuestionWords:
    """Filler phrases (in any language) and filler words per language, folded and lower-cased; and what a
    question asks for: ``asks`` (language → aim → the phrases that ask for it) and ``sections`` (aim → its
    options in order of preference: heading words, or None for the top of the document)."""

    phrases: frozenset[tuple[str, ...]] = frozenset()
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    asks: Mapping[str, Mapping[str, frozenset[tuple[str, ...]]]] = field(default_factory=dict)
    sections: Mapping[str, tuple[AimOption, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> QuestionWords:
        """The lists of ``path`` (none when the file is missing)."""
        data = read_yaml(path)
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise SearchError(f"{path}: expected a mapping of language codes to phrases and words.")
        phrases: set[tuple[str, ...]] = set()
        by_language: dict[str, frozenset[str]] = {}
        asks: dict[str, dict[str, frozenset[tuple[str, ...]]]] = {}
        sections = _aim_sections(path, data.get("sections", {}))
        for code, lists in data.items():
            if code == "sections":
                continue
            if not isinstance(code, str) or not isinstance(lists, dict):
                raise SearchError(f"{path}: {code}: expected a mapping with 'phrases' and 'words'.")
            unknown = set(lists) - {"phrases", "words", "asks"}
            if unknown:
                raise SearchError(f"{path}: {code}.{sorted(unknown)[0]}: unknown key (phrases, words, asks).")
            asked = lists.get("asks", {})
            if not isinstance(asked, dict):
                raise SearchError(f"{path}: {code}.asks: expected a mapping of aims to phrases.")
            for aim, cues in asked.items():
                if aim not in sections:
                    raise SearchError(f"{path}: {code}.asks.{aim}: not an aim listed under 'sections'.")
                folded = frozenset(tuple(words(c)) for c in phrase_list(path, f"{code}.asks.{aim}", cues))
                asks.setdefault(code.lower(), {})[aim] = frozenset(c for c in folded if c)
            for phrase in phrase_list(path, f"{code}.phrases", lists.get("phrases", [])):
                folded = tuple(words(phrase))
                if folded:
                    phrases.add(folded)
            single = phrase_list(path, f"{code}.words", lists.get("words", []))
            by_language[code.lower()] = frozenset(w for item in single for w in words(item))
        return cls(frozenset(phrases), by_language, asks, sections)

    def aims(self, query_words: list[str], languages: Iterable[str]) -> tuple[tuple[AimOption, ...], ...]:
        """The options of each aim that ``query_words`` (folded, in order) ask for in ``languages``. Where
        phrases overlap, the longer one counts ("how can I" asks how, not whether it is allowed)."""
        matches = []
        for code in dict.fromkeys(languages):
            for aim, cues in self.asks.get(code, {}).items():
                for cue in cues:
                    matches.extend((len(cue), start, aim) for start in _starts(query_words, cue))
        taken: set[int] = set()
        asked: set[str] = set()
        for length, start, aim in sorted(matches, key=lambda m: (-m[0], m[1])):
            span = set(range(start, start + length))
            if not span & taken:
                taken |= span
                asked.add(aim)
        return tuple(options for aim, options in self.sections.items() if aim in asked)

    @property
    def longest(self) -> int:
        """Words in the longest phrase."""
        return max((len(p) for p in self.phrases), default=0)

    def drop(self, parsed: ParsedQuery, languages: Iterable[str]) -> int:
        """Remove filler from the query's clauses: runs of whole clauses that spell a filler phrase (in any
        language), then single words listed for ``languages`` (the query's likely ones). Glossary terms
        are spotted before (synonyms clauses are never touched), and a query of filler only stays as typed.
        Returns how many clauses were dropped."""
        clauses = parsed.clauses
        single = frozenset().union(*(self.words.get(code, frozenset()) for code in languages))
        longest = self.longest
        keep = [True] * len(clauses)
        i = 0
        while i < len(clauses):
            end = self._phrase_end(clauses, i, longest) if longest else None
            if end is not None:
                for j in range(i, end):
                    keep[j] = False
                i = end
                continue
            clause = clauses[i]
            if clause.kind == "word" and not clause.negated and clause.words[0] in single:
                keep[i] = False
            i += 1
        if all(not k for k, c in zip(keep, clauses, strict=True) if not c.negated):
            return 0
        parsed.clauses = [c for k, c in zip(keep, clauses, strict=True) if k]
        return keep.count(False)

    def _phrase_end(self, clauses: list, start: int, longest: int) -> int | None:
        """The end (exclusive) of the longest filler phrase made of whole clauses from ``start``, or None."""
        tokens: list[str] = []
        best = None
        for j in range(start, len(clauses)):
            clause = clauses[j]
            if clause.negated or clause.kind not in ("word", "phrase"):
                break
            tokens.extend(clause.words)
            if len(tokens) > longest:
                break
            if tuple(tokens) in self.phrases:
                best = j + 1
        return best


def _starts(sequence: list[str], phrase: tuple[str, ...]) -> list[int]:
    """Where ``phrase`` occurs as a run of whole words in ``sequence``."""
    n, first = len(phrase), phrase[0]
    return [
        i
        for i, word in enumerate(sequence[: len(sequence) - n + 1])
        if word == first and tuple(sequence[i : i + n]) == phrase
    ]


def _aim_sections(path: Path, value: Any) -> dict[str, tuple[AimOption, ...]]:
    """The ``sections`` mapping: aim → options, each a list of heading words or ``top``; a SearchError naming
    the key when it is malformed."""
    if not isinstance(value, dict):
        raise SearchError(f"{path}: sections: expected a mapping of aims to lists of heading words.")
    found: dict[str, tuple[AimOption, ...]] = {}
    for aim, options in value.items():
        where = f"sections.{aim}"
        if not isinstance(aim, str) or not isinstance(options, list) or not options:
            raise SearchError(f"{path}: {where}: expected a list of options (heading words, or '{TOP}').")
        parsed: list[AimOption] = []
        for number, option in enumerate(options):
            if option == TOP:
                parsed.append(None)
                continue
            heading_words = phrase_list(path, f"{where}[{number}]", option)
            parsed.append(frozenset(w for item in heading_words for w in words(item)))
        found[aim] = tuple(parsed)
    return found


def _digest(path: Path) -> str:
    """SHA-256 of a file's bytes ("missing" when there is none, "unreadable" when it cannot be read)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unreadable"


@dataclass(frozen=True)
class Phrasing:
    """The concept map and the question words a search uses, and why a file was left out (``problem``)."""

    concepts: tuple[Concept, ...] = ()
    question_words: QuestionWords = field(default_factory=QuestionWords)
    problem: str | None = None

    @classmethod
    def load(cls, concepts_file: Path, question_words_file: Path, cache: Path | None = None) -> Phrasing:
        """Both files, from the JSON ``cache`` while it records their current digests, else parsed (and the
        cache rewritten, best effort)."""
        digests = {"concepts": _digest(concepts_file), "question_words": _digest(question_words_file)}
        if cache is not None:
            found = cls._from_cache(cache, digests)
            if found is not None:
                return found
        problem = None
        concepts: tuple[Concept, ...] = ()
        question_words = QuestionWords()
        try:
            concepts = load_concepts(concepts_file)
        except SearchError as exc:
            problem = str(exc)
        try:
            question_words = QuestionWords.load(question_words_file)
        except SearchError as exc:
            problem = problem or str(exc)
        made = cls(concepts, question_words, problem)
        if cache is not None:
            made._write_cache(cache, digests)
        return made

    @classmethod
    def _from_cache(cls, cache: Path, digests: dict[str, str]) -> Phrasing | None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION or data.get("digests") != digests:
                return None
            concepts = tuple(
                Concept(
                    c["id"],
                    {k: tuple(v) for k, v in c["phrases"].items()},
                    tuple(c["means"]),
                    c["note"],
                    bool(c["subject"]),
                )
                for c in data["concepts"]
            )
            words = data["question_words"]
            question_words = QuestionWords(
                frozenset(tuple(p) for p in words["phrases"]),
                {code: frozenset(found) for code, found in words["words"].items()},
                {
                    code: {aim: frozenset(tuple(c) for c in cues) for aim, cues in asked.items()}
                    for code, asked in words["asks"].items()
                },
                {
                    aim: tuple(None if o is None else frozenset(o) for o in options)
                    for aim, options in words["sections"].items()
                },
            )
            return cls(concepts, question_words, data.get("problem"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # no copy, or one this version cannot use: the files are read instead

    def _write_cache(self, cache: Path, digests: dict[str, str]) -> None:
        data = {
            "version": CACHE_VERSION,
            "digests": digests,
            "problem": self.problem,
            "concepts": [
                {
                    "id": c.id,
                    "phrases": {k: list(v) for k, v in c.phrases.items()},
                    "means": list(c.means),
                    "note": c.note,
                    "subject": c.subject,
                }
                for c in self.concepts
            ],
            "question_words": {
                "phrases": sorted(list(p) for p in self.question_words.phrases),
                "words": {code: sorted(found) for code, found in self.question_words.words.items()},
                "asks": {
                    code: {aim: sorted(list(c) for c in cues) for aim, cues in asked.items()}
                    for code, asked in self.question_words.asks.items()
                },
                "sections": {
                    aim: [None if o is None else sorted(o) for o in options]
                    for aim, options in self.question_words.sections.items()
                },
            },
        }
        temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, cache)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
