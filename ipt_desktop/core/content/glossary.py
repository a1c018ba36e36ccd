"""Glossary terms in documents: finds the acronyms and terms that glossary documents define, and marks their
first occurrence in rendered HTML as a link to the term (``ipt://doc/glossary-…``) with the definition as title.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ipt_desktop.core.content.documents import Document

# Tags whose text is left alone: links, headings, code and the glossary link itself.
_SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"}
# A tag of sanitised HTML, whose attribute values are double-quoted and may hold "<" or ">"; a run outside
# quotes stops at the next "<", so text that is not a tag is scanned once.
_TAG = re.compile(r'(<[^<>"]+(?:"[^"]*"[^<>"]*)*>)')
_TAG_NAME = re.compile(r"^</?\s*([a-zA-Z0-9]+)")


@dataclass(frozen=True)
class GlossaryEntry:
    """A defined term: the glossary document, the label shown and the one-sentence definition."""

    doc_id: str
    term: str
    definition: str


class Glossary:
    """Acronym lookup and HTML annotation over a set of glossary documents."""

    def __init__(self, entries: dict[str, GlossaryEntry]) -> None:
        self.entries = entries
        keys = sorted(entries, key=len, reverse=True)
        # The look-ahead on the keys' first characters skips most positions before the alternation is tried.
        firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
        self._pattern = (
            re.compile(rf"\b(?=[{firsts}])(" + "|".join(re.escape(k) for k in keys) + r")\b")
            if keys
            else None
        )

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Glossary:
        """Index each glossary document by its acronyms (case-sensitive, at least two letters)."""
        entries: dict[str, GlossaryEntry] = {}
        for doc in documents:
            if doc.type != "glossary":
                continue
            term = str(doc.meta.get("term") or doc.title)
            for acronym in doc.meta.get("acronyms") or []:
                acronym = str(acronym).strip()
                if len(acronym) >= 2 and acronym not in entries:
                    entries[acronym] = GlossaryEntry(doc.id, f"{acronym}: {term}", doc.summary)
        return cls(entries)

    def lookup(self, doc_id: str) -> GlossaryEntry | None:
        """The entry whose glossary document is doc_id."""
        return next((e for e in self.entries.values() if e.doc_id == doc_id), None)

    def annotate(self, fragment: str, skip_doc: str | None = None) -> str:
        """Link the first occurrence of each known acronym in text outside links, headings and code."""
        if self._pattern is None:
            return fragment
        seen: set[str] = set()
        depth = 0
        out = []
        for part in _TAG.split(fragment):
            if part.startswith("<"):
                name = _TAG_NAME.match(part)
                if name and name.group(1).lower() in _SKIP_TAGS and not part.endswith("/>"):
                    depth += -1 if part.startswith("</") else 1
                out.append(part)
            elif depth > 0 or not part:
                out.append(part)
            else:
                out.append(self._pattern.sub(lambda m: self._link(m, seen, skip_doc), part))
        return "".join(out)

    def _link(self, match: re.Match, seen: set[str], skip_doc: str | None) -> str:
        key = match.group(1)
        entry = self.entries[key]
        if key in seen or entry.doc_id == skip_doc:
            return key
        seen.add(key)
        title = html.escape(f"{entry.term} — {entry.definition}", quote=True)
        return f'<a class="term" href="ipt://doc/{entry.doc_id}" title="{title}">{key}</a>'
