"""Parsing a typed query into clauses and filters, defensively.

Syntax: free words, "quoted phrases", ``-word`` to exclude, ``field:value`` filters for the FILTER_FIELDS keys
(plural names such as ``topics:`` work too; ``field:"two words"`` is allowed), ``word*`` prefixes and
``wo?d*`` wildcards with at least two literal letters in front (a ``?`` that ends a word ends a question). Bad input never raises: control characters
are dropped, the text is cut to MAX_QUERY_CHARS and MAX_CLAUSES clauses, an unbalanced quote is ignored, an
unknown ``field:`` is searched as text, and a leading wildcard is refused with a message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ipt_desktop.core.search.analysis import fold, is_stopword_anywhere, words
from ipt_desktop.core.search.types import FILTER_FIELDS

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 12
COMMON_WORD_LANGUAGES = ("en", "de", "fr", "it", "es", "pl", "nl", "pt", "sk")  # the interface's languages
MIN_WILDCARD_PREFIX = 2
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_TOKEN = re.compile(
    r'(?P<neg>-)?(?:(?P<field>[A-Za-z]+):(?P<fval>"[^"]*"|[^\s"]+)|"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))'
)
_ALIASES = {
    "topics": "topic",
    "stages": "stage",
    "procedures": "procedure",
    "sectors": "sector",
    "countries": "country",
    "lang": "language",
    "projects": "project",
    "types": "type",
}
_WILDCARD = re.compile(r"[*?]")
_ALPHANUMERIC = re.compile(r"[^\W_]+")


@dataclass
class Clause:
    """One query element: ``kind`` is word, phrase, prefix, wildcard or synonyms."""

    kind: str
    words: tuple[str, ...]
    negated: bool = False
    alternatives: tuple[tuple[str, ...], ...] = ()  # for synonyms: every member, as word tuples
    # For synonyms: True when the run is a concept's everyday phrase, whose alternatives are related terms
    # (not names of one term, as a glossary term's are).
    concept: bool = False
    # For synonyms: the alternatives in the language the run was typed in (see terms.term_postings).
    native: frozenset[tuple[str, ...]] = frozenset()


@dataclass
class ParsedQuery:
    """Clauses, filters (FILTER_FIELDS key → values) and notes for the user."""

    clauses: list[Clause] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    capitals: set[str] = field(default_factory=set)  # words typed in capitals ("CAN", "IT"), folded

    @property
    def positive(self) -> list[Clause]:
        """The clauses that must or may match, without the negated ones."""
        return [c for c in self.clauses if not c.negated]


def wildcard_literal(pattern: str) -> str:
    """The letters of a wildcard pattern before its first ``*`` or ``?``."""
    return _WILDCARD.split(pattern, maxsplit=1)[0]


def clean(text: str) -> str:
    """The query text without control characters, cut to a bounded length."""
    text = _CONTROL.sub(" ", text or "")[:MAX_QUERY_CHARS]
    if text.count('"') % 2:
        index = text.rfind('"')
        text = text[:index] + " " + text[index + 1 :]
    return text


def parse(text: str, prefix: bool = False) -> ParsedQuery:
    """Parse typed text; never raises."""
    raw = text or ""
    text = clean(raw)
    parsed = ParsedQuery()
    if len(raw) > MAX_QUERY_CHARS:
        parsed.messages.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    parsed.capitals = {fold(w).lower() for w in _ALPHANUMERIC.findall(text) if len(w) > 1 and w.isupper()}
    for match in _TOKEN.finditer(text):
        negated = bool(match.group("neg"))
        if match.group("field"):
            _field_token(parsed, match.group("field"), match.group("fval"), negated)
        elif match.group("phrase") is not None:
            _add_words(parsed, words(match.group("phrase")), negated, phrase=True)
        else:
            _word_token(parsed, match.group("word"), negated)
    if len(parsed.clauses) > MAX_CLAUSES:
        # A long question loses its common words first ("what should it contain" keeps "contain").
        parsed.clauses = [c for c in parsed.clauses if not _common_word(c)] or parsed.clauses
    if len(parsed.clauses) > MAX_CLAUSES:
        parsed.clauses = parsed.clauses[:MAX_CLAUSES]
        parsed.messages.append(f"Only the first {MAX_CLAUSES} terms were searched.")
    if prefix and parsed.clauses and not text[-1:].isspace():
        last = parsed.clauses[-1]
        if last.kind == "word" and not last.negated:
            parsed.clauses[-1] = Clause("prefix", last.words)
    return parsed


def _common_word(clause: Clause) -> bool:
    """A positive one-word clause that is a stop word in one of the interface languages."""
    return (
        clause.kind == "word"
        and not clause.negated
        and is_stopword_anywhere(clause.words[0], COMMON_WORD_LANGUAGES)
    )


def _field_token(parsed: ParsedQuery, name: str, value: str, negated: bool) -> None:
    key = _ALIASES.get(name.lower(), name.lower())
    value = value.strip('"').strip()
    if key in FILTER_FIELDS and value and not negated:
        parsed.filters.setdefault(key, []).append(value)
        return
    if key not in FILTER_FIELDS:
        parsed.messages.append(f"Unknown field '{name}:' was searched as text.")
    _add_words(parsed, words(name), negated)
    _word_token(parsed, value, negated)


def _word_token(parsed: ParsedQuery, token: str, negated: bool) -> None:
    if token.endswith("?") and not _WILDCARD.search(token.rstrip("?")):
        token = token.rstrip("?")  # the end of a question ("what is PCP?"), not a one-letter wildcard
    if _WILDCARD.search(token):
        _wildcard_token(parsed, token, negated)
        return
    found = words(token)
    _add_words(parsed, found, negated, phrase=len(found) > 1)


def _wildcard_token(parsed: ParsedQuery, token: str, negated: bool) -> None:
    pattern = "".join(ch for ch in fold(token.lower()) if ch in "*?" or ch.isalnum())
    literal = wildcard_literal(pattern)
    if len(literal) < MIN_WILDCARD_PREFIX:
        parsed.messages.append(
            f"'{token[:40]}' was ignored: a wildcard needs at least {MIN_WILDCARD_PREFIX} letters before it."
        )
        return
    rest = pattern[len(literal) :]
    kind = "prefix" if set(rest) <= {"*"} else "wildcard"
    parsed.clauses.append(Clause(kind, (literal if kind == "prefix" else pattern,), negated))


def _add_words(parsed: ParsedQuery, found: list[str], negated: bool, phrase: bool = False) -> None:
    if not found:
        return
    if phrase and len(found) > 1:
        parsed.clauses.append(Clause("phrase", tuple(found[:8]), negated))
    else:
        parsed.clauses.extend(Clause("word", (w,), negated) for w in found)


@dataclass(frozen=True)
class TermMatcher:
    """How one language spots glossary terms in a query: a word-normalising key (that language's stem, so
    inflected forms match) and the table of normalised term word tuples → group number."""

    language: str
    groups: Mapping[tuple[str, ...], int]
    key: Callable[[str], str]
    # Keys that are also common words ("can", "it"): they match only when typed in capitals ("CAN").
    ambiguous: frozenset[tuple[str, ...]] = frozenset()
    # One-word keys that match only an inflection of one of their names (see ``inflects``): a stemmer also
    # joins words derived from each other ("consultancy" and "consultation"), which a subject must not.
    names: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # Every leading part of every key (made once): a run of a query stops being tried as soon as it is no
    # term's beginning, so a query costs a stem look-up or two per word and language, not one per run.
    prefixes: frozenset[tuple[str, ...]] = field(init=False, repr=False, compare=False)
    longest: int = field(init=False, repr=False, compare=False)  # words in the longest term of the table

    def __post_init__(self) -> None:
        found = {key[:end] for key in self.groups for end in range(1, len(key) + 1)}
        object.__setattr__(self, "prefixes", frozenset(found))
        object.__setattr__(self, "longest", max((len(k) for k in self.groups), default=0))


def inflects(word: str, name: str) -> bool:
    """Whether a typed word can be an inflection of a one-word name (both folded): it differs from the name
    in the name's last two letters at most and is at most two letters longer ("batteries" of "battery",
    "Wärmepumpen" of "Wärmepumpe", "koparki" of "koparka"; not "consultation" of "consultancy", nor "clean"
    of "cleaning")."""
    return word.startswith(name[: max(1, len(name) - 2)]) and len(word) <= len(name) + 2


def apply_synonyms(
    parsed: ParsedQuery,
    matchers: Sequence[TermMatcher],
    alternatives: Callable[[int, str], tuple[tuple[str, ...], ...]],
    is_concept: Callable[[int], bool] | None = None,
    native: Callable[[int, str], frozenset[tuple[str, ...]]] | None = None,
) -> None:
    """Replace runs of word and phrase clauses that spell a glossary term, acronym, synonym or one of the
    term's forms in another language by one clause that searches every member of the term.

    The longest run wins wherever it starts (a multi-word term is one phrase), and between runs of equal
    length the earlier matcher (the query's likely language first) wins.

    Args:
        matchers: one per language, in order of preference.
        alternatives: (group number, language of the match) → the word tuples to search for that group.
        is_concept: group number → whether its alternatives are related terms, as a concept of the concept
            map's are (marks the clause; a glossary term's and a subject's are names of one thing).
        native: (group number, language of the match) → its alternatives in that language.
    """
    longest = max((m.longest for m in matchers), default=0)
    if not longest:
        return
    out: list[Clause] = []
    clauses = parsed.clauses
    i = 0
    while i < len(clauses):
        tokens: list[str] = []
        ends: list[int] = []
        for j in range(i, len(clauses)):
            clause = clauses[j]
            # A word still being typed (the prefix) counts once complete: "DPS" as typed expands as the
            # finished query would; a prefix of a term ("dyn") does not match and stays a prefix.
            if clause.negated or clause.kind not in ("word", "phrase", "prefix"):
                break
            tokens.extend(clause.words)
            if len(tokens) > longest:
                break
            ends.append(len(tokens))
        best = None  # (token count, clause end, group, language)
        for matcher in matchers:
            prefixes, key_of = matcher.prefixes, matcher.key
            key: tuple[str, ...] = ()
            for end_clause, count in zip(range(i, i + len(ends)), ends, strict=True):
                while len(key) < count:
                    key += (key_of(tokens[len(key)]),)
                    if key not in prefixes:
                        break
                if key not in prefixes:
                    break  # no term of this language starts so
                if best is not None and count <= best[0]:
                    continue
                group = matcher.groups.get(key)
                if group is not None and key in matcher.ambiguous:
                    group = group if set(tokens[:count]) <= parsed.capitals else None
                if group is not None and key in matcher.names:
                    group = group if any(inflects(tokens[0], n) for n in matcher.names[key]) else None
                if group is not None:
                    best = (count, end_clause, group, matcher.language)
        if best is None:
            out.append(clauses[i])
            i += 1
            continue
        count, end, group, lang = best
        out.append(
            Clause(
                "synonyms",
                tuple(tokens[:count]),
                alternatives=alternatives(group, lang),
                concept=bool(is_concept and is_concept(group)),
                native=native(group, lang) if native else frozenset(),
            )
        )
        i = end + 1
    parsed.clauses = out
