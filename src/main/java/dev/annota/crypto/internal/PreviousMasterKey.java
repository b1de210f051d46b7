package dev.annota.crypto.internal;

/**
 * The master key this installation used before the current one, while keysets are being re-wrapped
 * ({@code annota.crypto.previous-master-key-file} or {@code -uri}); {@code key} is null when none is configured.
 */
public record PreviousMasterKey(MasterKey key) {
}
