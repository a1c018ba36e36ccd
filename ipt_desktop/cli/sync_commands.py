"""Subcommands for feeds: ``sources``, ``sync``, ``publish`` and ``keygen`` (the CLI contract in README.md).

``sync`` exits 1 when some sources failed; the successes are still printed, and each failure is one line
"URL: reason" on stderr. A source is polled at most once an hour; ``--force`` syncs it anyway (a server's
Retry-After is honoured even then). An encrypted minisign secret key takes its password from
IPT_MINISIGN_PASSWORD, else from a prompt. ``keygen`` writes an unencrypted secret key unless ``--encrypt``
is given; keep that file private (it is created with mode 0600).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ipt_desktop.cli.base import EXIT_OK, EXIT_PARTIAL, Commands, Output, SubParsers, open_library
from ipt_desktop.core.errors import IptError

PASSWORD_ENV = "IPT_MINISIGN_PASSWORD"


COMMANDS = Commands()


@COMMANDS.arguments
def add_parsers(sub: SubParsers) -> None:
    """Add the sync subcommands to the parser."""
    sources = sub.add("sources", "list, add, remove, enable or disable feed sources")
    actions = sub.nested(sources, "action")
    actions.add("list", "list the sources (the default)")
    p = actions.add("add", "add a feed (RSS, Atom, JSON Feed) or, with --public-key, a signed curated feed")
    p.add_argument("url")
    p.add_argument("--name")
    p.add_argument(
        "--public-key",
        action="append",
        default=[],
        metavar="KEY",
        help="a minisign .pub file or key; give it twice to pin a backup key",
    )
    for name, text in (
        ("remove", "forget a source (its documents stay)"),
        ("enable", "enable a source"),
        ("disable", "disable a source"),
    ):
        actions.add(name, text).add_argument("name")
    p = sub.add("sync", "fetch new content from all enabled sources, or the named ones")
    p.add_argument("targets", nargs="*", metavar="NAME|URL")
    p.add_argument("--force", action="store_true", help="ignore the once-an-hour polling limit")
    p = sub.add("publish", "build a signed curated feed folder from a folder of Markdown documents")
    p.add_argument("content_dir", type=Path)
    p.add_argument("out_dir", type=Path)
    p.add_argument("--secret-key", type=Path, required=True)
    p.add_argument("--base-url")
    p.add_argument("--name", help="feed name (default: the previous manifest's, else the folder name)")
    p.add_argument("--expires-days", type=int, default=30)
    p = sub.add("keygen", "write a minisign key pair PREFIX.key and PREFIX.pub")
    p.add_argument("prefix", type=Path)
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt the secret key (password from {PASSWORD_ENV} or a prompt)",
    )
    p.add_argument("--force", action="store_true", help="overwrite existing key files")


@COMMANDS.command("sources")
def sources(args: argparse.Namespace) -> int:
    """``sources``: list, add, remove, enable or disable feed sources (list when no action is given)."""
    from ipt_desktop.core.sync.sources import public_key_argument

    action = args.action or "list"
    keys = [public_key_argument(value) for value in getattr(args, "public_key", [])]
    with open_library(args) as library:
        if action == "list":
            records = library.sources()
            lines = [_source_line(r) for r in records] or ["No sources."]
            Output.of(args).emit({"sources": [r.to_json() for r in records]}, "\n".join(lines))
            return EXIT_OK
        if action == "add":
            record = library.add_source(args.url, args.name, keys).value
            text = f"Added {record.kind} source {record.name!r}: {record.url}"
        elif action == "remove":
            record = library.remove_source(args.name).value
            text = f"Removed source {record.name!r} (its documents stay in the library)"
        else:
            record = library.set_source_enabled(args.name, action == "enable").value
            text = f"Source {record.name!r} {action}d"
    Output.of(args).emit({"action": action, "source": record.to_json()}, text)
    return EXIT_OK


def _source_line(record) -> str:
    state = "enabled " if record.is_enabled else "disabled"
    extra = " (suggested)" if record.is_suggested else ""
    last = (
        f"  last error: {record.last_error}"
        if record.last_error
        else (f"  last success: {record.last_success}" if record.last_success else "")
    )
    line = f"[{state}] {record.name} ({record.kind}{extra}) {record.url}{last}"
    return f"{line}\n           {record.description}" if record.description else line


@COMMANDS.command("sync")
def sync(args: argparse.Namespace) -> int:
    """``sync``: fetch from every enabled source or the named ones; exit 1 when a source failed."""
    with open_library(args) as library:
        report = library.sync(args.targets, force=args.force).value
    out = Output.of(args)
    successes = [r.line() for r in report.results if not r.is_failed]
    if not report.results:
        successes = ["No enabled sources; add one with 'ipt-desktop sources add URL'."]
    out.emit(report.to_json(), "\n".join(successes))
    for failure in report.failures:
        print(failure.error, file=sys.stderr)
    return EXIT_PARTIAL if report.failures else EXIT_OK


@COMMANDS.command("publish")
def publish(args: argparse.Namespace) -> int:
    """``publish``: write a signed curated feed folder from a folder of Markdown documents."""
    from ipt_desktop.core.sync.publishing import publish as run_publish

    report = run_publish(
        args.content_dir,
        args.out_dir,
        args.secret_key,
        base_url=args.base_url,
        name=args.name,
        expires_days=args.expires_days,
        password=_password(args.secret_key),
    )
    Output.of(args).emit(
        report.to_json(),
        f"Published {report.name!r} version {report.version}: {report.documents} "
        f"documents, {report.tombstones} tombstones, expires {report.expires}, "
        f"signed with key {report.key_id} → {report.out_dir}",
    )
    return EXIT_OK


@COMMANDS.command("keygen")
def keygen(args: argparse.Namespace) -> int:
    """``keygen``: write a minisign key pair, the secret key encrypted with ``--encrypt``."""
    from ipt_desktop.core.sync.minisign import keygen as run_keygen

    password = None
    if args.encrypt:
        password = os.environ.get(PASSWORD_ENV) or _prompt_new_password()
    key_path, pub_path, public = run_keygen(args.prefix, password, overwrite=args.force)
    Output.of(args).emit(
        {
            "secret_key": str(key_path),
            "public_key": str(pub_path),
            "key_id": public.id_hex,
            "public_key_base64": public.to_base64(),
            "encrypted": bool(password),
        },
        f"Wrote {key_path} ({'encrypted' if password else 'unencrypted: keep it private'}) and "
        f"{pub_path}\nPublic key {public.id_hex}: {public.to_base64()}",
    )
    return EXIT_OK


def _password(key_path: Path) -> str | None:
    """The secret key's password when it is encrypted: from the environment, else a prompt."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    try:
        is_encrypted = "encrypted" in key_path.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return None
    if is_encrypted and sys.stdin.isatty():
        return getpass.getpass(f"Password for {key_path}: ")
    return None


def _prompt_new_password() -> str:
    if not sys.stdin.isatty():
        raise IptError(f"--encrypt needs a password: set {PASSWORD_ENV} or run in a terminal")
    first = getpass.getpass("Password for the new secret key: ")
    if not first or first != getpass.getpass("Repeat the password: "):
        raise IptError("passwords are empty or do not match; no key was written")
    return first
