-- Articles, the claims extracted from them, and the evidence and notes reviewers attach to claims.
-- Ids come from sequences with an increment of 50, matching Hibernate's pooled optimiser, so a
-- whole article's claims are inserted in batches without a round trip per id.

create sequence article_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence note_seq start with 1 increment by 50;

create table article (
    id           bigint primary key,
    title        varchar(500)  not null,
    url          varchar(2048),
    outlet       varchar(200),
    author       varchar(200),
    published_on date,
    text         text          not null,
    content_hash varchar(64)   not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null
);
-- The article list, newest first.
create index article_created_idx on article (created_at desc, id desc);
-- Finding an earlier import of the same text.
create unique index article_content_hash_idx on article (content_hash);

create table claim (
    id           bigint primary key,
    article_id   bigint           not null references article (id) on delete cascade,
    ordinal      integer          not null,
    text         text             not null,
    start_offset integer          not null,
    end_offset   integer          not null,
    -- Up to 32 characters either side of the claim (W3C TextQuoteSelector), for re-anchoring after edits.
    text_prefix  varchar(32)      not null,
    text_suffix  varchar(32)      not null,
    score        double precision not null,
    reasons      jsonb            not null,
    kind         varchar(20)      not null,
    quantities   jsonb            not null,
    status       varchar(20)      not null,
    verdict      varchar(20),
    rationale    text,
    created_at   timestamptz      not null,
    updated_at   timestamptz      not null,
    version      bigint           not null,
    constraint claim_offsets_check check (start_offset >= 0 and end_offset > start_offset),
    constraint claim_score_check check (score >= 0 and score <= 1),
    constraint claim_kind_check check (kind in
        ('STATISTIC', 'EVENT', 'QUOTE', 'ATTRIBUTION', 'COMPARISON', 'CAUSAL', 'PREDICTION', 'OTHER')),
    constraint claim_status_check check (status in ('UNREVIEWED', 'IN_PROGRESS', 'REVIEWED', 'DISMISSED')),
    constraint claim_verdict_check check (verdict in
        ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE')),
    -- The workflow rule, kept by the database too: a verdict exactly when reviewed.
    constraint claim_verdict_when_reviewed check ((status = 'REVIEWED') = (verdict is not null))
);
-- An article's claims in text order; also serves the foreign key and per-status counts.
create index claim_article_idx on claim (article_id, start_offset);
create index claim_article_status_idx on claim (article_id, status);

create table source (
    id           bigint primary key,
    claim_id     bigint        not null references claim (id) on delete cascade,
    url          varchar(2048) not null,
    title        varchar(500),
    publisher    varchar(200),
    excerpt      text,
    stance       varchar(20)   not null,
    published_on date,
    accessed_at  timestamptz   not null,
    created_at   timestamptz   not null,
    constraint source_stance_check check (stance in ('SUPPORTS', 'REFUTES', 'CONTEXT'))
);
create index source_claim_idx on source (claim_id, created_at);

create table note (
    id         bigint primary key,
    claim_id   bigint      not null references claim (id) on delete cascade,
    text       text        not null,
    created_at timestamptz not null
);
create index note_claim_idx on note (claim_id, created_at);
