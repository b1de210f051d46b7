package dev.annota.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The shipped PostgreSQL migration that checks writes at commit, for test databases built without Flyway. */
public final class WritesAtCommitChecked {

    private WritesAtCommitChecked() {
    }

    public static String migration() {
        try {
            return new ClassPathResource("db/migration/postgresql/V12_5__writes_at_commit_checked.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
