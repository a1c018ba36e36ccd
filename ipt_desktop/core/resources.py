"""Locates the read-only resources shipped with the app (taxonomy, bundled content, migrations, styles).

Order: the IPT_RESOURCES_ROOT environment variable, a PyInstaller bundle, then the source checkout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def project_root() -> Path:
    """Folder that holds resources/ and db/."""
    override = os.environ.get("IPT_RESOURCES_ROOT")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Path under resources/."""
    return project_root().joinpath("resources", *parts)


def migrations_dir(kind: str) -> Path:
    """Folder of SQL migrations for ``content`` or ``user``."""
    return project_root() / "db" / kind


def library_seed_dir() -> Path:
    """Prebuilt read-only content DB and index of the bundled library (made by ``make library``)."""
    override = os.environ.get("IPT_LIBRARY_SEED")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "library"
    return project_root() / "build" / "library"
