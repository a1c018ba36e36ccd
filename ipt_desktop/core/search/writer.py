"""Writing postings into whoosh segments, quickly, in one process or several.

whoosh's own writer turns every posting into a tuple, sizes it, spills sorted runs of pickled tuples to
temporary files once its memory limit is reached, merges those runs with a heap and looks up the document's
field length for each posting again while writing. Profiling a 5 KB-document build put more than half of the
time there. :class:`PostingWriter` keeps whoosh's segment format and per-document writer but holds postings in
memory, grouped by term, as two compact arrays (document numbers and weights) plus the encoded positions where
a field has them, and writes each term's list straight to the segment's field writer. Memory stays bounded:
a build starts a new segment every :data:`SEGMENT_DOCS` documents.

:mod:`parallel` spreads a rebuild over worker processes that write segments with it.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from whoosh.writing import SegmentWriter

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.search.schema import document_languages, indexed_document, synonym_group

SEGMENT_DOCS = 20_000  # documents per segment in a build: bounds the postings held in memory


class TermPool:
    """Postings held in memory, grouped by (field, term); replaces whoosh's external-sort posting pool."""

    def __init__(self) -> None:
        self._terms: dict[tuple[str, bytes], list[Any]] = {}
        self.fieldnames: set[str] = set()
        self._unordered: set[tuple[str, bytes]] = set()

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """One posting, as whoosh's writer hands it over: (field, term bytes, document number, weight, value)."""
        fieldname, term, docnum, weight, value = item
        key = (fieldname, term)
        entry = self._terms.get(key)
        if entry is None:
            entry = self._terms[key] = [array("I"), array("f"), None]
            self.fieldnames.add(fieldname)
        elif docnum <= entry[0][-1]:
            # Merging other segments in adds their documents in number order; anything else is sorted later.
            self._unordered.add(key)
        entry[0].append(docnum)
        entry[1].append(weight)
        values = entry[2]
        if value:
            if values is None:
                values = entry[2] = [b""] * (len(entry[0]) - 1)
            values.append(value)
        elif values is not None:
            values.append(b"")

    def iter_postings(self):
        """Every posting in (field, term, document) order, as whoosh's pool would give them."""
        for key in sorted(self._terms):
            for docnum, weight, value in self._term_postings(key):
                yield key[0], key[1], docnum, weight, value

    def _term_postings(self, key: tuple[str, bytes]):
        ids, weights, values = self._terms[key]
        rows = zip(ids, weights, values if values is not None else _empty_values(len(ids)), strict=False)
        return sorted(rows, key=lambda row: row[0]) if key in self._unordered else rows

    def write_to(self, fieldwriter, schema) -> None:
        """Write every term's postings to a whoosh field writer, field by field in term order."""
        current = None
        for key in sorted(self._terms):
            fieldname, term = key
            if fieldname not in schema:
                continue
            if fieldname != current:
                if current is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, schema[fieldname])
                current = fieldname
            fieldwriter.start_term(term)
            add = fieldwriter.add
            for docnum, weight, value in self._term_postings(key):
                add(docnum, weight, value, 0)
            fieldwriter.finish_term()
        if current is not None:
            fieldwriter.finish_field()

    def cleanup(self) -> None:
        """Drop every held posting (whoosh's writer calls this when a segment is done)."""
        self._terms.clear()
        self._unordered.clear()


def _empty_values(count: int):
    return (b"" for _ in range(count))


class _SharedTemporaryFolder:
    """The index's temporary folder as one of several writers of a build sees it: whoosh names it after the
    index, so all writers share it, and the per-document writers keep column files there until their segment
    is written. Only the committing writer, which holds the index lock, removes it."""

    def __init__(self, storage) -> None:
        self._storage = storage

    def __getattr__(self, name: str):
        return getattr(self._storage, name)

    def destroy(self) -> None:
        """Keep the folder: other writers of the build still use it."""
        pass


class PostingWriter(SegmentWriter):
    """whoosh's segment writer with postings kept by :class:`TermPool`.

    Block-level length statistics are left out (zero): our ranking reads document lengths from the length
    column, which is still written, and whoosh's own scorer only uses block lengths to skip blocks, where a
    zero minimum is the safe bound.
    """

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self.pool = TermPool()
        if self.writelock is None:
            self._tempstorage = _SharedTemporaryFolder(self._tempstorage)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        self.pool.write_to(self.fieldwriter, self.schema)
        self.fieldwriter.close()

    def finish_segment(self):
        """Write this writer's documents as a segment without touching the table of contents; returns it."""
        segment = self._finalize_segment()
        self._finish()
        return segment


class BuildMeta:
    """What a build learns beside the postings: vocabulary counts, languages and glossary synonym groups."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.languages: set[str] = set()
        self.synonyms: dict[str, dict[str, list[str]]] = {}

    def note(self, doc: Document, distinct_words: Iterable[str]) -> None:
        """Count one indexed document's words, language and glossary synonym group."""
        self.counts.update(distinct_words)
        self.languages.update(document_languages(doc))
        group = synonym_group(doc)
        if group:
            self.synonyms[doc.id] = group

    def merge(self, other: BuildMeta) -> None:
        """Add what another build process noted."""
        self.counts.update(other.counts)
        self.languages |= other.languages
        self.synonyms.update(other.synonyms)


def add_document(writer: SegmentWriter, meta, doc: Document) -> None:
    """Analyse one document, add it to a writer and note it in ``meta`` (anything with ``note(doc, words)``)."""
    fields, distinct_words = indexed_document(doc)
    writer.add_document(**fields)
    meta.note(doc, distinct_words)


class Counted:
    """Documents passed through, counted, with a progress report every ``every``."""

    def __init__(
        self,
        documents: Iterable[Document],
        total: int,
        progress: Callable[[int, int], None] | None,
        every: int,
    ) -> None:
        self.documents, self.total, self.progress, self.every = documents, total, progress, every
        self.count = 0

    def __iter__(self):
        for doc in self.documents:
            yield doc
            self.count += 1
            if self.progress and self.count % self.every == 0:
                self.progress(self.count, self.total)


def write_segments(ix, documents: Iterable[Document], options: dict) -> tuple[list, BuildMeta]:
    """New segments holding documents, one per :data:`SEGMENT_DOCS`; the table of contents is left alone."""
    meta = BuildMeta()
    segments = []
    writer = PostingWriter(ix, _lk=False, **options)
    try:
        for doc in documents:
            add_document(writer, meta, doc)
            if writer.doc_count() >= SEGMENT_DOCS:
                segments.append(writer.finish_segment())
                writer = PostingWriter(ix, _lk=False, **options)
        if writer.doc_count():
            segments.append(writer.finish_segment())
        else:
            writer.cancel()
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    return segments, meta


def build_serial(
    ix,
    documents: Iterable[Document],
    total: int,
    options: dict,
    progress: Callable[[int, int], None] | None,
    every: int,
) -> tuple[int, BuildMeta]:
    """Build in this process; one commit at the end."""
    counted = Counted(documents, total, progress, every)
    segments, meta = write_segments(ix, counted, options)
    commit_segments(ix, segments, options)
    return counted.count, meta


def commit_segments(ix, segments: list, options: dict) -> None:
    """One table of contents naming the new segments (taking the index's write lock for it)."""
    writer = SegmentWriter(ix, **options)
    try:
        writer._close_segment()
        writer._commit_toc(segments)
    finally:
        writer._finish()
