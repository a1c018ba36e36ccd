"""Writing postings into whoosh segments, quickly, in one process or several.

whoosh's own writer turns every posting into a tuple, sizes it, spills sorted runs of pickled tuples to
temporary files once its memory limit is reached, merges those runs with a heap and looks up the document's
field length for each posting again while writing. Profiling a 5 KB-document build put more than half of the
time there. :class:`PostingWriter` keeps whoosh's segment format and per-document writer but holds postings in
memory, grouped by term, as two compact arrays (document numbers and weights) plus the encoded positions where
a field has them, and writes each term's list straight to the segment's field writer. Memory stays bounded:
a build starts a new segment every :data:`SEGMENT_DOCS` documents.

:func:`build_parallel` spreads a rebuild over worker processes, each writing its own segments, and then
writes one table of contents listing all of them. A worker exits as soon as its parent process ends, however
it ends (a killed ``reindex`` leaves no process behind, waiting on its job queue or holding its stdout): a
thread in each worker watches the parent's sentinel (a pipe, or the process handle on Windows) and the parent
pid. Their build folder is left to the next rebuild, which removes it (``store``).
"""

from __future__ import annotations

import os
import queue
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from whoosh import index as windex
from whoosh.writing import SegmentWriter

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.search.schema import document_languages, indexed_document, synonym_group

SEGMENT_DOCS = 20_000  # documents per segment in a build: bounds the postings held in memory
BATCH_DOCS = 50  # documents per message to a worker process
MAX_PROCS = 4
WAIT_SECONDS = 0.5
PARENT_CHECK_SECONDS = 1.0  # how often a worker also checks its parent pid (the sentinel wakes it at once)
# How build processes start: unset, they fork from a single-threaded process (the command line) and start
# fresh interpreters otherwise (the window). "spawn" forces fresh interpreters, as the window uses them, so
# that a command-line re-index can check that path (build/smoke_bundle.sh does, on the frozen bundle).
START_METHOD_ENV = "IPT_INDEX_START_METHOD"


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


class _Counted:
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
    counted = _Counted(documents, total, progress, every)
    segments, meta = write_segments(ix, counted, options)
    _commit(ix, segments, options)
    return counted.count, meta


def _commit(ix, segments: list, options: dict) -> None:
    """One table of contents naming the new segments (taking the index's write lock for it)."""
    writer = SegmentWriter(ix, **options)
    try:
        writer._close_segment()
        writer._commit_toc(segments)
    finally:
        writer._finish()


def _exit_with_parent() -> None:
    """In a worker process: end this process at once when its parent process ends."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel, parent_pid = parent.sentinel, parent.pid
    posix = os.name == "posix"

    def watch() -> None:
        # The sentinel becomes ready when the parent ends; a new parent pid (re-parenting) says so too.
        while not wait([sentinel], timeout=PARENT_CHECK_SECONDS):
            if posix and os.getppid() != parent_pid:
                break
        os._exit(1)

    threading.Thread(target=watch, name="ipt-index-worker-watch", daemon=True).start()


def _worker(folder: str, options: dict, jobs, results) -> None:
    """A build process: documents from ``jobs`` until None, then ("done", segments, meta) on ``results``."""
    _exit_with_parent()
    try:
        ix = windex.open_dir(folder)
        segments, meta = write_segments(ix, _batches(jobs), options)
        results.put(("done", segments, meta))
    except BaseException as exc:
        results.put(("error", f"{type(exc).__name__}: {exc}", None))


def _batches(jobs):
    while True:
        batch = jobs.get()
        if batch is None:
            return
        yield from batch


def process_count(total: int, parallel_from: int) -> int:
    """How many worker processes a build of ``total`` documents uses (1: build in this process)."""
    if total < parallel_from:
        return 1
    return max(1, min(MAX_PROCS, os.cpu_count() or 1))


def start_method(available: list[str]) -> str:
    """The multiprocessing start method of a parallel build: fork only when no other thread is running."""
    chosen = os.environ.get(START_METHOD_ENV, "").strip()
    if chosen:
        if chosen not in available:
            raise ValueError(f"{START_METHOD_ENV}={chosen!r}: not one of {', '.join(available)}")
        return chosen
    return "fork" if threading.active_count() == 1 and "fork" in available else "spawn"


def build_parallel(
    ix,
    folder: str,
    documents: Iterable[Document],
    total: int,
    procs: int,
    options: dict,
    progress: Callable[[int, int], None] | None,
    every: int,
) -> tuple[int, BuildMeta]:
    """Build with ``procs`` worker processes fed batches of documents; one commit at the end.

    Forks when this is the only thread (the command line), else starts fresh interpreters, since forking a
    process with other threads running can copy a held lock into the child (see :data:`START_METHOD_ENV`).
    A frozen app starts fresh interpreters through its own executable, whose entry point must therefore call
    ``multiprocessing.freeze_support()`` first (build/launch.py does).
    """
    import multiprocessing  # only builds of many documents start processes

    method = start_method(multiprocessing.get_all_start_methods())
    context = multiprocessing.get_context(method)
    jobs = context.Queue(maxsize=2 * procs)
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(folder, options, jobs, results), daemon=True)
        for _ in range(procs)
    ]
    for worker in workers:
        worker.start()
    counted = _Counted(documents, total, progress, every)
    try:
        batch: list[Document] = []
        for doc in counted:
            batch.append(doc)
            if len(batch) >= BATCH_DOCS:
                _put(jobs, batch, workers, results)
                batch = []
        if batch:
            _put(jobs, batch, workers, results)
        for _ in workers:
            _put(jobs, None, workers, results)
        segments, meta = _collect(results, workers)
    except BaseException:
        jobs.cancel_join_thread()  # unread batches must not keep this process from exiting
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
        raise
    finally:
        for worker in workers:
            worker.join(timeout=5)
        jobs.close()
        results.close()
    _commit(ix, segments, options)
    return counted.count, meta


def _put(jobs, item, workers, results) -> None:
    """Queue a job, failing instead of waiting forever when the workers have stopped."""
    while True:
        try:
            jobs.put(item, timeout=WAIT_SECONDS)
            return
        except queue.Full:
            if not any(worker.is_alive() for worker in workers):
                _raise_failure(results, "the index worker processes stopped")


def _raise_failure(results, fallback: str) -> None:
    """Raise the first error a worker reported, else ``fallback``."""
    while True:
        try:
            status, payload, _ = results.get(timeout=0.1)
        except queue.Empty:
            raise RuntimeError(fallback) from None
        if status != "done":
            raise RuntimeError(f"an index worker failed: {payload}")


def _collect(results, workers) -> tuple[list, BuildMeta]:
    segments: list = []
    meta = BuildMeta()
    pending = len(workers)
    while pending:
        try:
            status, payload, worker_meta = results.get(timeout=WAIT_SECONDS)
        except queue.Empty:
            if not any(worker.is_alive() for worker in workers):
                _raise_failure(results, "an index worker process stopped without a result")
            continue
        if status != "done":
            raise RuntimeError(f"an index worker failed: {payload}")
        segments.extend(payload)
        meta.merge(worker_meta)
        pending -= 1
    return segments, meta
