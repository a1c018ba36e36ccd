"""The index folder on disk: opening and checking it, rebuilding into a sibling folder and swapping, and the
side file ``ipt-search.json`` (schema version, indexed languages, glossary synonym groups).

Writes go through one lock (whoosh allows one writer). A rebuild writes ``<folder>.building`` while the old
index keeps serving, then swaps the folders with two renames.
"""

from __future__ import annotations

import bisect
import json
import os
import shutil
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.search.analysis import words
from ipt_desktop.core.search.schema import SCHEMA_VERSION, build_schema, plain_text, synonym_group
from ipt_desktop.core.search.writer import (
    BuildMeta,
    PostingWriter,
    add_document,
    build_parallel,
    build_serial,
    process_count,
)

META_FILE = "ipt-search.json"
VOCABULARY_FILE = "ipt-vocabulary.json"
PARALLEL_FROM = 1500  # below this many documents one process is faster than forking workers
BLOCK_POSTINGS = 1024  # postings per block: fewer, larger blocks to decode (whoosh: 128)
PROGRESS_EVERY = 200


class Vocabulary:
    """Every folded surface word of titles and texts with its document frequency: what "did you mean" and
    prefix expansion compare against. Kept beside the index instead of as postings, which are costly to write."""

    def __init__(self, counts: dict[str, int] | None = None) -> None:
        self.counts: Counter = Counter(counts or {})
        self._sorted: list[str] | None = None
        self.fuzzy_cache: dict[str, list[str]] = {}  # filled by QueryPlan.fuzzy_words

    def add(self, text: str, sign: int = 1) -> None:
        """Count (or, with sign -1, uncount) the distinct words of one document's text."""
        self.count(set(words(text)), sign)

    def count(self, distinct_words: Iterable[str], sign: int = 1) -> None:
        """Count (or, with sign -1, uncount) one document's distinct words."""
        counts = self.counts
        for word in distinct_words:
            value = counts[word] + sign
            if value > 0:
                counts[word] = value
            else:
                del counts[word]
        self._sorted = None
        self.fuzzy_cache.clear()

    def frequency(self, word: str) -> int:
        return self.counts.get(word, 0)

    def with_prefix(self, prefix: str) -> list[str]:
        """Words that start with prefix, in alphabetical order."""
        if self._sorted is None:
            self._sorted = sorted(self.counts)
        start = bisect.bisect_left(self._sorted, prefix)
        end = bisect.bisect_left(self._sorted, prefix + "\uffff")
        return self._sorted[start:end]


class IndexMeta:
    """Languages, synonym groups and the vocabulary kept beside the index."""

    def __init__(
        self,
        languages: Iterable[str] = (),
        synonyms: dict[str, dict[str, list[str]]] | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.languages = set(languages)
        self.synonyms = dict(synonyms or {})
        self.vocabulary = vocabulary or Vocabulary()

    def note(self, doc: Document, distinct_words: Iterable[str] = ()) -> None:
        self.vocabulary.count(distinct_words)
        self.languages.add(doc.language)
        group = synonym_group(doc)
        if group:
            self.synonyms[doc.id] = group
        else:
            self.synonyms.pop(doc.id, None)

    @classmethod
    def from_build(cls, built: BuildMeta) -> IndexMeta:
        return cls(built.languages, built.synonyms, Vocabulary(built.counts))

    def write(self, folder: Path) -> None:
        data = {
            "schema_version": SCHEMA_VERSION,
            "languages": sorted(self.languages),
            "synonyms": dict(sorted(self.synonyms.items())),
        }
        for name, payload in ((META_FILE, data), (VOCABULARY_FILE, self.vocabulary.counts)):
            temp = folder / (name + ".tmp")
            temp.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            os.replace(temp, folder / name)

    @classmethod
    def read(cls, folder: Path) -> tuple[IndexMeta, int | None]:
        """The meta data and the schema version found (None when the file is unreadable)."""
        try:
            data = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            counts = json.loads((folder / VOCABULARY_FILE).read_text(encoding="utf-8"))
            return (
                cls(data.get("languages", ()), data.get("synonyms", {}), Vocabulary(counts)),
                int(data["schema_version"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(), None


def open_index(folder: Path):
    """(whoosh index, meta, None) or (None, empty meta, reason)."""
    try:
        present = folder.is_dir() and windex.exists_in(str(folder))
    except Exception as exc:
        return None, IndexMeta(), f"cannot open the index ({type(exc).__name__})"
    if not present:
        return None, IndexMeta(), "index missing"
    meta, version = IndexMeta.read(folder)
    if version is None:
        return None, meta, "index information file missing or unreadable"
    if version != SCHEMA_VERSION:
        return None, meta, f"schema version changed ({version} → {SCHEMA_VERSION})"
    try:
        ix = windex.open_dir(str(folder))
        with ix.searcher() as searcher:
            searcher.doc_count()
            reader = searcher.reader()
            next(iter(reader.lexicon("id")), None)
            if reader.doc_count_all():
                searcher.stored_fields(reader.doc_count_all() - 1)
    except Exception as exc:
        return None, meta, f"cannot open the index ({type(exc).__name__})"
    return ix, meta, None


def writer_options() -> dict:
    """Posting blocks of BLOCK_POSTINGS, uncompressed (zlib and per-block overhead were half the build time;
    larger blocks also make queries decode fewer), and no compound file to copy at the end."""
    return {"codec": W3Codec(blocklimit=BLOCK_POSTINGS, compression=0), "compound": False}


def build_index(
    folder: Path, documents: Iterable[Document], total: int, progress: Callable[[int, int], None] | None
) -> tuple[int, IndexMeta]:
    """Write a fresh index into an empty folder; returns the count and the meta data."""
    folder.mkdir(parents=True)
    ix = windex.create_in(str(folder), build_schema())
    procs = process_count(total, PARALLEL_FROM)
    try:
        if procs > 1:
            count, built = build_parallel(
                ix, str(folder), documents, total, procs, writer_options(), progress, PROGRESS_EVERY
            )
        else:
            count, built = build_serial(ix, documents, total, writer_options(), progress, PROGRESS_EVERY)
    finally:
        ix.close()
    meta = IndexMeta.from_build(built)
    meta.write(folder)
    if progress:
        progress(count, total)
    return count, meta


def swap_folders(building: Path, folder: Path) -> None:
    """Put the built folder in place of the live one (two renames; the old one is then deleted)."""
    retired = folder.with_name(folder.name + ".retired")
    shutil.rmtree(retired, ignore_errors=True)
    try:
        if folder.exists():
            folder.rename(retired)
        building.rename(folder)
    except OSError as exc:
        if retired.exists() and not folder.exists():
            retired.rename(folder)
        raise SearchError(f"cannot replace the search index in {folder} ({exc.strerror or exc}).") from None
    shutil.rmtree(retired, ignore_errors=True)


def update_index(
    ix, meta: IndexMeta, folder: Path, upserts: Iterable[Document], removals: Iterable[str]
) -> None:
    """Add or replace documents and delete ids in one commit."""
    writer = PostingWriter(ix, **writer_options())
    try:
        with ix.searcher() as searcher:
            for doc_id in [doc.id for doc in upserts] + list(removals):
                old = searcher.document(id=doc_id)
                if old is not None:
                    meta.vocabulary.add(
                        f"{old.get('label', '')} {old.get('summary', '')} {plain_text(old)}", -1
                    )
        for doc in upserts:
            writer.delete_by_term("id", doc.id)
            add_document(writer, meta, doc)
        for doc_id in removals:
            writer.delete_by_term("id", doc_id)
            meta.synonyms.pop(doc_id, None)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    meta.write(folder)


_folder_locks: dict[str, threading.RLock] = {}
_folder_locks_guard = threading.Lock()


def write_lock(folder: Path) -> threading.RLock:
    """The in-process writer lock of an index folder (whoosh's file lock covers other processes)."""
    key = str(folder.resolve())
    with _folder_locks_guard:
        return _folder_locks.setdefault(key, threading.RLock())
