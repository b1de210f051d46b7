-- Single sign-on (OpenID Connect) per organization (docs/security.md, "Single sign-on"). Owned by identity.
-- The configuration is the organization's own row (tenant_id = id = the organization): its client secret is sealed
-- under the organization's keyset like any tenant text (crypto re-encrypts it after a key rotation).
create table sso_configurations (
    tenant_id     uuid         not null references organizations (id),
    id            uuid         not null,
    issuer_uri    varchar(500) not null,
    client_id     varchar(200) not null,
    client_secret text         not null,
    default_role  varchar(20)  not null,
    enabled       boolean      not null,
    updated_at    timestamp with time zone not null,
    primary key (tenant_id, id)
);

-- The email domains an organization's admins declared theirs: a platform table (like users), read at login before
-- any tenant is known. The primary key makes "a domain belongs to one organization only" a database fact.
create table sso_domains (
    email_domain varchar(253) not null primary key,
    org_id       uuid         not null references organizations (id)
);
create index sso_domains_org on sso_domains (org_id);
