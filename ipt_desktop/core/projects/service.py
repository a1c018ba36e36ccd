"""Procurement projects as the Library offers them: checked input, views of a project's checklist, writes.

A project follows the checklist of its procedure (``core/content/checklists.py``) as the app ships it now; its
rows in user.db hold only what the user did (ticks and notes, by item id). Every write returns an
``OpChanges`` naming the project, as the Library's other writes do.

Bad input is one ``IptError`` line naming the field: ``ContentError`` for a blank or taken name, a value
that is not a number or a currency that is not an ISO 4217 code; ``NotFoundError`` for an unknown project,
procedure or item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ipt_desktop.core.changes import OpChanges, OpResult
from ipt_desktop.core.content.checklists import ChecklistItem, Checklists
from ipt_desktop.core.content.taxonomy import Taxonomy
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.projects.store import ItemState, Project, ProjectStore

MAX_NAME = 200
MAX_NOTE = 20_000
DEFAULT_CURRENCY = "EUR"
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class ProjectItem:
    """One checklist item of a project with the user's tick and note."""

    item: ChecklistItem
    done: bool = False
    done_at: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ProjectStage:
    """One stage of a project's checklist: its label and items."""

    stage: str
    label: str
    items: tuple[ProjectItem, ...]

    @property
    def done(self) -> int:
        """Items ticked in this stage."""
        return sum(1 for item in self.items if item.done)

    @property
    def total(self) -> int:
        """Items in this stage."""
        return len(self.items)


@dataclass(frozen=True)
class ProjectView:
    """A project with its checklist, stage by stage."""

    project: Project
    procedure_label: str
    stages: tuple[ProjectStage, ...]

    @property
    def done(self) -> int:
        """Items ticked over all stages."""
        return sum(stage.done for stage in self.stages)

    @property
    def total(self) -> int:
        """Items over all stages."""
        return sum(stage.total for stage in self.stages)

    def find(self, item_id: str) -> tuple[ProjectStage, ProjectItem] | None:
        """The stage and entry of an item, or None."""
        for stage in self.stages:
            for entry in stage.items:
                if entry.item.id == item_id:
                    return stage, entry
        return None


@dataclass(frozen=True)
class ProjectSummary:
    """A project in a list: its procedure's label and how many items are ticked."""

    project: Project
    procedure_label: str
    done: int
    total: int


class Projects:
    """The project operations over one user.db connection, the shipped checklists and the taxonomy."""

    def __init__(self, store: ProjectStore, checklists: Checklists, taxonomy: Taxonomy) -> None:
        self.store = store
        self.checklists = checklists
        self.taxonomy = taxonomy

    # -- reading ---------------------------------------------------------------------------------------------

    def procedures(self, language: str | None = None) -> list[tuple[str, str]]:
        """(procedure id, label) of every procedure with a checklist, in the file's order."""
        return [(p, c.label_in(language, self.taxonomy)) for p, c in self.checklists.procedures.items()]

    def summaries(self, language: str | None = None) -> list[ProjectSummary]:
        """Every project with its progress, most recently changed first."""
        ticked = self.store.done_counts()
        out = []
        for project in self.store.all():
            checklist = self.checklists.procedures.get(project.procedure)
            ids = {item.id for _stage, item in checklist.items()} if checklist else set()
            label = checklist.label_in(language, self.taxonomy) if checklist else project.procedure
            done = len(ids.intersection(ticked.get(project.id, ())))
            out.append(ProjectSummary(project, label, done, len(ids)))
        return out

    def view(self, project_id: int, language: str | None = None) -> ProjectView:
        """A project's checklist with ticks and notes; NotFoundError for an unknown project."""
        project = self.store.get(project_id)
        checklist = self.checklists.checklist(project.procedure)
        states = self.store.states(project_id)
        labels = self.taxonomy.in_language(language)
        blank = ItemState()
        stages = tuple(
            ProjectStage(
                stage,
                labels.label("stages", stage),
                tuple(
                    ProjectItem(item, state.done, state.done_at, state.note)
                    for item in items
                    for state in (states.get(item.id, blank),)
                ),
            )
            for stage, items in checklist.stages
        )
        return ProjectView(project, checklist.label_in(language, self.taxonomy), stages)

    # -- writing ---------------------------------------------------------------------------------------------

    def create(
        self, name: str, procedure: str, value: str | float | int | None = None, currency: str | None = None
    ) -> OpResult[Project]:
        """A new project; bad input raises one line naming the field."""
        name = " ".join(str(name).split())
        if not name:
            raise ContentError("project name: must not be blank")
        if len(name) > MAX_NAME:
            raise ContentError(f"project name: {len(name)} characters; at most {MAX_NAME}")
        self.checklists.checklist(procedure)
        amount = parse_value(value)
        code = parse_currency(currency, amount)
        project = self.store.create(name, procedure, amount, code)
        return OpResult(project, OpChanges(projects=frozenset({project.id})))

    def delete(self, project_id: int) -> OpChanges:
        """Delete a project with its ticks and notes."""
        self.store.delete(project_id)
        return OpChanges(projects=frozenset({project_id}))

    def tick(self, project_id: int, item_id: str, done: bool = True) -> OpChanges:
        """Tick (or with ``done=False`` untick) an item of the project's checklist."""
        self._check_item(project_id, item_id)
        self.store.set_done(project_id, item_id, done)
        return OpChanges(projects=frozenset({project_id}))

    def note(self, project_id: int, item_id: str, text: str) -> OpChanges:
        """Store the note on an item ("" clears it)."""
        self._check_item(project_id, item_id)
        text = str(text).strip()
        if len(text) > MAX_NOTE:
            raise ContentError(f"note on {item_id!r}: {len(text)} characters; at most {MAX_NOTE}")
        self.store.set_note(project_id, item_id, text)
        return OpChanges(projects=frozenset({project_id}))

    def _check_item(self, project_id: int, item_id: str) -> ChecklistItem:
        project = self.store.get(project_id)
        return self.checklists.checklist(project.procedure).item(item_id)


def parse_value(value: str | float | int | None) -> str | None:
    """The estimated value as a plain decimal string, or None; ContentError when it is no amount."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not _NUMBER.match(text):
        raise ContentError(
            f"estimated value: {text!r} is not an amount (digits with an optional decimal point, e.g. 250000.50)"
        )
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ContentError(f"estimated value: {text!r} is not an amount") from None
    if len(text) > 20:
        raise ContentError(f"estimated value: {text!r} has more than 20 characters")
    return format(amount.normalize(), "f") if amount == amount.to_integral() else text


def parse_currency(currency: str | None, amount: str | None) -> str | None:
    """The ISO 4217 code (upper case), EUR when an amount has none; ContentError for anything else."""
    if currency is None or not str(currency).strip():
        return DEFAULT_CURRENCY if amount is not None else None
    code = str(currency).strip().upper()
    if not _CURRENCY.match(code):
        raise ContentError(f"currency: {currency!r} is not a three-letter ISO 4217 code such as EUR or PLN")
    if amount is None:
        raise ContentError("currency: given without an estimated value")
    return code


def format_value(project: Project) -> str:
    """'250,000 EUR' (thousands separated), or '' when the project has no value."""
    if project.estimated_value is None:
        return ""
    whole, _, cents = project.estimated_value.partition(".")
    shown = f"{int(whole):,}" + (f".{cents}" if cents else "")
    return f"{shown} {project.currency or ''}".strip()
