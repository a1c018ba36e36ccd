"""The Threshold check dialog's answer for a national currency: the published amount beside the euro one,
and who published it, with a link (synthetic amounts on an example.org source)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from ipt_desktop.core.advice.checker import check_threshold
from ipt_desktop.core.advice.thresholds import load_thresholds, thresholds_path
from ipt_desktop.ui.threshold_dialog import answer_html

SOURCE = {
    "publisher": "Example office & partners",
    "title": "Thresholds in zloty <test>",
    "url": "https://example.org/pln?year=2026&x=1",
}


def _table(tmp_path: Path):
    data = yaml.safe_load(thresholds_path().read_text(encoding="utf-8"))
    eq = data["periods"][0]["national_equivalents"]
    eq["amounts"] = {"PLN": {"public-sub-central-supplies-services": 1_000_000}}
    eq["sources"] = {"PLN": SOURCE}
    path = tmp_path / "thresholds.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_thresholds(path)


def test_answer_shows_the_national_amount_and_its_source(qtbot, tmp_path):
    result = check_threshold(
        _table(tmp_path), 600_000, "PLN", "sub-central", "supplies", dt.date(2026, 11, 29)
    )
    text = answer_html(result)
    assert "Below the EU threshold by PLN 400,000" in text
    assert "PLN 1,000,000 (EUR 216,000)" in text
    assert "Example office &amp; partners" in text and "Thresholds in zloty &lt;test&gt;" in text
    assert "<a href='https://example.org/pln?year=2026&amp;x=1'>" in text
    assert "not converted" in text


def test_euro_answer_has_no_national_line(qtbot, tmp_path):
    result = check_threshold(
        _table(tmp_path), 600_000, "EUR", "sub-central", "supplies", dt.date(2026, 11, 29)
    )
    text = answer_html(result)
    assert "EUR 216,000" in text and "published by" not in text and "(EUR " not in text
