"""The index's lock file and change counter, with real threads, processes and files."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ipt_desktop.core.search.lock import ChangeCounter, LockTimeout, file_lock

TRY_LOCK = (
    "import sys\n"
    "from pathlib import Path\n"
    "from ipt_desktop.core.search.lock import LockTimeout, file_lock\n"
    "try:\n"
    "    file_lock(Path(sys.argv[1])).acquire(float(sys.argv[2]))\n"
    "except LockTimeout:\n"
    "    sys.exit(3)\n"
)


def other_process_gets(path: Path, wait: float = 0.2) -> bool:
    done = subprocess.run([sys.executable, "-c", TRY_LOCK, str(path), str(wait)], timeout=60)
    assert done.returncode in (0, 3)
    return done.returncode == 0


def test_one_holder_across_threads_and_processes_and_reentrant(tmp_path: Path) -> None:
    lock = file_lock(tmp_path / "index.lock")
    assert file_lock(tmp_path / "index.lock") is lock
    lock.acquire(1)
    lock.acquire(1)  # the holding thread may take it again
    outcome = []

    def other_thread() -> None:
        try:
            lock.acquire(0.2)
            outcome.append("got it")
            lock.release()
        except LockTimeout:
            outcome.append("timed out")

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert outcome == ["timed out"]
    assert not other_process_gets(tmp_path / "index.lock")
    lock.release()
    assert not other_process_gets(tmp_path / "index.lock")  # still held once
    lock.release()
    assert other_process_gets(tmp_path / "index.lock")


HOLD_AND_FORK = (
    "import multiprocessing, sys, time\n"
    "from pathlib import Path\n"
    "from ipt_desktop.core.search.lock import file_lock\n"
    "if __name__ == '__main__':\n"
    "    file_lock(Path(sys.argv[1])).acquire(10)\n"
    "    child = multiprocessing.get_context('fork').Process(target=time.sleep, args=(60,))\n"
    "    child.start()\n"
    "    print(child.pid, flush=True)\n"
    "    time.sleep(60)\n"
)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_killed_holder_frees_the_lock_even_while_its_forked_child_lives(tmp_path: Path) -> None:
    path = tmp_path / "index.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_FORK, str(path)], stdout=subprocess.PIPE, text=True
    )
    child = int(holder.stdout.readline())
    try:
        assert not other_process_gets(path)
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        os.kill(child, 0)  # the forked child still runs ...
        assert other_process_gets(path)  # ... and does not hold the lock it inherited
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)


def test_the_change_counter_changes_with_every_bump(tmp_path: Path) -> None:
    counter = ChangeCounter(tmp_path / "index.changes")
    assert counter.read() == b""
    seen = {counter.read()}
    for _ in range(5):
        value = counter.bump()
        assert counter.read() == value and value not in seen
        seen.add(value)
    assert counter.read().startswith(b"5 ")
    assert list(tmp_path.iterdir()) == [tmp_path / "index.changes"]
