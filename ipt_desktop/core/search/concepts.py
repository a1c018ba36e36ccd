"""The concept map's file (``resources/concepts.yaml``): everyday phrases per language that mean English
library terms (``concepts:``), and the everyday names of the things buyers buy (``subjects:``), read into
``Concept`` records with every malformed entry refused in one line naming the file and the key. Also the YAML
reading that the phrasing files share (``read_yaml``, ``phrase_list``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ipt_desktop.core.content.taxonomy import default_taxonomy, safe_load
from ipt_desktop.core.errors import SearchError

CONCEPTS_FILE = "concepts.yaml"


def read_yaml(path: Path) -> Any:
    """The parsed file, None when it does not exist; a SearchError naming the file when it is unreadable."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise SearchError(f"{path}: cannot be read ({exc}).") from None
    import yaml  # here: a search reads the JSON copy (Phrasing) and never needs the YAML library

    try:
        return safe_load(text)  # libyaml's parser where PyYAML has it: the subjects make a long file
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise SearchError(f"{path}: not valid YAML{where}.") from None


def phrase_list(path: Path, key: str, value: Any) -> list[str]:
    """A list of non-empty strings, or a SearchError naming the key."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SearchError(f"{path}: {key} must be a list of non-empty strings.")
    return value


@dataclass(frozen=True)
class Concept:
    """One entry of the concept map: everyday phrases per language that mean the English terms ``means``; or,
    with ``subject``, the names of one thing buyers buy, which mean its English names."""

    id: str
    phrases: Mapping[str, tuple[str, ...]]
    means: tuple[str, ...]
    note: str = ""
    subject: bool = False


def load_concepts(path: Path) -> tuple[Concept, ...]:
    """The concepts and subjects of ``path`` (none when the file is missing); a SearchError naming file and
    key when an entry is malformed.

    Format::

        concepts:
          - id: market-engagement
            phrases: {en: ["speak with companies"], de: ["mit Unternehmen sprechen"]}
            means: ["preliminary market consultation", "market engagement"]
            note: "why these phrases mean these terms"
        subjects:
          - id: heat-pumps
            sector: energy
            phrases: {en: ["heat pump"], de: ["Wärmepumpe"], pl: ["pompa ciepła"]}

    A subject is a thing buyers buy, by its everyday names in each language; it means its English names, so
    "pompa ciepła" finds the English documents on heat pumps and "heat pump" a Dutch text on a "warmtepomp".
    """
    data = read_yaml(path)
    if data is None:
        return ()
    if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
        raise SearchError(f"{path}: concepts: expected a list of concepts under the key 'concepts'.")
    subjects = data.get("subjects", [])
    if not isinstance(subjects, list):
        raise SearchError(f"{path}: subjects: expected a list of subjects.")
    unknown = set(data) - {"concepts", "subjects"}
    if unknown:
        raise SearchError(f"{path}: {sorted(unknown)[0]}: unknown key (concepts, subjects).")
    found: list[Concept] = []
    seen: set[str] = set()
    languages = default_taxonomy().vocabularies.get("languages", {})
    for key, entries in (("concepts", data["concepts"]), ("subjects", subjects)):
        for number, entry in enumerate(entries):
            found.append(_concept(path, f"{key}[{number}]", entry, seen, key == "subjects", languages))
    return tuple(found)


def _concept(
    path: Path, where: str, entry: Any, seen: set[str], subject: bool, languages: Mapping[str, Any]
) -> Concept:
    """One checked entry of the concepts or (``subject``) the subjects list; ``languages`` are the taxonomy's."""
    allowed = ("id", "phrases", "sector", "note") if subject else ("id", "phrases", "means", "note")
    if not isinstance(entry, dict):
        raise SearchError(f"{path}: {where}: expected a mapping with {', '.join(allowed[:-1])}.")
    concept_id = entry.get("id")
    if not isinstance(concept_id, str) or not concept_id.strip():
        raise SearchError(f"{path}: {where}.id: missing or not a string.")
    if concept_id in seen:
        raise SearchError(f"{path}: {where}.id: '{concept_id}' is used twice.")
    seen.add(concept_id)
    where = f"{where} ({concept_id})"
    unknown = set(entry) - set(allowed)
    if unknown:
        raise SearchError(f"{path}: {where}.{sorted(unknown)[0]}: unknown key ({', '.join(allowed)}).")
    phrases = entry.get("phrases")
    if not isinstance(phrases, dict) or not phrases:
        raise SearchError(f"{path}: {where}.phrases: expected a mapping of language codes to phrases.")
    by_language = {}
    for code, items in phrases.items():
        if not isinstance(code, str) or len(code) != 2:
            raise SearchError(f"{path}: {where}.phrases.{code}: not a two-letter language code.")
        if code.lower() not in languages:
            raise SearchError(f"{path}: {where}.phrases.{code}: not a language of the taxonomy.")
        by_language[code.lower()] = tuple(phrase_list(path, f"{where}.phrases.{code}", items))
    if subject:
        if not by_language.get("en"):
            raise SearchError(f"{path}: {where}.phrases.en: a subject needs its English names.")
        sector = entry.get("sector", "")
        if not isinstance(sector, str):
            raise SearchError(f"{path}: {where}.sector: expected a taxonomy sector id.")
        means = by_language["en"]
    else:
        means = tuple(phrase_list(path, f"{where}.means", entry.get("means")))
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise SearchError(f"{path}: {where}.note: expected a string.")
    return Concept(concept_id, by_language, means, note, subject)
