"""One index, several users: the window's two workers (each with its own Library on its own thread) and other
processes on the same data directory all see every change to the index, with its word list and synonyms."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ipt_desktop.core.library import Library
from ipt_desktop.core.search.types import SearchQuery
from tests.conftest import SMALL_LIBRARY
from tests.core.search.library import make_doc

NEW_GLOSSARY = make_doc(
    "glossary-zlc",
    "Zeppelin logistics contract (ZLC)",
    "A contract for airship logistics.",
    type_="glossary",
    meta={"term": "Zeppelin logistics contract", "acronyms": ["ZLC"]},
)
NEW_GUIDE = make_doc(
    "guide-airships",
    "The zeppelinophile's guide to airship services",
    "How a zeppelinophile buyer writes a zeppelin logistics contract for heavy cargo.",
)


class Worker:
    """A thread that owns one Library, as each of the window's core workers does."""

    def __init__(self, data_dir: Path, tmp_path: Path) -> None:
        self.pool = ThreadPoolExecutor(max_workers=1)
        self.library = self.call(
            lambda: Library(data_dir, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed")
        )

    def call(self, fn, *args):
        return self.pool.submit(fn, *args).result(timeout=120)

    def run(self, fn, *args):
        return self.call(fn, self.library, *args)

    def search(self, text: str, **kwargs):
        return self.run(lambda lib: lib.search(SearchQuery(text, **kwargs)))

    def close(self) -> None:
        self.run(Library.close)
        self.pool.shutdown()


@pytest.fixture
def workers(tmp_path: Path):
    """(reader, writer) over one ready data directory, the reader's searcher already open."""
    data_dir = tmp_path / "data"
    with Library(data_dir, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed") as library:
        library.ensure_ready()
    reader, writer = Worker(data_dir, tmp_path), Worker(data_dir, tmp_path)
    assert reader.search("procurement").total  # the reader has its searcher, word list and synonyms
    yield reader, writer
    reader.close()
    writer.close()


def ids(result) -> list[str]:
    return [hit.id for hit in result.hits]


def test_an_import_on_the_writer_reaches_the_readers_word_list_and_synonyms(workers) -> None:
    reader, writer = workers
    writer.run(lambda lib: lib.import_markdown([NEW_GLOSSARY, NEW_GUIDE]))
    assert "guide-airships" in ids(reader.search("zeppelinophile"))  # whole word: the postings
    assert "guide-airships" in ids(reader.search("zeppelinoph", prefix=True))  # prefix: the word list
    assert reader.search("zeppelinophle").suggestion == "zeppelinophile"  # did you mean: the word list
    assert "guide-airships" in ids(reader.search("ZLC"))  # the acronym: the synonyms


def test_a_reindex_on_the_writer_reaches_the_reader(workers) -> None:
    reader, writer = workers
    before = reader.search("").total
    # content.db gains a document that the index does not know (as after an interrupted update) ...
    writer.run(lambda lib: lib.content.apply([NEW_GUIDE], origin="import"))
    # ... and a re-index builds a new index, which starts again at generation 1.
    assert writer.run(lambda lib: lib.rebuild_index()) == before + 1
    assert reader.search("").total == before + 1
    assert ids(reader.search("zeppelinophile")) == ["guide-airships"]
    assert reader.run(lambda lib: lib.stats()["indexed"]) == before + 1


def test_both_workers_use_one_index(workers) -> None:
    reader, writer = workers
    assert reader.library.index is writer.library.index


def test_a_change_made_by_another_process_is_seen(workers, tmp_path: Path, cli_env) -> None:
    reader, _ = workers
    folder = tmp_path / "incoming"
    folder.mkdir()
    for doc in (NEW_GLOSSARY, NEW_GUIDE):
        (folder / f"{doc.id}.md").write_text(doc.to_markdown(), encoding="utf-8")
    data_dir = reader.library.data_dir
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop", "import", str(folder), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "guide-airships" in ids(reader.search("zeppelinoph", prefix=True))
    assert reader.search("zeppelinophle").suggestion == "zeppelinophile"
    assert "guide-airships" in ids(reader.search("ZLC"))
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop", "reindex", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert reader.search("").total == reader.run(lambda lib: lib.content.count())
    assert "guide-airships" in ids(reader.search("zeppelinoph", prefix=True))


def test_every_write_through_the_library_changes_the_counter(tmp_path: Path) -> None:
    import shutil

    from ipt_desktop.core.content.importer import import_markdown
    from ipt_desktop.core.sync.pipeline import commit

    bundled = tmp_path / "bundled"
    shutil.copytree(SMALL_LIBRARY, bundled)
    data_dir = tmp_path / "data"
    counter = data_dir / "index.changes"
    with Library(data_dir, bundled_dir=bundled, seed_dir=tmp_path / "no-seed") as library:
        seen = [b""]

        def changed() -> bool:
            value = counter.read_bytes()
            new = value != seen[-1]
            seen.append(value)
            return new

        library.ensure_ready()  # the bundled documents and the first build
        assert changed()
        folder = tmp_path / "notes"
        folder.mkdir()
        (folder / "visit.md").write_text("# Visit\n\nWe saw the depot.\n", encoding="utf-8")
        import_markdown(library, folder)  # import
        assert changed()
        commit(library, [NEW_GUIDE], [], "Feed")  # what a sync applies
        assert changed()
        commit(library, [], ["guide-airships"], "Feed")
        assert changed()
        commit(library, [], ["guide-airships"], "Feed")  # nothing to apply, nothing written
        assert not changed()
        library.rebuild_index()  # re-index
        assert changed()
        story = bundled / "story-test-buses.md"
        story.write_text(story.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
        assert not library.refresh_bundled().is_empty  # a bundled-library update
        assert changed()
