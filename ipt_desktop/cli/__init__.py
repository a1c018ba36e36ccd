"""Command-line interface: argparse subcommands over the core facade (the CLI contract in README.md).

Exit codes: 0 all went well, 1 partial failure, 2 usage error or invalid input. Errors are one line on
stderr; ``--debug`` shows tracebacks. A storage failure that no lower layer named (SQLite, the file system)
is one line too. When the reader of the output goes away (``| head``), the command stops quietly with
141 (128 + SIGPIPE, what a shell reports for a tool that SIGPIPE ended). No GUI module is imported unless
the window runs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import traceback
from pathlib import Path

from ipt_desktop import __version__
from ipt_desktop.cli import (
    advice_commands,
    library_commands,
    project_commands,
    sync_commands,
    trainer_commands,
)
from ipt_desktop.cli.base import EXIT_INVALID, EXIT_OK, EXIT_PARTIAL, Output, SubParsers, add_common
from ipt_desktop.core.errors import IndexNotUpdatedError, IptError
from ipt_desktop.core.store.disk import storage_error

EXIT_BROKEN_PIPE = 141

# The command modules, in the order their subcommands are listed in --help.
COMMAND_MODULES = (library_commands, sync_commands, trainer_commands, advice_commands, project_commands)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser: global flags, then every command module's subcommands."""
    parser = argparse.ArgumentParser(
        prog="ipt-desktop", description="Offline knowledge base for innovation procurement."
    )
    add_common(parser)
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test", action="store_true", help="open an offscreen window, search, render; exit 0"
    )
    sub = SubParsers(parser.add_subparsers(dest="command", metavar="COMMAND"))
    sub.add("gui", "open the window (the default)")
    for module in COMMAND_MODULES:
        for build in module.COMMANDS.parser_builders:
            build(sub)
    return parser


def _handler(name: str):
    for module in COMMAND_MODULES:
        if name in module.COMMANDS.handlers:
            return module.COMMANDS.handlers[name]
    raise KeyError(name)


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
        return _handler(name)(args)
    except IndexNotUpdatedError as exc:  # the documents were saved; only the index lags behind
        if debug:
            traceback.print_exc()
        print(f"ipt-desktop: error: {exc}", file=sys.stderr)
        return EXIT_PARTIAL
    except IptError as exc:
        if debug:
            traceback.print_exc()
        print(f"ipt-desktop: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (sqlite3.Error, OSError) as exc:
        if debug:
            traceback.print_exc()
        print(f"ipt-desktop: error: {storage_error(exc, _data_dir(args))}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130


def _data_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "data_dir", None)
    if given:
        return Path(given)
    from ipt_desktop.core.store.data_dir import default_data_dir

    return default_data_dir()


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush has nowhere to fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
