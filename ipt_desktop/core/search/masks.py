"""Document sets as integers, for match counts, filters and facet counts without a Python loop per document.

A set over a searcher's documents is an ``int`` with bit ``n`` set when document number ``n`` is in it, so
that ``&``, ``|`` and ``int.bit_count`` do set algebra and counting in C on ``size / 8`` bytes; its
``to_bytes`` form (:func:`as_bytes`) lists the members a byte at a time (:func:`members`).

:class:`MaskCache` belongs to one searcher (one index generation) and keeps the masks of the facet values and
of the live documents; it is dropped when the searcher is refreshed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator

from whoosh import query as wq

_NONZERO = re.compile(b"[^\x00]")
BIT = tuple(1 << n for n in range(8))


def set_from(docnums: Iterable[int], size: int) -> int:
    """The set of the given document numbers.

    Marked a byte per document (one store each, the cheapest loop Python has), then packed: the bytes of
    documents ``k, k + 8, k + 16 …`` read as an integer have a bit at every eighth place, which a shift by
    ``k`` puts where those documents belong; eight slices and shifts run in C."""
    buffer = bytearray(size + (-size) % 8)
    for docnum in docnums:
        buffer[docnum] = 1
    result = 0
    for k in range(8):
        result |= int.from_bytes(buffer[k::8], "little") << k
    return result


def as_bytes(mask: int, size: int) -> bytes:
    """A set as bytes, little-endian: document ``n`` is bit ``n % 8`` of byte ``n // 8``."""
    return mask.to_bytes((size + 7) // 8, "little") if mask > 0 else bytes((size + 7) // 8)


def members(mask: int, size: int) -> list[int]:
    """The document numbers in a set, ascending."""
    data = as_bytes(mask, size)
    out = []
    for match in _NONZERO.finditer(data):
        index = match.start()
        byte = data[index]
        base = index << 3
        out.extend(base + bit for bit in range(8) if byte & BIT[bit])
    return out


def _posting_id_blocks(matcher) -> Iterator[Iterable[int]]:
    """Document numbers of a leaf posting matcher, a block at a time."""
    if hasattr(matcher, "_read_ids") and hasattr(matcher, "_goto"):
        while not matcher._atend:
            if matcher._ids is None:
                matcher._read_ids()
            yield matcher._ids
            if matcher._lastblock:
                break
            matcher._goto(matcher._nextoffset)
    else:
        yield list(matcher.all_ids())


class MaskCache:
    """Masks of facet values and live documents for one searcher; term masks are computed per call."""

    def __init__(self, searcher, facet_fields: Iterable[str]) -> None:
        self.searcher = searcher
        self.size = searcher.doc_count_all()
        self.leaves = list(searcher.reader().leaf_readers())
        self._facet_fields = tuple(facet_fields)
        self._facets: dict[str, list[tuple[str, int]]] | None = None
        self._live: int | None = None
        self._lock = threading.Lock()

    # -- building ----------------------------------------------------------------------------------------

    def _docnums(self, fieldname: str, btext: bytes) -> Iterator[int]:
        for leaf, offset in self.leaves:
            if (fieldname, btext) not in leaf:
                continue
            matcher = leaf.postings(fieldname, btext)
            for ids in _posting_id_blocks(matcher):
                yield from (map(offset.__add__, ids) if offset else ids)

    def term(self, fieldname: str, text: str | bytes) -> int:
        """The set of documents that contain a term (deleted documents included)."""
        btext = text.encode("utf-8") if isinstance(text, str) else text
        return set_from(self._docnums(fieldname, btext), self.size)

    def terms(self, fieldname: str, texts: Iterable[str | bytes]) -> int:
        """Documents that contain any of the terms."""
        result = 0
        for text in texts:
            result |= self.term(fieldname, text)
        return result

    @property
    def live(self) -> int:
        """Every document that is not deleted."""
        if self._live is None:
            live = (1 << self.size) - 1
            for leaf, offset in self.leaves:
                if leaf.has_deletions():
                    alive = set(leaf.all_doc_ids())
                    for docnum in range(leaf.doc_count_all()):
                        if docnum not in alive:
                            live &= ~(1 << (offset + docnum))
            self._live = live
        return self._live

    def facet_values(self, fieldname: str) -> list[tuple[str, int]]:
        """(value, mask) for every value of a facet field."""
        with self._lock:
            if self._facets is None:
                self._facets = {}
            found = self._facets.get(fieldname)
            if found is None:
                reader = self.searcher.reader()
                values = [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(fieldname)]
                found = [(value, self.term(fieldname, value) & self.live) for value in values]
                self._facets[fieldname] = found
            return found

    # -- using -------------------------------------------------------------------------------------------

    def query(self, q: wq.Query) -> int:
        """The set of documents a query matches (Term, Or, And, AndNot fast; anything else via whoosh)."""
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text)
        if isinstance(q, wq.Or):
            result = 0
            for sub in q.subqueries:
                result |= self.query(sub)
            return result
        if isinstance(q, wq.And):
            result = -1
            for sub in q.subqueries:
                result &= self.query(sub)
                if not result:
                    break
            return result & self.live
        if isinstance(q, wq.AndNot):
            return self.query(q.a) & ~self.query(q.b)
        if isinstance(q, wq.Every):
            return self.live
        if isinstance(q, wq.NullQuery.__class__) or q is wq.NullQuery:
            return 0
        return set_from(self.searcher.docs_for_query(q), self.size)

    def counts(self, mask: int, fieldname: str) -> dict[str, int]:
        """Facet counts of a field within a document set, largest first."""
        counts = []
        for value, value_mask in self.facet_values(fieldname):
            count = (mask & value_mask).bit_count()
            if count:
                counts.append((value, count))
        counts.sort(key=lambda item: (-item[1], item[0]))
        return dict(counts)

    def docnums(self, mask: int) -> set[int]:
        """The document numbers in a set."""
        return set(members(mask, self.size))
