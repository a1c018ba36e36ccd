"""National-currency amounts in a thresholds file: compared as published (never converted), shown with the
source that published them, and refused with one line naming file and key when they or their source are bad.

The amounts here are synthetic (round numbers on an example.org source), only to exercise the code; the
bundled file lists none until they can be read from a published text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from ipt_desktop.cli import main
from ipt_desktop.core.advice import thresholds as thresholds_module
from ipt_desktop.core.advice.aids import ADVICE_DIR
from ipt_desktop.core.advice.checker import AdviceInputError, check_threshold, describe
from ipt_desktop.core.advice.thresholds import load_thresholds, thresholds_path
from ipt_desktop.core.errors import ContentError

IN_FORCE = dt.date(2026, 11, 29)
WHERE = "periods[0].national_equivalents"
SOURCE = {
    "publisher": "Example procurement office",
    "title": "EU thresholds in zloty for 2026-2027 (test data)",
    "url": "https://example.org/thresholds-2026-2027",
    "published": "2025-12-01",
}
AMOUNTS = {"public-sub-central-supplies-services": 1_000_000, "public-works": 25_000_000}


def _raw() -> dict:
    return yaml.safe_load(thresholds_path().read_text(encoding="utf-8"))


def _with_pln(amounts: dict | None = None, source: dict | None = None) -> dict:
    data = _raw()
    eq = data["periods"][0]["national_equivalents"]
    eq["amounts"] = {"PLN": dict(AMOUNTS if amounts is None else amounts)}
    eq["sources"] = {"PLN": dict(SOURCE if source is None else source)}
    return data


def _write(folder: Path, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "thresholds.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_bundled_file_has_the_sources_part_and_no_unsourced_amount():
    (period,) = load_thresholds().periods
    assert period.equivalents == {} and period.equivalent_sources == {}


def test_the_value_is_compared_with_the_published_amount_and_its_source_is_named(tmp_path):
    table = load_thresholds(_write(tmp_path, _with_pln()))
    result = check_threshold(table, 600_000, "PLN", "sub-central", "supplies", IN_FORCE)
    assert result.threshold_in_currency == 1_000_000 and not result.above
    assert result.difference == -400_000
    # euro figures follow from the published pair (216,000 EUR = 1,000,000 PLN), not from a market rate
    assert result.value_eur == round(600_000 * 216_000 / 1_000_000, 2)
    src = result.national_source
    assert (src.publisher, src.url, src.published) == (
        SOURCE["publisher"],
        SOURCE["url"],
        "2025-12-01",
    )
    text = describe(result)
    assert "Threshold: PLN 1,000,000 (EUR 216,000)" in text
    assert f"PLN amount published by {SOURCE['publisher']}: {SOURCE['title']} ({SOURCE['url']})." in text
    data = result.to_dict()["threshold"]
    assert data["amount"] == 1_000_000 and data["currency"] == "PLN"
    assert data["national_source"]["url"] == SOURCE["url"]


def test_equal_to_the_published_amount_is_above(tmp_path):
    table = load_thresholds(_write(tmp_path, _with_pln()))
    result = check_threshold(table, 25_000_000, "PLN", "central", "works", IN_FORCE)
    assert result.above and result.difference == 0


def test_a_key_without_a_national_amount_still_says_so(tmp_path):
    table = load_thresholds(_write(tmp_path, _with_pln()))
    with pytest.raises(AdviceInputError) as err:
        check_threshold(table, 1, "PLN", "utility", "works", IN_FORCE)
    assert "currency PLN has no equivalent of threshold 'utilities-works'" in str(err.value)
    assert "give the value in EUR" in str(err.value) and "\n" not in str(err.value)


def test_euro_answers_carry_no_national_source(tmp_path):
    table = load_thresholds(_write(tmp_path, _with_pln()))
    result = check_threshold(table, 1, "EUR", "sub-central", "supplies", IN_FORCE)
    assert result.national_source is None and result.to_dict()["threshold"]["national_source"] is None


def _pop_publisher(data: dict) -> None:
    data["periods"][0]["national_equivalents"]["sources"]["PLN"].pop("publisher")


def _drop_sources(data: dict) -> None:
    data["periods"][0]["national_equivalents"].pop("sources")


def _orphan_source(data: dict) -> None:
    data["periods"][0]["national_equivalents"]["sources"]["SEK"] = dict(SOURCE)


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (_drop_sources, f"{WHERE}.sources.PLN", "need their source"),
        (_pop_publisher, f"{WHERE}.sources.PLN.publisher", "missing or empty"),
        (
            lambda d: d["periods"][0]["national_equivalents"]["sources"]["PLN"].update(url="www.example.org"),
            f"{WHERE}.sources.PLN.url",
            "not an http(s) URL",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"]["sources"]["PLN"].update(published="1.12.2025"),
            f"{WHERE}.sources.PLN.published",
            "not a date",
        ),
        (_orphan_source, f"{WHERE}.sources.SEK", "lists no SEK amount"),
        (
            lambda d: d["periods"][0]["national_equivalents"]["amounts"]["PLN"].update(
                {"public-works": True}
            ),
            f"{WHERE}.amounts.PLN.public-works",
            "True is not a positive whole amount",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"]["amounts"]["PLN"].update(
                {"public-works": "23 291 240"}
            ),
            f"{WHERE}.amounts.PLN.public-works",
            "is not a positive whole amount",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"]["amounts"]["PLN"].update(
                {"public-works": 1.5e7}
            ),
            f"{WHERE}.amounts.PLN.public-works",
            "is not a positive whole amount",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"]["amounts"]["PLN"].update({"public-work": 5}),
            f"{WHERE}.amounts.PLN.public-work",
            "no threshold has this key",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"]["amounts"].update(PLN={}),
            f"{WHERE}.amounts.PLN",
            "lists no amount",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"]["amounts"].update(BGN={"public-works": 5}),
            f"{WHERE}.amounts.BGN",
            "is not a national currency",
        ),
        (
            lambda d: d["periods"][0]["national_equivalents"].update(amount={"PLN": {"public-works": 5}}),
            f"{WHERE}.amount",
            "unknown key; allowed: act, amounts, sources",
        ),
    ],
)
def test_bad_national_data_is_one_line_naming_file_and_key(tmp_path, change, key, problem):
    data = _with_pln()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(ContentError) as err:
        load_thresholds(path)
    message = str(err.value)
    assert message.startswith(f"{path}: key '{key}': ") and problem in message and "\n" not in message


def test_cli_compares_pln_with_the_published_amount(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(thresholds_module, "today", lambda: IN_FORCE)
    data = _with_pln()
    data["version"] = 2  # a feed's newer copy in the data directory replaces the bundled file
    _write(tmp_path / ADVICE_DIR, data)
    args = ["threshold", "--value", "600000", "--currency", "PLN", "--kind", "supplies"]
    args += ["--buyer", "sub-central", "--data-dir", str(tmp_path)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("PLN 600,000 is BELOW the EU threshold by PLN 400,000")
    assert f"PLN amount published by {SOURCE['publisher']}" in out
    assert main([*args, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["threshold"]["amount"] == 1_000_000 and answer["value_eur"] == 129600.0
    assert answer["threshold"]["national_source"]["title"] == SOURCE["title"]
