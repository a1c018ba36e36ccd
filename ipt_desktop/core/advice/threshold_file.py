"""Validation of a parsed thresholds file (``resources/thresholds.yaml`` or a curated feed's copy).

``ThresholdReader(path).table(data)`` turns the parsed YAML into a ``ThresholdTable``; the first fault raises
``ContentError`` with one line naming the file and the dotted key: unknown acts, buyers or kinds, amounts
that are not positive whole numbers, overlapping periods, and national-currency amounts without the source
(publisher, title, URL) that published them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ipt_desktop.core.advice.thresholds import (
    Act,
    NationalSource,
    Period,
    Threshold,
    ThresholdTable,
)
from ipt_desktop.core.errors import ContentError


class ThresholdReader:
    """Validates the parsed YAML of a thresholds file, naming the file and the dotted key of the first fault."""

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
        equivalents_act, equivalents, sources = None, {}, {}
        if "national_equivalents" in raw:
            equivalents_act, equivalents, sources = self.national_equivalents(
                raw["national_equivalents"], f"{key}.national_equivalents", acts, thresholds, currencies
            )
        return Period(period_id, start, end, tuple(thresholds), equivalents_act, equivalents, sources)

    def national_equivalents(self, raw, key, acts, thresholds, currencies):
        """The act, the amounts (currency -> threshold key -> amount) and each currency's source.

        Every currency with amounts needs a source naming its publisher, title and URL, so that no national
        amount is shown without saying who published it."""
        eq = self.mapping(raw, key)
        unknown = sorted(str(k) for k in eq if k not in ("act", "amounts", "sources"))
        if unknown:
            raise self.fail(f"{key}.{unknown[0]}", "unknown key; allowed: act, amounts, sources")
        act = self.known_act(eq, acts, key)
        amounts = self.mapping(eq.get("amounts") or {}, f"{key}.amounts")
        raw_sources = self.mapping(eq.get("sources") or {}, f"{key}.sources")
        keys = {t.key for t in thresholds}
        equivalents: dict[str, dict[str, int]] = {}
        for code, by_key in amounts.items():
            where = f"{key}.amounts.{code}"
            self.national_currency(code, currencies, where)
            by_key = self.mapping(by_key, where)
            if not by_key:
                raise self.fail(
                    where, "lists no amount; give one per threshold key or leave the currency out"
                )
            for tkey, amount in by_key.items():
                if tkey not in keys:
                    raise self.fail(f"{where}.{tkey}", f"no threshold has this key; known: {sorted(keys)}")
                if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
                    raise self.fail(f"{where}.{tkey}", f"{amount!r} is not a positive whole amount")
            if code not in raw_sources:
                raise self.fail(
                    f"{key}.sources.{code}", "missing: amounts in a national currency need their source"
                )
            equivalents[code] = dict(by_key)
        sources = {}
        for code, info in raw_sources.items():
            where = f"{key}.sources.{code}"
            self.national_currency(code, currencies, where)
            if code not in equivalents:
                raise self.fail(where, f"names a source but {key}.amounts lists no {code} amount")
            sources[code] = self.national_source(code, info, where)
        return act, equivalents, sources

    def national_currency(self, code: Any, currencies: dict[str, dict[str, str]], where: str) -> None:
        if code not in currencies or code == "EUR" or "replaced_by" in currencies[code]:
            raise self.fail(where, "is not a national currency listed under 'currencies'")

    def national_source(self, code: str, raw: Any, where: str) -> NationalSource:
        info = self.mapping(raw, where)
        url = self.text(info, "url", where)
        if not url.startswith(("https://", "http://")):
            raise self.fail(f"{where}.url", f"{url!r} is not an http(s) URL")
        published = ""
        if "published" in info:
            published = str(self.day(info, "published", where))
        return NationalSource(
            code, self.text(info, "publisher", where), self.text(info, "title", where), url, published
        )

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
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
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
