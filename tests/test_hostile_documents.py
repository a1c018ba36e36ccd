"""Documents built to exhaust a parser, through the user's own path: ``import``, ``show`` and ``sync`` run as
separate processes on real files, each under a time limit and an address-space limit, so that a regression
fails here instead of hanging the suite or eating the machine's memory.

Before the fixes: the ten-deep alias bomb grew past 7 GB; ``[`` × n ``x](`` ``a`` × n hung ``import`` for more
than five minutes at 700 KB and a sync for 41 s at 200 KB; lists nested 1,400 deep ended in a RecursionError
after 100 s at 1.6 GB; ``*_`` × 200,000 took 93 s to show and a flat list of a million items 74 s and 940 MB.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from benchmarks.bench_sync import LoopbackServer, Route

ROOT = Path(__file__).resolve().parents[1]
MEMORY_LIMIT = 2 << 30  # bytes of address space for each command
HEAD = (
    "---\nid: {id}\ntitle: Hostile {id}\ntype: guide\nsummary: A hostile document.\nlanguage: en\n"
    "project: Tests\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n{extra}---\n\n"
)


def _document(doc_id: str, body: str, extra: str = "") -> str:
    return HEAD.format(id=doc_id, extra=extra) + body


def _alias_bomb(depth: int, width: int = 9) -> str:
    """Front matter whose values are ``width`` aliases of the value before, ``depth`` levels deep."""
    lines = [f"x0: &a0 [{','.join(['lol'] * width)}]"]
    lines += [f"x{n}: &a{n} [{','.join([f'*a{n - 1}'] * width)}]" for n in range(1, depth)]
    return "\n".join(lines) + "\n"


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def cli(*args: str, timeout: float) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``python -m ipt_desktop ARGS`` in a child process with a time and memory limit."""
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ipt_desktop", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limits,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`{' '.join(args[:2])}` did not finish within {timeout} s")
    return done, time.monotonic() - start


def _no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "Error" not in done.stderr.replace("ipt-desktop: error:", ""), done.stderr[-2000:]


@pytest.mark.parametrize("depth", [10, 6], ids=["ten-deep", "six-deep"])
def test_a_yaml_alias_bomb_is_refused_in_one_line_naming_the_file(tmp_path, cli_env, depth):
    path = tmp_path / "in" / "bomb.md"
    path.parent.mkdir()
    path.write_text(_document(f"bomb-{depth}", "Body.\n", _alias_bomb(depth)), encoding="utf-8")
    done, seconds = cli("import", str(path), "--data-dir", str(tmp_path / "data"), timeout=60)
    _no_traceback(done)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "alias" in lines[0], done.stderr
    assert "0 added" in done.stdout and seconds < 20


def test_long_bracket_runs_import_and_show_in_linear_time(tmp_path, cli_env):
    n = 350 * 1024
    path = tmp_path / "in" / "brackets.md"
    path.parent.mkdir()
    path.write_text(
        _document("brackets", "[" * n + "x](" + "a" * n + "\n\nclosing words\n"), encoding="utf-8"
    )
    data = str(tmp_path / "data")
    done, seconds = cli("import", str(path), "--data-dir", data, timeout=60)
    _no_traceback(done)
    assert done.returncode == 0 and "1 added" in done.stdout and seconds < 30
    done, seconds = cli("search", "closing", "--data-dir", data, timeout=60)
    assert done.returncode == 0 and "brackets" in done.stdout and seconds < 30


@pytest.fixture
def server():
    srv = LoopbackServer()
    yield srv
    srv.close()


def test_a_feed_item_of_long_bracket_runs_syncs_in_linear_time(tmp_path, cli_env, server):
    n = 100 * 1024
    body = "<p>" + "[" * n + "x](" + "a" * n + "</p><p>closing words</p>"
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        "<link>https://example.org/</link><description>d</description><item><title>Hostile</title>"
        "<link>https://example.org/1</link><guid>https://example.org/1</guid>"
        f"<description>{escape(body)}</description></item></channel></rss>"
    ).encode()
    server.routes["/feed.xml"] = Route(feed, headers={"Content-Type": "application/rss+xml"})
    data = str(tmp_path / "data")
    done, _ = cli(
        "sources", "add", server.url("/feed.xml"), "--name", "Hostile", "--data-dir", data, timeout=60
    )
    assert done.returncode == 0, done.stderr
    done, seconds = cli("sync", "--data-dir", data, timeout=60)
    _no_traceback(done)
    assert done.returncode == 0 and "1 added" in done.stdout and seconds < 30


RENDER_CASES = {
    "bullets-100k": "".join(f"- item {i}\n" for i in range(100_000)),
    "nested-1400": "".join("    " * i + "- x\n" for i in range(1400)),
    "star-underscore-200k": "*_" * 200_000 + "\n",
    "flat-1m": "- x\n" * 1_000_000,
}


@pytest.fixture(scope="module")
def rendered_library(tmp_path_factory, bundled_seed):
    """One data directory with every document of RENDER_CASES imported."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, body in RENDER_CASES.items():
        (folder / f"{name}.md").write_text(_document(name, body), encoding="utf-8")
    data = folder / "data"
    env_seed = {"IPT_LIBRARY_SEED": str(bundled_seed)}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env_seed.items():
            patch.setenv(key, value)
        done, _ = cli("import", str(folder), "--data-dir", str(data), timeout=120)
        assert done.returncode == 0 and f"{len(RENDER_CASES)} added" in done.stdout, done.stderr
        yield data


@pytest.mark.parametrize("name", sorted(RENDER_CASES))
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_show_renders_a_hostile_document_with_a_notice_in_bounded_time(rendered_library, cli_env, name, fmt):
    done, seconds = cli("show", name, "--format", fmt, "--data-dir", str(rendered_library), timeout=30)
    _no_traceback(done)
    assert done.returncode == 0
    assert "shown as plain text" in done.stdout
    assert seconds < 15
