"""The data directory: where it is, and getting it ready (ours, writable, seeded with the bundled library,
both databases migrated) without loading the search engine, so the window can start while the index opens.

The seed is the bundled library prebuilt into a read-only content.db and index (``make library`` or the
bundle build); a first launch copies it, so it does no indexing.

The data directory is ours only, because the app replaces and deletes folders in it (``index``, the seed's
staging folder). :func:`claim_data_dir` refuses, before writing anything, a system folder (a file-system
root, the home folder or one above it, ``/usr``, ``/etc``, ``C:\\Windows`` ...) and a folder that holds
files the app did not create. A folder of ours carries the marker file :data:`MARKER`, written when the app
initialises an empty or new folder; a data directory from before the marker existed is recognised by a
content.db or user.db with our tables, and gets the marker then.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path, PurePath, PureWindowsPath

from ipt_desktop import APP_NAME, __version__
from ipt_desktop.core.errors import StorageError
from ipt_desktop.core.resources import library_seed_dir, migrations_dir
from ipt_desktop.core.store.database import open_database


def _copy_writable(source: Path, target: Path) -> None:
    """Copy a file or tree without its permission bits: a read-only install must give a writable copy."""
    if source.is_dir():
        shutil.copytree(source, target, copy_function=shutil.copyfile)
        for path in [target, *target.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR | (stat.S_IXUSR if path.is_dir() else 0))
    else:
        shutil.copyfile(source, target)


def _remove(path: Path) -> None:
    if path.exists():
        for item in [path, *path.rglob("*")]:
            item.chmod(item.stat().st_mode | stat.S_IWUSR | (stat.S_IXUSR if item.is_dir() else 0))
        shutil.rmtree(path)


def copy_seed(seed: Path, data_dir: Path) -> bool:
    """Copy a prebuilt content.db and index into an empty data directory; False when there is no seed.

    Raises StorageError naming the folder when the copy fails; a half-made copy is removed.
    """
    if not (seed / "content.db").is_file() or (data_dir / "content.db").exists():
        return False
    staging = data_dir / ".seed-staging"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        _remove(staging)
        staging.mkdir()
        _copy_writable(seed / "content.db", staging / "content.db")
        if (seed / "index").is_dir():
            _copy_writable(seed / "index", staging / "index")
            _remove(data_dir / "index")
            (staging / "index").rename(data_dir / "index")
        # content.db last: its presence is what marks the data directory as seeded.
        (staging / "content.db").rename(data_dir / "content.db")
        _remove(staging)
    except OSError as exc:
        raise StorageError(
            f"{data_dir}: cannot copy the bundled library into the data directory ({exc.strerror or exc})"
        ) from None
    return True


def default_data_dir() -> Path:
    """IPT_DATA_DIR, else the platform's per-user data folder."""
    override = os.environ.get("IPT_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no data directory was given

    return Path(platformdirs.user_data_dir("ipt-desktop", appauthor=False))


def check_writable(folder: Path) -> None:
    """Create the folder if needed and prove that files can be written there.

    The probe is a file without a name where the system allows it (Linux: O_TMPFILE), so a process killed
    while probing leaves nothing behind; elsewhere it has a name of its own (several processes and threads
    may probe one folder at once), deleted at once.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(prefix=".write-test-", dir=folder) as probe:
            probe.write(b"ok")
    except OSError as exc:
        raise StorageError(f"data directory {folder} is not writable ({exc.strerror or exc})") from None


# -- a data directory is ours only ---------------------------------------------------------------------------

MARKER = "ipt-desktop-data.json"
APP_ID = "ipt-desktop"
# Files an operating system's file manager drops into any folder; the probe an older version used.
_IGNORED = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".directory", ".write-test"})
_OUR_TEMPORARY = (".write-test-", ".marker-")  # left by a process killed while probing or marking
_OUR_TABLES = {
    "content.db": {"documents", "doc_facets", "library_state"},
    "user.db": {"bookmarks", "notes", "history"},
}
_POSIX_SYSTEM = frozenset(
    {
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt",
        "/opt", "/proc", "/root", "/run", "/sbin", "/snap", "/srv", "/sys", "/tmp", "/usr", "/var",
        "/usr/bin", "/usr/include", "/usr/lib", "/usr/lib64", "/usr/libexec", "/usr/local", "/usr/local/bin",
        "/usr/local/lib", "/usr/local/share", "/usr/sbin", "/usr/share", "/usr/src", "/var/cache", "/var/lib",
        "/var/log", "/var/tmp", "/Applications", "/Library", "/System", "/Users", "/Volumes", "/cores",
        "/private", "/private/etc", "/private/tmp", "/private/var",
    }
)  # fmt: skip
_WINDOWS_SYSTEM = frozenset({"windows", "program files", "program files (x86)", "programdata", "users"})


def system_folder_reason(folder: PurePath) -> str | None:
    """Why ``folder`` must not be a data directory (a file-system root, the home folder or a folder above
    it, an operating-system folder), or None. Windows paths are judged by Windows rules on any system."""
    if isinstance(folder, PureWindowsPath) or os.name == "nt":
        what = _windows_system_kind(PureWindowsPath(folder))
    else:
        what = _posix_system_kind(Path(folder))
    if what is None:
        return None
    return (
        f"{folder} is a system folder ({what}); the data directory must be a folder of its own: "
        "give an empty or new folder"
    )


def _windows_system_kind(folder: PureWindowsPath) -> str | None:
    if folder.anchor and folder == PureWindowsPath(folder.anchor):
        return "the root of a drive"
    parts = [part.lower() for part in folder.parts[1:]]
    if len(parts) == 1 and parts[0] in _WINDOWS_SYSTEM:
        return "an operating-system folder"
    return _home_kind(folder) if os.name == "nt" else None


def _posix_system_kind(folder: Path) -> str | None:
    candidates = {Path(os.path.abspath(os.path.expanduser(folder)))}
    candidates.add(_resolved(next(iter(candidates))))
    for path in candidates:
        if path.parent == path:
            return "the root of the file system"
        if str(path) in _POSIX_SYSTEM:
            return "an operating-system folder"
    return _home_kind(folder)


def _home_kind(folder: PurePath) -> str | None:
    try:
        home = _resolved(Path.home())
    except (KeyError, RuntimeError):  # no home folder known
        return None
    target = _resolved(Path(os.path.abspath(os.path.expanduser(folder))))
    if target == home:
        return "your home folder"
    if target in home.parents:
        return "a folder that holds your home folder"
    return None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def claim_data_dir(folder: Path) -> None:
    """Make sure ``folder`` is, or may become, a data directory of ours; then prove it writable and mark it.

    Raises StorageError (one line, naming the folder) and writes nothing when the folder is a system folder
    or holds files that this app did not create.
    """
    reason = system_folder_reason(folder)
    if reason:
        raise StorageError(reason)
    marked = _check_marker(folder)
    if not marked and folder.is_dir():
        foreign = _foreign_entries(folder)
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise StorageError(
                f"{folder} is not an IPT Desktop data directory: it holds files IPT Desktop did not create "
                f"({shown}); give an empty or new folder"
            )
    check_writable(folder)
    if not marked:
        _write_marker(folder)


def _check_marker(folder: Path) -> bool:
    """True when the folder carries our marker; StorageError when it carries another app's."""
    path = folder / MARKER
    try:
        if not path.is_file():
            return False
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("app") != APP_ID:
        raise StorageError(
            f"{folder} is not an IPT Desktop data directory: {MARKER} there does not name IPT Desktop; "
            "give an empty or new folder"
        )
    return True


def _foreign_entries(folder: Path) -> list[str]:
    """Names in a folder without a marker that show it is not ours; [] for an empty folder or one of ours
    from before the marker existed."""
    try:
        names = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.name not in _IGNORED and not entry.name.startswith(_OUR_TEMPORARY)
        )
    except OSError as exc:
        raise StorageError(f"data directory {folder} cannot be read ({exc.strerror or exc})") from None
    if not names or any(_has_our_tables(folder / name) for name in _OUR_TABLES if name in names):
        return []
    return names


def _has_our_tables(path: Path) -> bool:
    """True when the SQLite file has our tables; read without writing a byte (not even a -shm file)."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
    except OSError:
        return False
    uris = [f"{path.resolve().as_uri()}?immutable=1"]
    if path.with_name(path.name + "-wal").exists():  # tables created since the last checkpoint
        uris.append(f"{path.resolve().as_uri()}?mode=ro")
    for uri in uris:
        try:
            conn = sqlite3.connect(uri, uri=True)
            try:
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        if _OUR_TABLES[path.name] <= tables:
            return True
    return False


def _write_marker(folder: Path) -> None:
    payload = {
        "app": APP_ID,
        "name": APP_NAME,
        "version": __version__,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "about": f"This folder is the data directory of {APP_NAME}; only {APP_NAME} writes here.",
    }
    try:
        handle, temp = tempfile.mkstemp(prefix=".marker-", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(payload, out, indent=2)
        os.replace(temp, folder / MARKER)
    except OSError as exc:
        raise StorageError(f"data directory {folder} is not writable ({exc.strerror or exc})") from None


def prepare_data_dir(folder: Path, seed_dir: Path | None = None) -> None:
    """Claim, seed and migrate a data directory; a refused folder or database raises StorageError."""
    claim_data_dir(folder)
    copy_seed(seed_dir if seed_dir is not None else library_seed_dir(), folder)
    for name, kind, sync, backup in (
        ("content.db", "content", "NORMAL", False),
        ("user.db", "user", "FULL", True),
    ):
        open_database(folder / name, migrations_dir(kind), synchronous=sync, backup=backup).close()
