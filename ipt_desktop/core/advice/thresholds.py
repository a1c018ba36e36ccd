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
class NationalSource:
    """Who published the national-currency amounts of one currency, and where (each amount needs one)."""

    currency: str
    publisher: str
    title: str
    url: str
    published: str = ""  # ISO date when known


@dataclass(frozen=True)
class Period:
    """The thresholds in force from ``valid_from`` to ``valid_until`` (both days included)."""

    id: str
    valid_from: dt.date
    valid_until: dt.date
    thresholds: tuple[Threshold, ...]
    equivalents_act: Act | None
    equivalents: dict[str, dict[str, int]]  # currency -> threshold key -> amount
    equivalent_sources: dict[str, NationalSource] = field(default_factory=dict)  # currency -> its source

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
    national_source: NationalSource | None = None  # set when the amount is a published national one

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
                "national_source": _source_dict(self.national_source),
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


def _source_dict(source: NationalSource | None) -> dict[str, str] | None:
    if source is None:
        return None
    return {
        "publisher": source.publisher,
        "title": source.title,
        "url": source.url,
        "published": source.published or None,
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
    from ipt_desktop.core.advice.threshold_file import ThresholdReader

    return ThresholdReader(path).table(data)


def table_from_data(data: object, where: Path) -> ThresholdTable:
    """A thresholds table from YAML already parsed (a curated feed's copy, parsed by the caller's own safe
    loader); ContentError naming ``where`` and the key on any fault."""
    from ipt_desktop.core.advice.threshold_file import ThresholdReader

    return ThresholdReader(Path(where)).table(data)
