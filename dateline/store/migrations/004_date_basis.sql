-- Where a happening's date comes from: "text" (a time expression of a report) or "reported"
-- (only the publication day of reports that tell it as the day's news); NULL when undated.
ALTER TABLE happenings ADD COLUMN date_basis TEXT;
