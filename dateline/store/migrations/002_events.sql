-- What analysis finds in an article, and the happenings linked from it.
CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    status TEXT NOT NULL,             -- 'done', 'skipped: <reason>'
    lead_event TEXT,                  -- event mention the article is mainly about
    analysed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end, actor_id)
);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    role TEXT
);
CREATE INDEX actors_name ON actors(name);

CREATE TABLE event_mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    record TEXT NOT NULL,             -- JSON of the EventMention (actors, date, place, modality ...)
    happening_id TEXT
);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
CREATE INDEX event_mentions_happening ON event_mentions(happening_id);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_key TEXT NOT NULL,
    speaker_id TEXT,
    record TEXT NOT NULL,             -- JSON of the Quote
    happening_id TEXT
);
CREATE INDEX quotes_key ON quotes(quote_key);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE happenings (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    place_name TEXT,
    place_country TEXT,
    lat REAL,
    lon REAL,
    status TEXT,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,       -- independent outlets
    record TEXT NOT NULL              -- JSON: participants, topics, occasion, place
);
CREATE INDEX happenings_date ON happenings(date);
CREATE INDEX happenings_type ON happenings(type);

CREATE TABLE happening_actors (
    happening_id TEXT NOT NULL REFERENCES happenings(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (happening_id, actor_id)
);
CREATE INDEX happening_actors_actor ON happening_actors(actor_id);

CREATE TABLE lead_happenings (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    happening_id TEXT
);
