-- Documents, their facet values, sources (feeds) and the change log that feeds "What's new".
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL,
    language     TEXT NOT NULL,
    project      TEXT NOT NULL,
    year         INTEGER,
    updated      TEXT NOT NULL,
    license      TEXT NOT NULL,
    body         TEXT NOT NULL,
    meta         TEXT NOT NULL,           -- every front-matter key as JSON
    origin       TEXT NOT NULL,           -- bundled | import | source name
    content_hash TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    changed_at   TEXT NOT NULL
);
CREATE INDEX documents_type ON documents(type);
CREATE INDEX documents_origin ON documents(origin);

CREATE TABLE doc_facets (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    facet  TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (doc_id, facet, value)
);
CREATE INDEX doc_facets_value ON doc_facets(facet, value);

CREATE TABLE sources (
    name          TEXT PRIMARY KEY,
    url           TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'feed',   -- feed | curated
    enabled       INTEGER NOT NULL DEFAULT 1,
    suggested     INTEGER NOT NULL DEFAULT 0,
    public_keys   TEXT NOT NULL DEFAULT '[]',     -- JSON list of minisign public keys
    etag          TEXT,
    last_modified TEXT,
    version       INTEGER NOT NULL DEFAULT 0,     -- accepted curated manifest version
    last_checked  TEXT,
    last_success  TEXT,
    last_error    TEXT,
    retry_after   TEXT,
    added_at      TEXT NOT NULL
);

CREATE TABLE changes (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    run_at   TEXT NOT NULL,
    origin   TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    action   TEXT NOT NULL,      -- added | updated | removed
    title    TEXT NOT NULL
);
CREATE INDEX changes_run ON changes(run_at);

CREATE TABLE library_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
