-- An event mention linking leaves incomplete (one side named and no happening of its own: a
-- meeting in no happening, or another act told at a meeting) is kept, so that a later report
-- can complete it or link it, but is not reported unless asked for (Filter.include_incomplete;
-- docs/linking.md).  Linking sets the flag on every run (dateline.link.run.is_incomplete); a
-- store linked before this version gets it here as that rule gives it, and is linked again by
-- its next run (linked_from forgotten).
ALTER TABLE event_mentions ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0;
UPDATE event_mentions SET incomplete = 1
 WHERE (coalesce(json_array_length(record, '$.source'), 0) > 0)
       != (coalesce(json_array_length(record, '$.target'), 0) > 0)
   AND CASE WHEN happening_id IS NULL THEN type = 'CONSULT'
            ELSE type != 'CONSULT' AND happening_id IN (SELECT id FROM happenings WHERE type = 'CONSULT') END;
DELETE FROM meta WHERE key = 'linked_from';
