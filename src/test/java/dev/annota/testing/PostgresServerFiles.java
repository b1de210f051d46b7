package dev.annota.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a database-level attacker reads of the test PostgreSQL server without asking it for rows: the raw pages of a
 * database's relations (dead tuples included, through {@code pageinspect}), the WAL segments under the server's data
 * directory, and the files of a base backup. Needs the server's superuser and, for the files, to run on the server's
 * host as a user who may read its data directory (root, as the tests run here and in CI).
 */
public final class PostgresServerFiles {

    private PostgresServerFiles() {
    }

    /**
     * Every page of every table and TOAST table of the connection's database, as {@code pageinspect} reads it from
     * shared buffers or disk: live and dead tuples alike. Keyed by relation name.
     */
    public static Map<String, byte[]> rawPages(Connection superuser) throws SQLException {
        try (var s = superuser.createStatement()) {
            s.execute("create extension if not exists pageinspect");
        }
        var relations = new ArrayList<String>();
        try (var s = superuser.createStatement(); var rs = s.executeQuery("""
                select c.oid::regclass::text from pg_class c
                where c.relkind in ('r', 't', 'm') and c.relpersistence = 'p' and pg_relation_size(c.oid) > 0
                order by 1""")) {
            while (rs.next()) {
                relations.add(rs.getString(1));
            }
        }
        var pages = new LinkedHashMap<String, byte[]>();
        for (String relation : relations) {
            var out = new java.io.ByteArrayOutputStream();
            try (var s = superuser.prepareStatement("""
                    select get_raw_page(?, 'main', b::int)
                    from generate_series(0, pg_relation_size(?::regclass) / current_setting('block_size')::int - 1) b""")) {
                s.setString(1, relation);
                s.setString(2, relation);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.writeBytes(rs.getBytes(1));
                    }
                }
            }
            pages.put(relation, out.toByteArray());
        }
        return pages;
    }

    public static Path dataDirectory(Connection superuser) throws SQLException {
        try (var s = superuser.createStatement(); var rs = s.executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        }
    }

    /** Every WAL segment file the server keeps now (current, recycled and not yet removed ones). */
    public static List<Path> walSegments(Connection superuser) throws SQLException {
        Path wal = dataDirectory(superuser).resolve("pg_wal");
        if (!Files.isReadable(wal)) {
            throw new IllegalStateException("Cannot read " + wal + ": run the PostgreSQL tests on the server's host as a user "
                    + "who may read its data directory (root, as .ci/run does)");
        }
        try (Stream<Path> files = Files.list(wal)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}(\\.partial)?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a base backup was taken: by {@code pg_basebackup}, or by the low-level API when replication is refused. */
    public enum BackupMethod { PG_BASEBACKUP, LOW_LEVEL_API }

    /**
     * A base backup of the whole running server into {@code into} (plain format, with the WAL it needs).
     *
     * <p>{@code pg_basebackup} needs a replication connection, which the server's pg_hba.conf may not allow (this
     * machine's allows {@code all} databases from 127.0.0.1, and {@code all} does not cover replication). Rather than
     * edit pg_hba.conf on a server others use, the backup is then taken with PostgreSQL's low-level backup API, which
     * is what pg_basebackup does on the server's side: {@code pg_backup_start} (a checkpoint), a copy of the data
     * directory's files, {@code pg_backup_stop} (its backup_label), then the WAL written meanwhile. The server's
     * configuration is never changed.
     */
    public static BackupMethod baseBackup(Connection superuser, Path into) throws Exception {
        String failure = pgBasebackup(superuser, into);
        if (failure == null) {
            return BackupMethod.PG_BASEBACKUP;
        }
        System.err.println("pg_basebackup not possible here (" + failure.strip() + "); using the low-level backup API");
        deleteContents(into);
        lowLevelBackup(superuser, into);
        return BackupMethod.LOW_LEVEL_API;
    }

    /** Null when the backup was taken, otherwise why not. */
    private static String pgBasebackup(Connection superuser, Path into) throws Exception {
        Path binary = binDirectory(superuser).resolve("pg_basebackup");
        if (!Files.isExecutable(binary)) {
            return binary + " not found";
        }
        String adminUrl = System.getenv().getOrDefault("ANNOTA_TEST_PG_ADMIN_URL", "");
        var process = new ProcessBuilder(binary.toString(), "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-w",
                "-D", into.toString(), "-Fp", "-X", "fetch", "-c", "fast", "--no-sync")
                .redirectErrorStream(true);
        var password = java.util.regex.Pattern.compile("[?&]password=([^&]+)").matcher(adminUrl);
        if (password.find()) {
            process.environment().put("PGPASSWORD", java.net.URLDecoder.decode(password.group(1), StandardCharsets.UTF_8));
        }
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!running.waitFor(5, TimeUnit.MINUTES)) {
            running.destroyForcibly();
            return "pg_basebackup timed out";
        }
        return running.exitValue() == 0 ? null : output;
    }

    private static void lowLevelBackup(Connection superuser, Path into) throws Exception {
        Path data = dataDirectory(superuser);
        try (var s = superuser.createStatement()) {
            s.execute("select pg_backup_start('annota-test', true)");
            try {
                copyTree(data, into, data);
            } finally {
                try (var rs = s.executeQuery("select labelfile from pg_backup_stop(false)")) {
                    rs.next();
                    Files.writeString(into.resolve("backup_label"), rs.getString(1));
                }
            }
        }
        // The WAL from the backup's start to its end, as pg_basebackup -X fetch adds it.
        Files.createDirectories(into.resolve("pg_wal"));
        for (Path segment : walSegments(superuser)) {
            copyFile(segment, into.resolve("pg_wal").resolve(segment.getFileName()));
        }
    }

    private static void copyTree(Path from, Path to, Path data) throws IOException {
        // As pg_basebackup leaves them out: the WAL (added afterwards), the server's pid and runtime files.
        var skipped = List.of("pg_wal", "postmaster.pid", "postmaster.opts", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
                "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");
        // Other databases on the server keep changing meanwhile (temporary relations come and go): a file or directory
        // that vanishes during the walk is skipped, as the backup's WAL replays its removal anyway.
        Files.walkFileTree(from, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                Path relative = data.relativize(dir);
                if (relative.getNameCount() > 0 && !relative.toString().isEmpty() && skipped.contains(relative.getName(0).toString())) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(relative.toString()));
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                Path relative = data.relativize(file);
                if (attrs.isRegularFile() && !skipped.contains(relative.getName(0).toString())) {
                    copyFile(file, to.resolve(relative.toString()));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    private static void copyFile(Path from, Path to) throws IOException {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException removedMeanwhile) {
            // A relation dropped or a segment recycled during the copy: the backup's WAL replays it.
        }
    }

    private static Path binDirectory(Connection superuser) throws SQLException {
        try (var s = superuser.createStatement(); var rs = s.executeQuery("select current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return Path.of("/usr/lib/postgresql", rs.getString(1), "bin");
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Every regular file under the directory. */
    public static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
