"""The change records: what ``touches`` answers, how records combine, and how a call's result is split."""

import pytest

from ipt_desktop.core.changes import KINDS, Changes, OpChanges, OpResult, split_result


def test_an_empty_record_touches_nothing():
    empty = OpChanges()
    assert empty.is_empty and empty.kinds == ()
    assert not empty.touches(*KINDS)
    assert not OpChanges(content=Changes(origin="sync")).touches("content")  # a sync that changed nothing


def test_touches_names_exactly_the_fields_that_are_set():
    record = OpChanges(content=Changes(added=("a",)), bookmarks=frozenset({"b"}), index=True)
    assert record.kinds == ("content", "bookmarks", "index")
    assert record.touches("content") and record.touches("notes", "bookmarks")
    assert not record.touches("notes", "history", "collections", "sources")


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="bookmark"):
        OpChanges().touches("bookmark")


def test_touches_document_means_updated_or_removed():
    record = OpChanges(content=Changes(added=("new",), updated=("changed",), removed=("gone",)))
    assert record.touches_document("changed") and record.touches_document("gone")
    assert not record.touches_document("new") and not record.touches_document("other")


def test_merged_records_combine_every_field():
    first = OpChanges(content=Changes(added=("a",), origin="one"), notes=frozenset({"n"}))
    second = OpChanges(
        content=Changes(removed=("b",), origin="two"), collections=frozenset({3}), sources=frozenset({"s"})
    )
    both = first.merged(second).merged(OpChanges(index=True, history=frozenset({"h"})))
    assert both.content == Changes(("a",), (), ("b",), "one")
    assert both.kinds == ("content", "notes", "history", "collections", "sources", "index")


def test_split_result_separates_the_answer_from_the_changes():
    record = OpChanges(bookmarks=frozenset({"x"}))
    assert split_result(OpResult(42, record)) == (42, record)
    assert split_result(record) == (record, record)
    assert split_result([1, 2]) == ([1, 2], None)
    assert split_result(None) == (None, None)
