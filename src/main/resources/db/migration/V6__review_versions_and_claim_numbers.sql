-- A claim's review gets a version of its own, claims get numbers that never change, and claims marked by hand
-- say who marked them.

-- The version that guards a review (the claim's ETag) changes when the review is saved or the claim's wording
-- changes, never when a correction elsewhere only moves the claim. The row's own version stays, renamed, as
-- Hibernate's guard against two transactions writing the same row at once. Existing ETags stay valid.
alter table claim rename column version to row_version;
alter table claim add column version bigint;
update claim set version = row_version;
alter table claim alter column version set not null;

-- Who last changed the review or the wording, and when: what a refused, stale save is told.
alter table claim add column saved_by varchar(40);
alter table claim add column saved_at timestamptz;
update claim c set saved_by = last_change.username, saved_at = last_change.timestamp
from (select distinct on (a.id) a.id, r.username, r.timestamp
      from claim_aud a join revision r on r.id = a.rev
      order by a.id, a.rev desc) last_change
where last_change.id = c.id;

-- Claim numbers: given once per article, in order, never reused, so "see claim 21" keeps meaning the same claim.
-- Existing claims keep the numbers they show today.
alter table claim add column number integer;
update claim set number = ordinal;
alter table claim alter column number set not null;
create unique index claim_article_number_idx on claim (article_id, number);
-- The last number an article gave out; a counter rather than max(number), so a deleted claim's number stays retired.
alter table article add column last_claim_number integer not null default 0;
update article a set last_claim_number = coalesce((select max(c.number) from claim c where c.article_id = a.id), 0);

-- Claims marked by hand before their reason named who marked them showed the extractor's reasons instead.
update claim c set reasons = jsonb_build_array('marked by hand by ' || coalesce(
        (select r.username from claim_aud a join revision r on r.id = a.rev
         where a.id = c.id and a.revtype = 0 order by a.rev limit 1), 'a reviewer'))
where c.manual and not (jsonb_array_length(c.reasons) = 1 and c.reasons ->> 0 like 'marked by hand by %');
