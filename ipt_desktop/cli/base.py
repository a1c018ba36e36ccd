"""What every command module of the CLI shares: output, exit codes, the common flags and a command table.

Command modules import this module only; ``ipt_desktop.cli`` imports the command modules and builds the
parser from their tables, so nothing imports in a circle.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ipt_desktop.core.library import Library

EXIT_OK, EXIT_PARTIAL, EXIT_INVALID = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]
ParserBuilder = Callable[["SubParsers"], None]


class Output:
    """Prints either plain text or one JSON object, as --json asks."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    @classmethod
    def of(cls, args: argparse.Namespace) -> Output:
        """The output that a command's arguments ask for."""
        return cls(getattr(args, "json", False))

    def emit(self, payload: dict[str, Any], text: str) -> None:
        """Print ``payload`` as JSON or ``text`` as it is."""
        if self.as_json:
            print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        elif text:
            print(text)


def add_common(parser: argparse.ArgumentParser) -> None:
    """The flags every subcommand accepts: --data-dir, --json and --debug."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="data directory (default: IPT_DATA_DIR or the per-user data folder)",
    )
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")


class SubParsers:
    """Adds subcommand parsers (with the common flags) under one parent."""

    def __init__(self, action: Any) -> None:
        self.action = action

    def add(self, name: str, help_text: str) -> argparse.ArgumentParser:
        """A new subcommand parser named ``name``."""
        parser = self.action.add_parser(name, help=help_text, description=help_text)
        add_common(parser)
        return parser

    def nested(self, parser: argparse.ArgumentParser, dest: str, *, required: bool = False) -> SubParsers:
        """Sub-subcommands of ``parser`` (``sources add``, ``decks export`` ...)."""
        return SubParsers(parser.add_subparsers(dest=dest, metavar="ACTION", required=required))


class Commands:
    """One module's subcommands: the functions that add their parsers, and their handlers by name."""

    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.parser_builders: list[ParserBuilder] = []

    def command(self, name: str) -> Callable[[Handler], Handler]:
        """Register ``func`` as the handler of subcommand ``name``."""

        def register(func: Handler) -> Handler:
            self.handlers[name] = func
            return func

        return register

    def arguments(self, builder: ParserBuilder) -> ParserBuilder:
        """Register a function that adds this module's parsers."""
        self.parser_builders.append(builder)
        return builder


def open_library(args: argparse.Namespace) -> Library:
    """Open the Library for a command and make sure bundled content and index are ready."""
    from ipt_desktop.core.library import Library

    library = Library(getattr(args, "data_dir", None))
    try:
        for notice in library.ensure_ready():
            print(notice, file=sys.stderr)
    except Exception:
        library.close()
        raise
    return library
