-- Encryption of what reveals a lab's research (docs/security.md "Encryption at rest"): project names, guidelines,
-- label schemas and external ids are stored sealed under the owning tenant's keys from now on.

-- The tenant's deterministic keyset (Tink AES-256-SIV), wrapped like the AEAD keyset beside it (master_key names what
-- wraps both): external ids are sealed deterministically so the unique index per project keeps working. Created with
-- the AEAD keyset (or on first use for a keyset made before), shredded with it (set to null), never rotated.
alter table tenant_keys add column deterministic_keyset text;

-- Sealed values are longer than the text they hold: v1:/d1: + base64 of prefix, nonce or SIV, text and tag. Up to 200
-- characters of up to 4 UTF-8 bytes each make at most 1,100 characters.
alter table projects alter column name set data type varchar(1200);
alter table items alter column external_id set data type varchar(1200);

-- The re-encryption job rewrites a column row by row through the table's (tenant_id, id): label_schemas had none (its
-- key is (tenant_id, project_id, version)). Filled and made unique in V14_1 (per database: how to draw a uuid differs).
alter table label_schemas add column id uuid;
