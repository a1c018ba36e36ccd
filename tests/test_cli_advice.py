"""The decision-aid commands: ``threshold`` and ``choose`` (exit codes, JSON, one-line errors, prompts)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from ipt_desktop.cli import advice_commands, main
from ipt_desktop.core.advice import thresholds as thresholds_module
from ipt_desktop.core.advice.aids import DecisionAids


@pytest.fixture(autouse=True)
def _in_force(monkeypatch):
    monkeypatch.setattr(thresholds_module, "today", lambda: dt.date(2026, 11, 29))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_threshold_below_in_text(capsys, tmp_path):
    code, out, err = run(
        capsys,
        "threshold",
        "--value",
        "180000",
        "--currency",
        "EUR",
        "--buyer",
        "sub-central",
        "--kind",
        "services",
        "--data-dir",
        str(tmp_path / "d"),
    )
    assert code == 0 and err == ""
    assert out.startswith("EUR 180,000 is BELOW the EU threshold by EUR 36,000")
    assert "Delegated Regulation (EU) 2025/2152" in out and "CELEX 32025R2152" in out
    assert "national procurement rules" in out
    assert not (tmp_path / "d").exists()  # a quick answer opens no databases


def test_threshold_json(capsys):
    code, out, _ = run(
        capsys, "threshold", "--value", "5,500,000", "--buyer", "utility", "--kind", "works", "--json"
    )
    data = json.loads(out)
    assert code == 0 and data["above"] is True and data["position"] == "above"
    assert data["difference"] == 96000 and data["difference_eur"] == 96000
    assert data["threshold"]["act"]["celex"] == "32025R2150" and data["threshold"]["amount_eur"] == 5404000
    assert data["period"] == {"id": "eu-2026-2027", "valid_from": "2026-01-01", "valid_until": "2027-12-31"}
    assert data["stale"] is None and any("TED" in c for c in data["consequences"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--value", "-1", "--buyer", "central", "--kind", "works"], "negative"),
        (["--value", "lots", "--buyer", "central", "--kind", "works"], "--value 'lots' is not a number"),
        (
            ["--value", "1", "--currency", "GBP", "--buyer", "central", "--kind", "works"],
            "unknown currency 'GBP'",
        ),
        (
            ["--value", "1", "--currency", "PLN", "--buyer", "central", "--kind", "works"],
            "currency PLN has no equivalent",
        ),
        (["--value", "1", "--currency", "BGN", "--buyer", "central", "--kind", "works"], "replaced by EUR"),
        (["--value", "1", "--buyer", "king", "--kind", "works"], "unknown buyer 'king'"),
        (["--value", "1", "--buyer", "central", "--kind", "gadgets"], "unknown kind 'gadgets'"),
    ],
)
def test_threshold_bad_input_is_one_line_and_exit_2(capsys, args, message):
    code, out, err = run(capsys, "threshold", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("ipt-desktop: error: ") and message in err


def test_threshold_after_valid_until_says_to_sync(capsys, monkeypatch):
    monkeypatch.setattr(thresholds_module, "today", lambda: dt.date(2028, 2, 1))
    code, out, err = run(
        capsys, "threshold", "--value", "180000", "--buyer", "sub-central", "--kind", "services"
    )
    assert code == 0
    assert out.startswith("These thresholds were valid until 2027-12-31; today is 2028-02-01.")
    assert "Sync the curated feed" in out and "warning" in err
    code, out, _ = run(capsys, "threshold", "--value", "1", "--buyer", "central", "--kind", "works", "--json")
    assert json.loads(out)["stale"] == "expired"


def _answers(tmp_path: Path, text: str, name: str = "answers.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


RD_ANSWERS = """\
several-buyers: no
kind: services
design-contest-fit: no
solution-on-market: no
rd-needed: yes
rd-and-purchase: no
rd-benefits-shared: yes
rd-competing-suppliers: yes
"""


def test_choose_from_a_yaml_file(capsys, tmp_path):
    code, out, err = run(capsys, "choose", "--answers", _answers(tmp_path, RD_ANSWERS))
    assert code == 0 and err == ""
    assert out.startswith("Recommended: Pre-commercial procurement (PCP)")
    assert "Directive 2014/24/EU, Article 14" in out and "ipt://doc/guide-pre-commercial-procurement" in out


def test_choose_from_a_json_file_with_a_threshold_value(capsys, tmp_path):
    answers = {
        "several-buyers": "no",
        "kind": "services",
        "design-contest-fit": "no",
        "solution-on-market": "yes",
        "above-threshold": {"value": 180000, "currency": "EUR", "buyer": "sub-central"},
    }
    path = _answers(tmp_path, json.dumps(answers), "answers.json")
    code, out, _ = run(capsys, "choose", "--answers", path, "--json")
    data = json.loads(out)
    assert code == 0 and data["outcome"] == "below-threshold-national"
    assert "BELOW the EU threshold by EUR 36,000" in data["answers"][-1]["detail"]
    assert data["articles"] and data["reasons"] and data["links"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("several-buyers: no\ncolour: blue\n", "unknown question 'colour'"),
        ("several-buyers: perhaps\n", "answer 'perhaps' to 'several-buyers' is not one of: yes, no"),
        ("several-buyers: no\n", "no answer to 'kind'"),
        ("- a list\n", "must map each question id to an answer"),
        ("several-buyers: [\n", "not valid YAML or JSON"),
    ],
)
def test_choose_bad_answers_are_one_line_and_exit_2(capsys, tmp_path, text, message):
    path = _answers(tmp_path, text)
    code, out, err = run(capsys, "choose", "--answers", path)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and path in err and message in err


def test_choose_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "choose", "--answers", str(tmp_path / "none.yaml"))
    assert code == 2 and "none.yaml: cannot be read" in err


def test_choose_without_answers_and_without_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "choose")
    assert code == 2 and "give --answers FILE" in err


def test_choose_asks_on_a_terminal(monkeypatch):
    replies = iter(["2", "3", "9", "1", "v", "6000000", "", "sub-central", "1"])
    shown: list[str] = []
    state = advice_commands.ask(DecisionAids(), lambda _prompt: next(replies), shown.append)
    assert state.result.outcome.id == "ppi"
    assert "  Type a number from 1 to 2." in shown  # the out-of-range reply was asked again
    assert "ABOVE the EU threshold" in state.steps[-2].detail
    assert any("Work it out from the estimated value" in line for line in shown)


def test_choose_prompts_end_quietly_when_input_ends():
    def read(_prompt):
        raise EOFError

    assert advice_commands.ask(DecisionAids(), read, lambda _line: None) is None
