"""Procurement project subcommands: project new, list, show, tick, note and export.

A project follows the stage checklist of its procedure (resources/checklists.yaml); ticks and notes live in
user.db. ``project export --format pdf`` lays the checklist out with Qt's PDF writer, which needs no display
(an offscreen QGuiApplication, as ``export-pdf`` uses). An unknown project, item or procedure, or a bad value,
is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ipt_desktop.cli.base import EXIT_OK, Commands, Output, SubParsers, open_library

COMMANDS = Commands()


@COMMANDS.arguments
def add_parsers(sub: SubParsers) -> None:
    """project and its actions."""
    p = sub.add("project", "procurement projects: a procedure's stage checklist with ticks and notes")
    actions = sub.nested(p, "project_command", required=True)
    q = actions.add("new", "start a project on a procedure's checklist")
    q.add_argument("name")
    q.add_argument("--procedure", required=True, help="procedure id, e.g. pcp, ppi, competitive-dialogue")
    q.add_argument("--value", help="estimated contract value, e.g. 250000")
    q.add_argument("--currency", help="ISO 4217 code of the value (default EUR)")
    actions.add("list", "list projects with their progress")
    q = actions.add("show", "show a project's checklist")
    q.add_argument("id", type=int)
    q = actions.add("tick", "tick an item (or untick it with --undo)")
    q.add_argument("id", type=int)
    q.add_argument("item")
    q.add_argument("--undo", action="store_true", help="untick the item")
    q = actions.add("note", "set the note on an item (an empty text clears it)")
    q.add_argument("id", type=int)
    q.add_argument("item")
    q.add_argument("text")
    q = actions.add("export", "write a project's checklist as Markdown or PDF")
    q.add_argument("id", type=int)
    q.add_argument("--format", choices=("md", "pdf"), default="md")
    q.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


def _project_json(project) -> dict[str, Any]:
    return {
        "id": project.id,
        "name": project.name,
        "procedure": project.procedure,
        "estimated_value": project.estimated_value,
        "currency": project.currency,
        "created_at": project.created_at,
        "updated_at": project.updated_at,
    }


def _view_json(view) -> dict[str, Any]:
    return {
        **_project_json(view.project),
        "procedure_label": view.procedure_label,
        "done": view.done,
        "total": view.total,
        "stages": [
            {
                "stage": stage.stage,
                "label": stage.label,
                "done": stage.done,
                "total": stage.total,
                "items": [
                    {
                        "id": e.item.id,
                        "text": e.item.text,
                        "link": e.item.link,
                        "done": e.done,
                        "done_at": e.done_at,
                        "note": e.note,
                    }
                    for e in stage.items
                ],
            }
            for stage in view.stages
        ],
    }


def _view_text(view) -> str:
    from ipt_desktop.core.projects.service import format_value

    lines = [f"{view.project.name}  (project {view.project.id}, {view.procedure_label})"]
    if view.project.estimated_value:
        lines.append(f"Estimated value: {format_value(view.project)}")
    lines.append(f"Progress: {view.done}/{view.total}")
    for stage in view.stages:
        lines += ["", f"{stage.label} ({stage.done}/{stage.total})"]
        for e in stage.items:
            lines.append(f"  [{'x' if e.done else ' '}] {e.item.id}: {e.item.text}")
            if e.note:
                lines += [f"        note: {line}" for line in e.note.splitlines()]
    return "\n".join(lines)


@COMMANDS.command("project")
def project_command(args: argparse.Namespace) -> int:
    """``project``: new, list, show, tick, note, export."""
    out = Output.of(args)
    action = args.project_command
    with open_library(args) as library:
        if action == "new":
            project = library.create_project(args.name, args.procedure, args.value, args.currency).value
            out.emit(
                _project_json(project), f"Created project {project.id}: {project.name} ({project.procedure})"
            )
        elif action == "list":
            rows = library.projects()
            out.emit(
                {"projects": [{**_project_json(s.project), "done": s.done, "total": s.total} for s in rows]},
                "\n".join(
                    f"{s.project.id}  {s.project.name}  ({s.procedure_label}, {s.done}/{s.total})"
                    for s in rows
                )
                or "No projects yet.",
            )
        elif action == "show":
            view = library.project(args.id)
            out.emit(_view_json(view), _view_text(view))
        elif action == "tick":
            library.tick_project_item(args.id, args.item, not args.undo)
            done = not args.undo
            out.emit(
                {"id": args.id, "item": args.item, "done": done},
                f"{'Ticked' if done else 'Unticked'} {args.item} in project {args.id}",
            )
        elif action == "note":
            library.note_project_item(args.id, args.item, args.text)
            out.emit(
                {"id": args.id, "item": args.item, "note": args.text.strip()},
                f"Saved the note on {args.item} in project {args.id}",
            )
        else:
            return _export(args, library, out)
    return EXIT_OK


def _export(args: argparse.Namespace, library, out: Output) -> int:
    from ipt_desktop.core.errors import ExportError

    path = args.output.expanduser().resolve()
    if args.format == "md":
        text = library.export_project(args.id, "markdown")
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ExportError(f"cannot write {path} ({exc.strerror or exc})") from None
        out.emit({"path": str(path), "format": "md"}, f"Wrote {path}")
        return EXIT_OK
    html = library.export_project(args.id, "html")
    title = library.project(args.id).project.name
    from ipt_desktop.cli.trainer_commands import ensure_gui_application

    ensure_gui_application()
    from ipt_desktop.ui.pdf_export import export_html_pdf

    pages = export_html_pdf(html, title, path)
    out.emit({"path": str(path), "format": "pdf", "pages": pages}, f"Wrote {path} ({pages} pages)")
    return EXIT_OK
