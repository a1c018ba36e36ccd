"""Fixtures of the search tests: ``index`` is a SearchIndex built from the fixture library (tests that need
another library define their own ``index``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_desktop.core.search.index import SearchIndex
from tests.core.search.library import DOCS


@pytest.fixture()
def index(tmp_path: Path) -> SearchIndex:
    idx = SearchIndex(tmp_path / "index")
    assert idx.rebuild(DOCS, len(DOCS), None) == len(DOCS)
    yield idx
    idx.close()
