"""The data directory: where it is, and getting it ready (writable, seeded with the bundled library, both
databases migrated) without loading the search engine, so the window can start while the index opens.

The seed is the bundled library prebuilt into a read-only content.db and index (``make library`` or the
bundle build); a first launch copies it, so it does no indexing.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

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
    """Create the folder if needed and prove that files can be written there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StorageError(f"data directory {folder} is not writable ({exc.strerror or exc})") from None


def prepare_data_dir(folder: Path, seed_dir: Path | None = None) -> None:
    """Check, seed and migrate a data directory; a refused database (newer, corrupt) raises StorageError."""
    check_writable(folder)
    copy_seed(seed_dir if seed_dir is not None else library_seed_dir(), folder)
    for name, kind, sync, backup in (
        ("content.db", "content", "NORMAL", False),
        ("user.db", "user", "FULL", True),
    ):
        open_database(folder / name, migrations_dir(kind), synchronous=sync, backup=backup).close()
