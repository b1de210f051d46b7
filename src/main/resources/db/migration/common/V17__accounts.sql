-- Accounts (docs/security.md, "Accounts"). Platform tables owned by the identity module, like users: read before any
-- tenant is known (a setup link is opened, a login attempted, without anyone logged in), so no row-level security.

-- One-time links with which a person chooses their own password. Only the SHA-256 of the link's secret is kept: a
-- copy of the database does not let anyone set a password. A link is used once (used_at) and expires.
create table password_setup_links (
    token_hash  varchar(64)  not null primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index password_setup_links_user on password_setup_links (user_id);

-- Failed logins counted per account (the SHA-256 of the email as typed, whether or not such an account exists, so a
-- lock says nothing about existence) and per client address (SHA-256 of the address, IPv6 by its /64). The state is
-- here, not in memory, so every instance counts the same failures and sees the same locks.
create table login_throttle (
    throttle_key       varchar(80)  not null primary key,
    failures           integer      not null,
    window_started_at  timestamp with time zone not null,
    locked_until       timestamp with time zone
);
create index login_throttle_window on login_throttle (window_started_at);

-- Addresses from which a user logged in successfully (SHA-256 of user id and address): an account's lock does not
-- refuse them, so an attacker elsewhere cannot lock the user out.
create table login_addresses (
    user_id        uuid        not null references users (id) on delete cascade,
    address_hash   varchar(64) not null,
    last_login_at  timestamp with time zone not null,
    primary key (user_id, address_hash)
);

-- users.failed_logins and users.locked_until are no longer read or written: the counts moved to login_throttle.
