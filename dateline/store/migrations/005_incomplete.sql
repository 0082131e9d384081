-- An event mention linking leaves incomplete (a meeting that names one side only and joins no
-- happening) is kept, so that a later report can complete it or link it, but is not reported
-- unless asked for (Filter.include_incomplete; docs/linking.md).  Linking sets the flag on
-- every run (dateline.link.run.incomplete_when_alone); a store linked before this version gets
-- it here as that rule gives it, and is linked again by its next run (linked_from forgotten).
ALTER TABLE event_mentions ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0;
UPDATE event_mentions SET incomplete = 1
 WHERE happening_id IS NULL AND type = 'CONSULT'
   AND (coalesce(json_array_length(record, '$.source'), 0) > 0)
       != (coalesce(json_array_length(record, '$.target'), 0) > 0);
DELETE FROM meta WHERE key = 'linked_from';
