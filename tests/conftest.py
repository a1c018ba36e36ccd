"""Shared fixtures. Every test runs headless, with a temporary data directory and no network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("IPT_DATA_DIR", None)

DATA = Path(__file__).parent / "data"
SMALL_LIBRARY = DATA / "library"


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    """Keep QSettings and any default data folder out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def small_library(data_dir: Path, tmp_path: Path):
    """A Library over the five-document fixture library, ready to search."""
    from ipt_desktop.core.library import Library

    library = Library(data_dir, bundled_dir=SMALL_LIBRARY, seed_dir=tmp_path / "no-seed")
    library.ensure_ready()
    yield library
    library.close()


@pytest.fixture(scope="session")
def bundled_seed(tmp_path_factory) -> Path:
    """The real bundled library built once per test session, as `make library` builds it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_library", Path(__file__).parents[1] / "build" / "build_library.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("seed") / "library"
    module.build(out)
    return out


@pytest.fixture
def cli_env(bundled_seed: Path, monkeypatch) -> Path:
    """Point the CLI at the session's prebuilt seed."""
    monkeypatch.setenv("IPT_LIBRARY_SEED", str(bundled_seed))
    return bundled_seed
