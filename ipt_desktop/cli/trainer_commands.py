"""Trainer subcommands: export-pdf, present, and decks (export, import, list).

An ID|COLLECTION argument is read as a document id first, then as a collection name. export-pdf needs only a
QGuiApplication, made offscreen when there is no display; present opens the full-screen window.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ipt_desktop.cli.base import EXIT_OK, EXIT_PARTIAL, Commands, Output, SubParsers, open_library
from ipt_desktop.core.errors import NotFoundError

COMMANDS = Commands()


@COMMANDS.arguments
def add_parsers(sub: SubParsers) -> None:
    """export-pdf, present and decks."""
    p = sub.add("export-pdf", "write a document or a collection as PDF (or as a slide handout)")
    p.add_argument("target", metavar="ID|COLLECTION")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--handout", action="store_true", help="slides with presenter notes instead of the text")
    p.add_argument(
        "--layout",
        choices=("notes", "grid"),
        default="notes",
        help="handout layout: one slide per page with notes, or six slides per page",
    )
    p = sub.add("present", "present a document or a collection as full-screen slides")
    p.add_argument("target", metavar="ID|COLLECTION")
    p.add_argument("--no-presenter-view", action="store_true", help="show only the slides")
    p = sub.add("decks", "share collections as deck files")
    decks = sub.nested(p, "decks_command", required=True)
    q = decks.add("export", "write a collection as a deck file")
    q.add_argument("name")
    q.add_argument("file", type=Path)
    q = decks.add("import", "create a collection from a deck file")
    q.add_argument("file", type=Path)
    q.add_argument("--name", help="name of the new collection (default: the name in the file)")
    decks.add("list", "list collections")


def resolve_target(library, target: str) -> tuple[str, Any]:
    """("document", Document) or ("collection", Collection); NotFoundError naming the argument otherwise."""
    if library.has(target):
        return "document", library.get(target)
    try:
        return "collection", library.collection(target)
    except NotFoundError:
        raise NotFoundError(f"{target!r} is neither a document id nor a collection name") from None


def ensure_gui_application(widgets: bool = False):
    """The running Qt application, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and no_display and not widgets:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if widgets:
        from PySide6.QtWidgets import QApplication

        return QApplication(sys.argv[:1])
    return QGuiApplication(sys.argv[:1])


@COMMANDS.command("export-pdf")
def export_pdf(args: argparse.Namespace) -> int:
    """``export-pdf``: write a document or a collection as PDF, or as a slide handout with ``--handout``."""
    from ipt_desktop.core.trainer.slides import deck_for_collection, deck_for_document

    with open_library(args) as library:
        kind, target = resolve_target(library, args.target)
        if args.handout:
            deck = deck_for_document(target) if kind == "document" else deck_for_collection(library, target)
            docs = []
        else:
            deck = None
            docs = [target] if kind == "document" else _collection_documents(library, target)
    ensure_gui_application()
    from ipt_desktop.ui.pdf_export import export_document_pdf, export_handout_pdf

    out = args.out.expanduser().resolve()
    pages = export_handout_pdf(deck, out, args.layout) if deck is not None else export_document_pdf(docs, out)
    Output.of(args).emit({"path": str(out), "pages": pages}, f"Wrote {out} ({pages} pages)")
    return EXIT_OK


def _collection_documents(library, collection) -> list:
    from ipt_desktop.core.errors import ContentError

    docs = [library.get(item.doc_id) for item in collection.items if library.has(item.doc_id)]
    if not docs:
        raise ContentError(f"collection {collection.name!r} is empty; add documents before exporting")
    return list({doc.id: doc for doc in docs}.values())


@COMMANDS.command("present")
def present(args: argparse.Namespace) -> int:
    """``present``: show a document or a collection as full-screen slides until the window closes."""
    from ipt_desktop.core.trainer.slides import deck_for_collection, deck_for_document

    with open_library(args) as library:
        kind, target = resolve_target(library, args.target)
        deck = deck_for_document(target) if kind == "document" else deck_for_collection(library, target)
    for problem in deck.problems:
        print(f"ipt-desktop: warning: {problem}", file=sys.stderr)
    app = ensure_gui_application(widgets=True)
    from ipt_desktop.ui.presentation_controller import PresentationController

    controller = PresentationController(with_presenter_view=not args.no_presenter_view)
    controller.ended.connect(app.quit)
    controller.present_deck(deck)
    app.exec()
    Output.of(args).emit({"title": deck.title, "slides": len(deck.slides)}, "")
    return EXIT_OK


@COMMANDS.command("decks")
def decks_command(args: argparse.Namespace) -> int:
    """``decks``: export a collection as a deck file, import one, or list the collections."""
    out = Output.of(args)
    with open_library(args) as library:
        if args.decks_command == "export":
            path = library.export_deck(args.name, args.file)
            collection = library.collection(args.name)
            out.emit(
                {"name": collection.name, "path": str(path), "items": len(collection.items)},
                f"Wrote {path} ({len(collection.items)} items)",
            )
            return EXIT_OK
        if args.decks_command == "import":
            report = library.import_deck(args.file, args.name).value
            return _report_import(out, report)
        rows = [{"name": c.name, "items": len(c.items)} for c in library.collections()]
    out.emit(
        {"collections": rows},
        "\n".join(f"{r['name']}  ({r['items']} items)" for r in rows) or "No collections yet.",
    )
    return EXIT_OK


def _report_import(out: Output, report) -> int:
    lines = [f"Imported collection {report.name!r} with {report.items} items"]
    if report.missing:
        lines.append("Not in this library: " + ", ".join(report.missing))
    if report.changed:
        lines.append("Changed since the export: " + ", ".join(report.changed))
    out.emit(
        {
            "name": report.name,
            "items": report.items,
            "missing": list(report.missing),
            "changed": list(report.changed),
        },
        "\n".join(lines),
    )
    return EXIT_PARTIAL if report.missing else EXIT_OK
