package dev.annota.crypto;

/**
 * What a master-key re-wrap did: keysets moved from the previous master key to the current one, keysets already under
 * the current one, organizations without a keyset (or shredded), and failures (named by organization id in the log).
 */
public record RewrapReport(String masterKey, String previousMasterKey, int rewrapped, int alreadyCurrent, int withoutKeyset,
                           int failed) {
}
