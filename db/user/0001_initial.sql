-- Personal data: never written by sync.
CREATE TABLE bookmarks (
    doc_id     TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE notes (
    doc_id     TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE history (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id    TEXT NOT NULL,
    title     TEXT NOT NULL,
    opened_at TEXT NOT NULL
);
CREATE INDEX history_opened ON history(opened_at);

CREATE TABLE collections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE collection_items (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    doc_id        TEXT NOT NULL,
    title         TEXT NOT NULL,
    section       TEXT,                 -- heading anchor when only one section is wanted
    content_hash  TEXT,
    PRIMARY KEY (collection_id, position)
);
