"""The contract between our search code and whoosh's private internals.

Ranking, masks and the index writer read or override parts of whoosh that are not its public API (posting
blocks, per-document columns, the segment writer's steps), because the public API was too slow. pyproject.toml
pins whoosh-reloaded to the one version this contract was checked against. These tests fail, naming the
internal and the code of ours that uses it, when a different whoosh is installed or when one of those
internals changes shape: an attribute is missing, a signature or the source of a method differs, or a tiny
index reads back differently through our fast paths than through whoosh's public API.

When one fails after a deliberate upgrade: read the named code of ours against the new whoosh, adapt it, and
then update the pin and the tables below (``python -m tests.core.search.test_whoosh_contract`` prints the
current signatures and source hashes).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import inspect
import re
import tomllib
from pathlib import Path

import pytest
from whoosh import index as windex
from whoosh import writing
from whoosh.codec.whoosh3 import W3Codec

from ipt_desktop.core.search import masks, writer
from ipt_desktop.core.search import postings as readers
from ipt_desktop.core.search.schema import build_schema
from ipt_desktop.core.search.store import writer_options
from tests.core.search.library import DOCS, make_doc

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = "whoosh-reloaded"
CHECKED_VERSION = "2.7.5"

RANK = "ipt_desktop/core/search/postings.py (_block_arrays, leaf_postings, segment_lengths)"
MASKS = "ipt_desktop/core/search/masks.py (_posting_id_blocks)"
WRITER = "ipt_desktop/core/search/writer.py (PostingWriter, write_segments, commit_segments)"

# Methods we call or override: (module, class, method) -> (signature, first 16 hex of sha256 of the source,
# who relies on it).
METHODS = {
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "reset"): ("(self)", "8ece4baab8cf2c5d", f"{RANK}; {MASKS}"),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_goto"): (
        "(self, position)",
        "cf5edba3e9484d57",
        f"{RANK}; {MASKS}",
    ),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_read_data"): ("(self)", "150a9642f8b55013", RANK),
    ("whoosh.codec.whoosh3", "W3LeafMatcher", "_read_ids"): ("(self)", "f8024a90ec60697e", MASKS),
    ("whoosh.codec.whoosh3", "W3PerDocReader", "_cached_reader"): (
        "(self, fieldname, column)",
        "2e27976f892aee8f",
        RANK,
    ),
    ("whoosh.codec.whoosh3", "W3PerDocReader", "column_reader"): (
        "(self, fieldname, column)",
        "0a38bc312006b767",
        RANK,
    ),
    ("whoosh.reading", "SegmentReader", "__init__"): (
        "(self, storage, schema, segment, generation=None, codec=None)",
        "960bfd925f5f8794",
        RANK,
    ),
    ("whoosh.writing", "SegmentWriter", "__init__"): (
        "(self, ix, poolclass=None, timeout=0.0, delay=0.1, _lk=True, limitmb=128, docbase=0, codec=None, "
        "compound=True, **kwargs)",
        "6f5e4c4237ba887e",
        WRITER,
    ),
    ("whoosh.writing", "SegmentWriter", "_flush_segment"): ("(self)", "a4b79c8a3687febd", WRITER),
    ("whoosh.writing", "SegmentWriter", "_finalize_segment"): ("(self)", "6a50f86829f60280", WRITER),
    ("whoosh.writing", "SegmentWriter", "_close_segment"): ("(self)", "f6f69d46aca1a701", WRITER),
    ("whoosh.writing", "SegmentWriter", "_commit_toc"): ("(self, segments)", "05a77e1839a61845", WRITER),
    ("whoosh.writing", "SegmentWriter", "_finish"): ("(self)", "9efc16e8afa7029d", WRITER),
    ("whoosh.writing", "SegmentWriter", "cancel"): ("(self)", "14e1dd5f1e9efbc0", WRITER),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "start_field"): (
        "(self, fieldname, fieldobj)",
        "14b57944c4aeaee6",
        WRITER,
    ),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "start_term"): ("(self, btext)", "ec3f34231ac58f19", WRITER),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "add"): (
        "(self, docnum, weight, vbytes, length)",
        "903b771bc7977767",
        WRITER,
    ),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "finish_term"): ("(self)", "ead26346d81433a0", WRITER),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "finish_field"): ("(self)", "1afc7b47dedcb3b9", WRITER),
    ("whoosh.codec.whoosh3", "W3FieldWriter", "close"): ("(self)", "c7a4c194faed60b7", WRITER),
}

# Private data attributes we read on live objects, per kind of object.
MATCHER_ATTRIBUTES = {
    "_data": RANK,
    "_byteids": RANK,
    "_atend": f"{RANK}; {MASKS}",
    "_lastblock": f"{RANK}; {MASKS}",
    "_nextoffset": f"{RANK}; {MASKS}",
    "_ids": MASKS,
}
WRITER_ATTRIBUTES = {
    "writelock": WRITER,
    "_tempstorage": WRITER,
    "perdocwriter": WRITER,
    "fieldwriter": WRITER,
    "pool": WRITER,
    "schema": WRITER,
    "is_closed": WRITER,
}


def _method(module: str, cls: str, name: str):
    return getattr(getattr(importlib.import_module(module), cls), name)


def _source_hash(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()[:16]


def _changed(internal: str, what: str, users: str) -> str:
    return (
        f"whoosh internal {internal} {what}. It is used by {users}: check that code against "
        f"{PACKAGE} {importlib.metadata.version(PACKAGE)}, then update tests/core/search/test_whoosh_contract.py."
    )


def _public_postings(matcher) -> list[tuple[int, float]]:
    """(document, weight) pairs through whoosh's public Matcher interface."""
    out = []
    while matcher.is_active():
        out.append((matcher.id(), matcher.weight()))
        matcher.next()
    return out


def _pinned_version() -> str | None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        match = re.fullmatch(rf"{re.escape(PACKAGE)}\s*==\s*([\w.]+)", requirement.strip())
        if match:
            return match.group(1)
    return None


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    """A small index written by our PostingWriter, with posting blocks of 4 so that terms span blocks."""
    folder = tmp_path_factory.mktemp("contract")
    docs = DOCS + [
        make_doc(f"extra-{n}", f"Procurement note {n}", f"procurement market consultation number {n}")
        for n in range(12)
    ]
    ix = windex.create_in(str(folder), build_schema())
    options = {**writer_options(), "codec": W3Codec(blocklimit=4, compression=0)}
    segments, _meta = writer.write_segments(ix, docs, options)
    writer.commit_segments(ix, segments, options)
    ix = windex.open_dir(str(folder))
    yield ix, len(docs)
    ix.close()


def test_the_installed_whoosh_is_the_pinned_one():
    installed = importlib.metadata.version(PACKAGE)
    pinned = _pinned_version()
    assert pinned is not None, f"pyproject.toml must pin {PACKAGE} exactly ({PACKAGE}=={installed})"
    assert pinned == CHECKED_VERSION, (
        f"pyproject.toml pins {PACKAGE}=={pinned}, but this contract was checked against {CHECKED_VERSION}"
    )
    assert installed == pinned, f"{PACKAGE} {installed} is installed, pyproject.toml pins {pinned}"


@pytest.mark.parametrize("key", sorted(METHODS), ids=lambda key: ".".join(key[1:]))
def test_private_methods_keep_their_signature_and_source(key):
    module, cls, name = key
    signature, digest, users = METHODS[key]
    internal = f"{module}.{cls}.{name}"
    try:
        function = _method(module, cls, name)
    except AttributeError:
        pytest.fail(_changed(internal, "is missing", users))
    assert str(inspect.signature(function)) == signature, _changed(
        internal, f"has a new signature {inspect.signature(function)} (was {signature})", users
    )
    assert _source_hash(function) == digest, _changed(internal, "has new source code", users)


def test_posting_matchers_have_the_block_attributes_we_read(tiny_index):
    ix, _count = tiny_index
    with ix.searcher() as searcher:
        leaf = searcher.reader().leaf_readers()[0][0]
        matcher = leaf.postings("text", b"procur")
        for name, users in MATCHER_ATTRIBUTES.items():
            assert hasattr(matcher, name), _changed(f"W3LeafMatcher.{name}", "is missing", users)
        assert hasattr(leaf, "_perdoc"), _changed("SegmentReader._perdoc", "is missing", RANK)


def test_segment_writers_have_the_attributes_we_use(tiny_index):
    ix, _count = tiny_index
    segment_writer = writing.SegmentWriter(ix, **writer_options())
    try:
        for name, users in WRITER_ATTRIBUTES.items():
            assert hasattr(segment_writer, name), _changed(f"SegmentWriter.{name}", "is missing", users)
    finally:
        segment_writer.cancel()


def test_block_reads_match_the_public_postings_for_every_term(tiny_index):
    ix, count = tiny_index
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for leaf, _base in reader.leaf_readers():
            for fieldname in leaf.indexed_field_names():
                for btext in leaf.lexicon(fieldname):
                    public = _public_postings(leaf.postings(fieldname, btext))
                    blocks = list(readers.leaf_postings(leaf, fieldname, btext))
                    assert [(i, w) for ids, weights in blocks for i, w in zip(ids, weights, strict=True)] == [
                        (i, pytest.approx(w)) for i, w in public
                    ], _changed("W3LeafMatcher block data (_data, _byteids)", "reads back differently", RANK)
                    ids = [
                        i
                        for block in masks._posting_id_blocks(leaf.postings(fieldname, btext))
                        for i in block
                    ]
                    assert ids == [i for i, _ in public], _changed(
                        "W3LeafMatcher._read_ids/_goto", "reads back differently", MASKS
                    )
        assert reader.doc_count() == count


def test_our_fast_paths_are_the_ones_taken(tiny_index):
    """rank and masks fall back to the slow public API when the internals are missing: fail instead."""
    ix, _count = tiny_index
    with ix.searcher() as searcher:
        leaf = searcher.reader().leaf_readers()[0][0]
        matcher = leaf.postings("text", b"procur")
        assert all(hasattr(matcher, n) for n in ("_data", "_read_data", "_byteids", "_goto", "_lastblock")), (
            _changed("W3LeafMatcher", "no longer offers the block interface", RANK)
        )
        assert hasattr(matcher, "_read_ids"), _changed("W3LeafMatcher._read_ids", "is missing", MASKS)
        column = leaf._perdoc._cached_reader("_text_len", readers.LENGTHS_COLUMN)
        assert column is not None, _changed("W3PerDocReader._cached_reader", "finds no length column", RANK)


def test_length_columns_match_the_public_field_lengths(tiny_index):
    ix, _count = tiny_index
    with ix.searcher() as searcher:
        for leaf, _base in searcher.reader().leaf_readers():
            for fieldname in ("text", "title"):
                expected = [leaf.doc_field_length(d, fieldname, 0) for d in range(leaf.doc_count_all())]
                assert readers.segment_lengths(leaf, fieldname) == expected, _changed(
                    "W3PerDocReader._cached_reader / length column", "reads back differently", RANK
                )


def test_posting_writer_writes_what_whoosh_s_own_writer_writes(tmp_path: Path):
    """PostingWriter replaces SegmentWriter._flush_segment; the postings must come out the same."""
    docs = DOCS[:6]
    indexes = {}
    for name, writer_class in (("ours", writer.PostingWriter), ("whoosh", writing.SegmentWriter)):
        folder = tmp_path / name
        folder.mkdir()
        ix = windex.create_in(str(folder), build_schema())
        segment_writer = writer_class(ix, **writer_options())
        for doc in docs:
            writer.add_document(segment_writer, writer.BuildMeta(), doc)
        segment_writer.commit()
        indexes[name] = windex.open_dir(str(folder))
    postings = {}
    for name, ix in indexes.items():
        with ix.searcher() as searcher:
            reader = searcher.reader()
            postings[name] = {
                (fieldname, btext): _public_postings(reader.postings(fieldname, btext))
                for fieldname in reader.indexed_field_names()
                for btext in reader.lexicon(fieldname)
            }
        ix.close()
    assert postings["ours"] == postings["whoosh"], _changed(
        "SegmentWriter._flush_segment", "is no longer replaceable by PostingWriter's", WRITER
    )


def test_a_commit_of_separately_written_segments_lists_them_all(tmp_path: Path):
    """build_parallel writes segments in several writers and lists them in one table of contents."""
    ix = windex.create_in(str(tmp_path), build_schema())
    first, _ = writer.write_segments(ix, DOCS[:3], writer_options())
    second, _ = writer.write_segments(ix, DOCS[3:], writer_options())
    writer.commit_segments(ix, first + second, writer_options())
    ix = windex.open_dir(str(tmp_path))
    try:
        assert ix.doc_count() == len(DOCS), _changed("SegmentWriter._commit_toc", "lost segments", WRITER)
        with ix.searcher() as searcher:
            assert {searcher.stored_fields(d)["id"] for d in range(len(DOCS))} == {d.id for d in DOCS}
    finally:
        ix.close()


if __name__ == "__main__":  # print the current table, for a deliberate upgrade
    for module, cls, name in sorted(METHODS):
        function = _method(module, cls, name)
        print(f"{module}.{cls}.{name}: {inspect.signature(function)} {_source_hash(function)}")
