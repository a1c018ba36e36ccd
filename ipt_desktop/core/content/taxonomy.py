"""The taxonomy: allowed values for document metadata and their labels, read from resources/taxonomy.yaml."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import library_seed_dir, resource_path

SEED_FILE = "taxonomy.json"  # the parsed taxonomy, written beside the prebuilt library by ``make library``

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


# Limits on YAML from outside (front matter of feeds, packs and imported files), checked on the parser's
# events before any value is built: aliases are refused outright (ten nested ``&a``/``*a`` in 500 bytes
# expand to billions of values once walked), and nesting and size are bounded.
MAX_YAML_NODES = 20_000
MAX_YAML_DEPTH = 32


def safe_load(text: str):
    """yaml.safe_load through libyaml's C parser when PyYAML has it (same safe subset, ten times faster),
    after a check of the parser's events that refuses aliases, deep nesting and huge documents.

    A refusal is a ``yaml.MarkedYAMLError`` whose mark is the offending event's position.
    PyYAML loads on first use: the app's start-up reads the taxonomy from JSON and parses no YAML."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    check_yaml_events(yaml.parse(text, Loader=loader))
    return yaml.load(text, Loader=loader)


def check_yaml_events(events) -> None:
    """Raise yaml.MarkedYAMLError at the first alias, or when nesting or node count passes the limits."""
    import yaml

    depth = nodes = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                problem=f"the alias *{event.anchor} is refused (YAML aliases are not allowed; write the value out)",
                problem_mark=event.start_mark,
            )
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_YAML_NODES:
                raise yaml.MarkedYAMLError(
                    problem=f"more than {MAX_YAML_NODES} values, which is refused",
                    problem_mark=event.start_mark,
                )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise yaml.MarkedYAMLError(
                    problem=f"nested more than {MAX_YAML_DEPTH} levels deep, which is refused",
                    problem_mark=event.start_mark,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


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

    def in_language(self, language: str | None) -> Taxonomy:
        """The same taxonomy with its labels in ``language`` where resources/taxonomy_labels.yaml has them
        (English, and any value without a translated label, keep the labels of taxonomy.yaml)."""
        if (language or "en") == "en":
            return self  # taxonomy.yaml's labels are English
        translated = translated_labels().get(language, {})
        if not translated:
            return self
        vocabularies = {
            name: MappingProxyType(
                {value: translated.get(name, {}).get(value, label) for value, label in labels.items()}
            )
            for name, labels in self.vocabularies.items()
        }
        return Taxonomy(MappingProxyType(vocabularies), self.projects, self.licenses)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read a taxonomy file."""
    import yaml

    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ContentError(f"{path}: cannot read the taxonomy ({exc})") from None
    return _from_raw(raw)


def _from_raw(raw: Mapping[str, Any]) -> Taxonomy:
    vocabularies = {
        name: MappingProxyType({str(k): str(v) for k, v in raw[name].items()})
        for name in (
            "types",
            "topics",
            "stages",
            "procedures",
            "sectors",
            "objectives",
            "countries",
            "languages",
        )
    }
    return Taxonomy(
        vocabularies=MappingProxyType(vocabularies),
        projects=tuple(raw["projects"]),
        licenses=tuple(raw["licenses"]),
    )


def write_seed(path: Path, out_dir: Path) -> None:
    """Write the parsed taxonomy file (and its labels in other languages, from the file beside it) as JSON into
    a prebuilt library folder, each with its source's hash, so that start-up parses no YAML."""
    data = path.read_bytes()
    payload = {"source_sha256": hashlib.sha256(data).hexdigest(), "taxonomy": safe_load(data.decode("utf-8"))}
    labels = path.with_name(LABELS_FILE)
    if labels.is_file():
        text = labels.read_bytes()
        payload["labels_sha256"] = hashlib.sha256(text).hexdigest()
        payload["labels"] = safe_load(text.decode("utf-8")) or {}
    (out_dir / SEED_FILE).write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")


def _seeded_labels(path: Path, seed_dir: Path) -> dict | None:
    """The labels from the prebuilt library's JSON, when it was made from exactly this labels file."""
    try:
        payload = json.loads((seed_dir / SEED_FILE).read_text(encoding="utf-8"))
        if payload.get("labels_sha256") != hashlib.sha256(path.read_bytes()).hexdigest():
            return None
        return dict(payload["labels"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _from_seed(path: Path, seed_dir: Path) -> Taxonomy | None:
    """The taxonomy from the prebuilt library's JSON, when it was made from exactly this taxonomy file."""
    try:
        payload = json.loads((seed_dir / SEED_FILE).read_text(encoding="utf-8"))
        if payload.get("source_sha256") != hashlib.sha256(path.read_bytes()).hexdigest():
            return None
        return _from_raw(payload["taxonomy"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


LABELS_FILE = "taxonomy_labels.yaml"


@lru_cache(maxsize=1)
def translated_labels() -> Mapping[str, Mapping[str, Mapping[str, str]]]:
    """Interface labels of the vocabularies by language, then vocabulary, then value ({} when missing)."""
    path = resource_path(LABELS_FILE)
    raw = _seeded_labels(path, library_seed_dir())
    if raw is None:
        try:
            raw = safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError:
            return {}
    return {
        str(code): {
            str(name): {str(k): str(v) for k, v in labels.items()} for name, labels in vocabularies.items()
        }
        for code, vocabularies in raw.items()
        if isinstance(vocabularies, dict)
    }


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with the app (read from the prebuilt library's JSON copy when it is current)."""
    path = resource_path("taxonomy.yaml")
    return _from_seed(path, library_seed_dir()) or load_taxonomy(path)
