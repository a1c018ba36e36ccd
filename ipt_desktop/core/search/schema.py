"""The whoosh schema of the search index and how a Document becomes index fields.

Fields:
- ``id``: unique and stored; ``title`` and ``text`` (summary + plain body): stemmed in the document's language,
  with positions (phrases); ``title`` is boosted at query time.
- ``words``: the distinct folded words of the title, summary and glossary terms, unstemmed: the vocabulary
  for prefix search, wildcards, fuzzy fallback and did-you-mean (body words are searched through their
  stems; leaving them out of the vocabulary halves the postings to write).
- facet fields (``type``, ``topics`` ... ``year``): exact values, for filters and facet counts.
- ``updated``: a sortable column for the date sort.
- stored: id, label (the title), kind (the type), lang, summary, updated and the plain text (zlib-compressed) for snippets. Nothing else is
  stored: documents live in content.db.

Bump SCHEMA_VERSION whenever fields or analysis change; an index with another version is rebuilt.
"""

from __future__ import annotations

import zlib
from typing import Any

from whoosh import fields

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.search.analysis import (
    StemmedText,
    SurfaceWords,
    Tags,
    WeightedText,
    markdown_to_text,
    words,
)

SCHEMA_VERSION = 6
TAG_FIELDS = ("type", "topics", "stages", "procedures", "sectors", "countries", "year", "project", "language")
TITLE_BOOST = 2.5
GLOSSARY_KEYS = ("term", "acronyms", "synonyms")


def build_schema() -> fields.Schema:
    """A fresh schema object."""
    spec: dict[str, Any] = dict(
        id=fields.ID(unique=True, stored=True),
        title=StemmedText(),
        text=WeightedText(),
        words=SurfaceWords(),
        updated=fields.ID(sortable=True, stored=True),
        label=fields.STORED(),
        kind=fields.STORED(),
        lang=fields.STORED(),
        summary=fields.STORED(),
        plain=fields.STORED(),
    )
    spec.update({name: Tags() for name in TAG_FIELDS})
    return fields.Schema(**spec)


def glossary_text(doc: Document) -> str:
    """Glossary term, acronyms and synonyms as text, so that they are searchable words too."""
    parts = []
    for key in GLOSSARY_KEYS:
        value = doc.meta.get(key)
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        elif value:
            parts.append(str(value))
    return " ".join(parts)


def indexed_document(doc: Document) -> tuple[dict[str, Any], set[str]]:
    """Keyword arguments for ``writer.add_document`` and the distinct words the vocabulary counts
    (title, summary and body; a deleted document's are recounted from its stored label, summary and plain
    text)."""
    plain = markdown_to_text(doc.body)
    return _fields(doc, plain), set(words(f"{doc.title} {doc.summary} {plain}"))


def _fields(doc: Document, plain: str) -> dict[str, Any]:
    extra = glossary_text(doc) if doc.type == "glossary" else ""
    lang = doc.language
    text = f"{doc.summary}\n{extra}\n{plain}" if extra else f"{doc.summary}\n{plain}"
    title = doc.title
    return {
        "id": doc.id,
        "title": (lang, f"{title} {extra}" if extra else title),
        "label": title,
        "text": (lang, text),
        # The vocabulary for prefixes, fuzzy matching and "did you mean": titles, summaries and glossary
        # terms carry the words people type; the body's words would double the postings to write.
        "words": f"{title} {doc.summary} {extra}",
        "updated": doc.updated or "0000",
        "kind": doc.type,
        "lang": lang,
        "summary": doc.summary,
        "plain": zlib.compress(plain.encode("utf-8"), 1),
        "type": (doc.type,),
        "topics": doc.topics,
        "stages": doc.stages,
        "procedures": doc.procedures,
        "sectors": doc.sectors,
        "countries": doc.countries,
        "year": (str(doc.year),) if doc.year else (),
        "project": (doc.project,) if doc.project else (),
        "language": (lang,),
    }


def plain_text(stored: dict[str, Any]) -> str:
    """The plain text kept for snippets."""
    blob = stored.get("plain")
    if not blob:
        return ""
    try:
        return zlib.decompress(blob).decode("utf-8")
    except (zlib.error, UnicodeDecodeError, TypeError):
        return ""


def synonym_group(doc: Document) -> dict[str, list[str]]:
    """A glossary document's term, acronyms and synonyms as folded word strings ({} when it has none).

    Returns ``{"members": [...], "acronyms": [...]}``; acronyms are also members.
    """
    if doc.type != "glossary":
        return {}
    members: list[str] = []
    acronyms: list[str] = []
    for key in GLOSSARY_KEYS:
        value = doc.meta.get(key)
        values = value if isinstance(value, list) else [value] if value else []
        for item in values:
            phrase = " ".join(words(str(item)))
            if phrase and phrase not in members:
                members.append(phrase)
            if key == "acronyms" and phrase and phrase not in acronyms:
                acronyms.append(phrase)
    return {"members": members, "acronyms": acronyms} if len(members) > 1 else {}
