package dev.annota.statistics;

import java.nio.file.Path;

/** The quality tests' short name for {@link dev.annota.testing.SharedData}: the committed public data sets. */
final class SharedData {

    private SharedData() {
    }

    static Path file(String relative) {
        return dev.annota.testing.SharedData.file(relative);
    }
}
