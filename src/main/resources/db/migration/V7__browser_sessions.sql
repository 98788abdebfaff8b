-- Browser sessions on the server: the session cookie names one of these rows, so signing out, changing the
-- password or disabling the account ends a session for good, even if someone kept a copy of its cookies.
create table browser_session (
    -- SHA-256 of the session cookie's secret, hex: a stolen database does not reveal usable sessions.
    token_hash   varchar(64) primary key,
    account_id   bigint      not null references account (id),
    created_at   timestamptz not null,
    -- Renewed while the browser is in use; a session unused for the form timeout (8 hours) is over.
    last_seen_at timestamptz not null
);
create index browser_session_account_idx on browser_session (account_id);
create index browser_session_last_seen_idx on browser_session (last_seen_at);
