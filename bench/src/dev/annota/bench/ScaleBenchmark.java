package dev.annota.bench;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.io.output.CountingOutputStream;
import org.apache.commons.io.output.NullOutputStream;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import tools.jackson.databind.JsonNode;

/**
 * One large project (default 10,000,000 items) and one of 100,000 items on the same PostgreSQL database, measured in
 * one run (bench/scale.sh, docs/benchmarks.md "Ten million items"):
 * <ol>
 * <li>both projects' items go through the import API ({@code POST /items}, JSONL generated on the fly, in chunks): the
 * payloads are sealed by the application itself (AES-GCM with the row id in the associated data, so one sealed value
 * cannot be copied to many rows) and the import already runs at about COPY's speed;</li>
 * <li>the first {@code --annotated} share of each project's items gets one SUBMITTED assignment and one annotation by
 * SQL (as the owner, tenant set), spread over the last 30 days, by the run's annotators; the answers are written as
 * plaintext and then sealed by a key rotation's re-encryption job, the upgrade path from plaintext (so the server runs
 * with {@code ANNOTA_CRYPTO_ACCEPT_PLAINTEXT=true}), and are sealed afterwards as in production;</li>
 * <li>{@code VACUUM (ANALYZE)} as the owner (autovacuum is off on this host);</li>
 * <li>every page and list API the web UI calls for a project, {@code --samples} times each, sequentially: p50/p95
 * per endpoint and project;</li>
 * <li>the label export of each project against PostgreSQL's {@code COPY} of the same select, alternating,
 * {@code --export-rounds} times;</li>
 * <li>claim + submit at saturation on each project against the raw-SQL baseline, alternating, {@code --rounds}
 * times.</li>
 * </ol>
 */
public final class ScaleBenchmark {

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String url = args.get("url", "http://127.0.0.1:18090");
        long large = Long.parseLong(args.get("items", "10000000"));
        int small = args.integer("small", 100_000);
        double annotatedShare = Double.parseDouble(args.get("annotated", "0.3"));
        int chunk = args.integer("chunk", 500_000);
        int annotators = args.integer("annotators", 100);
        int samples = args.integer("samples", 20);
        String pgUrl = args.get("pg-url", "jdbc:postgresql://127.0.0.1:5432/annota_scale");
        String owner = args.get("pg-owner", "annota_bench_owner");
        String appRole = args.get("pg-app", "annota_bench_app");
        String pgPassword = args.get("pg-password", "annota-bench");
        String password = args.get("password", "annota-demo-password");
        String run = Long.toString(System.currentTimeMillis(), 36);
        var http = new Http(url);
        System.out.printf("Annota scale benchmark: %s, %,d and %,d items, %.0f %% annotated, %d annotators (run %s)%n",
                url, large, small, annotatedShare * 100, annotators, run);

        String manager = http.token(args.get("manager", "manager@helios.example"), password);
        UUID tenantOfManager = UUID.fromString(http.get(manager, "/api/v1/me").get("orgId").asString());
        // --measure=SMALL_ID,LARGE_ID times the pages of two projects a previous run loaded (KEEP_DB=1), e.g. after an
        // upgrade of the server: no setup, no load, no claims.
        String measure = args.get("measure", "");
        if (!measure.isEmpty()) {
            String[] ids = measure.split(",");
            UUID annotator;
            try (Connection c = DriverManager.getConnection(pgUrl, owner, pgPassword)) {
                inTenantTransaction(c, tenantOfManager);
                try (var q = c.prepareStatement("select annotator_id from annotations where tenant_id = ? and project_id = ? limit 1")) {
                    q.setObject(1, tenantOfManager);
                    q.setObject(2, UUID.fromString(ids[1]));
                    var rs = q.executeQuery();
                    rs.next();
                    annotator = rs.getObject(1, UUID.class);
                }
                c.commit();
            }
            measurePages(http, manager, ids[0], ids[1], annotator, samples, pgUrl, owner, pgPassword, tenantOfManager);
            return;
        }
        // --state=FILE keeps what the setup made (projects, annotators, tokens): --phase=load stops after loading, and
        // --phase=measure on the same database (KEEP_DB=1, e.g. a newer server) times the pages and the claims only.
        String phase = args.get("phase", "all");
        var state = new java.io.File(args.get("state", "target/bench-scale-state.json"));
        String smallId;
        String largeId;
        List<String> tokens;
        var annotatorIds = new ArrayList<UUID>();
        UUID tenant = tenantOfManager;
        if (phase.equals("measure")) {
            var saved = Http.JSON.readTree(state);
            run = saved.get("run").asString();
            smallId = saved.get("small").asString();
            largeId = saved.get("large").asString();
            tokens = new ArrayList<>();
            saved.get("tokens").forEach(n -> tokens.add(n.asString()));
            saved.get("annotatorIds").forEach(n -> annotatorIds.add(UUID.fromString(n.asString())));
            System.out.printf("  reusing run %s from %s: projects %s (small), %s (large), %d annotators%n", run, state, smallId,
                    largeId, tokens.size());
        } else {
            String workforceAdmin = http.token(args.get("workforce-admin", "admin@northwind.example"), password);
            UUID workforce = UUID.fromString(http.get(workforceAdmin, "/api/v1/me").get("orgId").asString());
            long t = System.nanoTime();
            tokens = LoadBenchmark.annotators(http, workforceAdmin, run, annotators);
            for (String token : tokens) {
                annotatorIds.add(UUID.fromString(http.get(token, "/api/v1/me").get("id").asString()));
            }
            System.out.printf("  %d annotators and their tokens: %.1f s%n", annotators, LoadBenchmark.secs(t));

            largeId = project(http, manager, workforce, "Scale " + large + " " + run);
            smallId = project(http, manager, workforce, "Scale " + small + " " + run);
            Http.JSON.writeValue(state, Map.of("run", run, "small", smallId, "large", largeId, "tokens", tokens,
                    "annotatorIds", annotatorIds.stream().map(UUID::toString).toList()));
            load(http, manager, smallId, "s-" + run, small, chunk);
            load(http, manager, largeId, "l-" + run, large, chunk);
            annotate(pgUrl, owner, pgPassword, tenant, workforce, UUID.fromString(smallId), (long) (small * annotatedShare), annotatorIds);
            annotate(pgUrl, owner, pgPassword, tenant, workforce, UUID.fromString(largeId), (long) (large * annotatedShare), annotatorIds);
            sealAnswers(http, http.token(args.get("admin", "admin@helios.example"), password), tenant, pgUrl, owner, pgPassword);
            vacuum(pgUrl, owner, pgPassword);
            System.out.printf("  loaded; state in %s (--phase=measure --state=%s times them on this database)%n", state, state);
            if (phase.equals("load")) {
                return;
            }
        }

        measurePages(http, manager, smallId, largeId, annotatorIds.getFirst(), samples, pgUrl, owner, pgPassword, tenant);
        int exportRounds = args.integer("export-rounds", 3);
        for (String projectId : List.of(smallId, largeId)) {
            measureExport(http, manager, projectId, exportRounds, pgUrl, appRole, pgPassword, tenant);
        }

        // Claim + submit: each project against the raw-SQL baseline (its own 100,000-item project), alternating.
        int rounds = args.integer("rounds", 2);
        if (rounds == 0) {
            return;
        }
        int warmup = args.integer("warmup", 5);
        int seconds = args.integer("seconds", 20);
        var raw = new RawSqlBaseline(pgUrl, appRole, pgPassword, args.integer("raw-pool", 20), false);
        try {
            raw.load(small);
            vacuum(pgUrl, owner, pgPassword);
            int jit = args.integer("jit-warmup", 60);
            LoadBenchmark.load(http, smallId, tokens, jit, 0, 0, "");
            raw.run(annotators, jit / 3, 0);
            // Top-ups get ids of this process: a second --phase=measure on the same database adds new items.
            String stamp = Long.toString(System.currentTimeMillis(), 36);
            double appLarge = 0, appSmall = 0, rawSum = 0;
            for (int round = 1; round <= rounds; round++) {
                System.out.printf("%n--- round %d of %d ---%n", round, rounds);
                LoadBenchmark.topUp(http, manager, smallId, "s-" + stamp + "-r" + round, (int) (small * (1 - annotatedShare)));
                raw.topUp(small);
                vacuum(pgUrl, owner, pgPassword);
                // Every other round the large project goes first: the side that runs second finds the tables grown.
                boolean largeFirst = round % 2 == 1;
                var first = LoadBenchmark.load(http, largeFirst ? largeId : smallId, tokens, warmup, seconds, 0, "");
                var second = LoadBenchmark.load(http, largeFirst ? smallId : largeId, tokens, warmup, seconds, 0, "");
                var l = largeFirst ? first : second;
                var s = largeFirst ? second : first;
                var r = raw.run(annotators, warmup, seconds);
                if (l.ranDry() + s.ranDry() + r.ranDry() > 0) {
                    throw new IllegalStateException("a queue ran dry: raise --small or shorten --seconds");
                }
                LoadBenchmark.print("app, large project", l.rate(), l.cycle(), l.claim(), l.submit());
                LoadBenchmark.print("app, small project", s.rate(), s.cycle(), s.claim(), s.submit());
                LoadBenchmark.print("raw SQL (JDBC)", r.cyclesPerSecond(), r.cycle(), r.claim(), r.submit());
                System.out.printf("%nRATIO app/raw: large %.2f, small %.2f; large/small %.2f%n",
                        l.rate() / r.cyclesPerSecond(), s.rate() / r.cyclesPerSecond(), l.rate() / s.rate());
                appLarge += l.rate();
                appSmall += s.rate();
                rawSum += r.cyclesPerSecond();
            }
            System.out.printf("%nOVER %d ROUNDS: app/raw large %.2f, small %.2f (cycles/s %.0f, %.0f, raw %.0f); large/small %.2f%n",
                    rounds, appLarge / rawSum, appSmall / rawSum, appLarge / rounds, appSmall / rounds, rawSum / rounds, appLarge / appSmall);
        } finally {
            raw.close();
        }
    }

    /** Every GET the UI makes for a project (static/app/pages/project, work/review.js), timed on both projects. */
    static void measurePages(Http http, String manager, String smallId, String largeId, UUID annotator, int samples,
                             String pgUrl, String owner, String pgPassword, UUID tenant) throws Exception {
        var figures = new LinkedHashMap<String, double[][]>();
        var paths = new LinkedHashMap<String, Map<String, String>>();
        for (String projectId : List.of(smallId, largeId)) {
            paths.put(projectId, pages(http, manager, projectId, annotator, pgUrl, owner, pgPassword, tenant));
        }
        System.out.printf("%n%-28s %22s %22s%n", "page (GET)", "small p50 / p95 ms", "large p50 / p95 ms");
        for (String name : paths.get(smallId).keySet()) {
            double[] s = time(http, manager, paths.get(smallId).get(name), samples);
            double[] l = time(http, manager, paths.get(largeId).get(name), samples);
            figures.put(name, new double[][] {s, l});
            System.out.printf("%-28s %10.1f / %9.1f %10.1f / %9.1f%s%n", name, s[0], s[1], l[0], l[1], l[1] >= 200 ? "  OVER 200 ms" : "");
        }
        System.out.printf("%nPAGES: %d of %d endpoints with a p95 under 200 ms on the large project%n",
                figures.values().stream().filter(f -> f[1][1] < 200).count(), figures.size());

    }

    static String project(Http http, String manager, UUID workforce, String name) throws Exception {
        JsonNode project = http.post(manager, "/api/v1/projects", Map.of("name", name, "guidelines", "Pick a.",
                "taskType", "text-classification", "schema", Http.JSON.readTree(LoadBenchmark.SCHEMA), "overlap", 1,
                "leaseSeconds", 600), 201);
        String id = project.get("id").asString();
        http.post(manager, "/api/v1/projects/" + id + "/engagements", Map.of("workforceOrgId", workforce), 201);
        return id;
    }

    /** Imports {@code count} generated items in chunks (one atomic import each), timed. */
    static void load(Http http, String manager, String projectId, String prefix, long count, int chunk) throws Exception {
        long t = System.nanoTime();
        for (long done = 0; done < count; done += chunk) {
            int n = (int) Math.min(chunk, count - done);
            String chunkPrefix = prefix + "-" + done / chunk;
            var response = http.client.send(http.request(manager, "/api/v1/projects/" + projectId + "/items")
                    .timeout(Duration.ofMinutes(30))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ItemsFile(chunkPrefix, n))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Http.expect(response, 200);
            if (count > chunk) {
                System.out.printf("    %,d of %,d items imported, %.0f s%n", done + n, count, LoadBenchmark.secs(t));
            }
        }
        double s = LoadBenchmark.secs(t);
        System.out.printf("  import of %,d items through the API: %.1f s (%,.0f items/s)%n", count, s, count / s);
    }

    /**
     * The first {@code count} items (id order) get one submitted assignment and one annotation each, round-robin over
     * the annotators, their times spread over the last 30 days; the items become DONE (overlap 1).
     */
    static void annotate(String pgUrl, String owner, String password, UUID tenant, UUID workforce, UUID project, long count,
                         List<UUID> annotators) throws Exception {
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(pgUrl, owner, password)) {
            inTenantTransaction(c, tenant);
            try (var s = c.prepareStatement("""
                    create temp table picked on commit drop as
                    select id, gen_random_uuid() as assignment, (row_number() over (order by id)) as n
                    from (select id from items where tenant_id = ? and project_id = ? order by id limit ?) i""")) {
                s.setObject(1, tenant);
                s.setObject(2, project);
                s.setLong(3, count);
                s.execute();
            }
            var ids = c.createArrayOf("uuid", annotators.toArray());
            try (var s = c.prepareStatement("""
                    insert into assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at,
                                             lease_expires_at, ended_at, workforce_org_id, active_ms)
                    select ?, p.assignment, ?, p.id, (?::uuid[])[1 + p.n % ?], 'SUBMITTED', at - interval '1 minute',
                           at + interval '9 minutes', at, ?, 60000
                    from (select *, now() - (p.n % 2592000) * interval '1 second' as at from picked p) p""")) {
                s.setObject(1, tenant);
                s.setObject(2, project);
                s.setArray(3, ids);
                s.setInt(4, annotators.size());
                s.setObject(5, workforce);
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("""
                    insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                             answer, created_at)
                    select ?, gen_random_uuid(), ?, p.id, p.assignment, (?::uuid[])[1 + p.n % ?], 1,
                           '{"label":"' || (array['a','b','c'])[1 + (p.n / 7) % 3] || '"}',
                           now() - (p.n % 2592000) * interval '1 second'
                    from picked p""")) {
                s.setObject(1, tenant);
                s.setObject(2, project);
                s.setArray(3, ids);
                s.setInt(4, annotators.size());
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("""
                    update items set state = 'DONE', open_slots = 0, done_count = 1
                    where tenant_id = ? and id in (select id from picked)""")) {
                s.setObject(1, tenant);
                s.executeUpdate();
            }
            c.commit();
        }
        System.out.printf("  %,d assignments and annotations inserted by SQL (items DONE): %.1f s%n", count, LoadBenchmark.secs(t));
    }

    /**
     * Seals the answers {@link #annotate} wrote as plaintext, the way an upgrade from plaintext does (docs/security.md):
     * a key rotation, whose re-encryption job visits {@code annotations.answer} first (columns in name order). Once no
     * answer is plaintext the job is set aside (SUPERSEDED, as a newer rotation would): it would go on to re-key every
     * item's payload, which the import sealed already. The rewritten answers' dead versions go with VACUUM FULL.
     */
    static void sealAnswers(Http http, String admin, UUID tenant, String pgUrl, String owner, String password) throws Exception {
        long t = System.nanoTime();
        String rotation = http.post(admin, "/api/v1/organizations/" + tenant + "/keys/rotate", Map.of(), 202).get("id").asString();
        try (Connection c = DriverManager.getConnection(pgUrl, owner, password)) {
            try (var set = c.createStatement()) {
                set.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
            }
            long plain;
            do {
                Thread.sleep(10_000);
                try (var q = c.prepareStatement("select count(*) from annotations where tenant_id = ? and answer not like 'v1:%'")) {
                    q.setObject(1, tenant);
                    var rs = q.executeQuery();
                    rs.next();
                    plain = rs.getLong(1);
                }
                System.out.printf("    %,d answers still plaintext, %.0f s%n", plain, LoadBenchmark.secs(t));
            } while (plain > 0);
            try (var s = c.prepareStatement("update key_rotations set state = 'SUPERSEDED', finished_at = now() "
                    + "where id = ? and state = 'RUNNING'")) {
                s.setObject(1, UUID.fromString(rotation));
                s.executeUpdate();
            }
            Thread.sleep(5_000); // the batch in flight
            try (var s = c.createStatement()) {
                s.execute("vacuum full annotations");
            }
        }
        System.out.printf("  answers sealed by a key rotation's re-encryption job, VACUUM FULL: %.1f s%n", LoadBenchmark.secs(t));
    }

    /**
     * The label export of one project against PostgreSQL's own COPY of the export's select (same columns, join and
     * order as bench/export.sh) as the application role with the tenant set, alternating, {@code rounds} times after an
     * untimed warm-up of each. Both streams are read to the end and dropped.
     */
    static void measureExport(Http http, String manager, String projectId, int rounds, String pgUrl, String appRole,
                              String password, UUID tenant) throws Exception {
        if (rounds == 0) {
            return;
        }
        String copy = """
                copy (select i.id, i.external_id, i.payload, i.state, a.id, a.annotator_id, a.answer, a.schema_version,
                             a.created_at, i.predictions, a.prediction_changed, a.derived, a.supersedes, i.gold_answer,
                             a.source, a.original_id, a.original_author
                      from items i join annotations a on a.tenant_id = i.tenant_id and a.project_id = i.project_id and a.item_id = i.id
                      where i.tenant_id = '%s' and i.project_id = '%s'
                      order by i.id, a.created_at) to stdout""".formatted(tenant, UUID.fromString(projectId));
        Stopwatch export = () -> {
            long t = System.nanoTime();
            var response = http.client.send(http.request(manager, "/api/v1/projects/" + projectId + "/export")
                    .timeout(Duration.ofMinutes(60)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (var in = response.body()) {
                bytes = in.transferTo(OutputStream.nullOutputStream());
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the export answered " + response.statusCode());
            }
            return new double[] {LoadBenchmark.secs(t), bytes};
        };
        Stopwatch baseline = () -> {
            long t = System.nanoTime();
            try (Connection c = DriverManager.getConnection(pgUrl, appRole, password)) {
                inTenantTransaction(c, tenant);
                // copyOut answers the number of rows: the bytes are counted on their way to nowhere.
                var out = new CountingOutputStream(NullOutputStream.INSTANCE);
                new CopyManager(c.unwrap(BaseConnection.class)).copyOut(copy, out);
                c.commit();
                return new double[] {LoadBenchmark.secs(t), out.getByteCount()};
            }
        };
        double[] warmExport = export.run();
        double[] warmCopy = baseline.run();
        System.out.printf("%nEXPORT of project %s: %,.0f bytes (COPY %,.0f bytes); warm-up: export %.1f s, COPY %.1f s%n",
                projectId, warmExport[1], warmCopy[1], warmExport[0], warmCopy[0]);
        var ratios = new ArrayList<Double>();
        for (int round = 1; round <= rounds; round++) {
            double[] e;
            double[] c;
            if (round % 2 == 1) {
                c = baseline.run();
                e = export.run();
            } else {
                e = export.run();
                c = baseline.run();
            }
            ratios.add(c[0] / e[0]);
            System.out.printf("  round %d: export %.2f s, COPY %.2f s, COPY/export %.2f%n", round, e[0], c[0], c[0] / e[0]);
        }
        System.out.printf("EXPORT SPEED / COPY SPEED per round: %s (median %.2f)%n",
                ratios.stream().map(r -> String.format("%.2f", r)).toList(), ratios.stream().sorted().toList().get(ratios.size() / 2));
    }

    /** One timed run: seconds and bytes. */
    interface Stopwatch {
        double[] run() throws Exception;
    }

    /** Starts a transaction on {@code c} in which row-level security admits {@code tenant}'s rows. */
    static void inTenantTransaction(Connection c, UUID tenant) throws java.sql.SQLException {
        c.setAutoCommit(false);
        try (var set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
    }

    static void vacuum(String pgUrl, String owner, String password) throws Exception {
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(pgUrl, owner, password); var s = c.createStatement()) {
            s.execute("vacuum (analyze)");
        }
        System.out.printf("  vacuum and analyze (as the owner): %.1f s%n", LoadBenchmark.secs(t));
    }

    /** The GET paths of the UI's pages for one project, by name (the same names for both projects). */
    static Map<String, String> pages(Http http, String manager, String projectId, UUID annotator, String pgUrl, String owner,
                                     String password, UUID tenant) throws Exception {
        String base = "/api/v1/projects/" + projectId;
        var paths = new LinkedHashMap<String, String>();
        paths.put("project list", "/api/v1/projects");
        paths.put("project", base);
        paths.put("items/counts", base + "/items/counts");
        paths.put("annotators", base + "/annotators");
        paths.put("engagements", base + "/engagements");
        paths.put("dashboard stats", base + "/stats");
        paths.put("items page 1", base + "/items?limit=50");
        // Later keyset pages: page 2 from page 1's cursor, and a page that starts half way through the project.
        String cursor = http.get(manager, base + "/items?limit=50").get("nextCursor").asString();
        paths.put("items page 2", base + "/items?limit=50&after=" + cursor);
        UUID middle;
        UUID done;
        try (Connection c = DriverManager.getConnection(pgUrl, owner, password)) {
            inTenantTransaction(c, tenant);
            try (var s = c.prepareStatement("select count(*) from items where tenant_id = ? and project_id = ?")) {
                s.setObject(1, tenant);
                s.setObject(2, UUID.fromString(projectId));
                var rs = s.executeQuery();
                rs.next();
                long n = rs.getLong(1);
                try (var m = c.prepareStatement("select id from items where tenant_id = ? and project_id = ? order by id offset ? limit 1")) {
                    m.setObject(1, tenant);
                    m.setObject(2, UUID.fromString(projectId));
                    m.setLong(3, n / 2);
                    var r = m.executeQuery();
                    r.next();
                    middle = r.getObject(1, UUID.class);
                }
            }
            try (var s = c.prepareStatement("select item_id from annotations where tenant_id = ? and project_id = ? and annotator_id = ? limit 1")) {
                s.setObject(1, tenant);
                s.setObject(2, UUID.fromString(projectId));
                s.setObject(3, annotator);
                var rs = s.executeQuery();
                rs.next();
                done = rs.getObject(1, UUID.class);
            }
            c.commit();
        }
        paths.put("items page, middle", base + "/items?limit=50&after=" + middle);
        paths.put("items state=OPEN", base + "/items?limit=50&state=OPEN");
        paths.put("items state=DONE, middle", base + "/items?limit=50&state=DONE&after=" + middle);
        paths.put("items by annotator", base + "/items?limit=50&annotator=" + annotator);
        paths.put("items by label", base + "/items?limit=50&question=label&value=b");
        paths.put("items text search", base + "/items?limit=50&text=" + URLEncoder.encode("budget", StandardCharsets.UTF_8));
        paths.put("items text, no match", base + "/items?limit=50&text=" + URLEncoder.encode("zebra", StandardCharsets.UTF_8));
        paths.put("item view", base + "/items/" + done);
        paths.put("item reviews", base + "/items/" + done + "/reviews");
        paths.put("quality (ds)", base + "/quality?method=ds");
        paths.put("quality rankings", base + "/quality/rankings");
        paths.put("quality bias", base + "/quality/bias");
        paths.put("quality authenticity", base + "/quality/authenticity");
        paths.put("review figures", base + "/reviews/figures");
        paths.put("review settings", base + "/review/settings");
        paths.put("review summary", base + "/reviews/summary");
        paths.put("shares", base + "/shares");
        return paths;
    }

    /**
     * p50 and p95 (ms) of {@code samples} sequential GETs after one unmeasured; an endpoint slower than 5 s gets 3
     * samples (the figure is then its p95 of 3). A status other than 200 (504: no answer in 2 minutes) is reported
     * with the figures negative.
     */
    static double[] time(Http http, String token, String path, int samples) throws Exception {
        var first = get(http, token, path);
        // A kept report (quality, rankings, bias, authenticity) not computed yet answers 202 while one instance computes it in the
        // background: how long that took is a figure of its own; the page loads are timed once it is kept.
        long computing = System.nanoTime();
        boolean waited = first.status == 202;
        while (first.status == 202 && System.nanoTime() - computing < Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(1000);
            first = get(http, token, path);
        }
        if (waited && first.status == 200) {
            System.out.printf("    %s: computed in the background in %.1f s (202 until then)%n", path, LoadBenchmark.secs(computing));
        }
        if (first.status != 200) {
            System.out.printf("    %s answered %d: %.200s%n", path, first.status, first.body);
            return new double[] {-first.status, -first.status};
        }
        int n = first.ms > 5000 ? 3 : samples;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = get(http, token, path).ms;
        }
        java.util.Arrays.sort(ms);
        return new double[] {ms[(int) Math.ceil(n * 0.5) - 1], ms[(int) Math.ceil(n * 0.95) - 1]};
    }

    record Timed(int status, double ms, String body) {
    }

    /** One GET; a request still unanswered after 2 minutes counts as status 504 (the figures then read -504). */
    static Timed get(Http http, String token, String path) throws Exception {
        long t = System.nanoTime();
        try {
            var response = http.client.send(http.request(token, path).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Timed(response.statusCode(), (System.nanoTime() - t) / 1e6, response.body());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Timed(504, (System.nanoTime() - t) / 1e6, "no answer in 2 minutes");
        }
    }
}
