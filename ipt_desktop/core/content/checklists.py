"""Stage checklists per procedure, read from resources/checklists.yaml, and their validation.

The file has two keys. ``items`` is a list of checklist items, each written once: ``id`` (a slug), ``text``
(one short imperative sentence) and ``link`` (``document-id#anchor``: the library section that explains the
item; the anchor is the renderer's id of one of the document's ``## `` headings). ``procedures`` maps a
procedure id to its checklist: ``stages`` maps a stage id of the taxonomy to the ids of its items, so an
item shared by several procedures or stages is written once and referred to by id (YAML aliases are
refused, as everywhere). A procedure id from the taxonomy's ``procedures`` takes its label from there; any
other id must give a ``label`` (and may give ``translations`` of it by language), or it is unknown. Stages
are shown in the taxonomy's order.

:func:`parse_checklists` checks the structure (what the app needs to show a checklist);
:func:`link_problems` checks each link against the documents (the content check runs both).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ipt_desktop.core.content.taxonomy import Taxonomy, default_taxonomy, safe_load
from ipt_desktop.core.errors import ContentError, NotFoundError
from ipt_desktop.core.resources import resource_path

CHECKLISTS_FILE = "checklists.yaml"
# What the bundled file promises per stage (the content check); the loader itself only refuses empty stages.
MIN_ITEMS_PER_STAGE, MAX_ITEMS_PER_STAGE = 3, 8
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LINK = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)#([A-Za-z0-9_-]+)$")
_ITEM_KEYS = {"id", "text", "link"}
_PROCEDURE_KEYS = {"label", "translations", "stages"}


@dataclass(frozen=True)
class ChecklistItem:
    """One thing to do: ``text`` explained by the section ``anchor`` of document ``doc_id``."""

    id: str
    text: str
    doc_id: str
    anchor: str

    @property
    def link(self) -> str:
        """The link as written in the file: ``doc_id#anchor``."""
        return f"{self.doc_id}#{self.anchor}"


@dataclass(frozen=True)
class Checklist:
    """One procedure's items, stage by stage (stages in the taxonomy's order)."""

    procedure: str
    label: str
    stages: tuple[tuple[str, tuple[ChecklistItem, ...]], ...]
    translations: Mapping[str, str] = field(default_factory=dict)

    def label_in(self, language: str | None, taxonomy: Taxonomy | None = None) -> str:
        """The label in ``language``: the file's translation, else the taxonomy's, else English."""
        if language and language in self.translations:
            return self.translations[language]
        if taxonomy is not None and self.label == taxonomy.label("procedures", self.procedure):
            return taxonomy.in_language(language).label("procedures", self.procedure)
        return self.label

    def items(self) -> Iterator[tuple[str, ChecklistItem]]:
        """(stage, item) in order."""
        for stage, items in self.stages:
            for item in items:
                yield stage, item

    def item(self, item_id: str) -> ChecklistItem:
        """The item with this id; NotFoundError naming the procedure when it has none."""
        for _stage, item in self.items():
            if item.id == item_id:
                return item
        raise NotFoundError(f"the {self.procedure} checklist has no item {item_id!r}")

    @property
    def size(self) -> int:
        """Number of items over all stages."""
        return sum(len(items) for _stage, items in self.stages)


@dataclass(frozen=True)
class Checklists:
    """Every procedure's checklist, by procedure id, and the items they are made of."""

    items: Mapping[str, ChecklistItem]
    procedures: Mapping[str, Checklist]
    path: Path | None = None

    def checklist(self, procedure: str) -> Checklist:
        """The checklist of a procedure; NotFoundError listing the known ones otherwise."""
        try:
            return self.procedures[procedure]
        except KeyError:
            known = ", ".join(self.procedures)
            raise NotFoundError(
                f"unknown procedure {procedure!r}; procedures with a checklist: {known}"
            ) from None


def load_checklists(path: Path | None = None, taxonomy: Taxonomy | None = None) -> Checklists:
    """Read and check a checklists file (default: the bundled one); ContentError naming the file and key."""
    path = Path(path) if path is not None else resource_path(CHECKLISTS_FILE)
    raw = _read(path)
    checklists, problems = parse_checklists(raw, path, taxonomy or default_taxonomy())
    if problems or checklists is None:
        raise ContentError(problems[0] if problems else f"{path}: no checklists")
    return checklists


@lru_cache(maxsize=1)
def default_checklists() -> Checklists:
    """The bundled checklists, read once per process."""
    return load_checklists()


def _read(path: Path) -> Any:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(f"{path}: cannot read the checklists ({exc.strerror or exc})") from None
    try:
        duplicates = _duplicate_keys(text)
        if duplicates:
            raise ContentError(f"{path}: {duplicates[0]}")
        return safe_load(text)
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from None


def _duplicate_keys(text: str) -> list[str]:
    """Keys that a mapping of the file repeats (PyYAML would silently keep the last one)."""
    import yaml

    from ipt_desktop.core.content.taxonomy import check_yaml_events

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    check_yaml_events(yaml.parse(text, Loader=loader))
    found: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(key.value)
                here = f"{where}.{name}" if where else name
                if name in seen:
                    found.append(f"key {here!r} is given twice (line {key.start_mark.line + 1})")
                seen.add(name)
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for n, value in enumerate(node.value):
                walk(value, f"{where}[{n}]")

    walk(yaml.compose(text, Loader=loader), "")
    return found


def parse_checklists(raw: Any, path: Path, taxonomy: Taxonomy) -> tuple[Checklists | None, list[str]]:
    """(the checklists, []) or (None, the problems), each problem one line naming the file and key."""
    problems: list[str] = []
    if not isinstance(raw, dict) or set(raw) != {"items", "procedures"}:
        return None, [f"{path}: the file needs exactly the keys 'items' and 'procedures'"]
    items = _parse_items(raw["items"], path, problems)
    procedures: dict[str, Checklist] = {}
    if not isinstance(raw["procedures"], dict) or not raw["procedures"]:
        problems.append(f"{path}: key 'procedures' must map procedure ids to their checklists")
        return None, problems
    used: set[str] = set()
    stage_order = list(taxonomy.values("stages"))
    for procedure, entry in raw["procedures"].items():
        key = f"procedures.{procedure}"
        checklist = _parse_procedure(str(procedure), entry, items, path, key, taxonomy, problems)
        if checklist is not None:
            stages = sorted(checklist.stages, key=lambda pair: stage_order.index(pair[0]))
            procedures[str(procedure)] = Checklist(
                checklist.procedure, checklist.label, tuple(stages), checklist.translations
            )
            used.update(item.id for _stage, item in checklist.items())
    for item_id in items:
        if item_id not in used:
            problems.append(f"{path}: items: item {item_id!r} is in no procedure's checklist")
    if problems:
        return None, problems
    return Checklists(MappingProxyType(items), MappingProxyType(procedures), path), []


def _parse_items(raw: Any, path: Path, problems: list[str]) -> dict[str, ChecklistItem]:
    items: dict[str, ChecklistItem] = {}
    if not isinstance(raw, list) or not raw:
        problems.append(f"{path}: key 'items' must be a list of items with id, text and link")
        return items
    for n, entry in enumerate(raw):
        key = f"items[{n}]"
        if not isinstance(entry, dict) or set(entry) != _ITEM_KEYS:
            problems.append(f"{path}: {key}: an item needs exactly the keys id, text and link")
            continue
        item_id, text, link = entry["id"], entry["text"], entry["link"]
        if not isinstance(item_id, str) or not _SLUG.match(item_id):
            problems.append(f"{path}: {key}.id: {item_id!r} is not a slug ([a-z0-9-])")
            continue
        key = f"items.{item_id}"
        if item_id in items:
            problems.append(f"{path}: {key}: duplicate item id {item_id!r}")
            continue
        if not isinstance(text, str) or not text.strip() or "\n" in text.strip():
            problems.append(f"{path}: {key}.text: must be one non-empty line")
            continue
        match = _LINK.match(link) if isinstance(link, str) else None
        if match is None:
            problems.append(f"{path}: {key}.link: {link!r} is not of the form document-id#section-anchor")
            continue
        items[item_id] = ChecklistItem(item_id, text.strip(), match.group(1), match.group(2))
    return items


def _parse_procedure(
    procedure: str,
    entry: Any,
    items: Mapping[str, ChecklistItem],
    path: Path,
    key: str,
    taxonomy: Taxonomy,
    problems: list[str],
) -> Checklist | None:
    if not isinstance(entry, dict) or not set(entry) <= _PROCEDURE_KEYS or "stages" not in entry:
        problems.append(f"{path}: {key}: needs 'stages' (and may have 'label' and 'translations')")
        return None
    label = entry.get("label")
    if label is None:
        if not taxonomy.is_valid("procedures", procedure):
            known = ", ".join(taxonomy.values("procedures"))
            problems.append(
                f"{path}: {key}: unknown procedure {procedure!r} (taxonomy procedures: {known}; "
                "a procedure outside the taxonomy needs a 'label')"
            )
            return None
        label = taxonomy.label("procedures", procedure)
    if not isinstance(label, str) or not label.strip() or not _SLUG.match(procedure):
        problems.append(f"{path}: {key}: needs a slug id and a non-empty 'label'")
        return None
    translations = entry.get("translations") or {}
    if not isinstance(translations, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in translations.items()
    ):
        problems.append(f"{path}: {key}.translations: must map language codes to labels")
        return None
    stages_raw = entry["stages"]
    if not isinstance(stages_raw, dict) or not stages_raw:
        problems.append(f"{path}: {key}.stages: must map stage ids to lists of item ids")
        return None
    stages = []
    for stage, ids in stages_raw.items():
        here = f"{key}.stages.{stage}"
        if not taxonomy.is_valid("stages", str(stage)):
            known = ", ".join(taxonomy.values("stages"))
            problems.append(f"{path}: {here}: unknown stage {stage!r} (taxonomy stages: {known})")
            continue
        if not isinstance(ids, list) or not ids:
            problems.append(f"{path}: {here}: empty stage; list at least one item id")
            continue
        chosen = []
        for n, item_id in enumerate(ids):
            if item_id not in items:
                problems.append(f"{path}: {here}[{n}]: item {item_id!r} is not defined under 'items'")
            elif any(item.id == item_id for _s, done in stages for item in done) or item_id in [
                i.id for i in chosen
            ]:
                problems.append(f"{path}: {here}[{n}]: item {item_id!r} is listed twice in {procedure}")
            else:
                chosen.append(items[item_id])
        stages.append((str(stage), tuple(chosen)))
    return Checklist(procedure, label.strip(), tuple(stages), MappingProxyType(dict(translations)))


def link_problems(checklists: Checklists, documents: Iterable[Any], path: Path | None = None) -> list[str]:
    """One line per item whose link names no document, or no ``## `` heading of it."""
    from ipt_desktop.core.content.rendering import render_markdown

    where = path or checklists.path
    by_id = {doc.id: doc for doc in documents}
    anchors: dict[str, set[str]] = {}
    problems = []
    for item in checklists.items.values():
        doc = by_id.get(item.doc_id)
        if doc is None:
            problems.append(f"{where}: items.{item.id}.link: no document {item.doc_id!r}")
            continue
        if item.doc_id not in anchors:
            toc = render_markdown(doc.body).toc
            anchors[item.doc_id] = {entry.anchor for entry in toc if entry.level == 2}
        if item.anchor not in anchors[item.doc_id]:
            problems.append(
                f"{where}: items.{item.id}.link: {item.doc_id} has no '## ' section with anchor {item.anchor!r}"
            )
    return problems


def size_problems(checklists: Checklists) -> list[str]:
    """Stages with fewer than MIN or more than MAX items (what the bundled file promises)."""
    problems = []
    for procedure, checklist in checklists.procedures.items():
        for stage, items in checklist.stages:
            if not MIN_ITEMS_PER_STAGE <= len(items) <= MAX_ITEMS_PER_STAGE:
                problems.append(
                    f"{checklists.path}: procedures.{procedure}.stages.{stage}: {len(items)} items; "
                    f"a stage holds {MIN_ITEMS_PER_STAGE} to {MAX_ITEMS_PER_STAGE}"
                )
    return problems


def check_checklists(path: Path, documents: Iterable[Any], taxonomy: Taxonomy | None = None) -> list[str]:
    """Every problem of a checklists file: structure, links and anchors, and stage sizes."""
    try:
        raw = _read(path)
    except ContentError as exc:
        return [str(exc)]
    checklists, problems = parse_checklists(raw, path, taxonomy or default_taxonomy())
    if checklists is None:
        return problems
    return link_problems(checklists, documents, path) + size_problems(checklists)
