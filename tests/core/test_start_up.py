"""What the app's start-up leaves out: libraries that are loaded on first use, and the taxonomy read from the
prebuilt library's JSON copy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ipt_desktop.core.content import taxonomy
from ipt_desktop.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_opening_the_library_loads_no_module_the_first_search_does_not_need(tmp_path: Path) -> None:
    code = f"""
import sys
from pathlib import Path
from ipt_desktop.core.library import Library
from ipt_desktop.core.search.types import SearchQuery
with Library(Path({str(tmp_path / "data")!r}), bundled_dir=Path({str(tmp_path / "none")!r}),
             seed_dir=Path({str(tmp_path / "no-seed")!r})) as library:
    library.search(SearchQuery(text="procurement"))
late = ["yaml", "markdown", "nh3", "multiprocessing", "platformdirs", "httpx", "feedparser"]
print([name for name in late if name in sys.modules])
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_taxonomy_from_the_seed_json_matches_the_yaml(tmp_path: Path) -> None:
    source = resource_path("taxonomy.yaml")
    taxonomy.write_seed(source, tmp_path)
    from_json = taxonomy._from_seed(source, tmp_path)
    assert from_json is not None
    assert from_json == taxonomy.load_taxonomy(source)


def test_a_stale_seed_json_is_ignored(tmp_path: Path) -> None:
    source = resource_path("taxonomy.yaml")
    taxonomy.write_seed(source, tmp_path)
    payload = json.loads((tmp_path / taxonomy.SEED_FILE).read_text(encoding="utf-8"))
    payload["source_sha256"] = "0" * 64
    payload["taxonomy"]["types"] = {"stale": "Stale"}
    (tmp_path / taxonomy.SEED_FILE).write_text(json.dumps(payload), encoding="utf-8")
    assert taxonomy._from_seed(source, tmp_path) is None
    (tmp_path / taxonomy.SEED_FILE).write_text("{not json", encoding="utf-8")
    assert taxonomy._from_seed(source, tmp_path) is None
