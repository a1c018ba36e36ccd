"""Postings read straight from whoosh's files, and one query element's scores (``Postings``).

whoosh decodes a term's postings one matcher call at a time in Python; these readers take a block's
document numbers and weights as arrays (``_block_arrays``) and a field's lengths as one column
(``segment_lengths``), which is what lets the ranker (``rank``) score a word in one pass.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from itertools import accumulate

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.util.numeric import byte_to_length

from ipt_desktop.core.search.masks import set_from

PARTIAL_ORDER_FROM = (
    4096  # longer lists first select their best PARTIAL_ORDER_DEPTH, sorting all only if needed
)
PARTIAL_ORDER_DEPTH = 256


class Postings:
    """One query element over one searcher: its score per document and a mask; the documents in descending
    score order are sorted on first use (a mask-only use, such as a negated word, never sorts)."""

    __slots__ = ("_complete", "_docs", "_scores", "mask", "score_of")

    def __init__(self, score_of: dict[int, float], size: int, mask: int | None = None) -> None:
        self.score_of = score_of
        self.mask = set_from(score_of, size) if mask is None else mask
        self._docs: list[int] = []
        self._scores: list[float] = []
        self._complete = not score_of

    @classmethod
    def ordered_from(cls, docs: list[int], scores: list[float], mask: int) -> Postings:
        """Postings already in descending score order, with their document set (``impacts``)."""
        made = cls.__new__(cls)
        made.score_of = dict(zip(docs, scores, strict=True))
        made.mask = mask
        made._docs, made._scores, made._complete = docs, scores, True
        return made

    def __len__(self) -> int:
        return len(self.score_of)

    def ordered(self, depth: int) -> tuple[list[int], list[float]]:
        """At least the ``depth`` best (documents, scores), best first (all of them when fewer)."""
        if not self._complete and depth > len(self._docs):
            score_of = self.score_of
            get = score_of.__getitem__
            if len(score_of) > PARTIAL_ORDER_FROM and depth <= PARTIAL_ORDER_DEPTH:
                # Most walks stop within the first few hundred: select those instead of sorting everything.
                docs = heapq.nlargest(PARTIAL_ORDER_DEPTH, score_of, key=get)
            else:
                # Sorting the keys by a C-level look-up compares bare floats, several times faster than tuples.
                docs = sorted(score_of, key=get, reverse=True)
                self._complete = True
            self._docs = docs
            self._scores = list(map(get, docs))
        return self._docs, self._scores

    @property
    def docs(self) -> list[int]:
        """Every document, best first."""
        return self.ordered(len(self.score_of))[0]


def _block_arrays(matcher) -> tuple[list[int], list[float]]:
    """The current block's document numbers and weights, decoded in C where whoosh would loop in Python."""
    if matcher._data is None:
        matcher._read_data()
    raw_ids, weights = matcher._data[0], matcher._data[1]
    ids = list(raw_ids) if matcher._byteids else list(accumulate(raw_ids))
    count = len(ids)
    if weights is None:
        weights = [1.0] * count
    elif isinstance(weights, float):
        weights = [weights] * count
    return ids, weights


def leaf_postings(leaf, fieldname: str, btext: bytes) -> Iterator[tuple[list[int], list[float]]]:
    """(ids, weights) of a term in one segment, a block at a time."""
    if (fieldname, btext) not in leaf:
        return
    matcher = leaf.postings(fieldname, btext)
    if all(hasattr(matcher, name) for name in ("_data", "_read_data", "_byteids", "_goto", "_lastblock")):
        while not matcher._atend:
            yield _block_arrays(matcher)
            if matcher._lastblock:
                break
            matcher._goto(matcher._nextoffset)
    else:  # another codec: the public, slower interface
        items = list(matcher.items_as("weight"))
        yield [i for i, _ in items], [w for _, w in items]


_BYTE_LENGTHS = [byte_to_length(b) for b in range(256)]


def segment_lengths(leaf, fieldname: str) -> list[int]:
    """Every document's length in a field, read as one column (per-document calls are slow)."""
    count = leaf.doc_count_all()
    try:
        column = leaf._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is not None:
            raw = column.load()
            if len(raw) >= count:
                return [_BYTE_LENGTHS[b] for b in raw[:count]]
    except (AttributeError, TypeError, ValueError):
        pass
    return [leaf.doc_field_length(d, fieldname, 0) for d in range(count)]


def merge(a: dict[int, float], b: dict[int, float], combine) -> dict[int, float]:
    """Both score maps in one; documents in both get ``combine(x, y)``. The larger map is reused."""
    if len(a) < len(b):
        a, b = b, a
    get = a.get
    for docnum, score in b.items():
        mine = get(docnum)
        a[docnum] = score if mine is None else combine(mine, score)
    return a
