"""The project subcommands through ipt_desktop.cli.main: new, list, show, tick, note, export, and bad input."""

from __future__ import annotations

import json
import unicodedata

import pytest
from pypdf import PdfReader

from ipt_desktop.cli import main


@pytest.fixture
def run(cli_env, tmp_path, capsys, qapp):
    """Run the CLI on a temporary data directory with the real bundled library; returns (code, stdout, stderr)."""
    data = tmp_path / "data"

    def call(*argv):
        code = main([*argv, "--data-dir", str(data)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def test_a_project_from_new_to_export(run, tmp_path):
    code, out, _ = run("project", "new", "Smart bins", "--procedure", "pcp", "--value", "250000", "--json")
    assert code == 0
    created = json.loads(out)
    assert created["id"] == 1 and created["currency"] == "EUR" and created["estimated_value"] == "250000"
    assert run("project", "new", "Buses", "--procedure", "ppi")[0] == 0

    code, out, _ = run("project", "tick", "1", "map-stakeholders")
    assert code == 0 and out.strip() == "Ticked map-stakeholders in project 1"
    assert run("project", "tick", "1", "record-baseline")[0] == 0
    assert run("project", "tick", "1", "record-baseline", "--undo")[0] == 0
    assert run("project", "note", "1", "write-problem-statement", "Bins overflow downtown")[0] == 0

    code, out, _ = run("project", "list", "--json")
    rows = {row["name"]: row for row in json.loads(out)["projects"]}
    assert (
        rows["Smart bins"]["done"] == 1 and rows["Buses"]["done"] == 0 and rows["Smart bins"]["total"] >= 18
    )
    code, out, _ = run("project", "list")
    assert "1  Smart bins  (Pre-commercial procurement (PCP), 1/" in out

    code, out, _ = run("project", "show", "1", "--json")
    shown = json.loads(out)
    items = {item["id"]: item for stage in shown["stages"] for item in stage["items"]}
    assert items["map-stakeholders"]["done"] and not items["record-baseline"]["done"]
    assert items["write-problem-statement"]["note"] == "Bins overflow downtown"
    assert items["map-stakeholders"]["link"] == "guide-needs-assessment#step-1-map-the-stakeholders"
    assert shown["stages"][0]["stage"] == "needs-assessment"
    code, out, _ = run("project", "show", "1")
    assert "[x] map-stakeholders:" in out and "note: Bins overflow downtown" in out and "250,000 EUR" in out

    md = tmp_path / "out" / "bins.md"
    md.parent.mkdir()
    code, out, _ = run("project", "export", "1", "--format", "md", "-o", str(md))
    assert code == 0 and md.is_file()
    text = md.read_text(encoding="utf-8")
    assert "- [x] List everyone affected by the problem" in text and "> Bins overflow downtown" in text
    assert "“Step 1: map the stakeholders”" in text

    pdf = tmp_path / "out" / "bins.pdf"
    code, out, _ = run("project", "export", "1", "--format", "pdf", "-o", str(pdf), "--json")
    assert code == 0 and json.loads(out)["pages"] >= 1
    pages = unicodedata.normalize(
        "NFKC", " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    )
    assert "Smart bins" in pages and "List everyone affected by the problem" in pages


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("project", "new", "X", "--procedure", "pcpp"), "unknown procedure 'pcpp'"),
        (("project", "new", "X", "--procedure", "pcp", "--value", "ten"), "estimated value: 'ten'"),
        (("project", "new", "X", "--procedure", "pcp", "--value", "10", "--currency", "E"), "currency: 'E'"),
        (("project", "show", "42"), "no project with id 42"),
        (("project", "tick", "42", "map-stakeholders"), "no project with id 42"),
        (("project", "tick", "1", "no-such-item"), "the pcp checklist has no item 'no-such-item'"),
        (("project", "note", "1", "no-such-item", "x"), "no item 'no-such-item'"),
        (("project", "export", "42", "-o", "x.md"), "no project with id 42"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run, argv, message):
    assert run("project", "new", "Existing", "--procedure", "pcp")[0] == 0
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and err.startswith("ipt-desktop: error: ")


def test_export_to_an_unwritable_place_is_one_line(run, tmp_path):
    assert run("project", "new", "Existing", "--procedure", "design-contest")[0] == 0
    code, _out, err = run("project", "export", "1", "-o", str(tmp_path / "missing" / "x.md"))
    assert code == 2 and err.count("\n") == 1 and "cannot write" in err
