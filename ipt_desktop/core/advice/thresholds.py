"""The EU thresholds as dated data, and the checker that compares an estimated value with them.

``load_thresholds`` reads and validates ``resources/thresholds.yaml`` (or a newer copy a curated feed put in
its place); every error names the file and the key. ``check_threshold`` finds the threshold for a buyer and
a kind of contract on a given day, says whether the value is above (equal to or greater than) or below it,
by how much, under which act, and what follows. When the day is past the newest period's ``valid_until`` it
still answers from that period, marked stale, and says to sync the curated feed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import resource_path

THRESHOLDS_FILE = "thresholds.yaml"


def today() -> dt.date:
    """The day a check is made for (a function, so that tests can move the clock)."""
    return dt.date.today()


@dataclass(frozen=True)
class Act:
    """A legal act that sets or publishes thresholds."""

    key: str
    title: str
    celex: str
    oj: str
    url: str


@dataclass(frozen=True)
class Threshold:
    """One amount of one directive for some buyers and kinds of contract, in one period."""

    key: str
    label: str
    directive: str
    article: str
    buyers: tuple[str, ...]
    kinds: tuple[str, ...]
    amount_eur: int
    act: Act
    note: str = ""


@dataclass(frozen=True)
class Period:
    """The thresholds in force from ``valid_from`` to ``valid_until`` (both days included)."""

    id: str
    valid_from: dt.date
    valid_until: dt.date
    thresholds: tuple[Threshold, ...]
    equivalents_act: Act | None
    equivalents: dict[str, dict[str, int]]  # currency -> threshold key -> amount

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` falls within the period."""
        return self.valid_from <= day <= self.valid_until


@dataclass(frozen=True)
class ThresholdTable:
    """Every period of the thresholds file, oldest first, with the currencies and choices it knows."""

    path: Path
    version: int
    published: str
    reviewed: str
    buyers: tuple[str, ...]
    kinds: tuple[str, ...]
    currencies: dict[str, dict[str, str]]
    periods: tuple[Period, ...]

    def amounts(self) -> set[int]:
        """Every euro and national amount in the file (the glossary may quote only these)."""
        found = {t.amount_eur for p in self.periods for t in p.thresholds}
        for period in self.periods:
            for by_key in period.equivalents.values():
                found.update(by_key.values())
        return found

    def period_for(self, day: dt.date) -> tuple[Period, str]:
        """The period covering ``day`` and "" — or the nearest one and why it is not in force."""
        for period in self.periods:
            if period.covers(day):
                return period, ""
        newest = self.periods[-1]
        if day > newest.valid_until:
            return newest, "expired"
        return self.periods[0], "not-yet"


@dataclass(frozen=True)
class ThresholdCheck:
    """The answer of ``check_threshold``; ``to_dict`` is the CLI's JSON."""

    value: float
    currency: str
    value_eur: float | None
    above: bool
    difference: float  # value minus threshold, in ``currency``
    difference_eur: float | None
    threshold: Threshold
    threshold_in_currency: float
    period: Period
    day: dt.date
    stale: str  # "", "expired" or "not-yet"
    consequences: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        t = self.threshold
        return {
            "value": self.value,
            "currency": self.currency,
            "value_eur": self.value_eur,
            "above": self.above,
            "position": "above" if self.above else "below",
            "difference": self.difference,
            "difference_eur": self.difference_eur,
            "threshold": {
                "key": t.key,
                "label": t.label,
                "amount_eur": t.amount_eur,
                "amount": self.threshold_in_currency,
                "currency": self.currency,
                "directive": t.directive,
                "article": t.article,
                "act": {"title": t.act.title, "celex": t.act.celex, "oj": t.act.oj, "url": t.act.url},
                "note": t.note,
            },
            "period": {
                "id": self.period.id,
                "valid_from": self.period.valid_from.isoformat(),
                "valid_until": self.period.valid_until.isoformat(),
            },
            "checked_on": self.day.isoformat(),
            "stale": self.stale or None,
            "consequences": list(self.consequences),
            "notes": list(self.notes),
        }


# -- loading and validation ---------------------------------------------------------------------------------


def thresholds_path() -> Path:
    """The bundled thresholds file."""
    return resource_path(THRESHOLDS_FILE)


def load_thresholds(path: Path | None = None) -> ThresholdTable:
    """Read and validate a thresholds file; ContentError naming the file and key on any fault."""
    path = Path(path) if path is not None else thresholds_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    return _Reader(path).table(data)


def table_from_data(data: object, where: Path) -> ThresholdTable:
    """A thresholds table from YAML already parsed (a curated feed's copy, parsed by the caller's own safe
    loader); ContentError naming ``where`` and the key on any fault."""
    return _Reader(Path(where)).table(data)


class _Reader:
    """Validates the parsed YAML, naming the file and the dotted key of the first fault."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> ContentError:
        return ContentError(f"{self.path}: key '{key}': {problem}")

    def mapping(self, value: Any, key: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(key, "must be a mapping")
        return value

    def text(self, data: dict, name: str, key: str) -> str:
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{key}.{name}", "missing or empty")
        return " ".join(value.split())

    def day(self, data: dict, name: str, key: str) -> dt.date:
        value = data.get(name)
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(f"{key}.{name}", f"{value!r} is not a date (YYYY-MM-DD)") from None

    def table(self, data: Any) -> ThresholdTable:
        data = self.mapping(data, "(top level)")
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise self.fail("version", "must be a whole number of at least 1")
        published = str(self.day(data, "published", "(top level)"))
        reviewed = str(self.day(data, "reviewed", "(top level)"))
        acts = {
            k: self.act(k, v) for k, v in self.mapping(data.get("acts"), "acts").items() if isinstance(k, str)
        }
        buyers = self.names(data, "buyers")
        kinds = self.names(data, "kinds")
        currencies = self.currencies(data.get("currencies"))
        raw_periods = data.get("periods")
        if not isinstance(raw_periods, list) or not raw_periods:
            raise self.fail("periods", "must list at least one period")
        periods = [
            self.period(raw, f"periods[{i}]", acts, buyers, kinds, currencies)
            for i, raw in enumerate(raw_periods)
        ]
        periods.sort(key=lambda p: p.valid_from)
        self.no_overlaps(periods)
        return ThresholdTable(
            self.path, version, published, reviewed, buyers, kinds, currencies, tuple(periods)
        )

    def names(self, data: dict, name: str) -> tuple[str, ...]:
        value = data.get(name)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "must be a list of names")
        return tuple(value)

    def act(self, key: str, raw: Any) -> Act:
        raw = self.mapping(raw, f"acts.{key}")
        return Act(
            key,
            self.text(raw, "title", f"acts.{key}"),
            self.text(raw, "celex", f"acts.{key}"),
            self.text(raw, "oj", f"acts.{key}"),
            self.text(raw, "url", f"acts.{key}"),
        )

    def currencies(self, raw: Any) -> dict[str, dict[str, str]]:
        raw = self.mapping(raw, "currencies")
        if "EUR" not in raw:
            raise self.fail("currencies", "must include EUR")
        out = {}
        for code, info in raw.items():
            if not isinstance(code, str) or len(code) != 3 or not code.isupper():
                raise self.fail(f"currencies.{code}", "a currency is a three-letter ISO 4217 code")
            info = self.mapping(info, f"currencies.{code}")
            self.text(info, "name", f"currencies.{code}")
            out[code] = {k: str(v) for k, v in info.items()}
        return out

    def period(self, raw, key, acts, buyers, kinds, currencies) -> Period:
        raw = self.mapping(raw, key)
        period_id = self.text(raw, "id", key)
        start, end = self.day(raw, "valid_from", key), self.day(raw, "valid_until", key)
        if end < start:
            raise self.fail(f"{key}.valid_until", f"{end} is before valid_from {start}")
        items = raw.get("thresholds")
        if not isinstance(items, list) or not items:
            raise self.fail(f"{key}.thresholds", "must list at least one threshold")
        thresholds = [
            self.threshold(t, f"{key}.thresholds[{i}]", acts, buyers, kinds) for i, t in enumerate(items)
        ]
        seen: dict[tuple[str, str], str] = {}
        for t in thresholds:
            for pair in ((b, k) for b in t.buyers for k in t.kinds):
                if pair in seen:
                    raise self.fail(
                        f"{key}.thresholds.{t.key}",
                        f"buyer {pair[0]} and kind {pair[1]} are also in {seen[pair]}",
                    )
                seen[pair] = t.key
        equivalents_act, equivalents = None, {}
        if "national_equivalents" in raw:
            eq = self.mapping(raw["national_equivalents"], f"{key}.national_equivalents")
            equivalents_act = self.known_act(eq, acts, f"{key}.national_equivalents")
            amounts = self.mapping(eq.get("amounts", {}), f"{key}.national_equivalents.amounts")
            keys = {t.key for t in thresholds}
            for code, by_key in amounts.items():
                where = f"{key}.national_equivalents.amounts.{code}"
                if code not in currencies or code == "EUR" or "replaced_by" in currencies[code]:
                    raise self.fail(where, "is not a national currency listed under 'currencies'")
                by_key = self.mapping(by_key, where)
                for tkey, amount in by_key.items():
                    if tkey not in keys:
                        raise self.fail(
                            f"{where}.{tkey}", f"no threshold has this key; known: {sorted(keys)}"
                        )
                    if not isinstance(amount, int) or amount <= 0:
                        raise self.fail(f"{where}.{tkey}", "must be a positive whole amount")
                equivalents[code] = dict(by_key)
        return Period(period_id, start, end, tuple(thresholds), equivalents_act, equivalents)

    def known_act(self, raw: dict, acts: dict[str, Act], key: str) -> Act:
        name = raw.get("act")
        if name not in acts:
            raise self.fail(f"{key}.act", f"{name!r} is not one of the acts: {sorted(acts)}")
        return acts[name]

    def threshold(self, raw, key, acts, buyers, kinds) -> Threshold:
        raw = self.mapping(raw, key)
        tkey = self.text(raw, "key", key)
        where = f"{key}({tkey})"
        picked = {}
        for name, allowed in (("buyers", buyers), ("kinds", kinds)):
            values = raw.get(name)
            if not isinstance(values, list) or not values:
                raise self.fail(f"{where}.{name}", "must list at least one value")
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise self.fail(f"{where}.{name}", f"unknown {unknown}; allowed: {list(allowed)}")
            picked[name] = tuple(values)
        amount = raw.get("amount_eur")
        if not isinstance(amount, int) or amount <= 0:
            raise self.fail(f"{where}.amount_eur", "must be a positive whole amount in euro")
        return Threshold(
            tkey,
            self.text(raw, "label", where),
            self.text(raw, "directive", where),
            self.text(raw, "article", where),
            picked["buyers"],
            picked["kinds"],
            amount,
            self.known_act(raw, acts, where),
            " ".join(str(raw.get("note", "")).split()),
        )

    def no_overlaps(self, periods: list[Period]) -> None:
        spans: dict[str, list[Period]] = {}
        for period in periods:
            for t in period.thresholds:
                for earlier in spans.get(t.key, []):
                    if period.valid_from <= earlier.valid_until and earlier.valid_from <= period.valid_until:
                        raise self.fail(
                            f"periods.{period.id}.thresholds.{t.key}",
                            f"valid {period.valid_from} to {period.valid_until} overlaps period {earlier.id} "
                            f"({earlier.valid_from} to {earlier.valid_until})",
                        )
                spans.setdefault(t.key, []).append(period)
