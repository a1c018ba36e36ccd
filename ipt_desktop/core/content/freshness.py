"""Dated facts: when a document was last checked (``reviewed``) and until when it holds (``valid_until``).

A document states something that expires (a threshold, a funding call, a deadline, a target, an event) when
it has one of the :data:`TIME_SENSITIVE_KEYS` or its text matches one of the :data:`TIME_SENSITIVE_PATTERNS`
with a year no earlier than its review. Such a document must say until when its facts hold. The content
check uses :func:`freshness_problems`; the reader uses :func:`expired` and :func:`review_date`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from ipt_desktop.core.content.documents import Document

# Front-matter keys that make a document time-sensitive by themselves.
TIME_SENSITIVE_KEYS = ("starts", "ends", "deadline")
# Wordings that state something that expires; a year (group "year") must not lie before the review. An amount
# of money next to "threshold" always counts: thresholds are revised every two years.
TIME_SENSITIVE_PATTERNS = (
    re.compile(
        r"\bthresholds?\b[^.\n]{0,80}?(?:€|EUR)\s?\d|(?:€|EUR)\s?\d[^.\n]{0,80}?\bthresholds?\b", re.I
    ),
    re.compile(r"\bthresholds?\b[^.\n]{0,80}?\b(?P<year>20\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?:deadline|closes?|closing date)\b[^.\n]{0,60}?\b(?P<year>20\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?:targets?|aims?|goals?)\b[^.\n]{0,60}?\bby (?P<year>20\d\d)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:open until|valid until|runs until|in force until)\b[^.\n]{0,30}?(?P<year>20\d\d)", re.I
    ),
)
# A review older than this is listed for another look (not a failure).
REVIEW_AGE_DAYS = 2 * 365
# The EU's 27 member states, for the coverage report (ISO 3166-1 alpha-2; Greece as GR, as the taxonomy has it).
MEMBER_STATES = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]
# Identifiers that name a source as well as a web address does.
_IDENTIFIER = re.compile(r"\b(?:CELEX|EUR-Lex|CORDIS|OJ [LC]|grant agreement)\b|\b3\d{4}[LRDC]\d{4}\b", re.I)


def _day(value: object) -> dt.date | None:
    text = str(value or "").strip()[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def review_date(doc: Document) -> dt.date | None:
    """The day the document's facts were last checked against its sources (``reviewed``), if given."""
    return _day(doc.meta.get("reviewed"))


def valid_until(doc: Document) -> dt.date | None:
    """The last day the document's time-sensitive facts hold (``valid_until``), if given."""
    return _day(doc.meta.get("valid_until"))


def expired(doc: Document, today: dt.date | None = None) -> bool:
    """True once ``today`` is past the document's ``valid_until``."""
    until = valid_until(doc)
    return until is not None and (today or dt.date.today()) > until


def time_sensitive_reason(doc: Document) -> str:
    """Why the document states something that expires ("" when it does not): a key or the matched words."""
    for key in TIME_SENSITIVE_KEYS:
        if doc.meta.get(key):
            return f"key {key!r}"
    reviewed = review_date(doc) or _day(doc.updated)
    since = reviewed.year if reviewed else 0
    text = f"{doc.title}\n{doc.summary}\n{doc.body}"
    for pattern in TIME_SENSITIVE_PATTERNS:
        for match in pattern.finditer(text):
            year = match.groupdict().get("year")
            if year is None or int(year) >= since:
                return f"the words {' '.join(match.group(0).split())!r}"
    return ""


def has_checkable_source(doc: Document) -> bool:
    """At least one source with a web address or an EUR-Lex/CORDIS identifier."""
    return any(s.url.startswith(("http://", "https://")) or _IDENTIFIER.search(s.title) for s in doc.sources)


def freshness_problems(documents: Iterable[Document], today: dt.date | None = None) -> list[str]:
    """One line per document missing ``reviewed``, a time-sensitive one without ``valid_until``, or a
    success story without a checkable source."""
    problems = []
    for doc in documents:
        reviewed = review_date(doc)
        if reviewed is None:
            problems.append(f"{doc.id}: key 'reviewed': missing (the date its facts were checked)")
        elif reviewed > (today or dt.date.today()):
            problems.append(f"{doc.id}: key 'reviewed': {reviewed} lies in the future")
        if valid_until(doc) is None:
            reason = time_sensitive_reason(doc)
            if reason:
                problems.append(
                    f"{doc.id}: key 'valid_until': missing; the document is time-sensitive ({reason})"
                )
        if doc.type == "success-story" and not has_checkable_source(doc):
            problems.append(
                f"{doc.id}: key 'sources': a success story needs a source with a URL or an EUR-Lex/CORDIS id"
            )
    return problems


def stale_reviews(documents: Iterable[Document], today: dt.date | None = None) -> list[str]:
    """Ids of documents whose last review is older than two years."""
    limit = (today or dt.date.today()) - dt.timedelta(days=REVIEW_AGE_DAYS)
    return sorted(doc.id for doc in documents if (review_date(doc) or limit) < limit)


def stories_by_country(documents: Iterable[Document]) -> Counter:
    """Success stories per country code (a story of several countries counts for each)."""
    return Counter(code for doc in documents if doc.type == "success-story" for code in doc.countries)


def missing_member_states(by_country: Counter) -> list[str]:
    """Member states with no success story."""
    return [code for code in MEMBER_STATES if not by_country.get(code)]
