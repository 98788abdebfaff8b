-- Red flags the workbench raises on a claim by itself (arithmetic that does not add up, facts altered from the
-- article's original): derived from the text whenever it or the claim's span changes, so not kept in the history.
alter table claim add column flags jsonb not null default '[]'::jsonb;

-- Claims of articles imported before: the flags appear at the article's next correction or claim edit.
