"""``DecisionAids``: the thresholds table and the procedure tree in use, and the calls the UI and CLI make.

The bundled files under ``resources/`` are the default. A curated feed may later place newer copies in the
data directory's ``advice/`` folder; whichever copy has the higher ``version`` is used, so a newer file
replaces the bundled one whole. A copy that fails validation is skipped, and ``notices`` says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from ipt_desktop.core.advice import checker
from ipt_desktop.core.advice.chooser import Walk, walk
from ipt_desktop.core.advice.chooser_tree import CHOOSER_FILE, ProcedureTree, chooser_path, load_tree
from ipt_desktop.core.advice.thresholds import (
    THRESHOLDS_FILE,
    ThresholdCheck,
    ThresholdTable,
    load_thresholds,
    thresholds_path,
)
from ipt_desktop.core.errors import ContentError

ADVICE_DIR = "advice"  # under the data directory: newer copies from a curated feed
T = TypeVar("T")


class DecisionAids:
    """The threshold checker and the procedure chooser over the newest valid copies of their data."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else None
        self.notices: list[str] = []
        self._table: ThresholdTable | None = None
        self._tree: ProcedureTree | None = None

    def _newest(self, bundled: Path, name: str, load: Callable[[Path], T]) -> T:
        best = load(bundled)  # the bundled file must be valid; its errors propagate
        if self.data_dir is not None:
            local = self.data_dir / ADVICE_DIR / name
            if local.is_file():
                try:
                    candidate = load(local)
                except ContentError as exc:
                    self.notices.append(f"{exc}; using the bundled {name}")
                else:
                    if candidate.version > best.version:
                        best = candidate
        return best

    def thresholds(self) -> ThresholdTable:
        """The thresholds table in use."""
        if self._table is None:
            self._table = self._newest(thresholds_path(), THRESHOLDS_FILE, load_thresholds)
        return self._table

    def tree(self) -> ProcedureTree:
        """The procedure tree in use."""
        if self._tree is None:
            self._tree = self._newest(chooser_path(), CHOOSER_FILE, load_tree)
        return self._tree

    def check_threshold(
        self, value: float, currency: str, buyer: str, kind: str, day: dt.date | None = None
    ) -> ThresholdCheck:
        """Compare an estimated value with the threshold for a buyer and kind (see ``checker``)."""
        return checker.check_threshold(self.thresholds(), value, currency, buyer, kind, day)

    def choose(self, answers: Mapping[str, Any]) -> Walk:
        """Follow the answers through the tree; a threshold question may get {value, currency, buyer}."""
        return walk(self.tree(), answers, self._threshold_answer)

    def _threshold_answer(self, raw: Mapping[str, Any], given: Mapping[str, str]) -> tuple[str, str]:
        unknown = sorted(set(raw) - {"value", "currency", "buyer", "kind"})
        if unknown:
            raise checker.AdviceInputError(
                f"unknown field {unknown[0]!r} in the threshold answer; use value, currency, buyer (and kind)"
            )
        missing = [name for name in ("value", "buyer") if name not in raw]
        if missing:
            raise checker.AdviceInputError(f"the threshold answer needs {missing[0]!r}")
        kind = raw.get("kind") or given.get("kind")
        if not kind:
            raise checker.AdviceInputError("the threshold answer needs 'kind' (or an answer to 'kind' first)")
        value = raw["value"]
        if isinstance(value, str):
            try:
                value = float(value.replace(",", ""))
            except ValueError:
                raise checker.AdviceInputError(f"threshold value {raw['value']!r} is not a number") from None
        check = self.check_threshold(value, str(raw.get("currency", "EUR")), str(raw["buyer"]), str(kind))
        return ("yes" if check.above else "no"), checker.describe(check).splitlines()[0]
