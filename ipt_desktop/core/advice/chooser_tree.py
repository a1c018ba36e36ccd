"""The procedure chooser's tree as data: its types, and reading and validating the file that holds it.

``load_tree`` reads ``resources/procedure_chooser.yaml`` (or a newer copy from a curated feed) and refuses,
naming the file and key, a rule without a source, an answer that leads nowhere, a cycle and an unreachable
question or outcome. ``link_problems`` checks the outcomes' links against the library's document ids.
Walking the tree with a buyer's answers is ``chooser``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ipt_desktop.core.advice.checker import AdviceInputError
from ipt_desktop.core.errors import ContentError
from ipt_desktop.core.resources import resource_path

CHOOSER_FILE = "procedure_chooser.yaml"
OUTCOME_PREFIX = "outcome:"
# A rule's source: an article of one of the procurement directives, or one of the two Commission documents.
SOURCE = re.compile(
    r"^(Directive (2014/2[345]/EU|2009/81/EC), Articles? \d+"
    r"|COM\(2007\) 799\b"
    r"|C\(2021\) 4320\b)"
)
CONSIDERATIONS = ("reasons", "articles", "risks", "links")


@dataclass(frozen=True)
class Answer:
    """One rule: a value of a question, where it leads, what it adds to the result, and its source."""

    value: str
    label: str
    next: str
    source: str
    adds: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    """A question with its answers; ``threshold`` questions may be answered from an estimated value."""

    id: str
    text: str
    help: str
    answers: tuple[Answer, ...]
    threshold: bool = False

    def answer(self, value: str) -> Answer:
        """The answer with ``value``; AdviceInputError naming the question and the allowed values."""
        for answer in self.answers:
            if answer.value == value:
                return answer
        allowed = ", ".join(a.value for a in self.answers)
        raise AdviceInputError(f"answer {value!r} to {self.id!r} is not one of: {allowed}")


@dataclass(frozen=True)
class Outcome:
    """A recommended procedure with its reasons, articles, risks and library links."""

    id: str
    title: str
    summary: str
    source: str
    reasons: tuple[str, ...]
    articles: tuple[str, ...]
    risks: tuple[str, ...]
    links: tuple[str, ...]


@dataclass(frozen=True)
class ProcedureTree:
    """The whole decision tree."""

    path: Path
    version: int
    published: str
    reviewed: str
    start: str
    questions: dict[str, Question]
    outcomes: dict[str, Outcome]


# -- loading and validation ---------------------------------------------------------------------------------


def chooser_path() -> Path:
    """The bundled decision tree."""
    return resource_path(CHOOSER_FILE)


def load_tree(path: Path | None = None) -> ProcedureTree:
    """Read and validate a decision tree file; ContentError naming the file and key on the first fault."""
    path = Path(path) if path is not None else chooser_path()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    return tree_from_data(data, path)


def tree_from_data(data: object, where: Path) -> ProcedureTree:
    """A decision tree from YAML already parsed, validated as a whole (sources, cycles, reachability);
    ContentError naming ``where`` and the key on the first fault."""
    tree = _Reader(Path(where)).tree(data)
    problems = graph_problems(tree)
    if problems:
        raise ContentError(problems[0])
    return tree


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> ContentError:
        return ContentError(f"{self.path}: key '{key}': {problem}")

    def mapping(self, value: Any, key: str) -> dict:
        if not isinstance(value, dict) or not value:
            raise self.fail(key, "must be a non-empty mapping")
        return value

    def text(self, data: dict, name: str, key: str, required: bool = True) -> str:
        value = data.get(name, "" if not required else None)
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{key}.{name}", "missing or empty")
        return " ".join(value.split())

    def texts(self, data: dict, name: str, key: str) -> tuple[str, ...]:
        values = data.get(name, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise self.fail(f"{key}.{name}", "must be a list of texts")
        return tuple(" ".join(v.split()) for v in values)

    def source(self, data: dict, key: str) -> str:
        if "source" not in data:
            raise self.fail(
                f"{key}.source", "every rule needs a source (act and article, COM(2007) 799 or C(2021) 4320)"
            )
        value = self.text(data, "source", key)
        if not SOURCE.match(value):
            raise self.fail(
                f"{key}.source",
                f"{value!r} names no act and article of Directives 2014/23/EU, 2014/24/EU, 2014/25/EU or "
                "2009/81/EC, nor COM(2007) 799 or C(2021) 4320",
            )
        return value

    def tree(self, data: Any) -> ProcedureTree:
        if not isinstance(data, dict):
            raise self.fail("(top level)", "must be a mapping")
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise self.fail("version", "must be a whole number of at least 1")
        questions = {
            str(qid): self.question(str(qid), raw)
            for qid, raw in self.mapping(data.get("questions"), "questions").items()
        }
        outcomes = {
            str(oid): self.outcome(str(oid), raw)
            for oid, raw in self.mapping(data.get("outcomes"), "outcomes").items()
        }
        start = self.text(data, "start", "(top level)")
        if start not in questions:
            raise self.fail("start", f"{start!r} is not a question")
        return ProcedureTree(
            self.path,
            version,
            str(data.get("published", "")),
            str(data.get("reviewed", "")),
            start,
            questions,
            outcomes,
        )

    def question(self, qid: str, raw: Any) -> Question:
        key = f"questions.{qid}"
        raw = self.mapping(raw, key)
        answers = raw.get("answers")
        if not isinstance(answers, list) or len(answers) < 2:
            raise self.fail(f"{key}.answers", "a question needs at least two answers")
        parsed = []
        for i, item in enumerate(answers):
            where = f"{key}.answers[{i}]"
            item = self.mapping(item, where)
            value = item.get("value")
            if not isinstance(value, str) or not value:
                raise self.fail(f"{where}.value", "missing or not text (quote yes and no)")
            where = f"{key}.answers.{value}"
            adds = self.mapping(item["adds"], f"{where}.adds") if "adds" in item else {}
            unknown = set(adds) - set(CONSIDERATIONS)
            if unknown:
                raise self.fail(
                    f"{where}.adds", f"unknown {sorted(unknown)}; allowed: {list(CONSIDERATIONS)}"
                )
            parsed.append(
                Answer(
                    value,
                    self.text(item, "label", where),
                    self.text(item, "next", where),
                    self.source(item, where),
                    {name: self.texts(adds, name, f"{where}.adds") for name in adds},
                )
            )
        values = [a.value for a in parsed]
        if len(set(values)) != len(values):
            raise self.fail(f"{key}.answers", f"values repeat: {values}")
        threshold = raw.get("threshold", False)
        if not isinstance(threshold, bool):
            raise self.fail(f"{key}.threshold", "must be true or false")
        if threshold and set(values) != {"yes", "no"}:
            raise self.fail(f"{key}.answers", "a threshold question is answered yes or no")
        return Question(
            qid, self.text(raw, "text", key), self.text(raw, "help", key, False), tuple(parsed), threshold
        )

    def outcome(self, oid: str, raw: Any) -> Outcome:
        key = f"outcomes.{oid}"
        raw = self.mapping(raw, key)
        fields = {name: self.texts(raw, name, key) for name in CONSIDERATIONS}
        for name in ("reasons", "articles"):
            if not fields[name]:
                raise self.fail(f"{key}.{name}", "must list at least one entry")
        return Outcome(
            oid,
            self.text(raw, "title", key),
            self.text(raw, "summary", key),
            self.source(raw, key),
            fields["reasons"],
            fields["articles"],
            fields["risks"],
            fields["links"],
        )


def graph_problems(tree: ProcedureTree) -> list[str]:
    """Answers that lead nowhere, cycles, and questions or outcomes no path reaches; one line each."""
    problems = []
    for q in tree.questions.values():
        for a in q.answers:
            target = a.next
            if target.startswith(OUTCOME_PREFIX):
                if target[len(OUTCOME_PREFIX) :] not in tree.outcomes:
                    problems.append(
                        f"{tree.path}: key 'questions.{q.id}.answers.{a.value}.next': no outcome {target!r}"
                    )
            elif target not in tree.questions:
                problems.append(
                    f"{tree.path}: key 'questions.{q.id}.answers.{a.value}.next': no question {target!r}"
                )
    if problems:
        return problems
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(qid: str, trail: list[str]) -> None:
        state[qid] = 1
        for a in tree.questions[qid].answers:
            if a.next.startswith(OUTCOME_PREFIX):
                continue
            if state.get(a.next) == 1:
                cycle = " -> ".join([*trail[trail.index(a.next) :], a.next])
                problems.append(f"{tree.path}: key 'questions.{qid}.answers.{a.value}.next': cycle {cycle}")
            elif a.next not in state:
                visit(a.next, [*trail, a.next])
        state[qid] = 2

    visit(tree.start, [tree.start])
    reached_outcomes = {
        a.next[len(OUTCOME_PREFIX) :]
        for qid in state
        for a in tree.questions[qid].answers
        if a.next.startswith(OUTCOME_PREFIX)
    }
    for qid in tree.questions:
        if qid not in state:
            problems.append(f"{tree.path}: key 'questions.{qid}': unreachable from start {tree.start!r}")
    for oid in tree.outcomes:
        if oid not in reached_outcomes:
            problems.append(f"{tree.path}: key 'outcomes.{oid}': no answer leads to this outcome")
    return problems


def link_problems(tree: ProcedureTree, doc_ids: set[str]) -> list[str]:
    """Links (in outcomes and in what answers add) to documents that are not in ``doc_ids``."""
    problems = []
    for o in tree.outcomes.values():
        problems += [
            f"{tree.path}: key 'outcomes.{o.id}.links': no document {link!r}"
            for link in o.links
            if link not in doc_ids
        ]
    for q in tree.questions.values():
        for a in q.answers:
            problems += [
                f"{tree.path}: key 'questions.{q.id}.answers.{a.value}.adds.links': no document {link!r}"
                for link in a.adds.get("links", ())
                if link not in doc_ids
            ]
    return problems
