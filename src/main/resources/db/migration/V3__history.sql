-- Change history, written by Hibernate Envers: one row in revision per saved transaction (when, by whom), and
-- for each audited table an *_aud table with a row per revision that touched a row: its values after the change
-- (the last values for a deletion), revtype 0 created / 1 updated / 2 deleted, and a *_mod flag per field saying
-- whether this revision changed it. Audit rows reference no live rows, so deletes cascade as before and a deleted
-- row's history stays. No check constraints on the copied enum columns: history must outlive a renamed value.

create sequence revision_seq start with 1 increment by 50;

create table revision (
    id        bigint primary key,
    timestamp timestamptz  not null,
    -- The principal name; null when nobody was signed in (shown as "unknown").
    username  varchar(255)
);

create table article_aud (
    id               bigint   not null,
    rev              bigint   not null references revision (id),
    revtype          smallint not null,
    title            varchar(500),
    title_mod        boolean,
    url              varchar(2048),
    url_mod          boolean,
    outlet           varchar(200),
    outlet_mod       boolean,
    author           varchar(200),
    author_mod       boolean,
    published_on     date,
    published_on_mod boolean,
    -- The whole text on each correction: the history of corrections is the point.
    text             text,
    text_mod         boolean,
    content_hash     varchar(64),
    content_hash_mod boolean,
    created_at       timestamptz,
    created_at_mod   boolean,
    primary key (id, rev)
);
create index article_aud_rev_idx on article_aud (rev);

create table claim_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint not null,
    article_id        bigint,
    article_mod       boolean,
    text              text,
    text_mod          boolean,
    start_offset      integer,
    start_mod         boolean,
    end_offset        integer,
    end_mod           boolean,
    text_prefix       varchar(32),
    text_prefix_mod   boolean,
    text_suffix       varchar(32),
    text_suffix_mod   boolean,
    score             double precision,
    score_mod         boolean,
    reasons           jsonb,
    reasons_mod       boolean,
    kind              varchar(20),
    kind_mod          boolean,
    quantities        jsonb,
    quantities_mod    boolean,
    status            varchar(20),
    status_mod        boolean,
    verdict           varchar(20),
    verdict_mod       boolean,
    rationale         text,
    rationale_mod     boolean,
    anchor_state      varchar(20),
    anchor_state_mod  boolean,
    needs_review      boolean,
    needs_review_mod  boolean,
    previous_text     text,
    previous_text_mod boolean,
    created_at        timestamptz,
    created_at_mod    boolean,
    primary key (id, rev)
);
-- A claim's own history is served by the primary key (id, rev).
create index claim_aud_rev_idx on claim_aud (rev);
create index claim_aud_article_idx on claim_aud (article_id);

create table source_aud (
    id               bigint   not null,
    rev              bigint   not null references revision (id),
    revtype          smallint not null,
    claim_id         bigint,
    claim_mod        boolean,
    url              varchar(2048),
    url_mod          boolean,
    title            varchar(500),
    title_mod        boolean,
    publisher        varchar(200),
    publisher_mod    boolean,
    excerpt          text,
    excerpt_mod      boolean,
    stance           varchar(20),
    stance_mod       boolean,
    published_on     date,
    published_on_mod boolean,
    accessed_at      timestamptz,
    accessed_at_mod  boolean,
    created_at       timestamptz,
    created_at_mod   boolean,
    primary key (id, rev)
);
create index source_aud_rev_idx on source_aud (rev);
-- A claim's history: its sources, including removed ones.
create index source_aud_claim_idx on source_aud (claim_id, rev);

create table note_aud (
    id             bigint   not null,
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    claim_id       bigint,
    claim_mod      boolean,
    text           text,
    text_mod       boolean,
    created_at     timestamptz,
    created_at_mod boolean,
    primary key (id, rev)
);
create index note_aud_rev_idx on note_aud (rev);
create index note_aud_claim_idx on note_aud (claim_id, rev);

-- Rows saved before auditing began get one baseline revision without a user, so every history starts with a
-- CREATED entry holding the values as they were when the history began.
insert into revision (id, timestamp, username)
select nextval('revision_seq'), now(), null
where exists (select 1 from article);

insert into article_aud (id, rev, revtype, title, title_mod, url, url_mod, outlet, outlet_mod, author, author_mod,
                         published_on, published_on_mod, text, text_mod, content_hash, content_hash_mod,
                         created_at, created_at_mod)
select id, (select max(id) from revision), 0, title, true, url, true, outlet, true, author, true,
       published_on, true, text, true, content_hash, true, created_at, true
from article;

insert into claim_aud (id, rev, revtype, article_id, article_mod, text, text_mod, start_offset, start_mod,
                       end_offset, end_mod, text_prefix, text_prefix_mod, text_suffix, text_suffix_mod, score,
                       score_mod, reasons, reasons_mod, kind, kind_mod, quantities, quantities_mod, status,
                       status_mod, verdict, verdict_mod, rationale, rationale_mod, anchor_state, anchor_state_mod,
                       needs_review, needs_review_mod, previous_text, previous_text_mod, created_at, created_at_mod)
select id, (select max(id) from revision), 0, article_id, true, text, true, start_offset, true,
       end_offset, true, text_prefix, true, text_suffix, true, score,
       true, reasons, true, kind, true, quantities, true, status,
       true, verdict, true, rationale, true, anchor_state, true,
       needs_review, true, previous_text, true, created_at, true
from claim;

insert into source_aud (id, rev, revtype, claim_id, claim_mod, url, url_mod, title, title_mod, publisher,
                        publisher_mod, excerpt, excerpt_mod, stance, stance_mod, published_on, published_on_mod,
                        accessed_at, accessed_at_mod, created_at, created_at_mod)
select id, (select max(id) from revision), 0, claim_id, true, url, true, title, true, publisher,
       true, excerpt, true, stance, true, published_on, true,
       accessed_at, true, created_at, true
from source;

insert into note_aud (id, rev, revtype, claim_id, claim_mod, text, text_mod, created_at, created_at_mod)
select id, (select max(id) from revision), 0, claim_id, true, text, true, created_at, true
from note;
