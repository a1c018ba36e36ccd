"""The CLI contract: --json output, exit codes 0/1/2, one-line errors, doctor on damaged data."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ipt_desktop import __version__
from ipt_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"ipt-desktop {__version__}"


def test_stats_reports_the_bundled_library_by_type(capsys, cli_env, tmp_path):
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(tmp_path / "d"))
    facts = json.loads(out)
    assert code == 0
    assert facts["by_type"]["guide"] >= 30 and facts["by_type"]["glossary"] >= 60
    assert facts["by_type"]["success-story"] >= 30 and facts["documents"] == facts["indexed"]


def test_show_html_is_sanitised(capsys, cli_env, tmp_path):
    code, out, _ = run(
        capsys,
        "show",
        "guide-pre-commercial-procurement",
        "--format",
        "html",
        "--data-dir",
        str(tmp_path / "d"),
    )
    assert code == 0 and "<h2" in out and "<script" not in out


def test_show_json_and_text(capsys, cli_env, tmp_path):
    code, out, _ = run(
        capsys, "show", "glossary-pcp", "--format", "text", "--json", "--data-dir", str(tmp_path / "d")
    )
    payload = json.loads(out)
    assert code == 0 and payload["id"] == "glossary-pcp" and "Pre-commercial" in payload["content"]


def test_show_unknown_id_is_a_one_line_error(capsys, cli_env, tmp_path):
    code, out, err = run(capsys, "show", "no-such-doc", "--data-dir", str(tmp_path / "d"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no-such-doc" in err


def test_search_json_shape(capsys, cli_env, tmp_path):
    code, out, _ = run(
        capsys, "search", "PCP", "--type", "guide", "--json", "--data-dir", str(tmp_path / "d")
    )
    payload = json.loads(out)
    assert code == 0
    assert set(payload) >= {"query", "total", "suggestion", "hits", "facets"}
    assert payload["hits"] and all(h["type"] == "guide" for h in payload["hits"])
    assert set(payload["hits"][0]) == {
        "id",
        "title",
        "summary",
        "language",
        "text_language",
        "type",
        "snippet",
        "score",
        "section",
        "passage",
    }


def test_import_exit_codes(capsys, cli_env, tmp_path):
    data = str(tmp_path / "d")
    good = tmp_path / "good"
    good.mkdir()
    (good / "memo.md").write_text("# Memo\n\nText of the memo.\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", str(good), "--json", "--data-dir", data)
    assert code == 0 and json.loads(out)["added"] == ["memo"]
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "ok.md").write_text("# Fine\n\nText.\n", encoding="utf-8")
    (mixed / "bad.md").write_text("---\ntype: pamphlet\n---\nText\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(mixed), "--data-dir", data)
    assert code == 1 and "bad.md: key 'type': 'pamphlet' is not allowed" in err
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "x.md").write_bytes(b"# Caf\xe9\n")
    code, _, err = run(capsys, "import", str(only_bad), "--data-dir", data)
    assert code == 2 and "not valid UTF-8" in err
    code, _, err = run(capsys, "import", str(tmp_path / "missing"), "--data-dir", data)
    assert code == 2 and "no such file or folder" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["search"])
    assert info.value.code == 2


def test_doctor_finds_and_repairs_a_damaged_index(capsys, cli_env, tmp_path):
    data = tmp_path / "d"
    assert run(capsys, "stats", "--data-dir", str(data))[0] == 0
    for path in (data / "index").rglob("*"):
        if (path.is_file() and path.suffix in (".seg", ".toc")) or path.name.endswith(".toc"):
            path.write_bytes(b"garbage")
    code, out, _ = run(capsys, "doctor", "--json", "--data-dir", str(data))
    report = json.loads(out)
    assert code == 1 and any("index" in p for p in report["problems"])
    code, out, _ = run(capsys, "doctor", "--repair", "--json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["repaired"]
    assert run(capsys, "doctor", "--data-dir", str(data))[0] == 0


def test_doctor_reports_a_corrupt_user_db_without_touching_it(capsys, cli_env, tmp_path):
    data = tmp_path / "d"
    assert run(capsys, "stats", "--data-dir", str(data))[0] == 0  # a data directory of ours
    (data / "user.db").write_bytes(b"not a database" * 1000)
    before = (data / "user.db").read_bytes()
    code, out, _ = run(capsys, "doctor", "--json", "--data-dir", str(data))
    assert code == 1 and "user.db" in json.loads(out)["problems"][0]
    assert (data / "user.db").read_bytes() == before


def test_newer_user_db_is_refused(capsys, cli_env, tmp_path):
    data = tmp_path / "d"
    assert run(capsys, "stats", "--data-dir", str(data))[0] == 0  # a data directory of ours
    conn = sqlite3.connect(data / "user.db")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    before = (data / "user.db").read_bytes()
    code, _, err = run(capsys, "stats", "--data-dir", str(data))
    assert code == 2 and "newer than this app supports" in err and err.count("\n") == 1
    assert (data / "user.db").read_bytes() == before


def test_module_entry_point_runs(cli_env, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "ipt_desktop", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and __version__ in done.stdout


def test_unwritable_data_dir_is_a_clear_error(capsys, cli_env, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "stats", "--data-dir", str(Path(blocker) / "sub"))
    assert code == 2 and "is not writable" in err


SEARCH_ALL = ["search", "procurement", "--limit", "500", "--json"]  # about 70 KB: more than a pipe holds


def test_output_into_a_closed_pipe_ends_quietly(capsys, cli_env, tmp_path):
    data = str(tmp_path / "data")
    assert run(capsys, "stats", "--data-dir", data)[0] == 0
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the command writes a byte
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ipt_desktop", *SEARCH_ALL, "--data-dir", data],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(writer)
    assert done.stderr == "" and done.returncode == 141, done.stderr  # 128 + SIGPIPE, as a shell reports


def test_search_json_piped_into_head_ends_quietly(capsys, cli_env, tmp_path):
    data = str(tmp_path / "data")
    assert run(capsys, "stats", "--data-dir", data)[0] == 0
    command = " ".join([sys.executable, "-m", "ipt_desktop", *SEARCH_ALL, "--data-dir", data])
    done = subprocess.run(["bash", "-c", f"{command} | head -1"], capture_output=True, text=True, timeout=60)
    assert done.stdout == "{\n" and done.returncode == 0
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.stderr == "", done.stderr


def truncate_postings(index: Path) -> Path:
    """Cut the largest postings file of an index to half its length, as a failing disk might."""
    postings = max(index.glob("*.pst"), key=lambda p: p.stat().st_size)
    data = postings.read_bytes()
    postings.write_bytes(data[: len(data) // 2])
    return postings


def test_doctor_finds_and_repairs_truncated_postings(capsys, cli_env, tmp_path):
    data = tmp_path / "d"
    assert run(capsys, "stats", "--data-dir", str(data))[0] == 0
    damaged = truncate_postings(data / "index")
    code, out, _ = run(capsys, "doctor", "--json", "--data-dir", str(data))
    problems = json.loads(out)["problems"]
    assert code == 1 and len(problems) == 1 and damaged.name in problems[0] and "\n" not in problems[0]
    code, out, _ = run(capsys, "doctor", "--repair", "--json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["repaired"]
    assert run(capsys, "doctor", "--data-dir", str(data))[0] == 0


def test_a_search_on_a_damaged_index_rebuilds_it_and_says_so(capsys, cli_env, tmp_path):
    data = tmp_path / "d"
    assert run(capsys, "stats", "--data-dir", str(data))[0] == 0
    truncate_postings(data / "index")
    code, out, err = run(capsys, "search", "procurement", "--data-dir", str(data))
    assert code == 0 and int(out.split()[0]) > 0, err
    assert err.count("\n") == 1 and "damaged" in err and "rebuilt" in err and str(data / "index") in err
    assert run(capsys, "doctor", "--data-dir", str(data))[0] == 0
