"""Full-text search over the library: the only public entry to the whoosh index (``SearchIndex``).

Design:
- Languages: one ``text`` and one ``title`` field for all languages. Each document is stemmed with its own
  language's Snowball stemmer after accent folding (search_analysis). A query with ``language`` set is stemmed
  in that language only; a query without one is searched as every distinct stem the word has in the indexed
  languages (usually one to three), so all language variants match.
- Relevance: BM25F; words OR-ed with a coordination bonus (documents with every word first), title boosted.
  Glossary ``term``/``acronyms``/``synonyms`` expand the query both ways. When nothing matches, words are
  retried with fuzzy (edit distance) alternatives from the vocabulary, and a message says so.
- Counts, filters and facets use byte-per-document integer masks (search_masks), not a loop per document.
- A word that is a stop word in any searched language is dropped ("die" in a query without a language).
- An empty query lists every document, most recently updated first (with facets). A query of stop words only
  returns nothing, with a message.
- One owner: a process has one SearchIndex per index folder (:meth:`SearchIndex.shared`, ``registry``),
  which every Library on that data directory uses, whatever thread it belongs to. Searches share one searcher
  under the object's lock (whoosh readers seek shared files). An update builds its new word list and synonyms
  on a copy and swaps them in under that lock only after whoosh's commit; a rebuild swaps in a whole new
  folder (built by ``rebuild``).
- Other processes: every write holds ``index.lock`` beside the folder (see ``lock``) and then bumps the
  change counter ``index.changes``; a search reads that counter (a few bytes) and reopens the index, its word
  list and synonyms when it differs from the value it opened at. A write starts from what is on disk, so two
  processes never overwrite each other's word lists.
- Damage: a search that fails inside whoosh has the index's files checked against the sizes and checksums
  recorded when they were written (``store.verify_index``). When they differ, the index is marked damaged
  and every search raises IndexDamagedError, naming the folder and the file, until it is rebuilt; the
  caller rebuilds it (the CLI at once, the window in the background). ``doctor`` runs the same check.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import IndexDamagedError, SearchError, short_reason
from ipt_desktop.core.resources import resource_path
from ipt_desktop.core.search import registry
from ipt_desktop.core.search.concepts import CONCEPTS_FILE
from ipt_desktop.core.search.impacts import MIN_POSTINGS, Impacts, remove_other_generations
from ipt_desktop.core.search.impacts_job import ImpactsJob
from ipt_desktop.core.search.lock import ChangeCounter, LockTimeout, file_lock
from ipt_desktop.core.search.masks import MaskCache
from ipt_desktop.core.search.phrasing import PHRASING_CACHE_SUFFIX, QUESTION_WORDS_FILE, Phrasing
from ipt_desktop.core.search.query import parse
from ipt_desktop.core.search.rank import Ranker
from ipt_desktop.core.search.rebuild import build_beside, remove_leftovers
from ipt_desktop.core.search.run import Run, related_hits
from ipt_desktop.core.search.store import (
    IndexMeta,
    leftover_folders,
    open_index,
    remove_folder,
    swap_folders,
    update_index,
    verify_index,
)
from ipt_desktop.core.search.terms import TERMS_CACHE_SUFFIX, GlossaryTerms, cached_terms
from ipt_desktop.core.search.types import FACET_FIELDS, FILTER_FIELDS, Hit, SearchQuery, SearchResult

LOCK_WAIT = 120.0  # seconds a write waits for another thread's or process's index write or rebuild


class SearchIndex:
    """The whoosh index in one folder; never fails to construct (see :meth:`problem`).

    Thread-safe: any thread may search, update or rebuild. Use :meth:`shared` so that a process has one
    instance per folder; :meth:`close` then ends one user's share.
    """

    def __init__(
        self,
        folder: Path,
        *,
        lock_wait: float = LOCK_WAIT,
        concepts: Path | None = None,
        question_words: Path | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.lock_wait = lock_wait
        # The concept map and the question words (bundled resources unless given): read at the first search
        # that needs them, from a JSON copy beside the index while the files are unchanged (see ``phrasing``).
        self._phrasing_files = (
            concepts or resource_path(CONCEPTS_FILE),
            question_words or resource_path(QUESTION_WORDS_FILE),
        )
        self._phrasing: Phrasing | None = None
        self._lock = threading.RLock()  # in-memory state: ix, meta, synonyms, searcher
        self._write_lock = file_lock(self.folder.with_name(self.folder.name + ".lock"))
        self._changes = ChangeCounter(self.folder.with_name(self.folder.name + ".changes"))
        self._seen = b""
        self._ix = None
        self._meta = IndexMeta()
        self._problem: str | None = None
        self._damage: str | None = None  # what a failed search found wrong with the files, until reopened
        self._searcher = None
        self._masks: MaskCache | None = None
        self._ranker: Ranker | None = None
        self._synonyms: GlossaryTerms | None = None  # built at first use (terms)
        # The frequent words' scored lists of an update's generation are written by a background thread
        # (``impacts``): a large library's update does not wait for them, and searches score those words
        # themselves until the file is there.
        self.impacts_min_postings = MIN_POSTINGS
        self._impacts_job = ImpactsJob(self.folder, self._lock)
        self._open()

    @classmethod
    def shared(cls, folder: Path) -> SearchIndex:
        """This process's one SearchIndex over ``folder``, created on first use; each caller closes it once."""
        return registry.acquire(folder, cls)

    # -- lifecycle ---------------------------------------------------------------------------------------

    def _open(self) -> None:
        with self._lock:
            self._drop_searcher()
            self._seen = self._changes.read()  # before opening: a change made meanwhile is seen next time
            self._damage = None
            self._ix, self._meta, self._problem = open_index(self.folder)
            self._synonyms = None

    def _follow(self) -> None:
        """Reopen when any writer, in this process or another, changed the index since it was opened."""
        if self._changes.read() != self._seen:
            self._open()

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            with contextlib.suppress(Exception):
                self._searcher.close()
        self._searcher, self._masks, self._ranker = None, None, None

    def _close_files(self) -> None:
        self._impacts_job.stop()
        with self._lock:
            self._drop_searcher()
            if self._ix is not None:
                self._ix.close()
            self._ix = None

    def close(self) -> None:
        """Release files (of a shared index: end this user's share; the last one releases the files)."""
        if registry.release(self):
            self._close_files()

    @contextlib.contextmanager
    def writing(self):
        """Hold the index's write lock for all threads and processes, reentrantly, waiting at most
        ``lock_wait`` seconds; a longer wait raises SearchError with one line naming the folder."""
        try:
            self._write_lock.acquire(self.lock_wait)
        except LockTimeout:
            raise SearchError(
                f"the search index in {self.folder} is busy: another program has been writing it for more "
                f"than {self.lock_wait:g} s (lock file {self._write_lock.path}); try again when it is done."
            ) from None
        try:
            yield
        finally:
            self._write_lock.release()

    def note_change(self) -> None:
        """Bump the change counter without writing the index: the library changed although the index could
        not follow (it needs a rebuild), and every reader should look again."""
        with self.writing():
            self._changes.bump()

    def problem(self, expected_count: int) -> str | None:
        """Why the index must be rebuilt, or None."""
        with self._lock:
            self._follow()
            if self._damage:
                return f"damaged: {self._damage}"
            if self._ix is None:
                self._open()
            if self._problem:
                return self._problem
            count = self.doc_count()
        if count != expected_count:
            return f"index holds {count} documents, the library {expected_count}"
        return None

    def doc_count(self) -> int:
        """Documents in the index (0 when there is none)."""
        with self._lock:
            self._follow()
            if self._ix is None:
                return 0
            try:
                return self._current()[0].doc_count()
            except Exception:
                return 0

    def remove_leftovers(self) -> int:
        """Delete the build and retired folders that killed or failed runs left beside the index (each
        about the size of the index); returns how many. Holds the write lock, so no running build is hit."""
        if not leftover_folders(self.folder):
            return 0
        with self.writing():
            return remove_leftovers(self.folder)

    def rebuild(
        self, documents: Iterable[Document], total: int, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Build a new index beside the old one and swap it in; returns the number of documents.

        The old index serves searches until the swap. Folders left by killed or failed rebuilds are removed
        first; this run's folder is removed if it fails.
        """
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        with self.writing():
            building, count = build_beside(self.folder, documents, total, progress, self.impacts_min_postings)
            with self._lock:
                self._close_files()
                try:
                    swap_folders(building, self.folder)
                finally:
                    remove_folder(building)  # still there when the swap failed
                    try:
                        self._changes.bump()
                    finally:
                        self._open()
        return count

    def update(self, upserts: Iterable[Document], removals: Iterable[str]) -> bool:
        """Add, replace and delete documents incrementally in one commit; False (and nothing done) when the
        index cannot be opened and needs a rebuild."""
        upserts, removals = list(upserts), list(removals)
        if not upserts and not removals:
            return True
        with self.writing():
            with self._lock:
                self._follow()  # start from what is on disk: another process may have written meanwhile
                if self._damage:
                    return False
                if self._ix is None:
                    self._open()
                if self._ix is None:
                    return False
                ix, meta = self._ix, self._meta.copy()
            try:
                update_index(ix, meta, upserts, removals)
            except Exception as exc:
                raise SearchError(
                    f"cannot update the search index in {self.folder} ({short_reason(exc)})."
                ) from exc
            try:
                meta.write(self.folder)
                seen = self._changes.bump()
            except Exception as exc:
                # Committed, but the side files or the counter lag behind: show what is on disk, and let
                # the caller's dirty marker bring about a rebuild.
                with contextlib.suppress(Exception):
                    self._changes.bump()
                self._open()
                raise SearchError(
                    f"cannot update the search index in {self.folder} ({short_reason(exc)})."
                ) from exc
            with self._lock:
                self._drop_searcher()
                self._meta, self._synonyms, self._seen = meta, None, seen
            self._score_later(ix)
        return True

    def _score_later(self, ix) -> None:
        """Write the impacts file of the index's newest generation in the background; the searcher of that
        generation takes it up when it is written (``impacts_job``)."""
        self._impacts_job.stop()
        with ix.searcher() as searcher:
            if searcher.doc_count_all() < self.impacts_min_postings:
                remove_other_generations(self.folder, keep=None)
                return

        def adopt() -> None:  # called under the lock
            if self._ranker is not None and self._ranker.impacts is None:
                generation = self._searcher.reader().generation()
                self._ranker.impacts = Impacts.open(self.folder, generation, self._masks.size)

        self._impacts_job.start(ix, self.impacts_min_postings, adopt)

    def verify(self) -> list[str]:
        """Problems of the index's files (see ``store.verify_index``); [] when they are as written."""
        with self.writing():  # no write changes the files while they are read
            return verify_index(self.folder)

    def phrasing(self) -> Phrasing:
        """The question words and concepts (read once; a file that cannot be used is left out and
        ``Phrasing.problem`` says why, in one line naming the file and the key)."""
        with self._lock:
            if self._phrasing is None:
                concepts, question_words = self._phrasing_files
                cache = self.folder.with_name(self.folder.name + PHRASING_CACHE_SUFFIX)
                self._phrasing = Phrasing.load(concepts, question_words, cache)
            return self._phrasing

    def terms(self) -> GlossaryTerms:
        """The query-time tables of the glossary's terms and the concept map's phrases (built at first use
        after each open or update)."""
        with self._lock:
            if self._synonyms is None:
                cache = self.folder.with_name(self.folder.name + TERMS_CACHE_SUFFIX)
                self._synonyms = cached_terms(self._meta.synonyms, self.phrasing().concepts, cache)
            return self._synonyms

    def _current(self):
        """(searcher, masks) of the index as opened; callers hold the lock and have followed the counter."""
        if self._ix is None:
            raise SearchError(f"the search index in {self.folder} is not ready ({self._problem}).")
        if self._searcher is None:
            # A fresh searcher, not refresh(): whoosh's refresh reuses segment readers with stale deletions.
            self._searcher = self._ix.searcher()
            self._masks = MaskCache(self._searcher, FACET_FIELDS)
            generation = self._searcher.reader().generation()
            impacts = Impacts.open(self.folder, generation, self._masks.size)
            self._ranker = Ranker(self._searcher, self._masks, impacts)
        return self._searcher, self._masks

    # -- searching ---------------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        """Hits, total, facets, suggestion and message for a query; bad input gives a message, not an error."""
        parsed = parse(query.text, query.prefix)
        for key, values in (query.filters or {}).items():
            if key in FILTER_FIELDS:
                parsed.filters.setdefault(key, []).extend(str(v) for v in values if str(v).strip())
            else:
                parsed.messages.append(f"Unknown filter '{key}' was ignored.")
        for _attempt in (1, 2):
            with self._lock:
                self._follow()
                if self._damage:
                    raise IndexDamagedError(self._damage_message(), f"damaged: {self._damage}")
                if self._ix is None:
                    return SearchResult(
                        query.text, 0, (), message="The search index is being built; try again soon."
                    )
                seen = self._seen
                try:
                    return Run(self, query, parsed).result()
                except SearchError:
                    raise
                except Exception as exc:
                    failure = exc
            # Outside the lock (searches on other threads go on): is it the index's files, or this query?
            problems = verify_index(self.folder)
            with self._lock:
                if self._changes.read() != seen:
                    continue  # a writer changed the index meanwhile: search what is there now
                if problems:
                    self._damage = problems[0] + (
                        f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                    )
                    self._close_files()
                    raise IndexDamagedError(self._damage_message(), f"damaged: {self._damage}") from failure
            break
        raise SearchError(
            f"the search index in {self.folder} cannot answer ({short_reason(failure)})."
        ) from failure

    def _damage_message(self) -> str:
        return f"the search index in {self.folder} is damaged ({self._damage}); it must be rebuilt."

    def related(self, doc_id: str, limit: int = 5) -> list[Hit]:
        """Documents that share the most distinctive terms (and topics) of a document."""
        with self._lock:
            self._follow()
            if self._ix is None:
                return []
            try:
                return related_hits(self, doc_id, limit)
            except Exception as exc:
                raise SearchError(f"cannot find documents related to '{doc_id}' ({exc}).") from exc

    def languages(self) -> tuple[str, ...]:
        """Languages a query without one is analysed in."""
        return tuple(sorted(self._meta.languages | {"en"}))
