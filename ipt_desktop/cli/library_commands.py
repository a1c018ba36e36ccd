"""Handlers of the core subcommands: search, show, import, reindex, doctor and stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ipt_desktop.cli.base import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_PARTIAL,
    Commands,
    Output,
    SubParsers,
    open_library,
)
from ipt_desktop.core.errors import IndexDamagedError, IptError
from ipt_desktop.core.search.types import SearchQuery

COMMANDS = Commands()


@COMMANDS.arguments
def add_parsers(sub: SubParsers) -> None:
    """search, show, import, reindex, doctor and stats."""
    p = sub.add("search", "search the library")
    p.add_argument("query", nargs="+")
    for flag in ("type", "topic", "stage", "procedure", "sector", "country", "language", "project"):
        p.add_argument(f"--{flag}", action="append", default=[], metavar=flag.upper())
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument(
        "--ui-language",
        metavar="L",
        help="show titles and summaries in this language where translated (also a hint to the query's language)",
    )
    p = sub.add("show", "print one document")
    p.add_argument("id")
    p.add_argument("--format", choices=("markdown", "html", "text"), default="markdown")
    p = sub.add("import", "import a Markdown file or folder, or a signed content pack (folder or .zip)")
    p.add_argument("path", type=Path)
    p.add_argument("--type", dest="doc_type")
    p.add_argument("--project")
    p.add_argument("--public-key", type=Path)
    sub.add("reindex", "rebuild the search index from content.db")
    p = sub.add("doctor", "check the databases and the index")
    p.add_argument("--repair", action="store_true")
    sub.add("stats", "count documents by type, project, language and origin")


@COMMANDS.command("search")
def search(args: argparse.Namespace) -> int:
    """``search``: print the hits for the query words and filters (or their JSON)."""
    filters = {
        key: tuple(getattr(args, key))
        for key in ("type", "topic", "stage", "procedure", "sector", "country", "language", "project")
        if getattr(args, key)
    }
    ui_language = (args.ui_language or "").lower()[:2] or None
    query = SearchQuery(
        text=" ".join(args.query),
        filters=filters,
        limit=max(1, min(args.limit, 500)),
        sort=args.sort,
        ui_language=ui_language,
    )
    with open_library(args) as library:
        try:
            result = library.search(query)
        except IndexDamagedError as exc:  # rebuild it now, say so on one line, and answer
            count = library.rebuild_index()
            print(f"ipt-desktop: {exc} It was rebuilt with {count} documents.", file=sys.stderr)
            result = library.search(query)
    lines = [f"{result.total} results for {result.query!r}"]
    if result.message:
        lines.append(result.message)
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}?")
    for hit in result.hits:
        title, _summary, shown = hit.shown_in(ui_language)
        marker = f"  ({hit.language.upper()} text)" if shown else ""
        lines.append(f"  {hit.id}  [{hit.type}]  {title}{marker}")
    Output.of(args).emit(result.to_json(ui_language), "\n".join(lines))
    return EXIT_OK


@COMMANDS.command("show")
def show(args: argparse.Namespace) -> int:
    """``show``: print one document as Markdown, plain text or HTML (``--format``)."""
    with open_library(args) as library:
        text = library.show(args.id, args.format)
        doc = library.get(args.id)
    Output.of(args).emit(
        {"id": doc.id, "title": doc.title, "type": doc.type, "format": args.format, "content": text}, text
    )
    return EXIT_OK


@COMMANDS.command("import")
def import_(args: argparse.Namespace) -> int:
    """``import``: add Markdown files or a signed content pack; exit 1 when some files were refused, 2 when
    all were.
    """
    with open_library(args) as library:
        report = library.import_path(
            args.path, doc_type=args.doc_type, project=args.project, public_key=args.public_key
        ).value
    for line in report.errors:
        print(f"ipt-desktop: error: {line}", file=sys.stderr)
    c = report.changes
    payload = {
        "added": list(c.added),
        "updated": list(c.updated),
        "removed": list(c.removed),
        "errors": list(report.errors),
    }
    Output.of(args).emit(
        payload,
        f"Imported: {len(c.added)} added, {len(c.updated)} updated, {len(c.removed)} removed, "
        f"{len(report.errors)} refused",
    )
    if report.errors:
        return EXIT_PARTIAL if report.accepted else EXIT_INVALID
    return EXIT_OK


@COMMANDS.command("reindex")
def reindex(args: argparse.Namespace) -> int:
    """``reindex``: rebuild the search index from content.db, with progress on stderr."""
    out = Output.of(args)

    def progress(done: int, total: int) -> None:
        if not out.as_json and (done == total or done % 200 == 0):
            print(f"\rIndexed {done}/{total}", end="", file=sys.stderr, flush=True)

    with open_library(args) as library:
        count = library.reindex(progress).value
    if not out.as_json:
        print(file=sys.stderr)
    out.emit({"indexed": count}, f"Index rebuilt: {count} documents")
    return EXIT_OK


@COMMANDS.command("doctor")
def doctor(args: argparse.Namespace) -> int:
    """``doctor``: report problems with the databases and the index; ``--repair`` fixes what it can."""
    from ipt_desktop.core.library import Library

    try:
        library = Library(getattr(args, "data_dir", None))
    except IptError as exc:
        # A database that cannot even be opened is the finding; it is never overwritten here.
        Output.of(args).emit({"problems": [str(exc)], "repaired": []}, f"problem: {exc}")
        return EXIT_PARTIAL
    with library:
        report = library.doctor(repair=args.repair)
    lines = [f"problem: {p}" for p in report.problems] + [f"repaired: {r}" for r in report.repaired]
    lines.append(
        "All checks passed."
        if not report.problems
        else f"{len(report.problems)} problems found" + ("" if args.repair else "; run doctor --repair")
    )
    Output.of(args).emit(
        {"problems": report.problems, "repaired": report.repaired, **report.facts}, "\n".join(lines)
    )
    if not report.problems:
        return EXIT_OK
    return (
        EXIT_OK
        if args.repair and report.repaired and len(report.repaired) >= len(report.problems)
        else EXIT_PARTIAL
    )


@COMMANDS.command("stats")
def stats(args: argparse.Namespace) -> int:
    """``stats``: count documents by type, project, language and origin, and success stories by country."""
    with open_library(args) as library:
        facts = library.stats()
    lines = [
        f"Data directory: {facts['data_dir']}",
        f"Documents: {facts['documents']} (indexed: {facts['indexed']})",
    ]
    for key in ("by_type", "by_project", "by_language", "by_origin"):
        lines.append(key.replace("by_", "By ") + ": " + ", ".join(f"{k} {v}" for k, v in facts[key].items()))
    stories = facts["success_stories_by_country"]
    lines.append("Success stories by country: " + ", ".join(f"{k} {v}" for k, v in stories.items()))
    lines.append(
        f"Member states with a success story: {facts['member_states_with_stories']} of 27"
        + (
            f" (none from {', '.join(facts['member_states_without_stories'])})"
            if facts["member_states_without_stories"]
            else ""
        )
    )
    lines.append(
        f"Bookmarks: {facts['bookmarks']}, notes: {facts['notes']}, collections: {facts['collections']}"
    )
    Output.of(args).emit(facts, "\n".join(lines))
    return EXIT_OK
