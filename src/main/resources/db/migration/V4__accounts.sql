-- Accounts, their API tokens, and who did what on claims and notes.
-- Usernames never change once created (accounts are disabled, never deleted), so other tables refer to them
-- by username: readable in the data and in the change history without a join.

create sequence account_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;

create table account (
    id            bigint primary key,
    username      varchar(40)  not null,
    display_name  varchar(100),
    -- bcrypt in Modular Crypt Format ($2a$...), never the password itself.
    password_hash varchar(100) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null,
    constraint account_role_check check (role in ('REVIEWER', 'EDITOR', 'ADMIN')),
    constraint account_username_check check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$')
);
create unique index account_username_idx on account (username);

-- What logins see: enabled accounts only, each with the roles its role includes (an editor may do all a
-- reviewer may). A disabled account fails its next request, even with a session or token issued before.
create view login_account as
select id,
       username,
       password_hash,
       case role
           when 'ADMIN' then 'ADMIN,EDITOR,REVIEWER'
           when 'EDITOR' then 'EDITOR,REVIEWER'
           else 'REVIEWER'
       end as roles
from account
where enabled;

create table api_token (
    id           bigint primary key,
    account_id   bigint       not null references account (id),
    name         varchar(100) not null,
    -- SHA-256 of the token, hex: a stolen database does not reveal usable tokens.
    token_hash   varchar(64)  not null,
    -- The token's first characters, shown in lists so its owner can tell tokens apart.
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_idx on api_token (token_hash);
create index api_token_account_idx on api_token (account_id, created_at);

alter table claim add column assignee varchar(40) references account (username);
-- Who reviewed a claim or wrote a note is taken from the signed-in identity and kept as written: a record of who
-- it was, like the change history's usernames, rather than a reference to maintain.
alter table claim add column reviewed_by varchar(40);
-- "My queue": a reviewer's assigned claims that still need work.
create index claim_assignee_idx on claim (assignee, status) where assignee is not null;

alter table note add column author varchar(40);

alter table claim_aud add column assignee varchar(40);
alter table claim_aud add column assignee_mod boolean;
alter table claim_aud add column reviewed_by varchar(40);
alter table claim_aud add column reviewed_by_mod boolean;
alter table note_aud add column author varchar(40);
alter table note_aud add column author_mod boolean;
