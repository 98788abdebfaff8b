-- Claims reviewers add by hand (by selecting text, or by splitting a claim), and full-text search over claims.

-- A claim a person marked, rather than the extractor: it counts as reviewer work, so a text correction never
-- drops it silently.
alter table claim add column manual boolean not null default false;
alter table claim_aud add column manual boolean;
alter table claim_aud add column manual_mod boolean;

-- Search over the claim's words and its rationale (English stemming), kept up to date by PostgreSQL itself.
alter table claim add column search_vector tsvector
    generated always as (to_tsvector('english', text || ' ' || coalesce(rationale, ''))) stored;
create index claim_search_idx on claim using gin (search_vector);

-- The cross-article claim list: most recently changed first, or best-scored first.
create index claim_updated_idx on claim (updated_at desc, id desc);
create index claim_score_idx on claim (score desc, id);
