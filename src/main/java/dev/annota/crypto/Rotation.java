package dev.annota.crypto;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A key rotation's re-encryption job and its progress.
 *
 * @param state           {@code RUNNING}, {@code DONE}, {@code SUPERSEDED} (a newer rotation took over its work) or
 *                        {@code CANCELLED} (the keyset was shredded)
 * @param phase           the column being re-encrypted ({@code table.column}), null when finished
 * @param rowsTotal       rows of the organization's encrypted columns when the rotation started
 * @param rowsScanned     rows looked at so far
 * @param rowsReencrypted rows rewritten under the new primary key
 * @param rowsFailed      rows that would not open (altered or moved); left as they were, named in the log
 * @param keysDisabledAt  when the keys this rotation replaced were disabled (retirement, first step), or null
 * @param keysDestroyedAt when they were destroyed (removed from the keyset), or null
 */
public record Rotation(UUID id, UUID organizationId, int keysetVersion, String state, String phase, long rowsTotal,
                       long rowsScanned, long rowsReencrypted, long rowsFailed, UUID requestedBy, Instant startedAt,
                       Instant updatedAt, Instant finishedAt, Instant keysDisabledAt, Instant keysDestroyedAt) {

    /** Share of rows scanned, 0–100 (100 once finished). */
    @JsonProperty("percentDone")
    public int percentDone() {
        if (!"RUNNING".equals(state)) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : (int) Math.min(99, rowsScanned * 100 / rowsTotal);
    }
}
