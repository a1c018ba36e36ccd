"""A full disk, for real: a small tmpfs holds the data directory (or only its index), filled up to a few
kilobytes. A pack import and a sync then fail with one line that says how much room is missing, the other
sources still run, nothing is half-applied, and user.db is byte-identical. Where mounting is not permitted,
a subprocess with RLIMIT_FSIZE makes every write past a size fail instead (EFBIG)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.cli import main
from ipt_desktop.core.library import Library
from ipt_desktop.core.search.types import SearchQuery

ROOT = Path(__file__).resolve().parents[1]
RSS = {"Content-Type": "application/rss+xml"}


@contextlib.contextmanager
def small_file_system(mount_point: Path, size: str):
    """A tmpfs of ``size`` mounted at ``mount_point``; skips the test when mounting is not permitted."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or not shutil.which("mount"):
        pytest.skip("a full file system is made with mount -t tmpfs, which this system does not have")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a small tmpfs is not permitted here ({done.stderr.strip()})")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(mount_point: Path, leave: int) -> Path:
    """Fill the file system up to ``leave`` bytes free."""
    filler = mount_point / "filler"
    stats = os.statvfs(mount_point)
    size = stats.f_bavail * stats.f_frsize - leave
    with filler.open("ab") as out:
        out.write(b"\0" * max(0, size))
    return filler


def snapshot(data: Path) -> tuple:
    """Documents by origin and hash, accepted feed versions, and user.db's bytes."""
    conn = sqlite3.connect(f"file:{data / 'content.db'}?mode=ro", uri=True)
    try:
        docs = dict(conn.execute("SELECT id, content_hash FROM documents").fetchall())
        versions = conn.execute("SELECT name, version FROM feed_versions").fetchall()
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    return docs, versions, problems, (data / "user.db").read_bytes()


def assert_index_matches_content(data: Path) -> None:
    with Library(data) as library:
        library.ensure_ready()
        ids = {doc.id for doc in library.content.iter_documents()}
        found = library.search(SearchQuery(text="", limit=500, with_facets=False))
        assert found.total == len(ids) and {hit.id for hit in found.hits} == ids


def one_error_line(err: str) -> list[str]:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err and all(
        line.startswith(("ipt-desktop: error: ", "http")) for line in lines
    ), err
    return lines


@pytest.fixture
def big_pack(tmp_path):
    """A signed pack of 40 documents of about 24 KB each, made by the publish command."""
    content = tmp_path / "pack-content"
    content.mkdir()
    for number in range(40):
        (content / f"big-{number}.md").write_text(
            f"---\nid: big-{number}\ntitle: Big document {number}\ntype: guide\nsummary: Large.\n"
            "language: en\nproject: Task Force\nlicense: CC-BY-4.0\nupdated: 2026-11-01\n---\n\n"
            + f"Paragraph {number} about innovation procurement and market consultation. "
            * 300,
            encoding="utf-8",
        )
    assert main(["keygen", str(tmp_path / "signer")]) == 0
    argv = ["publish", str(content), str(tmp_path / "pack"), "--secret-key", str(tmp_path / "signer.key")]
    assert main([*argv, "--name", "Big pack"]) == 0
    return tmp_path / "pack", tmp_path / "signer.pub"


def test_pack_import_on_a_full_disk_is_one_line_and_applies_nothing(tmp_path, cli_env, capsys, big_pack):
    pack, pub = big_pack
    with small_file_system(tmp_path / "fs", "12m") as fs:
        data = fs / "data"
        assert main(["stats", "--data-dir", str(data)]) == 0
        before = snapshot(data)
        filler = fill(fs, leave=96 * 1024)
        capsys.readouterr()
        code = main(["import", str(pack), "--public-key", str(pub), "--data-dir", str(data)])
        _out, err = capsys.readouterr()
        lines = one_error_line(err)
        assert code == 2 and len(lines) == 1, err
        assert "the disk is full: " in lines[0] and "content.db needs about " in lines[0], lines[0]
        assert lines[0].rstrip().split("needs about ")[1].split(" MB more")[0].isdigit(), lines[0]
        assert snapshot(data) == before  # nothing half-applied; user.db byte-identical
        filler.unlink()  # room again: the same import now goes through, nothing in its way
        assert main(["import", str(pack), "--public-key", str(pub), "--data-dir", str(data)]) == 0
        after = snapshot(data)
        assert len(after[0]) == len(before[0]) + 40 and after[1] == [("Big pack", 1)]
        assert after[3] == before[3]
        assert_index_matches_content(data)


def test_sync_on_a_full_disk_reports_each_source_and_the_others_still_run(tmp_path, cli_env, capsys):
    server = LoopbackServer()
    server.routes["/big"] = Route(rss_feed(300, prefix="big", words=800), headers=RSS)
    server.routes["/small"] = Route(rss_feed(1, prefix="small", words=8), headers=RSS)
    try:
        with small_file_system(tmp_path / "fs", "12m") as fs:
            data = fs / "data"
            for name, path in (("A big", "/big"), ("B small", "/small")):
                assert (
                    main(["sources", "add", server.url(path), "--name", name, "--data-dir", str(data)]) == 0
                )
            before = snapshot(data)
            filler = fill(fs, leave=64 * 1024)
            capsys.readouterr()
            code = main(["sync", "--data-dir", str(data)])
            out, err = capsys.readouterr()
            lines = one_error_line(err)
            assert code == 1, (out, err)
            big_line = next(line for line in lines if line.startswith(server.url("/big")))
            assert "the disk is full: " in big_line and "needs about " in big_line, big_line
            assert "/small" in server.paths()  # the next source still ran after the first one failed
            assert "B small: 1 added" in out or any(line.startswith(server.url("/small")) for line in lines)
            after = snapshot(data)
            new_ids = set(after[0]) - set(before[0])
            assert len(new_ids) <= 1 and all("small" in doc_id for doc_id in new_ids), new_ids  # none of A's
            assert {doc_id: after[0][doc_id] for doc_id in before[0]} == before[0]
            assert after[2] == ["ok"] and after[3] == before[3]
            filler.unlink()
            assert main(["sync", "--force", "--data-dir", str(data)]) == 0
            assert_index_matches_content(data)
    finally:
        server.close()


def test_sync_whose_index_update_fails_keeps_the_content_and_runs_the_next_source(tmp_path, cli_env, capsys):
    server = LoopbackServer()
    server.routes["/a"] = Route(rss_feed(40, prefix="alpha", words=400), headers=RSS)
    server.routes["/b"] = Route(rss_feed(3, prefix="beta"), headers=RSS)
    data = tmp_path / "data"
    try:
        for name, path in (("A", "/a"), ("B", "/b")):
            assert main(["sources", "add", server.url(path), "--name", name, "--data-dir", str(data)]) == 0
        index_copy = tmp_path / "index-copy"
        shutil.copytree(data / "index", index_copy)
        size = sum(p.stat().st_size for p in index_copy.rglob("*") if p.is_file())
        before = snapshot(data)
        # The index alone sits on a full file system: content.db has room, the index update has none.
        with small_file_system(data / "index", f"{size // 1024 + 512}k") as index_fs:
            for path in index_copy.iterdir():
                shutil.copy2(path, index_fs / path.name)
            fill(index_fs, leave=16 * 1024)
            capsys.readouterr()
            code = main(["sync", "--data-dir", str(data)])
            out, err = capsys.readouterr()
            lines = one_error_line(err)
            assert code == 1, (out, err)
            assert len(lines) == 2 and all(line.count("\n") == 0 for line in lines), err
            for line in lines:
                assert "saved, but the search index" in line and "the disk is full: " in line, line
                assert "rebuilt on the next start" in line, line
            after = snapshot(data)
            assert len(after[0]) == len(before[0]) + 43  # both sources' content was committed whole
            assert after[3] == before[3]
            with Library(data) as library:
                assert library.index_dirty()  # the next start rebuilds
        assert_index_matches_content(data)  # the next start rebuilds the index
    finally:
        server.close()


def test_import_past_a_file_size_limit_is_one_line_naming_the_database(tmp_path, cli_env, big_pack):
    """Without mount: RLIMIT_FSIZE makes writes fail with EFBIG (Python ignores SIGXFSZ)."""
    pack, pub = big_pack
    data = tmp_path / "data"
    assert main(["stats", "--data-dir", str(data)]) == 0
    before = snapshot(data)
    limit = 256 * 1024  # existing files are only read; the write-ahead log of the import grows past this
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from ipt_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "import", str(pack), "--public-key", str(pub), "--data-dir", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    lines = one_error_line(done.stderr)
    assert len(lines) == 1 and str(data) in lines[0], done.stderr
    assert snapshot(data) == before


def test_a_deck_import_on_a_full_disk_is_one_line_and_user_db_unchanged(tmp_path, cli_env, capsys):
    """user.db is written outside the Library's own error handling: the command line names the failure."""
    import json

    deck = tmp_path / "deck.json"
    items = [
        {"id": f"missing-{n}", "title": "A long title " * 20, "section": None, "content_hash": None}
        for n in range(4000)
    ]
    deck.write_text(json.dumps({"format": "ipt-deck", "version": 1, "name": "Big", "items": items}))
    with small_file_system(tmp_path / "fs", "12m") as fs:
        data = fs / "data"
        assert main(["stats", "--data-dir", str(data)]) == 0
        before = snapshot(data)
        fill(fs, leave=64 * 1024)
        capsys.readouterr()
        code = main(["decks", "import", str(deck), "--data-dir", str(data)])
        _out, err = capsys.readouterr()
        lines = one_error_line(err)
        assert code == 2 and len(lines) == 1 and "the disk is full: " in lines[0], err
        assert str(data) in lines[0]
        assert snapshot(data) == before
