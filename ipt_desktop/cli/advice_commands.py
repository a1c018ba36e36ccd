"""Decision-aid subcommands: ``threshold`` (is a value above the EU threshold?) and ``choose`` (which
procedure fits?). Both answer from the data files through ``Library.standalone_aids`` without opening the
databases; bad input is one line naming the argument, file or key, with exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipt_desktop.cli.base import EXIT_INVALID, EXIT_OK, Commands, Output, SubParsers
from ipt_desktop.core.errors import IptError

if TYPE_CHECKING:
    from ipt_desktop.core.advice.aids import DecisionAids
    from ipt_desktop.core.advice.chooser_tree import Question

COMMANDS = Commands()


@COMMANDS.arguments
def add_parsers(sub: SubParsers) -> None:
    """threshold and choose."""
    p = sub.add("threshold", "say whether an estimated contract value is above the EU threshold")
    p.add_argument("--value", required=True, help="estimated value net of VAT, e.g. 180000")
    p.add_argument("--currency", default="EUR", help="currency of the value (default EUR)")
    p.add_argument("--buyer", required=True, help="central, sub-central, utility or defence")
    p.add_argument("--kind", required=True, help="works, supplies, services, social-services or concession")
    p = sub.add("choose", "recommend a procurement procedure from your answers to a few questions")
    p.add_argument("--answers", type=Path, metavar="FILE", help="answers as YAML or JSON (question: answer)")


class AnswerError(IptError):
    """An argument, answers file or typed reply of a decision-aid command is not valid."""


def _aids(args: argparse.Namespace) -> DecisionAids:
    from ipt_desktop.core.library import Library  # the data files load on demand, not with the CLI

    return Library.standalone_aids(getattr(args, "data_dir", None))


def _number(text: str) -> float:
    cleaned = text.replace(",", "").replace("_", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        raise AnswerError(f"--value {text!r} is not a number") from None


@COMMANDS.command("threshold")
def threshold(args: argparse.Namespace) -> int:
    """``threshold``: above or below the EU threshold, by how much, under which act, and what follows."""
    from ipt_desktop.core.advice.checker import describe

    aids = _aids(args)
    check = aids.check_threshold(_number(args.value), args.currency, args.buyer, args.kind)
    for notice in aids.notices:
        print(notice, file=sys.stderr)
    if check.stale == "expired":
        print(f"ipt-desktop: warning: {check.notes[0]}", file=sys.stderr)
    Output.of(args).emit(check.to_dict(), describe(check))
    return EXIT_OK


@COMMANDS.command("choose")
def choose(args: argparse.Namespace) -> int:
    """``choose``: walk the procedure tree with answers from a file, or by asking on a terminal."""
    from ipt_desktop.core.advice.chooser import describe as describe_recommendation

    aids = _aids(args)
    if args.answers is not None:
        answers = read_answers(args.answers)
        try:
            state = aids.choose(answers)
        except IptError as exc:
            raise AnswerError(f"{args.answers}: {exc}") from None
        if state.result is None:
            q = state.pending
            raise AnswerError(
                f"{args.answers}: no answer to {q.id!r} ({q.text}); choose one of: "
                + ", ".join(a.value for a in q.answers)
            )
    elif sys.stdin.isatty() and not getattr(args, "json", False):
        state = ask(aids, input, print)
        if state is None:
            return EXIT_INVALID
    else:
        raise AnswerError("give --answers FILE: there is no terminal to ask the questions on")
    for notice in aids.notices:
        print(notice, file=sys.stderr)
    Output.of(args).emit(state.result.to_dict(), describe_recommendation(state.result))
    return EXIT_OK


def read_answers(path: Path) -> dict[str, Any]:
    """The answers file (YAML or JSON) as a mapping; AnswerError naming the file otherwise."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnswerError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise AnswerError(f"{path}: not valid YAML or JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise AnswerError(f"{path}: must map each question id to an answer")
    return {str(k): v for k, v in data.items()}


def ask(aids, read: Callable[[str], str], write: Callable[[str], None]):
    """Ask each question on the terminal until an outcome; None when the input ends."""
    answers: dict[str, Any] = {}
    while True:
        state = aids.choose(answers)
        if state.result is not None:
            return state
        question = state.pending
        try:
            answers[question.id] = _ask_one(aids, question, read, write)
        except EOFError:
            write("")
            return None


def _ask_one(aids, question: Question, read, write) -> Any:
    write("")
    write(question.text)
    if question.help:
        write(f"  {question.help}")
    for number, answer in enumerate(question.answers, 1):
        write(f"  {number}. {answer.label}")
    if question.threshold:
        write("  v. Work it out from the estimated value")
    while True:
        reply = read("> ").strip().lower()
        if question.threshold and reply == "v":
            return _ask_value(aids, read, write)
        if reply.isdigit() and 1 <= int(reply) <= len(question.answers):
            return question.answers[int(reply) - 1].value
        if any(a.value == reply for a in question.answers):
            return reply
        write(f"  Type a number from 1 to {len(question.answers)}.")


def _ask_value(aids, read, write) -> dict[str, Any]:
    table = aids.thresholds()
    while True:
        try:
            value = _number(read("  Estimated value, net of VAT: "))
            currency = read("  Currency [EUR]: ").strip().upper() or "EUR"
            buyer = read(f"  Buyer ({', '.join(table.buyers)}): ").strip()
            return {"value": value, "currency": currency, "buyer": buyer}
        except IptError as exc:
            write(f"  {exc}")
