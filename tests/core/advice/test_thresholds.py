"""The thresholds file and the checker: the attested 2026-2027 amounts, above/below, input faults, staleness,
national currencies, newer copies from a feed, and the validation that names file and key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.advice import thresholds as thresholds_module
from ipt_desktop.core.advice.aids import ADVICE_DIR, DecisionAids
from ipt_desktop.core.advice.checker import AdviceInputError, check_threshold, describe
from ipt_desktop.core.advice.thresholds import load_thresholds, thresholds_path
from ipt_desktop.core.errors import ContentError

IN_FORCE = dt.date(2026, 11, 29)

# The amounts of Delegated Regulations (EU) 2025/2150, 2025/2151, 2025/2152 and 2025/2487 (and the two
# unchanged amounts of the directives), as published; the file must hold exactly these.
ATTESTED = {
    "public-works": (5404000, "32025R2152"),
    "public-central-supplies-services": (140000, "32025R2152"),
    "public-sub-central-supplies-services": (216000, "32025R2152"),
    "public-social-services": (750000, "32014L0024"),
    "utilities-supplies-services": (432000, "32025R2150"),
    "utilities-works": (5404000, "32025R2150"),
    "utilities-social-services": (1000000, "32014L0025"),
    "concessions": (5404000, "32025R2151"),
    "defence-supplies-services": (432000, "32025R2487"),
    "defence-works": (5404000, "32025R2487"),
}


@pytest.fixture(scope="module")
def table():
    return load_thresholds()


def _raw() -> dict:
    return yaml.safe_load(thresholds_path().read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict, name: str = "thresholds.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_bundled_file_holds_the_attested_2026_2027_amounts(table):
    (period,) = table.periods
    assert (period.valid_from, period.valid_until) == (dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    found = {t.key: (t.amount_eur, t.act.celex) for t in period.thresholds}
    assert found == ATTESTED
    assert table.version >= 1 and table.published
    for t in period.thresholds:
        assert t.act.url.startswith("http") and t.act.oj and t.article.startswith("Article")


def test_no_national_equivalent_is_listed_without_an_attested_source(table):
    (period,) = table.periods
    assert period.equivalents_act is not None and period.equivalents_act.celex == "52025XC05732"
    assert period.equivalents == {} and period.equivalent_sources == {}


def test_bulgaria_uses_the_euro_from_2026(table):
    assert table.currencies["BGN"]["replaced_by"] == "EUR"
    assert table.currencies["BGN"]["since"] == "2026-01-01"


@pytest.mark.parametrize(
    ("buyer", "kind", "key"),
    [
        ("central", "works", "public-works"),
        ("sub-central", "works", "public-works"),
        ("central", "services", "public-central-supplies-services"),
        ("sub-central", "supplies", "public-sub-central-supplies-services"),
        ("sub-central", "social-services", "public-social-services"),
        ("utility", "works", "utilities-works"),
        ("utility", "services", "utilities-supplies-services"),
        ("utility", "social-services", "utilities-social-services"),
        ("sub-central", "concession", "concessions"),
        ("defence", "supplies", "defence-supplies-services"),
        ("defence", "works", "defence-works"),
    ],
)
def test_each_buyer_and_kind_finds_its_threshold(table, buyer, kind, key):
    assert check_threshold(table, 1, "EUR", buyer, kind, IN_FORCE).threshold.key == key


def test_below_by_how_much(table):
    result = check_threshold(table, 180000, "EUR", "sub-central", "services", IN_FORCE)
    assert not result.above and result.difference == -36000 and result.difference_eur == -36000
    assert result.threshold.act.celex == "32025R2152" and not result.stale
    text = describe(result)
    assert "BELOW" in text and "EUR 36,000" in text and "16.7% under" in text
    assert "national procurement rules" in text and "Article 4(c)" in text


def test_equal_to_the_threshold_counts_as_above(table):
    result = check_threshold(table, 140000, "eur", "central", "supplies", IN_FORCE)
    assert result.above and result.difference == 0
    assert any("Official Journal" in c for c in result.consequences)


def test_above_names_the_procedures_and_publication(table):
    result = check_threshold(table, 6_000_000, "EUR", "utility", "works", IN_FORCE)
    assert result.above and result.difference == 596000
    assert "Articles 44 to 52" in result.consequences[0] and "TED" in result.consequences[1]
    social = check_threshold(table, 800000, "EUR", "central", "social-services", IN_FORCE)
    assert social.above and "Articles 74 to 77" in social.consequences[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((-1, "EUR", "central", "works"), "negative"),
        ((float("nan"), "EUR", "central", "works"), "not a number"),
        ((10, "USD", "central", "works"), "unknown currency 'USD'"),
        ((10, "BGN", "central", "works"), "replaced by EUR on 2026-01-01"),
        ((10, "SEK", "central", "works"), "currency SEK has no equivalent"),
        ((10, "EUR", "ministry", "works"), "unknown buyer 'ministry'"),
        ((10, "EUR", "central", "goods"), "unknown kind 'goods'"),
        ((10, "EUR", "defence", "concession"), "no EU threshold applies"),
    ],
)
def test_bad_input_is_one_clear_line(table, args, message):
    with pytest.raises(AdviceInputError) as err:
        check_threshold(table, *args, day=IN_FORCE)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_past_valid_until_says_so_and_asks_for_a_sync(table, monkeypatch):
    monkeypatch.setattr(thresholds_module, "today", lambda: dt.date(2028, 1, 2))
    result = check_threshold(table, 180000, "EUR", "sub-central", "services")
    assert result.stale == "expired" and result.to_dict()["stale"] == "expired"
    assert "valid until 2027-12-31" in result.notes[0] and "Sync the curated feed" in result.notes[0]
    assert describe(result).startswith("These thresholds were valid until 2027-12-31")


def test_before_valid_from_says_not_yet_in_force(table):
    result = check_threshold(table, 1, "EUR", "central", "works", dt.date(2025, 6, 1))
    assert result.stale == "not-yet" and "not yet in force" in result.notes[0]


def test_national_currency_compares_with_the_published_equivalent(tmp_path):
    # Synthetic amounts, only to exercise the conversion; the bundled file lists none.
    data = _raw()
    data["periods"][0]["national_equivalents"]["amounts"] = {
        "SEK": {"public-sub-central-supplies-services": 2160000}
    }
    data["periods"][0]["national_equivalents"]["sources"] = {
        "SEK": {"publisher": "Example agency", "title": "Test amounts", "url": "https://example.org/sek"}
    }
    table = load_thresholds(_write(tmp_path, data))
    result = check_threshold(table, 1800000, "SEK", "sub-central", "services", IN_FORCE)
    assert not result.above and result.difference == -360000
    assert result.difference_eur == -36000 and result.value_eur == 180000
    assert "SEK 360,000 (EUR 36,000)" in describe(result)
    with pytest.raises(AdviceInputError, match="currency SEK has no equivalent of threshold 'public-works'"):
        check_threshold(table, 1, "SEK", "central", "works", IN_FORCE)


def test_overlapping_periods_are_refused_naming_file_and_key(tmp_path):
    data = _raw()
    second = dict(data["periods"][0], id="eu-2027-2028", valid_from="2027-06-01", valid_until="2028-12-31")
    data["periods"].append(second)
    path = _write(tmp_path, data)
    with pytest.raises(ContentError) as err:
        load_thresholds(path)
    assert str(path) in str(err.value) and "periods.eu-2027-2028.thresholds.public-works" in str(err.value)
    assert "overlaps period eu-2026-2027" in str(err.value)


def test_a_following_period_is_accepted_and_chosen_by_date(tmp_path):
    data = _raw()
    nxt = yaml.safe_load(yaml.safe_dump(data["periods"][0]))
    nxt.update(id="eu-2028-2029", valid_from="2028-01-01", valid_until="2029-12-31")
    nxt["thresholds"][0]["amount_eur"] = 5500000  # synthetic
    data["periods"].append(nxt)
    table = load_thresholds(_write(tmp_path, data))
    assert (
        check_threshold(table, 1, "EUR", "central", "works", dt.date(2028, 3, 1)).threshold.amount_eur
        == 5500000
    )
    assert (
        check_threshold(table, 1, "EUR", "central", "works", dt.date(2027, 3, 1)).threshold.amount_eur
        == 5404000
    )


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (
            lambda d: d["periods"][0]["thresholds"][0].update(act="reg-1999-1"),
            "thresholds[0](public-works).act",
        ),
        (lambda d: d["periods"][0]["thresholds"][1].update(buyers=["mayor"]), "buyers"),
        (lambda d: d["periods"][0]["thresholds"][2].update(amount_eur=-5), "amount_eur"),
        (lambda d: d["periods"][0].update(valid_until="2025-01-01"), "periods[0].valid_until"),
        (lambda d: d["acts"]["reg-2025-2152"].pop("celex"), "acts.reg-2025-2152.celex"),
        (lambda d: d.pop("version"), "version"),
        (lambda d: d["periods"][0]["thresholds"][2].update(buyers=["central"]), "buyer central and kind"),
    ],
)
def test_faults_name_the_file_and_key(tmp_path, change, key):
    data = _raw()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(ContentError) as err:
        load_thresholds(path)
    assert str(path) in str(err.value) and key in str(err.value)


def test_a_newer_copy_in_the_data_directory_replaces_the_bundled_one(tmp_path):
    data = _raw()
    data["version"] = 2
    data["periods"][0]["thresholds"][2]["amount_eur"] = 200000  # synthetic, to see which copy is used
    (tmp_path / ADVICE_DIR).mkdir()
    _write(tmp_path / ADVICE_DIR, data)
    aids = DecisionAids(tmp_path)
    assert aids.thresholds().version == 2
    assert aids.check_threshold(180000, "EUR", "sub-central", "services", IN_FORCE).difference == -20000


def test_an_older_or_broken_copy_is_ignored(tmp_path):
    (tmp_path / ADVICE_DIR).mkdir()
    (tmp_path / ADVICE_DIR / "thresholds.yaml").write_text("version: [", encoding="utf-8")
    aids = DecisionAids(tmp_path)
    assert aids.thresholds().path == thresholds_path()
    assert "not valid YAML" in aids.notices[0] and "using the bundled thresholds.yaml" in aids.notices[0]
