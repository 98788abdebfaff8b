-- Where a claim stands after its article's text was edited: re-anchored claims keep their review,
-- and a claim whose sentence changed or vanished is flagged until a reviewer has looked at it.
alter table claim
    add column anchor_state  varchar(20) not null default 'ANCHORED',
    add column needs_review  boolean     not null default false,
    add column previous_text text,
    add constraint claim_anchor_state_check check (anchor_state in ('ANCHORED', 'MOVED', 'CHANGED', 'ORPHANED'));

-- Flagged claims of an article, for the article page and the reviewer's queue.
create index claim_needs_review_idx on claim (article_id) where needs_review;
