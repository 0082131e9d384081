-- Articles as read and cleaned, rejected inputs, and a full-text index.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,              -- derived from content: re-reading the same input changes nothing
    source TEXT NOT NULL,             -- path or URL it was first read from
    url TEXT,
    title TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,                   -- YYYY-MM-DD, YYYY-MM, YYYY or NULL
    published_earliest TEXT,
    published_latest TEXT,
    language TEXT,
    kind TEXT NOT NULL,
    external_id TEXT,
    original TEXT NOT NULL,
    body TEXT NOT NULL,
    segments TEXT NOT NULL,           -- JSON [[body_start, original_start, length], ...]
    removed TEXT NOT NULL,            -- JSON [{"start","end","reason","text"}, ...]
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
);

CREATE TABLE rejects (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (source, reason)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
