"""The procedure chooser: a decision tree (read and validated by ``chooser_tree``) walked with a buyer's answers.

``walk`` follows answers from the start to an outcome and gathers the recommendation: the outcome's reasons,
articles, risks and links, plus what the answers on the way added. ``all_paths`` lists every path, so a test
can walk them all. ``describe`` renders a recommendation as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ipt_desktop.core.advice.checker import AdviceInputError
from ipt_desktop.core.advice.chooser_tree import (
    CONSIDERATIONS,
    OUTCOME_PREFIX,
    Answer,
    Outcome,
    ProcedureTree,
    Question,
)


@dataclass(frozen=True)
class Step:
    """A question on the path and the answer given."""

    question: Question
    answer: Answer
    detail: str = ""  # how a threshold answer was worked out, when it was


@dataclass(frozen=True)
class Recommendation:
    """Where a path of answers ends: the outcome, and everything gathered on the way."""

    outcome: Outcome
    steps: tuple[Step, ...]
    reasons: tuple[str, ...]
    articles: tuple[str, ...]
    risks: tuple[str, ...]
    links: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "outcome": self.outcome.id,
            "title": self.outcome.title,
            "summary": self.outcome.summary,
            "source": self.outcome.source,
            "reasons": list(self.reasons),
            "articles": list(self.articles),
            "risks": list(self.risks),
            "links": list(self.links),
            "answers": [
                {"question": s.question.id, "answer": s.answer.value, "detail": s.detail or None}
                for s in self.steps
            ],
        }


@dataclass(frozen=True)
class Walk:
    """The state after following some answers: the steps, and either the next question or the result."""

    steps: tuple[Step, ...]
    pending: Question | None
    result: Recommendation | None


# -- walking ------------------------------------------------------------------------------------------------

ThresholdAnswer = Callable[[Mapping[str, Any], Mapping[str, str]], tuple[str, str]]


def walk(
    tree: ProcedureTree,
    answers: Mapping[str, Any],
    threshold_answer: ThresholdAnswer | None = None,
) -> Walk:
    """Follow ``answers`` (question id -> value) from the start as far as they go.

    A threshold question may be answered with a mapping (value, currency, buyer); ``threshold_answer``
    turns it into "yes" or "no" from the answers given so far (the kind of contract), with a line saying how.
    Keys that name no question raise AdviceInputError; answers to questions off the path are ignored.
    """
    unknown = sorted(set(answers) - set(tree.questions))
    if unknown:
        raise AdviceInputError(
            f"unknown question {unknown[0]!r} in the answers; known: {', '.join(tree.questions)}"
        )
    steps: list[Step] = []
    given: dict[str, str] = {}
    qid = tree.start
    while True:
        question = tree.questions[qid]
        if qid not in answers:
            return Walk(tuple(steps), question, None)
        raw, detail = answers[qid], ""
        if isinstance(raw, Mapping):
            if not question.threshold:
                raise AdviceInputError(
                    f"answer to {qid!r} must be one of: {', '.join(a.value for a in question.answers)}"
                )
            if threshold_answer is None:
                raise AdviceInputError(f"answer to {qid!r} must be yes or no here")
            raw, detail = threshold_answer(raw, given)
        if isinstance(raw, bool):  # YAML reads a bare yes/no as a boolean
            raw = "yes" if raw else "no"
        answer = question.answer(str(raw))
        given[qid] = answer.value
        steps.append(Step(question, answer, detail))
        if answer.next.startswith(OUTCOME_PREFIX):
            outcome = tree.outcomes[answer.next[len(OUTCOME_PREFIX) :]]
            return Walk(tuple(steps), None, recommend(outcome, steps))
        qid = answer.next


def recommend(outcome: Outcome, steps: list[Step]) -> Recommendation:
    """The outcome's considerations followed by those the answers added, each once, in order."""
    gathered = {}
    for name in CONSIDERATIONS:
        items = list(getattr(outcome, name))
        for step in steps:
            items += step.answer.adds.get(name, ())
        gathered[name] = tuple(dict.fromkeys(items))
    return Recommendation(outcome, tuple(steps), **gathered)


def all_paths(tree: ProcedureTree) -> Iterator[tuple[dict[str, str], str]]:
    """Every path from the start: (answers, outcome id), depth first."""

    def go(qid: str, answers: dict[str, str]) -> Iterator[tuple[dict[str, str], str]]:
        for a in tree.questions[qid].answers:
            chosen = {**answers, qid: a.value}
            if a.next.startswith(OUTCOME_PREFIX):
                yield chosen, a.next[len(OUTCOME_PREFIX) :]
            else:
                yield from go(a.next, chosen)

    yield from go(tree.start, {})


def describe(rec: Recommendation) -> str:
    """The plain-text recommendation the CLI prints and the dialog copies."""
    lines = [f"Recommended: {rec.outcome.title}", rec.outcome.summary, "", "Your answers:"]
    for step in rec.steps:
        lines.append(f"- {step.question.text} {step.answer.label}")
        if step.detail:
            lines.append(f"  ({step.detail})")
    for title, items in (("Why", rec.reasons), ("Articles", rec.articles), ("Risks", rec.risks)):
        if items:
            lines += ["", f"{title}:"] + [f"- {item}" for item in items]
    if rec.links:
        lines += ["", "Read next:"] + [f"- ipt://doc/{link}" for link in rec.links]
    lines += ["", f"Source: {rec.outcome.source}. A decision aid, not legal advice."]
    return "\n".join(lines)
