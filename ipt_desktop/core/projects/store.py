"""The project tables of user.db (db/user/0002_projects.sql): projects and the state of their items.

Rows only: names, procedures and values are checked by ``service`` before they get here. Each write is one
statement or one transaction on the user database's connection (``synchronous=FULL``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ipt_desktop.core.errors import ContentError, NotFoundError
from ipt_desktop.core.store.database import transaction, utc_now


@dataclass(frozen=True)
class Project:
    """A procurement project: its name, procedure and (optional) estimated value with currency."""

    id: int
    name: str
    procedure: str
    estimated_value: str | None
    currency: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class ItemState:
    """What the user recorded for one checklist item of a project."""

    done: bool = False
    done_at: str | None = None
    note: str = ""


_COLUMNS = "id, name, procedure, estimated_value, currency, created_at, updated_at"


class ProjectStore:
    """Projects and item states on an open user.db connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def create(self, name: str, procedure: str, value: str | None, currency: str | None) -> Project:
        """Insert a project; ContentError when another project has this name (letter case aside)."""
        now = utc_now()
        try:
            cursor = self.conn.execute(
                "INSERT INTO projects(name, procedure, estimated_value, currency, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?)",
                (name, procedure, value, currency, now, now),
            )
        except sqlite3.IntegrityError:
            raise ContentError(f"a project named {name!r} already exists; choose another name") from None
        return self.get(int(cursor.lastrowid))

    def get(self, project_id: int) -> Project:
        """A project by id; NotFoundError naming the id otherwise."""
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM projects WHERE id = ?", (project_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no project with id {project_id}")
        return Project(*row)

    def all(self) -> list[Project]:
        """Every project, most recently changed first."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM projects ORDER BY updated_at DESC, id DESC")
        return [Project(*row) for row in rows]

    def delete(self, project_id: int) -> None:
        """Delete a project and its item states; NotFoundError when there is no such project."""
        self.get(project_id)
        self.conn.execute("DELETE FROM projects WHERE id = ?", (project_id,))

    def states(self, project_id: int) -> dict[str, ItemState]:
        """The recorded state of each item of a project, by item id (items never touched are absent)."""
        rows = self.conn.execute(
            "SELECT item_id, done, done_at, note FROM project_items WHERE project_id = ?", (project_id,)
        )
        return {row[0]: ItemState(bool(row[1]), row[2], row[3]) for row in rows}

    def done_counts(self) -> dict[int, list[str]]:
        """The ids of the ticked items of every project, by project id."""
        out: dict[int, list[str]] = {}
        for project_id, item_id in self.conn.execute(
            "SELECT project_id, item_id FROM project_items WHERE done = 1"
        ):
            out.setdefault(project_id, []).append(item_id)
        return out

    def set_done(self, project_id: int, item_id: str, done: bool) -> None:
        """Tick or untick an item (its note stays)."""
        now = utc_now()
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO project_items(project_id, item_id, done, done_at, note, updated_at)"
                " VALUES (?,?,?,?,'',?) ON CONFLICT(project_id, item_id) DO UPDATE SET"
                " done = excluded.done, done_at = excluded.done_at, updated_at = excluded.updated_at",
                (project_id, item_id, int(done), now if done else None, now),
            )
            self._touch(project_id, now)

    def set_note(self, project_id: int, item_id: str, note: str) -> None:
        """Store an item's note (an empty note clears it; the tick stays)."""
        now = utc_now()
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO project_items(project_id, item_id, done, done_at, note, updated_at)"
                " VALUES (?,?,0,NULL,?,?) ON CONFLICT(project_id, item_id) DO UPDATE SET"
                " note = excluded.note, updated_at = excluded.updated_at",
                (project_id, item_id, note, now),
            )
            self._touch(project_id, now)

    def _touch(self, project_id: int, now: str) -> None:
        self.conn.execute("UPDATE projects SET updated_at = ? WHERE id = ?", (now, project_id))
