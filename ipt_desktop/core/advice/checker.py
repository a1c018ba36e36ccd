"""Compare an estimated contract value with the EU threshold for a buyer and a kind of contract.

The answer says above or below, by how much (in the currency given and in euro), which threshold of which
act, what follows from it, and whether the thresholds used are still in force. Input faults raise
``AdviceInputError`` with one line naming the argument.
"""

from __future__ import annotations

import datetime as dt
import math

from ipt_desktop.core.advice import thresholds as _thresholds
from ipt_desktop.core.advice.thresholds import Threshold, ThresholdCheck, ThresholdTable
from ipt_desktop.core.errors import IptError


class AdviceInputError(IptError):
    """A value, currency, buyer, kind or answer given to a decision aid is not valid."""


# What follows above the threshold, by directive: the procedures and where notices are published.
ABOVE = {
    "Directive 2014/24/EU": (
        "Directive 2014/24/EU applies: award the contract with one of its procedures (Articles 26 to 32).",
        "Publish the contract notice in the Official Journal of the EU, on TED (Articles 49 and 51).",
    ),
    "Directive 2014/25/EU": (
        "Directive 2014/25/EU applies: award the contract with one of its procedures (Articles 44 to 52).",
        "Publish a call for competition in the Official Journal of the EU, on TED (Articles 69 and 71).",
    ),
    "Directive 2014/23/EU": (
        "Directive 2014/23/EU applies to the award of the concession (procedural guarantees, Article 37).",
        "Publish a concession notice in the Official Journal of the EU, on TED (Articles 31 and 33).",
    ),
    "Directive 2009/81/EC": (
        "Directive 2009/81/EC applies: restricted or negotiated procedure with publication, or competitive "
        "dialogue (Articles 25 and 27).",
        "Publish the contract notice in the Official Journal of the EU, on TED (Articles 30 and 32).",
    ),
}
SOCIAL_ABOVE = {
    "Directive 2014/24/EU": (
        "The light regime of Articles 74 to 77 of Directive 2014/24/EU applies: national rules set the "
        "procedure within the principles of Article 76.",
        "Publish a contract notice or a prior information notice in the Official Journal of the EU (Article 75).",
    ),
    "Directive 2014/25/EU": (
        "The light regime of Articles 91 to 94 of Directive 2014/25/EU applies: national rules set the "
        "procedure within the principles of Article 93.",
        "Publish a call for competition in the Official Journal of the EU (Article 92).",
    ),
}
BELOW = (
    "The EU directive does not apply: national procurement rules govern the award, and they may set lower "
    "national thresholds of their own.",
    "If the contract is of certain cross-border interest, the Treaty principles of transparency and equal "
    "treatment still apply; publishing on TED is allowed but not required.",
)
STALE = {
    "expired": (
        "These thresholds were valid until {until}; today is {day}. Sync the curated feed to get the "
        "thresholds in force now, and check them on EUR-Lex before you rely on this answer."
    ),
    "not-yet": "These thresholds apply only from {start}; today is {day}, so they are not yet in force.",
}


def find_threshold(table: ThresholdTable, buyer: str, kind: str, day: dt.date) -> tuple[Threshold, str]:
    """The threshold for ``buyer`` and ``kind`` on ``day``, and the period's staleness ("" when in force)."""
    if buyer not in table.buyers:
        raise AdviceInputError(f"unknown buyer {buyer!r}; choose one of: {', '.join(table.buyers)}")
    if kind not in table.kinds:
        raise AdviceInputError(f"unknown kind {kind!r}; choose one of: {', '.join(table.kinds)}")
    period, stale = table.period_for(day)
    for threshold in period.thresholds:
        if buyer in threshold.buyers and kind in threshold.kinds:
            return threshold, stale
    raise AdviceInputError(f"no EU threshold applies to buyer {buyer!r} with kind {kind!r} in {period.id}")


def check_threshold(
    table: ThresholdTable,
    value: float,
    currency: str,
    buyer: str,
    kind: str,
    day: dt.date | None = None,
) -> ThresholdCheck:
    """Compare ``value`` (net of VAT, in ``currency``) with the threshold for ``buyer`` and ``kind``."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise AdviceInputError(f"value {value!r} is not a number")
    if value < 0:
        raise AdviceInputError(f"value {value:g} is negative; give the estimated value net of VAT")
    code = str(currency).strip().upper()
    if code not in table.currencies:
        raise AdviceInputError(f"unknown currency {currency!r}; known: {', '.join(sorted(table.currencies))}")
    info = table.currencies[code]
    if "replaced_by" in info:
        raise AdviceInputError(
            f"currency {code} ({info['name']}) was replaced by {info['replaced_by']} on {info.get('since', '?')}; "
            f"give the value in {info['replaced_by']}"
        )
    day = day or _thresholds.today()
    threshold, stale = find_threshold(table, buyer, kind, day)
    period, _ = table.period_for(day)
    source = None
    if code == "EUR":
        amount = float(threshold.amount_eur)
        rate = 1.0
    else:
        national = period.equivalents.get(code, {})
        if threshold.key not in national:
            act = period.equivalents_act
            hint = f" (the Commission publishes them in CELEX {act.celex})" if act else ""
            raise AdviceInputError(
                f"currency {code} has no equivalent of threshold {threshold.key!r} in this data for "
                f"{period.id}; give the value in EUR{hint}"
            )
        amount = float(national[threshold.key])
        rate = threshold.amount_eur / amount
        source = period.equivalent_sources.get(code)
    above = value >= amount
    difference = value - amount
    consequences = _consequences(threshold, above)
    notes = [threshold.note] if threshold.note else []
    if stale:
        notes.insert(
            0,
            STALE[stale].format(until=period.valid_until, start=period.valid_from, day=day.isoformat()),
        )
    return ThresholdCheck(
        value=float(value),
        currency=code,
        value_eur=round(value * rate, 2),
        above=above,
        difference=round(difference, 2),
        difference_eur=round(difference * rate, 2),
        threshold=threshold,
        threshold_in_currency=amount,
        period=period,
        day=day,
        stale=stale,
        consequences=consequences,
        notes=tuple(notes),
        national_source=source,
    )


def _consequences(threshold: Threshold, above: bool) -> tuple[str, ...]:
    if not above:
        return BELOW
    if "social-services" in threshold.kinds and threshold.directive in SOCIAL_ABOVE:
        return SOCIAL_ABOVE[threshold.directive]
    return ABOVE[threshold.directive]


def money(amount: float, currency: str) -> str:
    """``216000, "EUR"`` -> ``"EUR 216,000"`` (cents only when there are any)."""
    whole = float(amount).is_integer()
    return f"{currency} {amount:,.0f}" if whole else f"{currency} {amount:,.2f}"


def describe(check: ThresholdCheck) -> str:
    """The plain-text answer the CLI prints and the dialog shows."""
    t = check.threshold
    gap = abs(check.difference)
    lines = []
    if check.stale == "expired":
        lines.append(check.notes[0])
    position = "ABOVE" if check.above else "BELOW"
    if check.above and gap == 0:
        how = "exactly at the threshold (it counts as above: 'equal to or greater than')"
    else:
        how = f"by {money(gap, check.currency)}"
        if check.currency != "EUR" and check.difference_eur is not None:
            how += f" (EUR {abs(check.difference_eur):,.0f})"
        share = gap / check.threshold_in_currency * 100
        how += f", {share:.1f}% {'over' if check.above else 'under'} it"
    lines.append(f"{money(check.value, check.currency)} is {position} the EU threshold {how}.")
    amount = money(check.threshold_in_currency, check.currency)
    if check.currency != "EUR":
        amount += f" (EUR {t.amount_eur:,})"
    lines.append(f"Threshold: {amount}: {t.label}, {t.directive}, {t.article}.")
    lines.append(f"Source: {t.act.title} (CELEX {t.act.celex}, {t.act.oj}).")
    if check.national_source is not None:
        src = check.national_source
        lines.append(f"{check.currency} amount published by {src.publisher}: {src.title} ({src.url}).")
    lines.append(f"Valid: {check.period.valid_from} to {check.period.valid_until}.")
    lines.append("What follows:")
    lines.extend(f"- {c}" for c in check.consequences)
    for note in check.notes:
        if not (check.stale == "expired" and note == check.notes[0]):
            lines.append(f"Note: {note}")
    return "\n".join(lines)
