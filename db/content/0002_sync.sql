-- Sync: accepted versions of signed feeds and packs (keyed by manifest name), and the suggested sources.
CREATE TABLE feed_versions (
    name            TEXT PRIMARY KEY,      -- the manifest's name; also the origin of its documents
    version         INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    expires         TEXT NOT NULL,
    accepted_at     TEXT NOT NULL
);

-- The three projects' public news feeds, offered but disabled until the user enables them.
INSERT OR IGNORE INTO sources(name, url, kind, enabled, suggested, added_at) VALUES
    ('PROCEDIN news', 'https://procedin.eu/feed/', 'feed', 0, 1, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')),
    ('BUILD news', 'https://www.build-procurement.eu/feed/', 'feed', 0, 1, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')),
    ('Health InnoFacilitator news', 'https://innofacilitator.eu/news/rss', 'feed', 0, 1,
     strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'));
