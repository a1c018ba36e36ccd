"""Parsing a typed query into clauses and filters, defensively.

Syntax: free words, "quoted phrases", ``-word`` to exclude, ``field:value`` filters for the FILTER_FIELDS keys
(plural names such as ``topics:`` work too; ``field:"two words"`` is allowed), ``word*`` prefixes and
``wo?d*`` wildcards with at least two literal letters in front. Bad input never raises: control characters
are dropped, the text is cut to MAX_QUERY_CHARS and MAX_CLAUSES clauses, an unbalanced quote is ignored, an
unknown ``field:`` is searched as text, and a leading wildcard is refused with a message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ipt_desktop.core.search.analysis import fold, words
from ipt_desktop.core.search.types import FILTER_FIELDS

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 12
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


@dataclass
class Clause:
    """One query element: ``kind`` is word, phrase, prefix, wildcard or synonyms."""

    kind: str
    words: tuple[str, ...]
    negated: bool = False
    alternatives: tuple[tuple[str, ...], ...] = ()  # for synonyms: every member, as word tuples


@dataclass
class ParsedQuery:
    """Clauses, filters (FILTER_FIELDS key → values) and notes for the user."""

    clauses: list[Clause] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)

    @property
    def positive(self) -> list[Clause]:
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
    for match in _TOKEN.finditer(text):
        negated = bool(match.group("neg"))
        if match.group("field"):
            _field_token(parsed, match.group("field"), match.group("fval"), negated)
        elif match.group("phrase") is not None:
            _add_words(parsed, words(match.group("phrase")), negated, phrase=True)
        else:
            _word_token(parsed, match.group("word"), negated)
    if len(parsed.clauses) > MAX_CLAUSES:
        parsed.clauses = parsed.clauses[:MAX_CLAUSES]
        parsed.messages.append(f"Only the first {MAX_CLAUSES} terms were searched.")
    if prefix and parsed.clauses and not text[-1:].isspace():
        last = parsed.clauses[-1]
        if last.kind == "word" and not last.negated:
            parsed.clauses[-1] = Clause("prefix", last.words)
    return parsed


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


def apply_synonyms(
    parsed: ParsedQuery,
    groups: dict[tuple[str, ...], int],
    members: list[list[tuple[str, ...]]],
    key: Callable[[str], str],
) -> None:
    """Replace runs of word and phrase clauses that spell a glossary term, acronym or synonym.

    Args:
        groups: normalised member word tuple → group number.
        members: for each group number, its members as word tuples.
        key: normalises a word for matching (e.g. an English stem), so plurals match.
    """
    longest = max((len(k) for k in groups), default=0)
    if not longest:
        return
    out: list[Clause] = []
    clauses = parsed.clauses
    i = 0
    while i < len(clauses):
        best = None
        tokens: list[str] = []
        for j in range(i, len(clauses)):
            clause = clauses[j]
            if clause.negated or clause.kind not in ("word", "phrase"):
                break
            tokens.extend(clause.words)
            if len(tokens) > longest:
                break
            group = groups.get(tuple(key(w) for w in tokens))
            if group is not None:
                best = (j, group, tuple(tokens))
        if best is None:
            out.append(clauses[i])
            i += 1
            continue
        end, group, found = best
        out.append(Clause("synonyms", found, alternatives=tuple(members[group])))
        i = end + 1
    parsed.clauses = out
