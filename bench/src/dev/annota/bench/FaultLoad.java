package dev.annota.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLongArray;

import tools.jackson.databind.JsonNode;

/**
 * The load of the fault run (bench/faults.sh): N annotators loop claim → submit through the proxy for --seconds while
 * the script kills, restarts and pauses things, and keep going through every error, as a person at the workbench
 * would: a failed claim is asked again, a failed submit is sent again with the same Idempotency-Key until it is
 * acknowledged or its lease is gone. Unlike {@link LoadBenchmark} it never stops at the first error: errors are what it
 * counts. It writes what the server acknowledged, for the script's SQL to look for afterwards:
 * <ul>
 *   <li>{@code claims.csv}: every acknowledged claim (a view of an item's payload): ms since the epoch, assignment id</li>
 *   <li>{@code acks.csv}: every acknowledged submit (201, or 200 for a replay): ms, assignment id, idempotency key</li>
 *   <li>{@code seconds.csv}: per second of the run, acknowledged submits and errors seen</li>
 *   <li>{@code run.properties}: the project, and when the sweep for expired leases started</li>
 * </ul>
 * At the end each annotator leaves its last claim unanswered (an annotator who walked away), waits until those
 * leases expired, and runs a short sweep: the expired slots must be claimed again (the script counts those that
 * were not). Setup logs in against --setup-url (one instance: the login form's session lives in one instance).
 */
public final class FaultLoad {

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String url = args.get("url", "http://127.0.0.1:18090");
        String setupUrl = args.get("setup-url", url);
        int annotators = args.integer("annotators", 20);
        int items = args.integer("items", 20_000);
        int seconds = args.integer("seconds", 150);
        int lease = args.integer("lease", 20);
        int sweep = args.integer("sweep", 10);
        Path out = Path.of(args.get("out", "target/faults"));
        Files.createDirectories(out);
        String password = args.get("password", "annota-demo-password");
        String run = Long.toString(System.currentTimeMillis(), 36);
        var setup = new Http(setupUrl);

        String manager = setup.token("manager@helios.example", password);
        String workforceAdmin = setup.token("admin@northwind.example", password);
        List<String> tokens = LoadBenchmark.annotators(setup, workforceAdmin, run, annotators);
        UUID workforce = UUID.fromString(setup.get(workforceAdmin, "/api/v1/me").get("orgId").asString());
        JsonNode project = setup.post(manager, "/api/v1/projects", Map.of("name", "Faults " + run, "guidelines", "Pick a.",
                "taskType", "text-classification", "schema", Http.JSON.readTree(LoadBenchmark.SCHEMA), "overlap", 1,
                "leaseSeconds", lease), 201);
        String projectId = project.get("id").asString();
        setup.post(manager, "/api/v1/projects/" + projectId + "/engagements", Map.of("workforceOrgId", workforce), 201);
        LoadBenchmark.importItems(setup, manager, projectId, "faults-" + run, items);
        Files.writeString(out.resolve("run.properties"), "project=" + projectId + "\nstart=" + System.currentTimeMillis() + "\n");
        System.out.printf("fault load: %s, %d annotators, %d items, lease %d s, %d s of load, project %s%n",
                url, annotators, items, lease, seconds, projectId);

        var claims = new ConcurrentLinkedQueue<String>();
        var acks = new ConcurrentLinkedQueue<String>();
        var errors = new ConcurrentLinkedQueue<String>();
        var acked = new AtomicLongArray(seconds + lease + sweep + 600);
        var failed = new AtomicLongArray(acked.length());
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        var client = new LoadClient(url, annotators);
        String next = "/api/v1/projects/" + projectId + "/tasks/next";
        var loop = new Loop(client, next, projectId, start, claims, acks, errors, acked, failed);
        // The manager looks at the dashboard every 2 s and exports the labels every 20 s: the reads that go to the read
        // database (ANNOTA_READ_DATABASE_URL), the standby until it is promoted.
        Map<String, Integer> reads = new java.util.concurrent.ConcurrentSkipListMap<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            var http = new Http(url);
            for (int n = 0; System.currentTimeMillis() < end; n++) {
                String what = n % 10 == 0 ? "export" : "stats";
                try {
                    var response = http.client.send(http.request(manager, "/api/v1/projects/" + projectId
                            + (n % 10 == 0 ? "/export" : "/stats")).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                    reads.merge(what + " " + response.statusCode(), 1, Integer::sum);
                } catch (IOException e) {
                    reads.merge(what + " no answer", 1, Integer::sum);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String token : tokens) {
                pool.submit(() -> loop.run(token, end, true));
            }
        }
        reader.join();
        // Every annotator walked away from its last claim: those leases expire, and the sweep must hand them out again.
        Thread.sleep((lease + 2) * 1000L);
        long sweepStart = System.currentTimeMillis();
        Files.writeString(out.resolve("run.properties"), "sweepStart=" + sweepStart + "\n", java.nio.file.StandardOpenOption.APPEND);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String token : tokens) {
                pool.submit(() -> loop.run(token, sweepStart + sweep * 1000L, false));
            }
        }
        client.close();
        Files.write(out.resolve("claims.csv"), claims);
        Files.write(out.resolve("acks.csv"), acks);
        Files.write(out.resolve("errors.csv"), errors);
        var lines = new ArrayList<String>();
        int last = (int) ((System.currentTimeMillis() - start) / 1000) + 1;
        for (int s = 0; s < Math.min(last, acked.length()); s++) {
            lines.add((start + s * 1000L) + "," + acked.get(s) + "," + failed.get(s));
        }
        Files.write(out.resolve("seconds.csv"), lines);
        System.out.printf("fault load done: %d claims and %d submits acknowledged, %d errors%n", claims.size(), acks.size(), errors.size());
        System.out.printf("manager's reads (dashboard /stats, export), by answer: %s%n", reads);
    }

    /** One annotator's loop; what it saw goes to the shared queues and per-second counters. */
    record Loop(LoadClient client, String next, String projectId, long start, ConcurrentLinkedQueue<String> claims,
                ConcurrentLinkedQueue<String> acks, ConcurrentLinkedQueue<String> errors, AtomicLongArray acked,
                AtomicLongArray failed) {

        Void run(String token, long until, boolean walkAwayAtEnd) throws InterruptedException {
            while (System.currentTimeMillis() < until) {
                String assignment = claim(token);
                if (assignment != null) {
                    submit(token, assignment);
                }
            }
            // The last claim stays unanswered: its lease must expire and its slot be claimed again by someone else.
            for (int attempt = 0; walkAwayAtEnd && attempt < 10 && claim(token) == null; attempt++) {
                Thread.sleep(100);
            }
            return null;
        }

        private String claim(String token) throws InterruptedException {
            var answer = call(token, next, null, null);
            if (answer == null) {
                return null;
            }
            if (answer.status() == 204) {
                Thread.sleep(1000);
                return null;
            }
            if (answer.status() != 200) {
                error("claim", answer.status(), answer.body());
                return null;
            }
            String assignment = Http.JSON.readTree(answer.body()).get("assignmentId").asString();
            claims.add(System.currentTimeMillis() + "," + assignment);
            return assignment;
        }

        /** Sends the answer until it is acknowledged, the same key every time; gives up only when the lease is gone. */
        private void submit(String token, String assignment) throws InterruptedException {
            String key = UUID.randomUUID().toString();
            String path = "/api/v1/projects/" + projectId + "/assignments/" + assignment + "/annotation";
            for (int attempt = 0; attempt < 60; attempt++) {
                var answer = call(token, path, "{\"label\":\"a\"}", key);
                if (answer == null) {
                    continue;
                }
                if (answer.status() == 201 || answer.status() == 200) {
                    long now = System.currentTimeMillis();
                    acks.add(now + "," + assignment + "," + key);
                    acked.incrementAndGet(second(now));
                    return;
                }
                error("submit", answer.status(), answer.body());
                if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 429) {
                    return; // the lease expired or was taken: the answer was refused, not acknowledged
                }
            }
        }

        /** One request; an exception (connection refused, reset, timeout) counts as an error and answers null. */
        private LoadClient.Answer call(String token, String path, String json, String key) throws InterruptedException {
            try {
                return client.post(token, path, json, key);
            } catch (IOException e) {
                error(path.endsWith("/next") ? "claim" : "submit", 0, e.getClass().getSimpleName() + ": " + e.getMessage());
                return null;
            }
        }

        private void error(String what, int status, String body) throws InterruptedException {
            long now = System.currentTimeMillis();
            failed.incrementAndGet(second(now));
            String detail = body == null ? "" : body.replaceAll("[\\r\\n,]", " ");
            errors.add(now + "," + what + "," + status + "," + detail.substring(0, Math.min(160, detail.length())));
            Thread.sleep(200); // a person, or a client library, waits a moment before trying again
        }

        private int second(long now) {
            return (int) Math.min(acked.length() - 1, Math.max(0, (now - start) / 1000));
        }
    }
}
