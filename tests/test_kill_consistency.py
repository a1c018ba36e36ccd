"""SIGKILL at random points: ``sync``, ``import`` and ``reindex`` run as real processes on one data directory
and are killed at seeded random delays, at least 20 times each. After every kill, the next start of the
library must find a consistent state: content.db passes its integrity check and holds all of one version of
what was being written (never a mix), user.db is byte-identical, and after ``Library.ensure_ready()`` the
index answers exactly the documents of content.db with their current titles. At the end, the same command
runs to completion (nothing left behind blocks it) and ``doctor`` finds nothing.

The library is kept small (the five test documents plus 120 written by the operation) so that the whole test
stays well under three minutes on two cores.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.cli import main
from ipt_desktop.core.library import Library
from ipt_desktop.core.search.types import SearchQuery
from ipt_desktop.core.store.data_dir import MARKER
from ipt_desktop.core.store.database import integrity_problems
from tests.conftest import SMALL_LIBRARY

ROOT = Path(__file__).resolve().parents[1]
KILLS = 20
ITEMS = 120
OURS = {
    "content.db",
    "content.db-wal",
    "content.db-shm",
    "user.db",
    "user.db-wal",
    "user.db-shm",
    "index",
    "index.lock",
    "index.changes",
    "index.phrasing.json",
    "index.terms.json",
    "backups",
    MARKER,
}


@pytest.fixture
def small_app(tmp_path, monkeypatch):
    """Resources with the five test documents as the bundled library, and no prebuilt seed."""
    root = tmp_path / "app"
    (root / "resources").mkdir(parents=True)
    (root / "db").symlink_to(ROOT / "db")
    for entry in (ROOT / "resources").iterdir():
        if entry.name != "content":
            (root / "resources" / entry.name).symlink_to(entry)
    (root / "resources" / "content").symlink_to(SMALL_LIBRARY)
    monkeypatch.setenv("IPT_RESOURCES_ROOT", str(root))
    monkeypatch.setenv("IPT_LIBRARY_SEED", str(tmp_path / "no-seed"))
    data = tmp_path / "data"
    assert main(["stats", "--data-dir", str(data)]) == 0
    return data


def _variant_folder(folder: Path, variant: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(ITEMS):
        (folder / f"kill-{number}.md").write_text(
            f"---\nid: kill-{number}\ntitle: Kill test {number} variant {variant}\ntype: guide\n"
            f"summary: Variant {variant}.\nlanguage: en\nproject: Task Force\nlicense: CC-BY-4.0\n"
            f"updated: 2026-11-01\n---\n\n" + f"Text of variant {variant} about procurement. " * 60 + "\n",
            encoding="utf-8",
        )
    return folder


class KillRun:
    """Runs one command again and again, killing it at seeded random delays, and checks after each."""

    def __init__(self, data: Path, command: list[str], seed: int) -> None:
        self.data = data
        self.command = command
        self.rng = random.Random(seed)
        self.user_db = (data / "user.db").read_bytes()
        self.kills = self.completed = self.repairs = 0
        self.base = self.full = 0.0

    def start(self) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "ipt_desktop", *self.command, "--data-dir", str(self.data)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def calibrate(self) -> None:
        """Time a start that does no work (stats) and one whole run of the command."""
        for attr, argv in (("base", ["stats"]), ("full", self.command)):
            begin = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-m", "ipt_desktop", *argv, "--data-dir", str(self.data)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            setattr(self, attr, time.monotonic() - begin)

    def once(self, prepare) -> None:
        prepare()
        proc = self.start()
        delay = self.rng.uniform(0.6 * self.base, 1.05 * self.full)
        try:
            proc.wait(delay)
            self.completed += 1
            # Finished before the kill: on a busy machine the calibrated run time overstates the window in
            # which a kill lands, so aim a little earlier next time.
            self.full = max(self.base, self.full * 0.9)
            err = proc.stderr.read()
            assert proc.returncode == 0 and "Traceback" not in err, err
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            self.kills += 1
        finally:
            proc.stderr.close()
        self.check()

    def check(self) -> dict[str, str]:
        """The next start of the library: consistent, and the index answers what content.db holds."""
        with Library(self.data) as library:
            notices = library.ensure_ready()
            self.repairs += bool(notices)
            assert integrity_problems(library.content.conn) == []
            assert library.index_dirty() == []
            titles = {doc.id: doc.title for doc in library.content.iter_documents()}
            found = library.search(SearchQuery(text="", limit=500, with_facets=False))
            assert found.total == len(titles)
            assert {hit.id: hit.title for hit in found.hits} == titles
        assert (self.data / "user.db").read_bytes() == self.user_db
        left = {entry.name for entry in self.data.iterdir()} - OURS
        assert not left, f"unexpected files in the data directory: {sorted(left)}"
        kill_titles = {title for doc_id, title in titles.items() if "Kill test" in title}
        variants = {title.rsplit(" ", 1)[1] for title in kill_titles}
        assert len(variants) <= 1, f"a half-applied write: variants {variants} side by side"
        return titles

    def current_variant(self) -> str:
        titles = self.check()
        found = {title.rsplit(" ", 1)[1] for title in titles.values() if "Kill test" in title}
        return found.pop() if found else ""

    def finish(self) -> None:
        """The command runs to completion, and doctor finds nothing."""
        for argv in (self.command, ["doctor"]):
            done = subprocess.run(
                [sys.executable, "-m", "ipt_desktop", *argv, "--data-dir", str(self.data)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, (argv, done.stdout, done.stderr)
        self.check()

    def summary(self, name: str) -> str:
        return (
            f"{name}: {self.kills} kills, {self.completed} runs that finished first, {self.repairs} next starts "
            f"that repaired the index; whole run {self.full:.2f} s, start-up {self.base:.2f} s"
        )


def _run(run: KillRun, prepare, name: str) -> None:
    run.calibrate()
    attempts = 0
    while run.kills < KILLS:
        attempts += 1
        assert attempts < KILLS * 5, run.summary(name)
        run.once(prepare)
    run.finish()
    print(run.summary(name))


@pytest.mark.slow
def test_killed_import_leaves_a_consistent_library(small_app, tmp_path):
    folders = {v: _variant_folder(tmp_path / f"import-{v}", v) for v in ("A", "B")}
    run = KillRun(small_app, ["import", str(folders["A"])], seed=11)

    def prepare() -> None:
        other = "B" if run.current_variant() == "A" else "A"
        run.command = ["import", str(folders[other])]

    _run(run, prepare, "import")


@pytest.mark.slow
def test_killed_sync_leaves_a_consistent_library(small_app):
    server = LoopbackServer()
    feeds = {v: rss_feed(ITEMS, title=f"Kill feed variant {v}", prefix="kill", words=200) for v in "AB"}
    server.routes["/feed"] = Route(feeds["A"], headers={"Content-Type": "application/rss+xml"})
    try:
        argv = ["sources", "add", server.url("/feed"), "--name", "Kill feed", "--data-dir", str(small_app)]
        assert main(argv) == 0
        run = KillRun(small_app, ["sync", "--force"], seed=12)
        state = {"variant": "A"}

        def prepare() -> None:
            with Library(small_app) as library:
                library.ensure_ready()
                titles = [
                    d.title for d in library.content.iter_documents() if d.title.startswith("Kill feed")
                ]
            variants = {title.split(" kill ")[0] for title in titles}
            assert len(variants) <= 1, f"a half-applied sync: {variants}"
            state["variant"] = "B" if variants == {"Kill feed variant A"} else "A"
            server.routes["/feed"] = Route(
                feeds[state["variant"]], headers={"Content-Type": "application/rss+xml"}
            )

        _run(run, prepare, "sync")
    finally:
        server.close()


@pytest.mark.slow
def test_killed_reindex_leaves_a_consistent_library(small_app, tmp_path):
    assert main(["import", str(_variant_folder(tmp_path / "docs", "A")), "--data-dir", str(small_app)]) == 0
    run = KillRun(small_app, ["reindex"], seed=13)
    _run(run, lambda: None, "reindex")


@pytest.fixture(autouse=True)
def _no_inherited_pauses(monkeypatch):
    for name in list(os.environ):
        if name.startswith("IPT_TEST_PAUSE"):
            monkeypatch.delenv(name)
