"""A re-index killed while its worker processes build: the workers exit, and the next re-index succeeds."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipt_desktop.cli import main
from ipt_desktop.core.library import Library
from ipt_desktop.core.search.store import PARALLEL_FROM
from tests.core.search.library import make_doc

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def notes(count: int):
    """``count`` short documents over a vocabulary of made-up words: enough for a parallel build."""
    rng = random.Random(7)
    words = ["".join(rng.choice("aeioubdfgklmnprst") for _ in range(rng.randint(4, 9))) for _ in range(3000)]
    for n in range(count):
        title = " ".join(rng.choice(words) for _ in range(5))
        yield make_doc(f"note-{n:05d}", title.capitalize(), " ".join(rng.choice(words) for _ in range(200)))


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # state, ppid, ...


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields and int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")  # an exited, unreaped child is gone too


@pytest.mark.slow
def test_workers_of_a_killed_reindex_exit_and_the_next_reindex_succeeds(tmp_path, capsys, cli_env) -> None:
    data_dir = tmp_path / "data"
    assert main(["stats", "--data-dir", str(data_dir)]) == 0
    with Library(data_dir) as library:
        library.content.apply(notes(PARALLEL_FROM + 100), origin="import")
        library.rebuild_index()
        total = library.content.count()
    capsys.readouterr()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipt_desktop", "reindex", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            workers = [pid for pid in children(proc.pid) if running(pid)]
            if len(workers) >= 2 and list(data_dir.glob("index.building*")):
                break
            time.sleep(0.01)
        assert workers, "the re-index never started its worker processes"
        time.sleep(0.1)  # into the build
        assert proc.poll() is None, "the re-index ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(running(pid) for pid in workers):
            time.sleep(0.05)
        assert not [pid for pid in workers if running(pid)], "index workers outlived their parent"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in workers:
            if running(pid):
                os.kill(pid, signal.SIGKILL)
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop", "reindex", "--json", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert f'"indexed": {total}' in done.stdout
    assert not list(data_dir.glob("index.building*")) and not list(data_dir.glob("index.retired*"))
    with Library(data_dir) as library:
        assert library.index_problem() is None
