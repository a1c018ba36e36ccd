"""Handlers of the core subcommands: search, show, import, reindex, doctor and stats."""

from __future__ import annotations

import argparse
import sys

from ipt_desktop.cli import EXIT_INVALID, EXIT_OK, EXIT_PARTIAL, Output, command, open_library
from ipt_desktop.core.errors import IptError
from ipt_desktop.core.search_types import SearchQuery


def _out(args: argparse.Namespace) -> Output:
    return Output(getattr(args, "json", False))


@command("search")
def search(args: argparse.Namespace) -> int:
    filters = {key: tuple(getattr(args, key)) for key in
               ("type", "topic", "stage", "procedure", "sector", "country", "language", "project") if getattr(args, key)}
    query = SearchQuery(text=" ".join(args.query), filters=filters, limit=max(1, min(args.limit, 500)),
                        sort=args.sort)
    with open_library(args) as library:
        result = library.search(query)
    lines = [f"{result.total} results for {result.query!r}"]
    if result.message:
        lines.append(result.message)
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}?")
    for hit in result.hits:
        lines.append(f"  {hit.id}  [{hit.type}]  {hit.title}")
    _out(args).emit(result.to_json(), "\n".join(lines))
    return EXIT_OK


@command("show")
def show(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        text = library.show(args.id, args.format)
        doc = library.get(args.id)
    _out(args).emit({"id": doc.id, "title": doc.title, "type": doc.type, "format": args.format, "content": text}, text)
    return EXIT_OK


@command("import")
def import_(args: argparse.Namespace) -> int:
    from ipt_desktop.core.importer import import_markdown

    with open_library(args) as library:
        if _is_pack(args.path):
            from ipt_desktop.core.packs import import_pack

            report = import_pack(library, args.path, args.public_key)
        else:
            report = import_markdown(library, args.path, doc_type=args.doc_type, project=args.project)
    for line in report.errors:
        print(f"ipt-desktop: error: {line}", file=sys.stderr)
    c = report.changes
    payload = {"added": list(c.added), "updated": list(c.updated), "removed": list(c.removed),
               "errors": list(report.errors)}
    _out(args).emit(payload, f"Imported: {len(c.added)} added, {len(c.updated)} updated, {len(c.removed)} removed, "
                             f"{len(report.errors)} refused")
    if report.errors:
        return EXIT_PARTIAL if report.accepted else EXIT_INVALID
    return EXIT_OK


def _is_pack(path) -> bool:
    return path.suffix.lower() == ".zip" or (path.is_dir() and (path / "manifest.json").is_file())


@command("reindex")
def reindex(args: argparse.Namespace) -> int:
    out = _out(args)

    def progress(done: int, total: int) -> None:
        if not out.as_json and (done == total or done % 200 == 0):
            print(f"\rIndexed {done}/{total}", end="", file=sys.stderr, flush=True)

    with open_library(args) as library:
        count = library.rebuild_index(progress)
    if not out.as_json:
        print(file=sys.stderr)
    out.emit({"indexed": count}, f"Index rebuilt: {count} documents")
    return EXIT_OK


@command("doctor")
def doctor(args: argparse.Namespace) -> int:
    from ipt_desktop.core.library import Library

    try:
        library = Library(getattr(args, "data_dir", None))
    except IptError as exc:
        # A database that cannot even be opened is the finding; it is never overwritten here.
        _out(args).emit({"problems": [str(exc)], "repaired": []}, f"problem: {exc}")
        return EXIT_PARTIAL
    with library:
        report = library.doctor(repair=args.repair)
    lines = [f"problem: {p}" for p in report.problems] + [f"repaired: {r}" for r in report.repaired]
    lines.append("All checks passed." if not report.problems else
                 f"{len(report.problems)} problems found" + ("" if args.repair else "; run doctor --repair"))
    _out(args).emit({"problems": report.problems, "repaired": report.repaired, **report.facts}, "\n".join(lines))
    if not report.problems:
        return EXIT_OK
    return EXIT_OK if args.repair and report.repaired and len(report.repaired) >= len(report.problems) else EXIT_PARTIAL


@command("stats")
def stats(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        facts = library.stats()
    lines = [f"Data directory: {facts['data_dir']}", f"Documents: {facts['documents']} (indexed: {facts['indexed']})"]
    for key in ("by_type", "by_project", "by_language", "by_origin"):
        lines.append(key.replace("by_", "By ") + ": " + ", ".join(f"{k} {v}" for k, v in facts[key].items()))
    lines.append(f"Bookmarks: {facts['bookmarks']}, notes: {facts['notes']}, collections: {facts['collections']}")
    _out(args).emit(facts, "\n".join(lines))
    return EXIT_OK

