"""The top hits of a ranked query: a threshold walk over the clauses' impact-ordered postings (``rank``).

Walk every list in score order, score each new document fully by look-ups, and stop as soon as the k-th
best score reaches the sum of the scores still ahead. Documents with all query words rank before documents
with only some ("all terms preferred, any term accepted"): the walk runs first over the documents that have
them all, then over the rest. This module owns that walk and the masks of those two tiers.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ipt_desktop.core.search.masks import BIT, as_bytes, members
from ipt_desktop.core.search.postings import Postings

if TYPE_CHECKING:
    from ipt_desktop.core.search.rank import Ranker

WALK_BATCH = 32
DIRECT_SCORING_MAX = 1500  # sets up to this size are scored document by document, without sorting lists


def top_hits(
    ranker: Ranker, parts: list[Postings], every: int, some: int, wanted: int, coordinate: bool = False
) -> list[tuple[float, int]]:
    """The best ``wanted`` (score, docnum) of ``ranker``'s searcher: first among ``every`` (documents with
    all parts), then the rest of ``some``. With ``coordinate`` (a sentence: many parts, of which an answer
    rarely has all), there are no tiers: each document's score is scaled by the share of the parts it has
    and by its type's prior (``Ranker.prior``)."""
    if coordinate:
        return _walk(ranker, parts, some, wanted, coordinate=True)
    found = _walk(ranker, parts, every, wanted) if every else []
    if len(found) < wanted:
        rest = some & ~every if every else some
        if rest:
            found += _walk(ranker, parts, rest, wanted - len(found))
    return found


def _walk(
    ranker: Ranker, parts: list[Postings], allowed: int, wanted: int, coordinate: bool = False
) -> list[tuple[float, int]]:
    """The best documents of a set: scored one by one when the set is small, else by the threshold
    algorithm over impact-ordered lists (a coordinated score is at most the sum, so the bound holds)."""
    count = sum(1 for p in parts if p is not None)
    parts = [p for p in parts if p is not None and len(p)]
    if wanted <= 0 or not parts:
        return []
    maps = [p.score_of for p in parts]
    if coordinate:
        share = 1.0 / max(1, count)
        prior = ranker.prior().get

        def total(docnum: int) -> float:
            found = [m[docnum] for m in maps if docnum in m]
            return sum(found) * len(found) * share * prior(docnum, 1.0)

    else:

        def total(docnum: int) -> float:
            return sum(m.get(docnum, 0.0) for m in maps)

    if allowed.bit_count() <= DIRECT_SCORING_MAX:
        scored = ((total(d), -d) for d in members(allowed, ranker.size))
        return [(score, -negdoc) for score, negdoc in heapq.nlargest(wanted, scored)]
    data = as_bytes(allowed, ranker.size)
    bit = BIT
    positions = [0] * len(parts)
    heap: list[tuple[float, int]] = []
    seen: set[int] = set()
    while True:
        moved = False
        for index, part in enumerate(parts):
            start = positions[index]
            if start >= len(part):
                continue
            end = min(start + WALK_BATCH, len(part))
            docs, _scores = part.ordered(end)
            positions[index] = end
            moved = True
            for docnum in docs[start:end]:
                if docnum in seen:
                    continue
                seen.add(docnum)
                if not data[docnum >> 3] & bit[docnum & 7]:
                    continue
                if coordinate:
                    score = total(docnum)
                else:
                    score = 0.0
                    for score_of in maps:
                        score += score_of.get(docnum, 0.0)
                if len(heap) < wanted:
                    heapq.heappush(heap, (score, -docnum))
                elif score > heap[0][0]:
                    heapq.heapreplace(heap, (score, -docnum))
        if not moved:
            break
        if len(heap) >= wanted:
            ahead = sum(
                part.ordered(positions[i] + 1)[1][positions[i]]
                for i, part in enumerate(parts)
                if positions[i] < len(part)
            )
            if heap[0][0] >= ahead:
                break
    return [(score, -negdoc) for score, negdoc in sorted(heap, reverse=True)]


def masks_of(parts: Iterable[Postings | None]) -> tuple[int, int]:
    """(documents with every part, documents with any part)."""
    every, some, first = 0, 0, True
    for part in parts:
        if part is None:
            continue  # a clause of stop words only constrains nothing
        mask = part.mask
        every = mask if first else every & mask
        some |= mask
        first = False
    return every, some
