"""A rebuild's new index folder, made beside the live one (``SearchIndex.rebuild`` swaps it in): this module
owns clearing the folders that killed or failed runs left, building the index with its frequent words'
scores, and removing the new folder again when that fails. Callers hold the index's write lock."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ipt_desktop.core.content.documents import Document
from ipt_desktop.core.errors import SearchError, short_reason
from ipt_desktop.core.search.impacts_job import score_frequent_words
from ipt_desktop.core.search.store import (
    build_index,
    leftover_folders,
    new_build_folder,
    open_index,
    remove_folder,
)


def remove_leftovers(folder: Path) -> int:
    """Delete the build and retired folders left beside the index in ``folder``; returns how many."""
    found = leftover_folders(folder)
    for leftover in found:
        remove_folder(leftover)
    return len(found)


def build_beside(
    folder: Path,
    documents: Iterable[Document],
    total: int,
    progress: Callable[[int, int], None] | None,
    min_postings: int,
) -> tuple[Path, int]:
    """A new index of ``documents`` in a build folder beside ``folder``, with the impacts file of the words
    that have ``min_postings`` postings or more; returns (build folder, number of documents).

    Leftover folders are removed first. When the build fails, its folder is removed and the error is raised
    as a SearchError naming that folder (a SearchError or an interruption as it is)."""
    remove_leftovers(folder)
    building = new_build_folder(folder)
    try:
        count, _ = build_index(building, documents, total, progress)
        built, _meta, _problem = open_index(building)
        if built is not None:
            try:
                score_frequent_words(built, building, min_postings)
            finally:
                built.close()
    except BaseException as exc:
        remove_folder(building)
        if isinstance(exc, SearchError) or not isinstance(exc, Exception):
            raise
        raise SearchError(f"cannot build the search index in {building} ({short_reason(exc)}).") from exc
    return building, count
