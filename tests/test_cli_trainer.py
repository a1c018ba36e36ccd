"""The trainer subcommands through ipt_desktop.cli.main: export-pdf, decks export/import/list, and errors."""

import json

import pytest
from pptx import Presentation
from pypdf import PdfReader

from ipt_desktop.cli import main

DOC = "training-pre-commercial-procurement"


@pytest.fixture
def run(cli_env, tmp_path, capsys, qapp):
    """Run the CLI on a temporary data directory with the real bundled library; returns (code, stdout, stderr)."""
    data = tmp_path / "data"

    def call(*argv):
        code = main([*argv, "--data-dir", str(data)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def test_export_pdf_of_a_document(run, tmp_path):
    out = tmp_path / "doc.pdf"
    code, stdout, _err = run("export-pdf", DOC, str(out), "--json")
    assert code == 0
    payload = json.loads(stdout)
    assert payload["path"] == str(out.resolve())
    assert payload["pages"] == len(PdfReader(str(out)).pages) >= 2


def test_export_handout_of_a_collection_from_an_imported_deck(run, tmp_path):
    deck = tmp_path / "workshop.json"
    deck.write_text(
        json.dumps(
            {
                "format": "ipt-deck",
                "version": 1,
                "name": "Workshop",
                "items": [
                    {"id": DOC, "title": "PCP", "section": None, "content_hash": "old"},
                    {"id": "not-in-library", "title": "Gone", "section": None, "content_hash": None},
                ],
            }
        ),
        encoding="utf-8",
    )
    code, stdout, _err = run("decks", "import", str(deck), "--json")
    report = json.loads(stdout)
    assert code == 1 and report["missing"] == ["not-in-library"] and report["changed"] == [DOC]
    code, stdout, _err = run("decks", "list", "--json")
    assert json.loads(stdout)["collections"] == [{"name": "Workshop", "items": 2}]

    out = tmp_path / "handout.pdf"
    code, stdout, _err = run("export-pdf", "Workshop", str(out), "--handout", "--json")
    assert code == 0
    three_pages = json.loads(stdout)["pages"]  # the default: 3 slides per page, after the cover
    code, stdout, _err = run(
        "export-pdf", "Workshop", str(tmp_path / "notes.pdf"), "--handout", "--layout", "notes", "--json"
    )
    notes_pages = json.loads(stdout)["pages"]
    assert code == 0 and notes_pages > three_pages
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(tmp_path / "notes.pdf")).pages
    )
    assert "Draw the funnel" in text
    for layout in ("grid", "6"):
        code, stdout, _err = run(
            "export-pdf", "Workshop", str(tmp_path / "grid.pdf"), "--handout", "--layout", layout, "--json"
        )
        assert code == 0 and 0 < json.loads(stdout)["pages"] < notes_pages
    assert PdfReader(str(tmp_path / "grid.pdf")).metadata.title == "Workshop"
    code, stdout, _err = run("export-pdf", "Workshop", str(tmp_path / "text.pdf"), "--json")
    assert code == 0 and PdfReader(str(tmp_path / "text.pdf")).metadata.title == "Workshop"

    code, stdout, _err = run("deck", "export", "Workshop", "--format", "pptx", "-o", str(tmp_path / "w.pptx"))
    assert code == 0 and "slides" in stdout
    pptx = Presentation(str(tmp_path / "w.pptx"))
    assert pptx.slides[0].shapes.title.text == "Workshop"
    assert any(
        s.has_notes_slide and "Draw the funnel" in s.notes_slide.notes_text_frame.text for s in pptx.slides
    )
    code, stdout, _err = run(
        "decks", "export", "Workshop", str(tmp_path / "w2.pptx"), "--format", "pptx", "--json"
    )
    assert code == 0 and json.loads(stdout)["slides"] == len(pptx.slides)

    exported = tmp_path / "again.json"
    code, stdout, _err = run("decks", "export", "Workshop", str(exported))
    assert code == 0 and json.loads(exported.read_text(encoding="utf-8"))["items"][0]["id"] == DOC


def test_unknown_target_and_unwritable_output_are_one_line_errors(run, tmp_path):
    code, _out, err = run("export-pdf", "no-such-thing", str(tmp_path / "x.pdf"))
    assert code == 2 and err.strip().count("\n") == 0 and "'no-such-thing'" in err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = run("export-pdf", DOC, str(blocker / "x.pdf"))
    assert code == 2 and "cannot write PDF" in err and err.strip().count("\n") == 0
    code, _out, err = run("decks", "export", "Nope", str(tmp_path / "n.json"))
    assert code == 2 and "Nope" in err
    code, _out, err = run("deck", "export", "Nope", "--format", "pptx")
    assert code == 2 and "FILE" in err and err.strip().count("\n") == 0
