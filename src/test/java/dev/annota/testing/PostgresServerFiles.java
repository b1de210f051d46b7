package dev.annota.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
     * shared buffers or disk: live and dead tuples alike, written relation by relation to the stream {@code into}
     * opens for it (and closes after its last page). A few hundred pages are held at a time, whatever the relation's
     * size: the cursor fetches them in batches (a transaction of its own on the connection, ended afterwards).
     */
    public static void rawPages(Connection superuser, java.util.function.Function<String, java.io.OutputStream> into)
            throws SQLException, IOException {
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
        boolean autoCommit = superuser.getAutoCommit();
        superuser.setAutoCommit(false);
        try {
            for (String relation : relations) {
                try (var out = into.apply(relation); var s = superuser.prepareStatement("""
                        select get_raw_page(?, 'main', b::int)
                        from generate_series(0, pg_relation_size(?::regclass) / current_setting('block_size')::int - 1) b""")) {
                    s.setFetchSize(256);
                    s.setString(1, relation);
                    s.setString(2, relation);
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.write(rs.getBytes(1));
                        }
                    }
                }
            }
            superuser.commit();
        } finally {
            superuser.setAutoCommit(autoCommit);
        }
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

    /**
     * A base backup of the connection's database into {@code into}, as an attacker who copies a backup gets its bytes:
     * the database's own directory ({@code base/<its oid>}), the cluster-wide catalogs ({@code global/}, roles among
     * them), the {@code backup_label} and the WAL written from the backup's start to its end (as
     * {@code pg_basebackup -X fetch} adds it). Taken with PostgreSQL's low-level backup API, which is what
     * pg_basebackup does on the server's side: {@code pg_backup_start} (a checkpoint), the copy, {@code pg_backup_stop}.
     *
     * <p>Not the whole cluster, and not pg_basebackup: both copy every database on the server, and on a developer's
     * server holding an 18 GB benchmark database that filled /tmp and, read whole, the heap. Only the test's database
     * and what every database shares can hold its rows; the server's configuration is never changed.
     */
    public static void databaseBackup(Connection superuser, Path into) throws Exception {
        Path data = dataDirectory(superuser);
        String database;
        try (var s = superuser.createStatement(); var rs = s.executeQuery(
                "select oid from pg_database where datname = current_database()")) {
            rs.next();
            database = rs.getString(1);
        }
        String firstSegment;
        String lastSegment;
        try (var s = superuser.createStatement()) {
            try (var rs = s.executeQuery("select pg_walfile_name(pg_backup_start('annota-test', true))")) {
                rs.next();
                firstSegment = rs.getString(1);
            }
            try {
                copyTree(data.resolve("base").resolve(database), into.resolve("base").resolve(database));
                copyTree(data.resolve("global"), into.resolve("global"));
            } finally {
                try (var rs = s.executeQuery("select pg_walfile_name(lsn), labelfile from pg_backup_stop(false)")) {
                    rs.next();
                    lastSegment = rs.getString(1);
                    Files.writeString(into.resolve("backup_label"), rs.getString(2));
                }
            }
        }
        Files.createDirectories(into.resolve("pg_wal"));
        for (Path segment : walSegments(superuser)) {
            String name = segment.getFileName().toString().substring(0, 24);
            if (name.compareTo(firstSegment) >= 0 && name.compareTo(lastSegment) <= 0) {
                copyFile(segment, into.resolve("pg_wal").resolve(segment.getFileName()));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        // Other tests keep changing the database meanwhile (temporary relations come and go): a file or directory
        // that vanishes during the walk is skipped, as the backup's WAL replays its removal anyway.
        Files.walkFileTree(from, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                    throws IOException {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith("pg_internal.init")) {
                    copyFile(file, to.resolve(from.relativize(file).toString()));
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

    /** Deletes the directory and everything under it; nothing when it does not exist. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
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
