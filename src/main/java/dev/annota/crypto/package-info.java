/**
 * Encryption at rest, per tenant. Each customer organization has its own AEAD keyset (AES-256-GCM, Google Tink),
 * stored wrapped by a master key (a local key file, or a KMS key through Tink's KMS clients).
 * {@link dev.annota.crypto.TenantCrypto} seals and opens one column value of one row, binding the tenant, the column
 * and the row id as associated data; {@link dev.annota.crypto.TenantKeys} rotates (a background job re-encrypts every
 * registered {@link dev.annota.crypto.EncryptedColumn}) and shreds a tenant's keyset.
 * <p>
 * This module knows no other module's code: the columns it re-encrypts are registered as beans by their owners.
 * <p>
 * Owns the tables: tenant_keys, key_rotations, tenant_key_destructions. Another module's SQL may name them only as
 * TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Encryption at rest",
        allowedDependencies = {"identity", "operations", "tenancy"})
package dev.annota.crypto;
