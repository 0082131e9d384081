-- Corpus scale: shards already taken in, and near-duplicate articles (syndicated copy).
CREATE TABLE shards (
    key TEXT PRIMARY KEY,             -- path or URL of one input of a shard
    fingerprint TEXT NOT NULL,        -- size and modification time or ETag: a changed file is read again
    articles INTEGER NOT NULL,        -- articles and rejections of the shard it was read in
    rejected INTEGER NOT NULL,
    done_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL             -- MinHash of the body's word 5-shingles (uint64 values)
);

-- LSH bands of the signatures: articles sharing a band key are candidate near-duplicates.
CREATE TABLE minhash_bands (
    band_key INTEGER NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX minhash_bands_key ON minhash_bands(band_key);

CREATE TABLE near_duplicates (
    article_id TEXT NOT NULL,         -- the later-stored of the two
    other_id TEXT NOT NULL,
    similarity REAL NOT NULL,         -- estimated Jaccard similarity of word 5-shingles
    PRIMARY KEY (article_id, other_id)
);
CREATE INDEX near_duplicates_other ON near_duplicates(other_id);

-- Small facts about the store, e.g. what the stored happenings were linked from.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
