"""Several processes on one data directory, as real processes of the command line: concurrent imports and
re-indexes, a process killed between its commit and its index update, and a bounded wait for the index."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipt_desktop.cli import main
from ipt_desktop.core.errors import SearchError
from ipt_desktop.core.library import Library
from ipt_desktop.core.search.types import SearchQuery

LETTERS = "abcdefgh"


def cli(*args: str) -> subprocess.Popen:
    """Start ``python -m ipt_desktop ARGS`` (the environment carries the test's library seed)."""
    return subprocess.Popen(
        [sys.executable, "-m", "ipt_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen, timeout: float = 240) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"{proc.args} did not finish: {err}")
    return proc.returncode, out, err


def write_notes(folder: Path, word: str, count: int, text: str = "") -> Path:
    """``count`` Markdown notes whose titles hold ``word`` (a word no other note has)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{word}-{n:04d}.md").write_text(
            f"# {word.capitalize()} note {n}\n\nA note about {word} number {n}. {text}\n"
            "Buyers meet suppliers at open market days and compare offers.\n",
            encoding="utf-8",
        )
    return folder


def ready(data_dir: Path, capsys) -> None:
    assert main(["stats", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()


def search_total(data_dir: Path, text: str) -> int:
    """How many documents a fresh ``search`` process finds."""
    code, out, err = finish(cli("search", text, "--json", "--limit", "1", "--data-dir", str(data_dir)))
    assert code == 0, err
    return json.loads(out)["total"]


def dirty_markers(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(data_dir / "content.db")
    try:
        return [r[0] for r in conn.execute("SELECT key FROM library_state WHERE key LIKE 'index%dirty%'")]
    finally:
        conn.close()


def test_concurrent_imports_and_reindexes_all_succeed_and_all_are_found(tmp_path, capsys, cli_env) -> None:
    data_dir = tmp_path / "data"
    ready(data_dir, capsys)
    words = [f"zorbax{letter}" for letter in LETTERS[:4]]
    folders = [write_notes(tmp_path / word, word, 150) for word in words]
    procs = []
    for args in [("import", str(folder)) for folder in folders] + [("reindex",)] * 2:
        procs.append(cli(*args, "--data-dir", str(data_dir)))
        time.sleep(0.3)  # apart by less than a write takes, so the writes overlap

    outcomes = [finish(proc) for proc in procs]
    for code, _, err in outcomes:
        assert code == 0, err
        assert "cannot update" not in err and "cannot build" not in err
    for word in words:
        assert search_total(data_dir, word) == 150, word
    with Library(data_dir) as library:
        assert library.index_problem() is None
        assert library.index.doc_count() == library.content.count()
        assert library.search(SearchQuery("zorbax", prefix=True, limit=1)).total == 600
    assert dirty_markers(data_dir) == []
    assert not list(data_dir.glob("index.building*")) and not list(data_dir.glob("index.retired*"))


def test_a_write_waits_a_bounded_time_for_another_process_and_says_so(tmp_path, capsys, cli_env) -> None:
    data_dir = tmp_path / "data"
    ready(data_dir, capsys)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from ipt_desktop.core.search.lock import file_lock\n"
            "file_lock(Path(sys.argv[1])).acquire(10)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(data_dir / "index.lock"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        folder = write_notes(tmp_path / "notes", "wombatish", 3)
        with Library(data_dir) as library:
            library.index.lock_wait = 0.5
            before = library.content.count()
            started = time.monotonic()
            with pytest.raises(SearchError) as caught:
                library.import_markdown([_note(folder)])
            assert time.monotonic() - started < 5
            message = str(caught.value)
            assert "\n" not in message and str(data_dir / "index") in message and "busy" in message
            assert library.content.count() == before  # nothing applied, so nothing to repair
            with pytest.raises(SearchError, match="busy"):
                library.rebuild_index()
        assert dirty_markers(data_dir) == []
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with Library(data_dir) as library:  # the holder is gone: the kernel released its lock
        library.index.lock_wait = 5
        library.import_markdown([_note(folder)])
        assert library.index_problem() is None


def _note(folder: Path):
    from ipt_desktop.core.content.user_import import import_user_file

    return import_user_file(sorted(folder.glob("*.md"))[0], folder)


def _kill_once_committed(proc: subprocess.Popen, data_dir: Path, word: str) -> None:
    """SIGKILL ``proc`` as soon as its import is committed to content.db (its index update then runs)."""
    deadline = time.monotonic() + 120
    conn = sqlite3.connect(data_dir / "content.db", timeout=30)
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            row = conn.execute("SELECT count(*) FROM documents WHERE body LIKE ?", (f"%{word}%",)).fetchone()
            if row[0]:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
    finally:
        conn.close()
    proc.wait(30)
    proc.stdout.close()
    proc.stderr.close()


@pytest.mark.slow
def test_a_marker_left_by_a_killed_import_is_cleared_only_by_a_repair(tmp_path, capsys, cli_env) -> None:
    data_dir = tmp_path / "data"
    ready(data_dir, capsys)
    notes = write_notes(tmp_path / "notes", "platypod", 1200)
    assert main(["import", str(notes), "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    # This process has the library open (past its start-up checks) while another one imports ...
    with Library(data_dir) as library:
        # ... the same notes again, changed: the counts stay equal, only the words change. That process is
        # killed between its commit and the end of its index update.
        write_notes(tmp_path / "notes", "platypod", 1200, text="Echidnafold appears in every changed note.")
        proc = cli("import", str(notes), "--data-dir", str(data_dir))
        _kill_once_committed(proc, data_dir, "Echidnafold")
        assert proc.returncode == -signal.SIGKILL
        left = dirty_markers(data_dir)
        assert left, "the import was killed after its index update; run the test again"
        # This process writes next: its own update succeeds, and the other write's marker stays.
        other = write_notes(tmp_path / "other", "quollish", 2)
        library.import_markdown([_note(other)])
        assert dirty_markers(data_dir) == left
        assert library.search(SearchQuery("echidnafold")).total < 1200  # the index is stale, as marked
    # doctor sees the marker; doctor --repair rebuilds the index, and only then is the marker gone.
    code, out, _ = finish(cli("doctor", "--json", "--data-dir", str(data_dir)))
    assert code == 1 and any("interrupted" in p for p in json.loads(out)["problems"]), out
    code, out, _ = finish(cli("doctor", "--repair", "--json", "--data-dir", str(data_dir)))
    assert code == 0 and json.loads(out)["repaired"], out
    assert dirty_markers(data_dir) == []
    assert search_total(data_dir, "echidnafold") == 1200
    code, out, _ = finish(cli("doctor", "--json", "--data-dir", str(data_dir)))
    assert code == 0, out


@pytest.mark.slow
def test_the_next_start_repairs_an_index_left_behind_by_a_killed_import(tmp_path, capsys, cli_env) -> None:
    data_dir = tmp_path / "data"
    ready(data_dir, capsys)
    notes = write_notes(tmp_path / "notes", "wallabyx", 1200)
    proc = cli("import", str(notes), "--data-dir", str(data_dir))
    _kill_once_committed(proc, data_dir, "wallabyx")
    assert dirty_markers(data_dir), "the import was killed after its index update; run the test again"
    code, _, err = finish(cli("stats", "--data-dir", str(data_dir)))
    assert code == 0 and "repaired after an interrupted update" in err
    assert dirty_markers(data_dir) == []
    assert search_total(data_dir, "wallabyx") == 1200
