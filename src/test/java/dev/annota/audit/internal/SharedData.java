package dev.annota.audit.internal;

import java.nio.file.Path;

/** The audit tests' view of {@link dev.annota.testing.SharedData}: the committed public data sets. */
final class SharedData {

    private SharedData() {
    }

    /** The RFC 6962/9162 vectors of transparency-dev/merkle: {@code tree_vectors.json} and {@code testdata/}. */
    static Path merkle() {
        dev.annota.testing.SharedData.file("data/merkle/tree_vectors.json");
        dev.annota.testing.SharedData.directory("data/merkle/testdata/inclusion");
        dev.annota.testing.SharedData.directory("data/merkle/testdata/consistency");
        return dev.annota.testing.SharedData.directory("data/merkle");
    }

    static Path file(String relative) {
        return dev.annota.testing.SharedData.file(relative);
    }
}
