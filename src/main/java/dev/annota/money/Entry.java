package dev.annota.money;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry. {@code vendorOrgId}: the payee organization (CONTRACT) or the employer (PAY); {@code customerOrgId}:
 * the lab whose work it is (or who pays, for a contract payout); {@code personId}: the annotator (null for a contract
 * payout or adjustment); {@code rate} and {@code activeMillis}: how a work entry was priced; {@code reason}: an
 * adjustment's reason or a payout's reference.
 */
public record Entry(UUID id, Ledger ledger, UUID vendorOrgId, UUID customerOrgId, UUID personId, UUID projectId,
                    UUID annotationId, EntryKind kind, Money amount, Money rate, Long activeMillis, String reason,
                    UUID createdBy, Instant at) {
}
