"""Parallel index builds: worker processes fed batches of documents, each writing its own segments with
``writer``, and one table of contents listing all of them, written by the parent.

A worker exits as soon as its parent process ends, however it ends (a killed ``reindex`` leaves no process
behind, waiting on its job queue or holding its stdout): a thread in each worker watches the parent's sentinel
(a pipe, or the process handle on Windows) and the parent pid. Their build folder is left to the next rebuild,
which removes it (``store``).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterable

from whoosh import index as windex

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.search.writer import BuildMeta, Counted, commit_segments, write_segments

BATCH_DOCS = 50  # documents per message to a worker process
MAX_PROCS = 4
WAIT_SECONDS = 0.5
PARENT_CHECK_SECONDS = 1.0  # how often a worker also checks its parent pid (the sentinel wakes it at once)
# How build processes start: unset, they fork from a single-threaded process (the command line) and start
# fresh interpreters otherwise (the window). "spawn" forces fresh interpreters, as the window uses them, so
# that a command-line re-index can check that path (build/smoke_bundle.sh does, on the frozen bundle).
START_METHOD_ENV = "IPT_INDEX_START_METHOD"


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
    counted = Counted(documents, total, progress, every)
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
    commit_segments(ix, segments, options)
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
