-- Procurement projects: a procedure's stage checklist with the user's ticks and notes. Personal data: never
-- written by sync. Items are referred to by their id in resources/checklists.yaml; a state whose item left
-- the checklist stays here, unseen, and comes back if the item does.
CREATE TABLE projects (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL,
    procedure       TEXT NOT NULL,
    estimated_value TEXT,                 -- a decimal number as text (no binary rounding), or NULL
    currency        TEXT,                 -- ISO 4217 code when a value is given
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX projects_name ON projects(name COLLATE NOCASE);

CREATE TABLE project_items (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at    TEXT,
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (project_id, item_id)
);
