"""The index folder on disk: opening and checking it, rebuilding into a sibling folder and swapping, and the
side files ``ipt-search.json`` (schema version, indexed languages, glossary synonym groups) and
``ipt-vocabulary.json`` (the word list). ``ipt-search.json`` also records the size and checksum of every
other file of the folder as last written (whoosh never rewrites a segment's files), so that
:func:`verify_index` finds a truncated or altered file without decoding any postings.

Every write holds the index's lock file (``lock``), so whoosh's own write lock, which fails at once when
taken, is never contended. A rebuild writes a folder of its own, ``<folder>.building-<pid>-<random>``, while
the old index keeps serving, then swaps the folders with two renames; build and retired folders left by a
killed run are removed by the next rebuild, which holds the lock, so no other run can still be using them.
An update applies its changes to a copy of the word list and synonyms; the caller swaps the copy in after
the commit, so a failed update changes nothing in memory.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import secrets
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.search.analysis import words
from ipt_desktop.core.search.impacts import is_impacts_file
from ipt_desktop.core.search.parallel import build_parallel, process_count
from ipt_desktop.core.search.schema import (
    SCHEMA_VERSION,
    build_schema,
    document_languages,
    plain_text,
    synonym_group,
)
from ipt_desktop.core.search.writer import BuildMeta, PostingWriter, add_document, build_serial

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
    """Languages, synonym groups and the vocabulary kept beside the index, and the files as written."""

    def __init__(
        self,
        languages: Iterable[str] = (),
        synonyms: dict[str, dict[str, list[str]]] | None = None,
        vocabulary: Vocabulary | None = None,
        files: dict[str, list] | None = None,
    ) -> None:
        self.languages = set(languages)
        self.synonyms = dict(synonyms or {})
        self.vocabulary = vocabulary or Vocabulary()
        self.files: dict[str, list] = dict(files or {})  # file name -> [size, checksum]

    def note(self, doc: Document, distinct_words: Iterable[str] = ()) -> None:
        self.vocabulary.count(distinct_words)
        self.languages.update(document_languages(doc))
        group = synonym_group(doc)
        if group:
            self.synonyms[doc.id] = group
        else:
            self.synonyms.pop(doc.id, None)

    def copy(self) -> IndexMeta:
        """An independent copy: changing it leaves this one as it is."""
        return IndexMeta(self.languages, self.synonyms, Vocabulary(self.vocabulary.counts), self.files)

    @classmethod
    def from_build(cls, built: BuildMeta) -> IndexMeta:
        return cls(built.languages, built.synonyms, Vocabulary(built.counts))

    def write(self, folder: Path) -> None:
        """Write the word list, then record every file of the folder, then the information file."""
        vocabulary = _json_bytes(self.vocabulary.counts)
        _replace(folder / VOCABULARY_FILE, vocabulary)
        files = {}
        for name, size in _checked_files(folder).items():
            if name == VOCABULARY_FILE:
                files[name] = [len(vocabulary), _checksum_of(vocabulary)]
            elif name in self.files:
                files[name] = self.files[name]  # written before: as recorded then (a changed one stays found)
            else:
                files[name] = [size, _checksum(folder / name)]
        self.files = files
        data = {
            "schema_version": SCHEMA_VERSION,
            "languages": sorted(self.languages),
            "synonyms": dict(sorted(self.synonyms.items())),
            "files": dict(sorted(files.items())),
        }
        _replace(folder / META_FILE, _json_bytes(data))

    @classmethod
    def read(cls, folder: Path) -> tuple[IndexMeta, int | None]:
        """The meta data and the schema version found (None when the file is unreadable)."""
        try:
            data = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            counts = json.loads((folder / VOCABULARY_FILE).read_text(encoding="utf-8"))
            return (
                cls(
                    data.get("languages", ()), data.get("synonyms", {}), Vocabulary(counts), data.get("files")
                ),
                int(data["schema_version"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(), None


def _json_bytes(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _replace(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def _checked_files(folder: Path) -> dict[str, int]:
    """The files whose size and checksum are recorded: all but the information file, temporary files,
    whoosh's lock file and the scored word lists (``impacts``); name -> size."""
    found = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if (
                entry.is_file()
                and name != META_FILE
                and not name.endswith(".tmp")
                and "LOCK" not in name
                and not is_impacts_file(name)  # each entry of it carries its own checksum
            ):
                found[name] = entry.stat().st_size
    return found


def _checksum_of(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _checksum(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def verify_index(folder: Path) -> list[str]:
    """Problems of the index's files, one short line each ([] when sound): every file recorded when the
    index was last written must be there with its size and checksum. An index written before checksums
    were recorded is read through instead: every posting of every term, and every stored document."""
    meta, version = IndexMeta.read(folder)
    if version is None:
        return ["index information file missing or unreadable"]
    if not meta.files:
        return _read_through(folder)
    problems = []
    for name, record in sorted(meta.files.items()):
        path = folder / name
        try:
            size, checksum = int(record[0]), str(record[1])
            actual = path.stat().st_size
            if actual != size:
                problems.append(f"{name} is {actual} bytes, {size} when written")
            elif _checksum(path) != checksum:
                problems.append(f"{name} changed after it was written")
        except FileNotFoundError:
            problems.append(f"{name} is missing")
        except (OSError, ValueError, TypeError, IndexError) as exc:
            problems.append(f"{name} cannot be checked ({type(exc).__name__})")
    return problems


def _read_through(folder: Path) -> list[str]:
    try:
        ix = windex.open_dir(str(folder))
        with ix.reader() as reader:
            for fieldname in reader.indexed_field_names():
                for term in reader.lexicon(fieldname):
                    for _ in reader.postings(fieldname, term).all_ids():
                        pass
            for docnum in range(reader.doc_count_all()):
                reader.stored_fields(docnum)
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return [f"cannot read the index ({reason})"]
    return []


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


def _sibling(folder: Path, kind: str) -> Path:
    """A new, unique folder name beside ``folder`` for one run (``index.building-<pid>-<random>``)."""
    return folder.with_name(f"{folder.name}.{kind}-{os.getpid()}-{secrets.token_hex(3)}")


def new_build_folder(folder: Path) -> Path:
    """Where one rebuild writes its index before the swap."""
    return _sibling(folder, "building")


def leftover_folders(folder: Path) -> list[Path]:
    """Build and retired folders beside ``folder`` (of killed or failed runs, when no one holds the lock)."""
    parent = folder.parent
    if not parent.is_dir():
        return []
    prefixes = (f"{folder.name}.building", f"{folder.name}.retired")
    return sorted(p for p in parent.iterdir() if p.name.startswith(prefixes) and p.is_dir())


def remove_folder(path: Path) -> None:
    """Delete a folder of ours, ignoring what cannot be deleted now (a file still open on Windows)."""
    shutil.rmtree(path, ignore_errors=True)


def swap_folders(building: Path, folder: Path) -> None:
    """Put the built folder in place of the live one (two renames; the old one is then deleted)."""
    retired = _sibling(folder, "retired")
    try:
        if folder.exists():
            folder.rename(retired)
        building.rename(folder)
    except OSError as exc:
        if retired.exists() and not folder.exists():
            retired.rename(folder)
        raise SearchError(f"cannot replace the search index in {folder} ({exc.strerror or exc}).") from None
    remove_folder(retired)


def update_index(ix, meta: IndexMeta, upserts: Iterable[Document], removals: Iterable[str]) -> None:
    """Add or replace documents and delete ids in one commit, noting the changes in ``meta`` (give it a
    copy: on failure it holds part of the changes, and nothing was committed)."""
    writer = PostingWriter(ix, **writer_options())
    try:
        with ix.searcher() as searcher:
            for doc_id in [doc.id for doc in upserts] + list(removals):
                old = searcher.document(id=doc_id)
                if old is not None:
                    meta.vocabulary.add(
                        f"{old.get('label', '')} {old.get('summary', '')} {plain_text(old)} {old.get('other', '')}",
                        -1,
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
