"""Trainer subcommands: export-pdf, present, and decks (export, import, list); ``deck`` is another name for
``decks``. ``decks export NAME FILE`` writes a deck file to share; ``--format pptx`` writes the deck's slides
as a PowerPoint file instead (``-o FILE`` names it too).

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
from ipt_desktop.core.trainer.pdf_layout import DEFAULT_HANDOUT_LAYOUT, HANDOUT_LAYOUTS, LAYOUT_ALIASES

COMMANDS = Commands()


@COMMANDS.arguments
def add_parsers(sub: SubParsers) -> None:
    """export-pdf, present and decks."""
    p = sub.add("export-pdf", "write a document or a collection as PDF (or as a slide handout)")
    p.add_argument("target", metavar="ID|COLLECTION")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument("--handout", action="store_true", help="the slides instead of the text")
    p.add_argument(
        "--layout",
        choices=(*HANDOUT_LAYOUTS, *LAYOUT_ALIASES),
        default=DEFAULT_HANDOUT_LAYOUT,
        help="handout layout: 1, 2, 3 (with lines for notes) or 6 slides per page, or notes (one slide with"
        f" its presenter notes); default {DEFAULT_HANDOUT_LAYOUT}",
    )
    p = sub.add("present", "present a document or a collection as full-screen slides")
    p.add_argument("target", metavar="ID|COLLECTION")
    p.add_argument("--no-presenter-view", action="store_true", help="show only the slides")
    for name, help_text in (
        ("decks", "share decks as deck files, or export them to PowerPoint"),
        ("deck", "the same as decks"),
    ):
        p = sub.add(name, help_text)
        decks = sub.nested(p, "decks_command", required=True)
        q = decks.add("export", "write a deck as a deck file (to share), or its slides as a PowerPoint file")
        q.add_argument("name")
        q.add_argument("file", type=Path, nargs="?", metavar="FILE")
        q.add_argument(
            "-o", "--output", type=Path, metavar="FILE", help="the file to write (instead of FILE)"
        )
        q.add_argument(
            "--format",
            choices=("deck", "pptx"),
            default="deck",
            help="deck: a deck file that lists the documents (default); pptx: the slides for PowerPoint",
        )
        q = decks.add("import", "create a deck from a deck file")
        q.add_argument("file", type=Path)
        q.add_argument("--name", help="name of the new deck (default: the name in the file)")
        decks.add("list", "list decks")


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
        title = target.title if kind == "document" else target.name
    ensure_gui_application()
    from ipt_desktop.ui.pdf_export import export_document_pdf, export_handout_pdf

    out = args.out.expanduser().resolve()
    if deck is not None:
        pages = export_handout_pdf(deck, out, args.layout)
    else:
        pages = export_document_pdf(docs, out, title)
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
@COMMANDS.command("deck")
def decks_command(args: argparse.Namespace) -> int:
    """``decks``: export a deck as a deck file or a PowerPoint file, import a deck file, or list the decks."""
    out = Output.of(args)
    with open_library(args) as library:
        if args.decks_command == "export":
            return _export(args, library, out)
        if args.decks_command == "import":
            report = library.import_deck(args.file, args.name).value
            return _report_import(out, report)
        rows = [{"name": c.name, "items": len(c.items)} for c in library.collections()]
    out.emit(
        {"collections": rows},
        "\n".join(f"{r['name']}  ({r['items']} documents)" for r in rows) or "No decks yet.",
    )
    return EXIT_OK


def _export(args: argparse.Namespace, library, out: Output) -> int:
    from ipt_desktop.core.errors import ExportError

    target = args.output or args.file
    if target is None:
        raise ExportError("decks export: name the file to write (FILE or -o FILE)")
    collection = library.collection(args.name)
    if args.format == "pptx":
        from ipt_desktop.core.trainer.pptx_export import deck_summary, export_deck_pptx

        deck = library.collection_deck(args.name)
        for problem in deck.problems:
            print(f"ipt-desktop: warning: {problem}", file=sys.stderr)
        path = target.expanduser().resolve()
        slides = export_deck_pptx(deck, path, deck_summary(deck))
        out.emit(
            {"name": collection.name, "path": str(path), "format": "pptx", "slides": slides},
            f"Wrote {path} ({slides} slides)",
        )
        return EXIT_OK
    path = library.export_deck(args.name, target)
    out.emit(
        {"name": collection.name, "path": str(path), "format": "deck", "items": len(collection.items)},
        f"Wrote {path} ({len(collection.items)} documents)",
    )
    return EXIT_OK


def _report_import(out: Output, report) -> int:
    lines = [f"Imported the deck {report.name!r} with {report.items} documents"]
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
