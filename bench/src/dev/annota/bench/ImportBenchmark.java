package dev.annota.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;

/**
 * Import and export at scale on PostgreSQL, in one run:
 * <ol>
 * <li>writes the JSONL file (default 1,000,000 items, ~244 MB) unless it exists;</li>
 * <li>COPY baseline: the same rows (id, external_id, payload and the queue columns), prepared as a COPY text file
 * beforehand, COPYed by the driver's CopyManager into a table created LIKE items (same columns, same indexes), as the
 * application role in a transaction with the tenant set;</li>
 * <li>the same file through POST /api/v1/projects/{id}/items (streamed from disk);</li>
 * <li>with --export: every item gets one annotation (inserted by SQL as the owner role: 1M submits over HTTP would
 * take an hour), then GET /export is streamed to /dev/null and timed.</li>
 * </ol>
 * The server's heap is read by the caller (bench/import.sh) from jcmd/GC logs: it runs with a small -Xmx.
 */
public final class ImportBenchmark {

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String url = args.get("url", "http://127.0.0.1:18080");
        int count = args.integer("items", 1_000_000);
        var file = new File(args.get("file", "target/bench-items-" + count + ".jsonl"));
        String pgUrl = args.get("pg-url", "jdbc:postgresql://127.0.0.1:5432/annota_bench");
        String owner = args.get("pg-owner", "annota_bench_owner");
        String appRole = args.get("pg-app", "annota_bench_app");
        String pgPassword = args.get("pg-password", "annota-bench");
        boolean export = Boolean.parseBoolean(args.get("export", "true"));
        String password = args.get("password", "annota-demo-password");

        if (!file.exists()) {
            long t = System.nanoTime();
            try (InputStream in = new ItemsFile("item", count); OutputStream out = new FileOutputStream(file)) {
                in.transferTo(out);
            }
            System.out.printf("wrote %s (%d items, %.1f MB) in %.1f s%n", file, count, file.length() / 1e6, LoadBenchmark.secs(t));
        }
        System.out.printf("Annota import benchmark: %s, %d items, %.1f MB%n", url, count, file.length() / 1e6);

        var http = new Http(url);
        String manager = http.token(args.get("manager", "manager@helios.example"), password);
        String run = Long.toString(System.currentTimeMillis(), 36);
        JsonNode project = http.post(manager, "/api/v1/projects", Map.of("name", "Import benchmark " + run,
                "taskType", "text-classification", "schema", Http.JSON.readTree(LoadBenchmark.SCHEMA), "overlap", 1), 201);
        String projectId = project.get("id").asString();
        UUID tenant = UUID.fromString(http.get(manager, "/api/v1/me").get("orgId").asString());

        // 1. COPY baseline: the rows the import stores, in PostgreSQL's own bulk path, into an identical table.
        double copySeconds;
        try (Connection c = DriverManager.getConnection(pgUrl, owner, pgPassword)) {
            try (var s = c.createStatement()) {
                s.execute("drop table if exists copy_baseline");
                s.execute("create table copy_baseline (like items including all)");
                s.execute("grant select, insert on copy_baseline to " + appRole);
            }
        }
        try (Connection c = DriverManager.getConnection(pgUrl, appRole, pgPassword)) {
            c.setAutoCommit(false);
            // The rows are prepared first (not timed), so the clock sees PostgreSQL's COPY alone, as psql's \\copy would.
            var tsv = new File(file.getPath() + ".copy.tsv");
            try (Reader rows = new CopyRows(file, tenant, UUID.randomUUID());
                 var out = new java.io.OutputStreamWriter(new FileOutputStream(tsv), StandardCharsets.UTF_8)) {
                rows.transferTo(out);
            }
            long t = System.nanoTime();
            try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy copy_baseline (tenant_id, id, project_id, external_id, payload, state, open_slots, done_count, created_at) "
                            + "from stdin", new FileInputStream(tsv), 1 << 16);
            c.commit();
            copySeconds = LoadBenchmark.secs(t);
            System.out.printf("  COPY of %d rows into an identical table (same indexes): %.1f s%n", rows, copySeconds);
        }

        // 2. The same file through the API.
        long t = System.nanoTime();
        var response = http.client.send(http.request(manager, "/api/v1/projects/" + projectId + "/items")
                .timeout(java.time.Duration.ofMinutes(30))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(file.toPath())).build(), HttpResponse.BodyHandlers.ofString());
        double apiSeconds = LoadBenchmark.secs(t);
        System.out.printf("  import through the API: %.1f s -> %s%n", apiSeconds, Http.expect(response, 200));
        System.out.printf("%nIMPORT RATIO api/COPY = %.2f (%.1f s / %.1f s)%n", apiSeconds / copySeconds, apiSeconds, copySeconds);

        if (!export) {
            return;
        }
        // 3. One annotation per item, by SQL (the owner role, tenant set: row-level security binds the owner too).
        try (Connection c = DriverManager.getConnection(pgUrl, owner, pgPassword)) {
            c.setAutoCommit(false);
            long a = System.nanoTime();
            try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            try (var s = c.prepareStatement("""
                    insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at)
                    select tenant_id, gen_random_uuid(), project_id, id, gen_random_uuid(), gen_random_uuid(), 1, '{"label":"a"}', now()
                    from items where tenant_id = ? and project_id = ?""")) {
                s.setObject(1, tenant);
                s.setObject(2, UUID.fromString(projectId));
                System.out.printf("  %d annotations inserted by SQL for the export in %.1f s%n", s.executeUpdate(), LoadBenchmark.secs(a));
            }
            c.commit();
            // Statistics for what was just written, as autovacuum would gather them a while later (this machine's
            // PostgreSQL runs with autovacuum off): without them the export's join was still running after 2.5 min.
            long v = System.nanoTime();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("vacuum (analyze) items, annotations");
            }
            System.out.printf("  vacuum and analyze of items and annotations (as the owner): %.1f s%n", LoadBenchmark.secs(v));
        }
        long e = System.nanoTime();
        var exported = http.client.send(http.request(manager, "/api/v1/projects/" + projectId + "/export")
                .timeout(java.time.Duration.ofMinutes(30)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes, lines = 0;
        try (InputStream body = exported.body()) {
            if (exported.statusCode() != 200) {
                throw new IllegalStateException("export answered " + exported.statusCode());
            }
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = body.read(buf)) > 0; ) {
                total += n;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
            bytes = total;
        }
        System.out.printf("  export through the API: %d lines, %.1f MB in %.1f s%n", lines, bytes / 1e6, LoadBenchmark.secs(e));
    }

    /** The file's records as COPY text rows. */
    private static final class CopyRows extends Reader {
        private final BufferedReader lines;
        private final UUID tenant;
        private final UUID project;
        private final String now = java.time.OffsetDateTime.now().toString();
        private final com.fasterxml.uuid.NoArgGenerator ids = com.fasterxml.uuid.Generators.timeBasedEpochGenerator();
        private String row = "";
        private int at;

        CopyRows(File file, UUID tenant, UUID project) throws java.io.IOException {
            this.lines = new BufferedReader(new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8), 1 << 16);
            this.tenant = tenant;
            this.project = project;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws java.io.IOException {
            if (at == row.length()) {
                String line = lines.readLine();
                if (line == null) {
                    return -1;
                }
                JsonNode node = Http.JSON.readTree(line);
                row = tenant + "\t" + ids.generate() + "\t" + project + "\t" + node.get("external_id").asString() + "\t"
                        + node.get("data").toString().replace("\\", "\\\\") + "\tOPEN\t1\t0\t" + now + "\n";
                at = 0;
            }
            int n = Math.min(len, row.length() - at);
            row.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
        }

        @Override
        public void close() throws java.io.IOException {
            lines.close();
        }
    }
}
