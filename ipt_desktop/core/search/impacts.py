"""Scored word lists of the frequent words, written beside the index after each commit ("impacts").

Ranking a word (``rank.Ranker.word``) reads its postings in every field, scores each with BM25 and orders
them by score; for a word found in thousands of documents that is most of a query's time, and it is the
same work for every search until the index changes. So, once a commit (a rebuild or an update) is done, the
words whose text postings reach ``MIN_POSTINGS`` are scored once, exactly as a search would score them, and
kept in one file per index generation (``impacts-<generation>.bin`` in the index folder). A search then
reads such a word's documents (already in score order), scores and document set with a few array reads,
instead of scoring every posting in Python.

The file only ever saves time: it belongs to the generation named in its name, and a search that cannot use
it (another generation, a missing or unreadable file, an entry whose checksum does not match) scores the word
itself. Small libraries have no word that frequent and get no file.

Layout: ``MAGIC``, a 4-byte little-endian header length, a JSON header (generation, document count, byte
order, and per stem its offset, posting count and checksum), then per stem the document numbers (int32),
the scores (float32) in descending score order, and the document set as bytes (see ``masks``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import sys
from array import array
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ipt_desktop.core.search.masks import set_from

MIN_POSTINGS = 2000
FILE_PREFIX = "impacts-"
FILE_SUFFIX = ".bin"
MAGIC = b"IPTIMPACTS1\n"
_HEADER_LENGTH = struct.Struct("<I")


def impacts_path(folder: Path, generation: int) -> Path:
    """The file of one index generation."""
    return Path(folder) / f"{FILE_PREFIX}{generation}{FILE_SUFFIX}"


def is_impacts_file(name: str) -> bool:
    """True for the name of an impacts file or of one being written (not part of the index's checked files:
    each entry carries its own checksum)."""
    return name.startswith(FILE_PREFIX)


def _digest(*parts: bytes) -> str:
    digest = hashlib.blake2b(digest_size=12)
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def write_impacts(
    folder: Path,
    ranker,
    generation: int,
    min_postings: int = MIN_POSTINGS,
    stop: Callable[[], bool] = lambda: False,
) -> Path | None:
    """Score the words of the searcher behind ``ranker`` (a ``rank.Ranker``) whose text postings reach
    ``min_postings`` and write them for ``generation``; older generations' files are removed. Returns the
    file, or None when no word is that frequent or ``stop`` said so between two words (no file is left)."""
    folder = Path(folder)
    reader = ranker.reader
    stems: list[bytes] = []
    if reader.doc_count_all() >= min_postings:
        # Segment by segment: a reader over several segments combines every term's information across them,
        # four times slower than adding the segments' counts here.
        counts: Counter = Counter()
        for leaf, _offset in reader.leaf_readers():
            for text, info in leaf.iter_field("text"):
                counts[text] += info.doc_frequency()
        stems = sorted(text for text, count in counts.items() if count >= min_postings)
    target = impacts_path(folder, generation)
    remove_other_generations(folder, keep=target.name if stems else None)
    if not stems:
        return None
    size = ranker.size
    entries: dict[str, list] = {}
    chunks: list[bytes] = []
    offset = 0
    for btext in stems:
        if stop():
            return None
        stem = btext.decode("utf-8")
        scores = ranker.score_word((stem,))
        docs = sorted(scores, key=scores.__getitem__, reverse=True)
        ids = array("i", docs).tobytes()
        values = array("f", map(scores.__getitem__, docs)).tobytes()
        mask = set_from(docs, size).to_bytes((size + 7) // 8, "little")
        entries[stem] = [offset, len(docs), _digest(ids, values, mask)]
        chunks += (ids, values, mask)
        offset += len(ids) + len(values) + len(mask)
    header = json.dumps(
        {"generation": generation, "size": size, "byteorder": sys.byteorder, "words": entries},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    temp = target.with_name(target.name + ".tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(MAGIC + _HEADER_LENGTH.pack(len(header)) + header)
            for chunk in chunks:
                handle.write(chunk)
        os.replace(temp, target)
    except OSError:  # a full disk costs speed, not the commit: searches score these words themselves
        with contextlib.suppress(OSError):
            os.remove(temp)
        return None
    return target


def remove_other_generations(folder: Path, keep: str | None) -> None:
    """Delete impacts files (and unfinished ones) other than ``keep``; a file another program still has
    open (Windows) is left for the next commit."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if is_impacts_file(entry.name) and entry.name != keep:
                with contextlib.suppress(OSError):
                    os.remove(entry.path)


class Impacts:
    """The impacts file of one searcher's generation, read a word at a time (no file is held open)."""

    def __init__(self, path: Path, words: dict[str, list], data_start: int, size: int, swap: bool) -> None:
        self.path = path
        self.words = words
        self.data_start = data_start
        self.size = size
        self.swap = swap

    @classmethod
    def open(cls, folder: Path, generation: int, size: int) -> Impacts | None:
        """The file for ``generation`` of an index of ``size`` documents, or None when there is none or it
        does not belong to them."""
        path = impacts_path(folder, generation)
        try:
            with path.open("rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    return None
                (length,) = _HEADER_LENGTH.unpack(handle.read(_HEADER_LENGTH.size))
                header = json.loads(handle.read(length).decode("utf-8"))
            words = header["words"]
            if header["generation"] != generation or header["size"] != size or not isinstance(words, dict):
                return None
        except (OSError, ValueError, KeyError, TypeError, struct.error):
            return None
        swap = header.get("byteorder") != sys.byteorder
        return cls(path, words, len(MAGIC) + _HEADER_LENGTH.size + length, size, swap)

    def __contains__(self, stem: str) -> bool:
        return stem in self.words

    def read(self, stem: str) -> tuple[list[int], list[float], int] | None:
        """(documents best first, their scores, document set) of a stem, or None when the file has no
        sound entry for it."""
        entry = self.words.get(stem)
        if entry is None:
            return None
        try:
            offset, count, checksum = int(entry[0]), int(entry[1]), str(entry[2])
            mask_length = (self.size + 7) // 8
            with self.path.open("rb") as handle:
                handle.seek(self.data_start + offset)
                ids_raw = handle.read(4 * count)
                values_raw = handle.read(4 * count)
                mask_raw = handle.read(mask_length)
        except (OSError, ValueError, TypeError, IndexError):
            return None
        if len(mask_raw) != mask_length or _digest(ids_raw, values_raw, mask_raw) != checksum:
            return None
        ids, values = array("i"), array("f")
        ids.frombytes(ids_raw)
        values.frombytes(values_raw)
        if self.swap:
            ids.byteswap()
            values.byteswap()
        return ids.tolist(), values.tolist(), int.from_bytes(mask_raw, "little")
