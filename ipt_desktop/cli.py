"""Command-line interface: argparse subcommands over the core facade (DESIGN.md, CLI contract).

Exit codes: 0 all went well, 1 partial failure, 2 usage error or invalid input. Errors are one line on
stderr; ``--debug`` shows tracebacks. No GUI module is imported unless the window runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Any, Callable

from ipt_desktop import __version__
from ipt_desktop.core.errors import IptError

EXIT_OK, EXIT_PARTIAL, EXIT_INVALID = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}


class Output:
    """Prints either plain text or one JSON object, as --json asks."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, payload: dict[str, Any], text: str) -> None:
        if self.as_json:
            print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        elif text:
            print(text)


def command(name: str) -> Callable[[Handler], Handler]:
    """Register a subcommand handler."""
    def register(func: Handler) -> Handler:
        _HANDLERS[name] = func
        return func
    return register


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="data directory (default: IPT_DATA_DIR or the per-user data folder)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = argparse.ArgumentParser(prog="ipt-desktop", description="Offline knowledge base for innovation procurement.")
    _common(parser)
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true", help="open an offscreen window, search, render; exit 0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p)
        return p

    add("gui", "open the window (the default)")
    p = add("search", "search the library")
    p.add_argument("query", nargs="+")
    for flag in ("type", "topic", "stage", "procedure", "sector", "country", "language", "project"):
        p.add_argument(f"--{flag}", action="append", default=[], metavar=flag.upper())
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p = add("show", "print one document")
    p.add_argument("id")
    p.add_argument("--format", choices=("markdown", "html", "text"), default="markdown")
    p = add("import", "import a Markdown file or folder, or a signed content pack (folder or .zip)")
    p.add_argument("path", type=Path)
    p.add_argument("--type", dest="doc_type")
    p.add_argument("--project")
    p.add_argument("--public-key", type=Path)
    add("reindex", "rebuild the search index from content.db")
    p = add("doctor", "check the databases and the index")
    p.add_argument("--repair", action="store_true")
    add("stats", "count documents by type, project, language and origin")
    for extend in _EXTENSIONS:
        extend(sub, _common)
    return parser


# Modules that add subcommands (sync, publishing, trainer) register a function here.
_EXTENSIONS: list[Callable[[Any, Callable[[argparse.ArgumentParser], None]], None]] = []


def open_library(args: argparse.Namespace):
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


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    try:
        if args.version:
            Output(getattr(args, "json", False)).emit({"version": __version__}, f"ipt-desktop {__version__}")
            return EXIT_OK
        if args.self_test:
            from ipt_desktop.app import self_test

            return self_test(getattr(args, "data_dir", None))
        name = args.command or "gui"
        if name == "gui":
            from ipt_desktop.app import run

            return run(getattr(args, "data_dir", None))
        return _HANDLERS[name](args)
    except IptError as exc:
        if debug:
            traceback.print_exc()
        print(f"ipt-desktop: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130


from ipt_desktop import cli_commands  # noqa: E402,F401  (registers the core subcommands)
from ipt_desktop import cli_sync  # noqa: E402,F401
from ipt_desktop import cli_trainer  # noqa: E402,F401
