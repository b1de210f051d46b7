/**
 * The tamper-evident access log. Every view of an item's payload by a person (from
 * {@link dev.annota.item.PayloadViewed}) and every administrative act recorded through
 * {@link dev.annota.audit.AccessLog} is appended to its tenant's log, an RFC 9162 Merkle tree. The server signs
 * checkpoints (Ed25519, C2SP signed notes), serves inclusion and consistency proofs, and {@link dev.annota.audit.AuditCommand}
 * ({@code java -jar annota.jar audit verify ...}) checks a downloaded log offline trusting only the server's public key.
 * <p>
 * Owns the tables: audit_events, audit_heads, audit_checkpoints, audit_final_checkpoints, access_log_alarms,
 * witnesses, witness_deliveries, witness_attempts, witness_due. Another module's SQL may name them only as
 * TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access log",
        allowedDependencies = {"conflict", "crypto", "identity", "item", "masking", "money", "operations", "prediction", "project", "quality", "tenancy", "webhook", "work", "workforce"})
package dev.annota.audit;
