"""The taxonomy: allowed values for document metadata and their labels, read from resources/taxonomy.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import yaml

from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import resource_path

# Front-matter list keys and the taxonomy vocabulary each one draws from.
LIST_FACETS: Mapping[str, str] = MappingProxyType(
    {
        "topics": "topics",
        "stages": "stages",
        "procedures": "procedures",
        "sectors": "sectors",
        "objectives": "objectives",
        "countries": "countries",
    }
)


def safe_load(text: str):
    """yaml.safe_load through libyaml's C parser when PyYAML has it (same safe subset, ten times faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


@dataclass(frozen=True)
class Taxonomy:
    """Vocabularies keyed by name (``types``, ``topics`` ...), each mapping value to label."""

    vocabularies: Mapping[str, Mapping[str, str]]
    projects: tuple[str, ...]
    licenses: tuple[str, ...]

    def values(self, vocabulary: str) -> Mapping[str, str]:
        """Allowed values of one vocabulary, with labels."""
        return self.vocabularies[vocabulary]

    def label(self, vocabulary: str, value: str) -> str:
        """Human label of a value, or the value itself when unknown."""
        return self.vocabularies.get(vocabulary, {}).get(value, value)

    def is_valid(self, vocabulary: str, value: str) -> bool:
        """True when value belongs to the vocabulary."""
        return value in self.vocabularies.get(vocabulary, {})


def load_taxonomy(path: Path) -> Taxonomy:
    """Read a taxonomy file."""
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ContentError(f"{path}: cannot read the taxonomy ({exc})") from None
    vocabularies = {
        name: MappingProxyType({str(k): str(v) for k, v in raw[name].items()})
        for name in ("types", "topics", "stages", "procedures", "sectors", "objectives", "countries", "languages")
    }
    return Taxonomy(
        vocabularies=MappingProxyType(vocabularies),
        projects=tuple(raw["projects"]),
        licenses=tuple(raw["licenses"]),
    )


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with the app."""
    return load_taxonomy(resource_path("taxonomy.yaml"))
