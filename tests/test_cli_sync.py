"""The sources, sync, publish and keygen subcommands, and a sync killed mid-apply."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bench_sync import LoopbackServer, Route, rss_feed
from ipt_desktop.cli import main

LIBRARY = Path(__file__).parent / "data" / "library"


@pytest.fixture
def server():
    srv = LoopbackServer()
    yield srv
    srv.close()


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_keygen_publish_import(tmp_path, capsys, cli_env):
    data = str(tmp_path / "data")
    code, out, _ = _run(capsys, "keygen", str(tmp_path / "k"), "--json")
    assert code == 0 and json.loads(out)["key_id"]
    assert (tmp_path / "k.key").read_text().startswith("untrusted comment: minisign secret key")
    code, _out, err = _run(capsys, "keygen", str(tmp_path / "k"))
    assert code == 2 and err.startswith("ipt-desktop: error: ") and "already exists" in err
    code, out, _ = _run(
        capsys,
        "publish",
        str(LIBRARY),
        str(tmp_path / "site"),
        "--secret-key",
        str(tmp_path / "k.key"),
        "--base-url",
        "https://f.example/",
        "--name",
        "TF",
        "--json",
    )
    assert code == 0 and json.loads(out)["version"] == 1 and json.loads(out)["documents"] == 5
    code, out, _ = _run(
        capsys,
        "import",
        str(tmp_path / "site"),
        "--public-key",
        str(tmp_path / "k.pub"),
        "--data-dir",
        data,
        "--json",
    )
    assert code == 0 and len(json.loads(out)["added"]) == 5
    code, _out, err = _run(
        capsys,
        "publish",
        str(tmp_path / "nowhere"),
        str(tmp_path / "site2"),
        "--secret-key",
        str(tmp_path / "k.key"),
    )
    assert code == 2 and "nowhere: not a folder" in err


def test_sources_commands(tmp_path, capsys, cli_env):
    data = ["--data-dir", str(tmp_path / "data"), "--json"]
    code, out, _ = _run(capsys, "sources", "list", *data)
    listed = json.loads(out)["sources"]
    assert code == 0 and {s["url"] for s in listed if s["suggested"]} == {
        "https://procedin.eu/feed/",
        "https://www.build-procurement.eu/feed/",
        "https://innofacilitator.eu/news/rss",
    }
    assert not any(s["enabled"] for s in listed)
    assert all("ended" in s["description"] and "may be silent" in s["description"] for s in listed)
    code, out, _ = _run(capsys, "sources", "list", "--data-dir", str(tmp_path / "data"))
    assert code == 0 and out.count("so this feed may be silent") == 3
    code, out, _ = _run(capsys, "sources", "add", "https://news.example/feed", "--name", "News", *data)
    assert code == 0 and json.loads(out)["source"]["kind"] == "feed"
    _run(capsys, "keygen", str(tmp_path / "k"))
    code, out, _ = _run(
        capsys,
        "sources",
        "add",
        "https://tf.example/feed/manifest.json",
        "--name",
        "TF",
        "--public-key",
        str(tmp_path / "k.pub"),
        *data,
    )
    source = json.loads(out)["source"]
    assert code == 0 and source["kind"] == "curated" and source["url"] == "https://tf.example/feed/"
    code, out, _ = _run(capsys, "sources", "enable", "PROCEDIN news", *data)
    assert code == 0 and json.loads(out)["source"]["enabled"] is True
    code, out, _ = _run(capsys, "sources", "disable", "PROCEDIN news", *data)
    assert json.loads(out)["source"]["enabled"] is False
    code, out, _ = _run(capsys, "sources", "remove", "News", *data)
    assert code == 0
    code, _out, err = _run(capsys, "sources", "remove", "News", *data)
    assert code == 2 and "no source named 'News'" in err
    code, _out, err = _run(capsys, "sources", "add", "ftp://x.example/", *data)
    assert code == 2 and "must start with http" in err


def test_sync_partial_failure_exit_code(tmp_path, capsys, cli_env, server):
    server.routes["/ok"] = Route(rss_feed(2), headers={"Content-Type": "application/rss+xml"})
    server.routes["/bad"] = Route(b"nope", status=404)
    data = ["--data-dir", str(tmp_path / "data")]
    _run(capsys, "sources", "add", server.url("/ok"), "--name", "Good", *data)
    _run(capsys, "sources", "add", server.url("/bad"), "--name", "Bad", *data)
    code, out, err = _run(capsys, "sync", *data)
    assert code == 1
    assert "Good: 2 added, 0 updated, 0 removed" in out
    assert err.strip().splitlines() == [f"{server.url('/bad')}: HTTP 404 Not Found"]
    code, out, err = _run(capsys, "sync", "Good", "--json", *data)
    assert code == 0 and json.loads(out)["sources"][0]["status"] == "skipped"
    code, out, _ = _run(capsys, "sync", server.url("/ok"), "--force", "--json", *data)
    assert code == 0 and json.loads(out)["sources"][0]["status"] in ("updated", "unchanged")


def _snapshot(data_dir: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(data_dir / "content.db")
    try:
        return dict(conn.execute("SELECT id, content_hash FROM documents WHERE origin = 'Big'").fetchall())
    finally:
        conn.close()


def test_kill_during_apply_leaves_all_old_or_all_new(tmp_path, capsys, cli_env, server):
    data_dir = tmp_path / "data"
    old, new = rss_feed(100, prefix="item"), rss_feed(100, prefix="item", title="Changed news")
    server.routes["/big"] = Route(old, headers={"Content-Type": "application/rss+xml"})
    _run(capsys, "sources", "add", server.url("/big"), "--name", "Big", "--data-dir", str(data_dir))
    assert _run(capsys, "sync", "--data-dir", str(data_dir))[0] == 0
    before = _snapshot(data_dir)
    user_before = (data_dir / "user.db").read_bytes()
    server.routes["/big"] = Route(new, headers={"Content-Type": "application/rss+xml"})
    env = {**os.environ, "IPT_TEST_PAUSE_IN_APPLY": "30", "IPT_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipt_desktop", "sync", "--force"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in proc.stderr:
            if "IPT_TEST_PAUSED" in line:
                break
        else:
            pytest.fail("the sync subprocess never reached the apply transaction")
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
        proc.stdout.close()
    assert _snapshot(data_dir) == before  # all old
    assert (data_dir / "user.db").read_bytes() == user_before
    from ipt_desktop.core.library import Library

    with Library(data_dir) as library:
        # Killed before its commit: no dirty marker, since the index still matches the (old) content.
        assert library.index_dirty() == [] and not library.repair_index()
        assert library.index_problem() is None
    assert _run(capsys, "sync", "--force", "--data-dir", str(data_dir))[0] == 0
    after = _snapshot(data_dir)
    assert after.keys() == before.keys() and all(after[k] != before[k] for k in after)  # all new
    assert (data_dir / "user.db").read_bytes() == user_before
