-- The original an article was copied or reworded from, attached by an editor, with the sentence-by-sentence
-- comparison of the two (recomputed when either text changes). Not part of the history: it is derived.
create table article_original (
    article_id        bigint primary key references article (id) on delete cascade,
    text              text         not null,
    -- When the original is another stored article: its text is copied, so a later correction of it or its
    -- deletion leaves this comparison as the editor made it.
    source_article_id bigint       references article (id) on delete set null,
    pairs             jsonb        not null,
    attached_by       varchar(40),
    attached_at       timestamptz  not null
);

-- Stored articles that share most of their sentences with another, found at import: a likely source or copy.
create table article_relative (
    article_id  bigint            not null references article (id) on delete cascade,
    relative_id bigint            not null references article (id) on delete cascade,
    shared      double precision  not null,
    primary key (article_id, relative_id)
);
