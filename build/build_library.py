"""Build the bundled library's read-only seed: content.db and the search index, from resources/content.

Usage: python build/build_library.py OUT_DIR
The app copies this seed into an empty data directory on first launch, so the first launch does no indexing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from ipt_desktop.core.content.taxonomy import write_seed
from ipt_desktop.core.library import Library
from ipt_desktop.core.resources import resource_path
from ipt_desktop.core.store.data_dir import MARKER


def build(out_dir: Path) -> dict:
    """Build the seed in a temporary folder and move it into place; returns the stats."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=".library-") as tmp:
        work = Path(tmp) / "seed"
        with Library(work, seed_dir=Path(tmp) / "none") as library:
            library.ensure_ready()
            facts = library.stats()
            library.content.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            library.content.conn.execute("VACUUM")
        write_seed(resource_path("taxonomy.yaml"), work)
        for leftover in (
            "user.db",
            "user.db-wal",
            "user.db-shm",
            "content.db-wal",
            "content.db-shm",
            "backups",
            MARKER,
            "index.lock",
            "index.changes",
        ):
            path = work / leftover
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        work.rename(out_dir)
    return facts


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_library.py OUT_DIR")
    facts = build(Path(sys.argv[1]))
    print(f"Bundled library built: {facts['documents']} documents, {facts['indexed']} indexed")
