package dev.annota.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * N simulated annotators over HTTP against a running Annota, then the raw-SQL baseline of the same statements.
 * Setup goes through the public API only: a manager creates a project, imports the items and engages the workforce;
 * the workforce admin creates N annotators; each annotator logs in and issues a personal token. Each annotator then
 * loops claim → submit for warmup + measured seconds; only cycles that start and end inside the measured window count.
 * Bounded: at most --seconds of load, --annotators clients, loopback URL expected.
 */
public final class LoadBenchmark {

    static final String SCHEMA = "{\"questions\":[{\"name\":\"label\",\"type\":\"choice\",\"options\":[\"a\",\"b\",\"c\"]}]}";

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String url = args.get("url", "http://127.0.0.1:18080");
        int annotators = args.integer("annotators", 200);
        int items = args.integer("items", 100_000);
        int warmup = args.integer("warmup", 10);
        int seconds = args.integer("seconds", 30);
        int thinkMs = args.integer("think-ms", 0);
        String password = args.get("password", "annota-demo-password");
        String run = Long.toString(System.currentTimeMillis(), 36);
        var http = new Http(url);

        System.out.printf("Annota load benchmark: %s, %d annotators, %d items, %ds warmup + %ds measured, think time %d ms (run %s)%n",
                url, annotators, items, warmup, seconds, thinkMs, run);
        long t = System.nanoTime();
        // Users and tokens cost an Argon2 hash each on the server: a state file lets repeated runs reuse them.
        var state = new java.io.File(args.get("state", ""));
        String manager, workforceAdmin;
        var tokens = new ArrayList<String>();
        // --shares=W/L: a second project whose work the workforce (W %) and the lab's in-house people (L %) share
        // (docs/workforce.md "Routing: vendor shares"); L % of the annotators are then the lab's own, made by its admin.
        String sharesArg = args.get("shares", "");
        // --in-house=N overrides that number: 0 measures the share statement alone (the lab has nobody working, so
        // the workforce gets the spare work and nobody is refused).
        int inHouse = sharesArg.isEmpty() ? 0 : args.integer("in-house",
                (int) Math.round(annotators * Integer.parseInt(sharesArg.substring(sharesArg.indexOf('/') + 1)) / 100.0));
        if (!sharesArg.isEmpty() && state.getPath().length() > 0) {
            throw new IllegalArgumentException("--shares makes annotators of two organizations: run it without --state");
        }
        if (state.getPath().length() > 0 && state.exists()) {
            var saved = Http.JSON.readTree(state);
            manager = saved.get("manager").asString();
            workforceAdmin = saved.get("workforceAdmin").asString();
            saved.get("annotators").forEach(n -> tokens.add(n.asString()));
            if (tokens.size() < annotators) {
                throw new IllegalStateException(state + " holds " + tokens.size() + " annotators; delete it to create " + annotators);
            }
            tokens.subList(annotators, tokens.size()).clear();
            http.get(tokens.get(0), "/api/v1/me");
            System.out.printf("  reusing %d annotators and their tokens from %s%n", annotators, state);
        } else {
            manager = http.token(args.get("manager", "manager@helios.example"), password);
            workforceAdmin = http.token(args.get("workforce-admin", "admin@northwind.example"), password);
            tokens.addAll(annotators(http, workforceAdmin, run, annotators - inHouse));
            if (inHouse > 0) {
                String labAdmin = http.token(args.get("lab-admin", "admin@helios.example"), password);
                tokens.addAll(annotators(http, labAdmin, run + "-lab", inHouse));
                java.util.Collections.shuffle(tokens, new java.util.Random(1));
            }
            if (state.getPath().length() > 0) {
                Http.JSON.writeValue(state, Map.of("manager", manager, "workforceAdmin", workforceAdmin, "annotators", tokens));
            }
        }
        UUID workforce = UUID.fromString(http.get(workforceAdmin, "/api/v1/me").get("orgId").asString());
        JsonNode project = http.post(manager, "/api/v1/projects", Map.of("name", "Benchmark " + run, "guidelines", "Pick a.",
                "taskType", "text-classification", "schema", Http.JSON.readTree(SCHEMA), "overlap", 1, "leaseSeconds", 600), 201);
        String projectId = project.get("id").asString();
        http.post(manager, "/api/v1/projects/" + projectId + "/engagements", Map.of("workforceOrgId", workforce), 201);

        long importStart = System.nanoTime();
        var imported = importItems(http, manager, projectId, "bench-" + run, items);
        System.out.printf("  import of %d items through the API: %.1f s (%s)%n", items, secs(importStart), imported);
        String sharedId = null;
        if (!sharesArg.isEmpty()) {
            JsonNode shared = http.post(manager, "/api/v1/projects", Map.of("name", "Benchmark shares " + run, "guidelines", "Pick a.",
                    "taskType", "text-classification", "schema", Http.JSON.readTree(SCHEMA), "overlap", 1, "leaseSeconds", 600), 201);
            sharedId = shared.get("id").asString();
            http.post(manager, "/api/v1/projects/" + sharedId + "/engagements", Map.of("workforceOrgId", workforce), 201);
            UUID lab = UUID.fromString(http.get(manager, "/api/v1/me").get("orgId").asString());
            String[] split = sharesArg.split("/");
            http.put(manager, "/api/v1/projects/" + sharedId + "/shares", Map.of("shares", List.of(
                    Map.of("workforceOrgId", workforce, "targetPercent", Integer.parseInt(split[0])),
                    Map.of("workforceOrgId", lab, "targetPercent", Integer.parseInt(split[1])))), 200);
            importItems(http, manager, sharedId, "bench-shares-" + run, items);
            System.out.printf("  shares project %s: workforce %s %%, in-house %s %%; %d of %d annotators in-house%n",
                    sharedId, split[0], split[1], inHouse, annotators);
        }
        System.out.printf("  setup (users and tokens, project, engagement, import): %.1f s%n", secs(t));

        // --rounds=N alternates the two sides N times (app, raw, app, raw…), so load that other work puts on a shared
        // machine falls on both sides alike; the ratio reported is that of the summed cycles.
        int rounds = args.integer("rounds", 1);
        String rawUrl = args.get("raw-url", "");
        RawSqlBaseline raw = null;
        if (!rawUrl.isEmpty()) {
            raw = new RawSqlBaseline(rawUrl, args.get("raw-user", "sa"), args.get("raw-password", ""),
                    args.integer("raw-pool", 20), Boolean.parseBoolean(args.get("raw-migrate", "false")));
            long loadStart = System.nanoTime();
            raw.load(items);
            System.out.printf("  raw baseline: %d items loaded over JDBC in %.1f s%n", items, secs(loadStart));
        }
        // A database just created has no planner statistics for what the import and the baseline just wrote, and the
        // application role may not ANALYZE (it owns no table): autovacuum would, some minutes later. Without them the
        // claim ran at 111 cycles/s instead of 177 in the same setup. --analyze-url (the database owner's JDBC URL)
        // analyzes once here, as a database that has been running a while would be.
        String analyzeUrl = args.get("analyze-url", "");
        analyze(args, analyzeUrl);
        try {
            // A server just started spends most of its CPU in the JIT compiler for the first minutes (C2 took 42% of
            // the process's CPU in a 30 s profile right after a start): --jit-warmup runs both sides unmeasured first.
            int jitWarmup = args.integer("jit-warmup", 0);
            if (jitWarmup > 0) {
                System.out.printf("  JIT warm-up: %d s of app load%s, not measured%n", jitWarmup, raw != null ? " and " + jitWarmup / 3 + " s of raw SQL" : "");
                long dry = load(http, projectId, tokens, jitWarmup, 0, args.integer("jit-think-ms", thinkMs), "").ranDry();
                if (raw != null) {
                    dry += raw.run(annotators, jitWarmup / 3, 0).ranDry();
                }
                if (dry > 0) {
                    System.out.printf("  the queue ran dry in the JIT warm-up (%d clients stopped early): it was shorter than asked%n", dry);
                }
            }
            double appCycles = 0, rawCycles = 0, sharedCycles = 0;
            var ratios = new ArrayList<Double>();
            var sharedRatios = new ArrayList<Double>();
            for (int round = 1; round <= rounds; round++) {
                if (rounds > 1) {
                    System.out.printf("%n--- round %d of %d ---%n", round, rounds);
                }
                // A side whose queue runs dry stops claiming, and its rate is no longer a saturation rate: on a host
                // where the raw side ran ~1,100 cycles/s, its 100,000 items ran out in the third round (2026-12-03,
                // raw 364 cycles/s, ratio 1.59). Each round starts with --items open items on both sides.
                int appAdded = topUp(http, manager, projectId, "bench-" + run + "-r" + round, items);
                if (sharedId != null) {
                    appAdded += topUp(http, manager, sharedId, "bench-shares-" + run + "-r" + round, items);
                }
                int rawAdded = raw != null ? raw.topUp(items) : 0;
                if (appAdded > 0 || rawAdded > 0) {
                    System.out.printf("  queue topped up to %d open items: app +%d, raw +%d%n", items, appAdded, rawAdded);
                }
                // Both sides' tables grow every round (and in the JIT warm-up); statistics taken at the start of each
                // round keep the plans of both as fresh as autovacuum would (the raw side slowed round by round without).
                analyze(args, analyzeUrl);
                // With --shares, every other round runs the shares project first: the side that runs second finds the
                // tables grown and unvacuumed since the round's VACUUM, which alone cost it up to a fifth in one run.
                Outcome sharedFirst = sharedId != null && round % 2 == 0 ? load(http, sharedId, tokens, warmup, seconds, thinkMs, "") : null;
                var app = load(http, projectId, tokens, warmup, seconds, thinkMs, args.get("trace", ""));
                if (app.ranDry() > 0) {
                    throw new IllegalStateException(app.ranDry() + " simulated annotators found the app's queue empty before the"
                            + " round's end: its rate is not a saturation rate; raise --items or shorten --seconds");
                }
                JsonNode counts = http.get(manager, "/api/v1/projects/" + projectId + "/items/counts");
                System.out.printf("  item counts after the run: %s (submits in the whole run: %d)%n", counts, app.submitted());
                print("app over HTTP ", app.rate(), app.cycle(), app.claim(), app.submit());
                System.out.printf("  request %s%n", app.request());
                appCycles += app.rate();
                Outcome sharedApp = null;
                if (sharedId != null) {
                    sharedApp = sharedFirst != null ? sharedFirst : load(http, sharedId, tokens, warmup, seconds, thinkMs, "");
                    if (sharedApp.ranDry() > 0) {
                        throw new IllegalStateException("the shares project's queue ran dry: raise --items or shorten --seconds");
                    }
                    print("app with shares", sharedApp.rate(), sharedApp.cycle(), sharedApp.claim(), sharedApp.submit());
                    System.out.printf("  claims refused to keep the shares: %d%n", sharedApp.refused());
                    sharedCycles += sharedApp.rate();
                }
                if (raw != null) {
                    var r = raw.run(annotators, warmup, seconds);
                    if (r.ranDry() > 0) {
                        throw new IllegalStateException(r.ranDry() + " raw-SQL clients found the baseline's queue empty before"
                                + " the round's end: its rate is not a saturation rate; raise --items or shorten --seconds");
                    }
                    print("raw SQL (JDBC)", r.cyclesPerSecond(), r.cycle(), r.claim(), r.submit());
                    System.out.printf("%nRATIO app/raw = %.2f (cycles/s %.0f / %.0f); app p99 cycle %.1f ms%n",
                            app.rate() / r.cyclesPerSecond(), app.rate(), r.cyclesPerSecond(), app.cycle().p99Ms());
                    rawCycles += r.cyclesPerSecond();
                    ratios.add(app.rate() / r.cyclesPerSecond());
                    if (sharedApp != null) {
                        System.out.printf("RATIO with shares app/raw = %.2f (cycles/s %.0f / %.0f); p99 cycle %.1f ms%n",
                                sharedApp.rate() / r.cyclesPerSecond(), sharedApp.rate(), r.cyclesPerSecond(), sharedApp.cycle().p99Ms());
                        sharedRatios.add(sharedApp.rate() / r.cyclesPerSecond());
                    }
                }
            }
            if (raw != null && rounds > 1) {
                System.out.printf("%nOVER %d ROUNDS: app %.0f cycles/s, raw %.0f cycles/s (means), RATIO app/raw = %.2f; per round %s%n",
                        rounds, appCycles / rounds, rawCycles / rounds, appCycles / rawCycles,
                        ratios.stream().map(x -> String.format("%.2f", x)).toList());
            }
            if (raw != null && sharedId != null) {
                System.out.printf("%nWITH SHARES OVER %d ROUNDS: app %.0f cycles/s, RATIO app/raw = %.2f (without: %.2f); per round %s%n",
                        rounds, sharedCycles / rounds, sharedCycles / rawCycles, appCycles / rawCycles,
                        sharedRatios.stream().map(x -> String.format("%.2f", x)).toList());
            }
        } finally {
            if (raw != null) {
                raw.close();
            }
        }
    }

    static void analyze(Args args, String analyzeUrl) throws java.sql.SQLException {
        if (analyzeUrl.isEmpty()) {
            return;
        }
        try (var c = java.sql.DriverManager.getConnection(analyzeUrl, args.get("analyze-user", ""), args.get("analyze-password", ""));
             var st = c.createStatement()) {
            long a = System.nanoTime();
            // VACUUM too: a claim leaves a dead row version of its item and assignment behind, and index scans over the
            // queue wade through their entries until a vacuum removes them. Production PostgreSQL runs autovacuum;
            // a server with autovacuum = off (this machine's, conf.d/90-ci.conf) never does either.
            st.execute("vacuum (analyze)");
            System.out.printf("  vacuum and analyze (as the database owner): %.1f s%n", secs(a));
        }
    }

    /** Creates annotators of the workforce admin's organization; each logs in and issues its personal token. */
    static List<String> annotators(Http http, String workforceAdmin, String run, int count) throws InterruptedException {
        var tokens = new ConcurrentHashMap<Integer, String>();
        var gate = new Semaphore(4);
        try (var setup = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = i;
                setup.submit(() -> {
                    gate.acquire();
                    try {
                        String email = "bench-" + run + "-" + n + "@northwind.example";
                        String pw = "bench-password-" + run;
                        // The admin gets a one-time setup link, never a password; the annotator chooses theirs with it.
                        String link = http.post(workforceAdmin, "/api/v1/users", Map.of("email", email,
                                "displayName", "Bench " + n, "roles", List.of("ANNOTATOR")), 201).get("setupLink").asString();
                        http.setUpPassword(link.substring(link.indexOf('#') + 1), pw);
                        tokens.put(n, http.token(email, pw));
                    } finally {
                        gate.release();
                    }
                    return null;
                });
            }
        }
        if (tokens.size() != count) {
            throw new IllegalStateException("Only " + tokens.size() + " of " + count + " annotators were set up");
        }
        return new ArrayList<>(tokens.values());
    }

    /** {@code request}: claims and submits together, the latency of one API call whichever it is. */
    record Outcome(double rate, Latencies.Summary cycle, Latencies.Summary claim, Latencies.Summary submit,
                   Latencies.Summary request, long submitted, long ranDry, long refused) {
    }

    /** Imports as many items as the project's queue lacks to hold {@code open} open ones again; answers how many. */
    static int topUp(Http http, String manager, String projectId, String prefix, int open) throws IOException, InterruptedException {
        int missing = Math.max(0, open - http.get(manager, "/api/v1/projects/" + projectId + "/items/counts").get("open").asInt());
        if (missing > 0) {
            importItems(http, manager, projectId, prefix, missing);
        }
        return missing;
    }

    static JsonNode importItems(Http http, String manager, String projectId, String prefix, int count)
            throws IOException, InterruptedException {
        return Http.expect(http.client.send(http.request(manager, "/api/v1/projects/" + projectId + "/items")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ItemsFile(prefix, count))).build(),
                HttpResponse.BodyHandlers.ofString()), 200);
    }

    /**
     * {@code trace}: a file to append every measured request to as a CSV line (start, ms since the epoch; claim or
     * submit; latency, ms), or empty.
     */
    static Outcome load(Http http, String projectId, List<String> tokens, int warmup, int seconds, int thinkMs, String trace)
            throws InterruptedException, IOException {
        var traced = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        long epochMsAtStart = System.currentTimeMillis();
        var latencies = new CycleLatencies();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        var clients = new Clients(Thread.ofVirtual(), tokens.size());
        var client = new LoadClient(http.base, tokens.size());
        var submitted = new AtomicLong();
        var ranDry = new AtomicLong();
        var refused = new AtomicLong();
        String next = "/api/v1/projects/" + projectId + "/tasks/next";
        for (String token : tokens) {
            var measured = latencies.client();
            clients.start(() -> {
                while (System.nanoTime() < measureTo) {
                    long t0 = System.nanoTime();
                    var task = client.post(token, next, null, null);
                    long t1 = System.nanoTime();
                    if (task.status() == 204) {
                        ranDry.incrementAndGet();
                        break;
                    }
                    if (task.status() == 403 && task.body().contains("\"reason\":\"share\"")) {
                        // Ahead of its share while the other workforce is behind: the client waits a moment, as told.
                        refused.incrementAndGet();
                        Thread.sleep(20);
                        continue;
                    }
                    String assignment = expect(task, 200, next).get("assignmentId").asString();
                    String submit = "/api/v1/projects/" + projectId + "/assignments/" + assignment + "/annotation";
                    expect(client.post(token, submit, "{\"label\":\"a\"}", UUID.randomUUID().toString()), 201, submit);
                    long t2 = System.nanoTime();
                    submitted.incrementAndGet();
                    if (t0 >= measureFrom && t2 <= measureTo) {
                        measured.add(t0, t1, t2);
                        if (!trace.isEmpty()) {
                            long epochMs = epochMsAtStart + (t0 - start) / 1_000_000;
                            traced.add(epochMs + ",claim," + (t1 - t0) / 1e6);
                            traced.add((epochMs + (t1 - t0) / 1_000_000) + ",submit," + (t2 - t1) / 1e6);
                        }
                    }
                    if (thinkMs > 0) {
                        // A person reads the item before answering: exponential think time, capped at 5x the mean.
                        Thread.sleep((long) Math.min(5.0 * thinkMs, -thinkMs * Math.log(1 - Math.random())));
                    }
                }
            });
        }
        clients.awaitAll();
        client.close();
        clients.failIfAnyFailed("simulated annotators");
        if (!trace.isEmpty() && seconds > 0) {
            java.nio.file.Files.write(java.nio.file.Path.of(trace), traced, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        var cycle = Latencies.summarize(latencies.cycles);
        var requests = new ArrayList<>(latencies.claims);
        requests.addAll(latencies.submits);
        return new Outcome(cycle.count() / (double) seconds, cycle, Latencies.summarize(latencies.claims), Latencies.summarize(latencies.submits),
                Latencies.summarize(requests), submitted.get(), ranDry.get(), refused.get());
    }

    static JsonNode expect(LoadClient.Answer answer, int status, String path) {
        if (answer.status() != status) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return Http.JSON.readTree(answer.body());
    }

    static void print(String what, double rate, Latencies.Summary cycle, Latencies.Summary claim, Latencies.Summary submit) {
        System.out.printf("%n%s: %.0f cycles/s%n  cycle  %s%n  claim  %s%n  submit %s%n", what, rate, cycle, claim, submit);
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
