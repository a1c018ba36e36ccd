"""Rollback protection under concurrency: two processes importing two versions of one signed pack at once.

With v1 applied, ``import v3`` and ``import v2`` run as real processes on one data directory. Whatever the
order, the library must end exactly at v3 (its documents and its recorded version), and a v2 that lost
the race applies nothing and says so in one line.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipt_desktop.cli import main

ROOT = Path(__file__).resolve().parents[3]
NAME = "Race pack"
COMMON, ONLY = 8, 4


def _write_version(content: Path, version: int) -> None:
    """Documents of one version: shared ids whose text names the version, and ids only this version has."""
    shutil.rmtree(content, ignore_errors=True)
    content.mkdir(parents=True)
    ids = [f"race-common-{n}" for n in range(COMMON)] + [f"race-v{version}-only-{n}" for n in range(ONLY)]
    for doc_id in ids:
        (content / f"{doc_id}.md").write_text(
            f"---\nid: {doc_id}\ntitle: {doc_id} in version {version}\ntype: news\n"
            f"summary: Version {version} of a test document.\nlanguage: en\nproject: Task Force\n"
            f"license: CC-BY-4.0\nupdated: 2026-11-0{version}\n---\n\n"
            f"Body of {doc_id}, version {version}. " + "Procurement of innovation. " * 40 + "\n",
            encoding="utf-8",
        )


def _expected(version: int) -> dict[str, str]:
    ids = [f"race-common-{n}" for n in range(COMMON)] + [f"race-v{version}-only-{n}" for n in range(ONLY)]
    return {doc_id: f"{doc_id} in version {version}" for doc_id in ids}


def _state(data: Path) -> tuple[dict[str, str], list[tuple]]:
    conn = sqlite3.connect(data / "content.db")
    try:
        docs = dict(conn.execute("SELECT id, title FROM documents WHERE origin = ?", (NAME,)).fetchall())
        versions = conn.execute("SELECT name, version FROM feed_versions").fetchall()
    finally:
        conn.close()
    return docs, versions


@pytest.fixture
def packs(tmp_path, cli_env, capsys):
    """Sites of v1, v2 and v3 made by the publish command, and a data directory with v1 applied."""
    assert main(["keygen", str(tmp_path / "publisher")]) == 0
    content, site = tmp_path / "content", tmp_path / "site"
    sites = {}
    for version in (1, 2, 3):
        _write_version(content, version)
        argv = ["publish", str(content), str(site), "--secret-key", str(tmp_path / "publisher.key")]
        assert main([*argv, "--name", NAME]) == 0
        sites[version] = tmp_path / f"site-v{version}"
        shutil.copytree(site, sites[version])
    template = tmp_path / "template"
    pub = tmp_path / "publisher.pub"
    assert main(["import", str(sites[1]), "--public-key", str(pub), "--data-dir", str(template)]) == 0
    assert _state(template) == (_expected(1), [(NAME, 1)])
    capsys.readouterr()
    return sites, pub, template


def _start(site: Path, pub: Path, data: Path, **pauses: float) -> subprocess.Popen:
    env = dict(os.environ)
    for hook, seconds in pauses.items():
        env[f"IPT_TEST_PAUSE_{hook.upper()}"] = str(seconds)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ipt_desktop",
            "import",
            str(site),
            "--public-key",
            str(pub),
            "--data-dir",
            str(data),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(proc: subprocess.Popen, signal_line: str) -> None:
    for line in proc.stderr:
        if signal_line in line:
            return
    pytest.fail(f"the import never printed {signal_line}")


def _check_round(data: Path, v3: subprocess.Popen, v2: subprocess.Popen, label: str) -> str:
    _out3, err3 = v3.communicate(timeout=120)
    _out2, err2 = v2.communicate(timeout=120)
    assert "Traceback" not in err3 + err2, (label, err3, err2)
    assert v3.returncode == 0, (label, err3)
    assert _state(data) == (_expected(3), [(NAME, 3)]), label
    if v2.returncode == 0:  # v2 went first and v3 replaced it: the order of a normal update
        return "v2 applied first"
    errors = [line for line in err2.splitlines() if line.startswith("ipt-desktop:")]
    assert v2.returncode == 2 and len(errors) == 1, (label, err2)
    assert errors[0].startswith("ipt-desktop: error: ") and NAME in errors[0], errors[0]
    if "a newer version (3) was applied meanwhile" in errors[0]:
        return "v2 refused: applied meanwhile"
    assert "version 2 is not newer than the accepted version 3" in errors[0], errors[0]
    return "v2 refused: not newer"


@pytest.mark.slow
def test_concurrent_imports_of_two_versions_end_at_the_newest(packs, tmp_path):
    sites, pub, template = packs
    outcomes = []
    # v2 verifies against v1, then v3 is imported from start to end, then v2 goes on to apply: the race that
    # rolled the library back to v2. Made deterministic with the pause hook, so it runs twice.
    for number in range(2):
        data = tmp_path / f"staggered-{number}"
        shutil.copytree(template, data)
        v2 = _start(sites[2], pub, data, before_apply=4)
        _wait_for(v2, "IPT_TEST_VERIFIED")
        v3 = _start(sites[3], pub, data)
        assert v3.wait(60) == 0
        outcome = _check_round(data, v3, v2, f"staggered round {number}")
        assert outcome == "v2 refused: applied meanwhile"
        outcomes.append(outcome)
    # Both started together in either order, at seeded random offsets.
    rng = random.Random(17)
    for number in range(6):
        data = tmp_path / f"together-{number}"
        shutil.copytree(template, data)
        first_v3 = number % 2 == 0
        first, second = (3, 2) if first_v3 else (2, 3)
        started = {first: _start(sites[first], pub, data, in_apply=0.3)}
        time.sleep(rng.uniform(0.0, 0.3))
        started[second] = _start(sites[second], pub, data, in_apply=0.3)
        outcomes.append(_check_round(data, started[3], started[2], f"together round {number}"))
    assert "v2 refused: applied meanwhile" in outcomes
