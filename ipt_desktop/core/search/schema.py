"""The whoosh schema of the search index and how a Document becomes index fields.

Fields:
- ``id``: unique and stored; ``title`` and ``text`` (summary + plain body): stemmed in the document's language,
  with positions (phrases); ``title`` is boosted at query time. A glossary entry's term, acronyms and
  synonyms join its title and its text.
- ``questions``: the ``questions:`` front matter (the questions a guide, best practice or training module
  answers), stemmed in the document's language, boosted at query time (QUESTIONS_BOOST).
- ``words``: the distinct folded words of the title, summary and glossary terms, unstemmed: the vocabulary
  for prefix search, wildcards, fuzzy fallback and did-you-mean (body words are searched through their
  stems; leaving them out of the vocabulary halves the postings to write).
- facet fields (``type``, ``topics`` ... ``year``): exact values, for filters and facet counts.
- ``updated``: a sortable column for the date sort.
- stored: id, label (the title), kind (the type), lang, summary, updated, the plain text (zlib-compressed) for
  snippets and passages, and ``sections`` (``[anchor id, heading, start offset in the plain text]`` per ``## ``
  section, see ``sections``). Nothing else is stored: documents live in content.db.

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
    words,
)
from ipt_desktop.core.search.sections import split_sections

SCHEMA_VERSION = 10
TAG_FIELDS = ("type", "topics", "stages", "procedures", "sectors", "countries", "year", "project", "language")
TITLE_BOOST = 2.5
QUESTIONS_BOOST = 2.0
GLOSSARY_KEYS = ("term", "acronyms", "synonyms")


def build_schema() -> fields.Schema:
    """A fresh schema object."""
    spec: dict[str, Any] = dict(
        id=fields.ID(unique=True, stored=True),
        title=StemmedText(),
        text=WeightedText(),
        questions=StemmedText(),
        words=SurfaceWords(),
        updated=fields.ID(sortable=True, stored=True),
        label=fields.STORED(),
        kind=fields.STORED(),
        lang=fields.STORED(),
        summary=fields.STORED(),
        plain=fields.STORED(),
        sections=fields.STORED(),
        translations=fields.STORED(),
        other=fields.STORED(),
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
    (title, summary, body, translated titles and summaries and glossary term forms; a deleted document's
    are recounted from its stored fields)."""
    plain, sections = split_sections(doc.body)
    found = _fields(doc, plain)
    if sections:
        found["sections"] = sections
    return found, set(words(f"{doc.title} {doc.summary} {plain} {other_language_text(doc)}"))


def questions_of(doc: Document) -> list[str]:
    """The document's ``questions:`` (the strings of a list; anything else is ignored)."""
    value = doc.meta.get("questions")
    if not isinstance(value, list):
        return []
    return [str(q).strip() for q in value if isinstance(q, str | int | float) and str(q).strip()]


def other_language_text(doc: Document) -> str:
    """Translated titles and summaries and the glossary term's forms in other languages, as one text."""
    parts = [f"{title} {summary}" for title, summary in doc.translations().values()]
    parts += [" ".join(forms) for forms in doc.term_forms().values()]
    return " ".join(parts)


def document_languages(doc: Document) -> set[str]:
    """Every language the document's indexed text is in: its own, its translations' and its terms'."""
    return {doc.language, *doc.translations(), *doc.term_forms()}


def _fields(doc: Document, plain: str) -> dict[str, Any]:
    extra = glossary_text(doc) if doc.type == "glossary" else ""
    lang = doc.language
    text = f"{doc.summary}\n{extra}\n{plain}" if extra else f"{doc.summary}\n{plain}"
    title = doc.title
    translations = doc.translations()
    forms = doc.term_forms()
    # Translated titles (and a term's forms) join the title, translated summaries the text, each analysed
    # in its own language; a document without them keeps the single (language, text) value.
    # A glossary entry's other names join its title, each word once: repeated words ("award notice, result
    # notice, notice of award") would multiply the weight of a common word in a short title.
    title_value: Any = (lang, f"{title} {extra}" if extra else title)
    text_value: Any = (lang, text)
    if translations or forms:
        # Each word counts once per document however many translations repeat it: a name kept in every
        # language ("Innovation Procurement Task Force") would otherwise outweigh the words of real titles.
        seen_in_title = set(words(title_value[1]))
        title_value = [title_value] + [
            (code, _new_words(f"{tr_title} {' '.join(forms.get(code, ()))}", seen_in_title))
            for code, (tr_title, _) in translations.items()
        ]
        title_value += [
            (code, _new_words(" ".join(f), seen_in_title))
            for code, f in forms.items()
            if code not in translations
        ]
        seen_in_text = set(words(doc.summary))
        text_value = [text_value] + [
            (code, _new_words(summary, seen_in_text))
            for code, (_, summary) in translations.items()
            if summary
        ]
    questions = questions_of(doc)
    return {
        "id": doc.id,
        "title": title_value,
        **({"questions": (lang, "\n".join(questions))} if questions else {}),
        "label": title,
        "text": text_value,
        # The vocabulary for prefixes, fuzzy matching and "did you mean": titles, summaries and glossary
        # terms carry the words people type (in every language they are given in); the body's words would
        # double the postings to write.
        "words": f"{title} {doc.summary} {extra} {other_language_text(doc)}",
        "translations": {code: [t, s] for code, (t, s) in translations.items()},
        "other": other_language_text(doc),
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


def _new_words(text: str, seen: set[str]) -> str:
    """The words of ``text`` not in ``seen``, in order (and adds them to it)."""
    kept = [w for w in words(text) if w not in seen]
    seen.update(kept)
    return " ".join(kept)


def plain_text(stored: dict[str, Any]) -> str:
    """The plain text kept for snippets."""
    blob = stored.get("plain")
    if not blob:
        return ""
    try:
        return zlib.decompress(blob).decode("utf-8")
    except (zlib.error, UnicodeDecodeError, TypeError):
        return ""


def synonym_group(doc: Document) -> dict[str, Any]:
    """A glossary document's term, acronyms and synonyms as folded word strings ({} when it has none).

    Returns ``{"members": [...], "acronyms": [...], "terms": {lang: [...]}}``; acronyms are also members,
    and ``terms`` (present when the entry has ``terms:``) holds the term's forms in other languages.
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
    terms = {code: [" ".join(words(f)) for f in forms] for code, forms in doc.term_forms().items()}
    terms = {code: [f for f in forms if f] for code, forms in terms.items()}
    if len(members) < 2 and not (members and terms):
        return {}
    group: dict[str, Any] = {"members": members, "acronyms": acronyms}
    if terms:
        group["terms"] = {code: forms for code, forms in terms.items() if forms}
    return group
