"""The data directory: a write probe that two processes can run at once, and a folder that is ours only
(a marker file; system folders and folders with other people's files refused, nothing written)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path, PureWindowsPath

import pytest

from ipt_desktop import __version__
from ipt_desktop.cli import main
from ipt_desktop.core.errors import StorageError
from ipt_desktop.core.library import Library
from ipt_desktop.core.store.data_dir import MARKER, check_writable, claim_data_dir, system_folder_reason

ROOT = Path(__file__).resolve().parents[3]


def _tree(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every path under folder with its mode and (for files) its bytes."""
    out = {}
    for path in sorted([folder, *folder.rglob("*")]):
        out[str(path.relative_to(folder))] = (
            path.stat().st_mode,
            path.read_bytes() if path.is_file() else b"",
        )
    return out


def _open(folder: Path) -> Library:
    return Library(folder, bundled_dir=folder.parent / "none", seed_dir=folder.parent / "no-seed")


# -- the write probe -------------------------------------------------------------------------------------


def test_write_probe_from_many_threads_at_once(tmp_path):
    folder = tmp_path / "data"
    errors: list[str] = []
    start = threading.Barrier(8)

    def probe() -> None:
        start.wait()
        for _ in range(400):
            try:
                check_writable(folder)
            except StorageError as exc:
                errors.append(str(exc))

    threads = [threading.Thread(target=probe) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 0, f"{len(errors)} false 'not writable' errors in 3200 calls, e.g. {errors[0]}"
    assert list(folder.iterdir()) == []  # no probe left behind


def test_write_probe_from_processes_starting_together(tmp_path):
    folder = tmp_path / "data"
    go = tmp_path / "go"
    code = f"""
import time
from pathlib import Path
from ipt_desktop.core.errors import StorageError
from ipt_desktop.core.store.data_dir import check_writable
while not Path({str(go)!r}).exists():
    time.sleep(0.001)
failed = 0
for _ in range(750):
    try:
        check_writable(Path({str(folder)!r}))
    except StorageError:
        failed += 1
print(failed)
"""
    procs = [
        subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    time.sleep(1.0)  # let every interpreter start and wait at the line
    go.touch()
    failures = [int(proc.communicate(timeout=120)[0]) for proc in procs]
    assert sum(failures) == 0, f"{sum(failures)} false 'not writable' errors in 3000 calls"
    assert list(folder.iterdir()) == []


# -- a folder that is ours only --------------------------------------------------------------------------


def test_a_new_folder_gets_the_marker(tmp_path):
    folder = tmp_path / "data"
    with _open(folder):
        pass
    marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    assert marker["app"] == "ipt-desktop" and marker["version"] == __version__


def test_an_empty_existing_folder_is_accepted(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with _open(folder):
        pass
    assert (folder / MARKER).is_file() and (folder / "content.db").is_file()


def test_someone_elses_index_folder_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "data"
    (folder / "index").mkdir(parents=True)
    thesis = folder / "index" / "thesis.txt"
    thesis.write_text("three years of work", encoding="utf-8")
    thesis.chmod(stat.S_IRUSR)
    (folder / "index").chmod(stat.S_IRUSR | stat.S_IXUSR)
    before = _tree(folder)
    seed = tmp_path / "seed"
    with _open(seed) as library:  # a real seed with its own index: a first launch copies it
        library.ensure_ready()
    with pytest.raises(StorageError) as caught:
        Library(folder, bundled_dir=tmp_path / "none", seed_dir=seed)
    message = str(caught.value)
    assert str(folder) in message and "not an IPT Desktop data directory" in message and "\n" not in message
    assert _tree(folder) == before


def test_someone_elses_database_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "content.db")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.commit()
    conn.close()
    before = _tree(folder)
    with pytest.raises(StorageError, match="not an IPT Desktop data directory"):
        _open(folder)
    assert _tree(folder) == before


def test_a_marker_of_another_app_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / MARKER).write_text('{"app": "something-else"}', encoding="utf-8")
    before = _tree(folder)
    with pytest.raises(StorageError, match="not an IPT Desktop data directory"):
        _open(folder)
    assert _tree(folder) == before


def test_a_data_directory_from_before_the_marker_is_accepted(tmp_path):
    folder = tmp_path / "data"
    with _open(folder) as library:
        library.ensure_ready()
        library.user.set_bookmark("kept", "Kept", True)
    (folder / MARKER).unlink()
    (folder / "notes-of-mine.txt").write_text("a file the user put here", encoding="utf-8")
    with _open(folder) as library:
        assert library.index_problem() is None and library.user.is_bookmarked("kept")
    assert (folder / MARKER).is_file()
    assert (folder / "notes-of-mine.txt").read_text(encoding="utf-8") == "a file the user put here"


@pytest.mark.parametrize(
    "path", ["/", "/usr", "/etc", "/var", "/home", "/usr/local", "/bin", "/tmp", "~", "~/../"]
)
def test_system_folders_are_refused(path):
    folder = Path(os.path.expanduser(path))
    reason = system_folder_reason(folder)
    assert reason and "system folder" in reason, (path, reason)


@pytest.mark.parametrize("path", ["C:\\", "D:\\", "C:\\Windows", "C:\\Program Files", "C:\\Users"])
def test_windows_system_folders_are_refused(path):
    assert system_folder_reason(PureWindowsPath(path)), path


@pytest.mark.parametrize("path", ["~/ipt", "~/.local/share/ipt-desktop", "/srv/ipt-desktop"])
def test_folders_of_their_own_are_fine(path, tmp_path):
    assert system_folder_reason(Path(os.path.expanduser(path))) is None


def test_the_home_folder_itself_is_refused_by_the_command_line(capsys):
    home = Path.home()
    before = _tree(home)
    code = main(["stats", "--data-dir", str(home)])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "system folder" in err and str(home) in err
    assert _tree(home) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only root could write to / at all")
def test_the_root_folder_is_refused_and_nothing_is_written_there():
    if any(Path("/", name).exists() for name in ("content.db", "user.db", MARKER)):
        pytest.skip("/ already holds a file of ours; this test must not judge by it")
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop", "stats", "--data-dir", "/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "system folder" in done.stderr
    assert not any(Path("/", name).exists() for name in ("content.db", "user.db", "index", MARKER))


def test_claim_never_writes_into_a_refused_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    before = _tree(folder)
    with pytest.raises(StorageError) as caught:
        claim_data_dir(folder)
    assert "holiday.jpg" in str(caught.value)
    assert _tree(folder) == before
