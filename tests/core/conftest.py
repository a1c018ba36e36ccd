"""Fixtures for core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_desktop.core.library import Library


@pytest.fixture
def lib(tmp_path: Path):
    """An empty, ready Library: no bundled documents and no seed."""
    library = Library(tmp_path / "data", bundled_dir=tmp_path / "none", seed_dir=tmp_path / "no-seed")
    library.ensure_ready()
    yield library
    library.close()
