package dev.annota.bench;

import java.util.ArrayList;
import java.util.List;

/** The claim, submit and whole-cycle latencies of a run, each client's three kept apart until they are summarized. */
final class CycleLatencies {

    final List<Latencies> claims = new ArrayList<>();
    final List<Latencies> submits = new ArrayList<>();
    final List<Latencies> cycles = new ArrayList<>();

    /** One client's three (call before the run's threads start: the lists are not shared safely). */
    Client client() {
        var client = new Client(new Latencies(), new Latencies(), new Latencies());
        claims.add(client.claim());
        submits.add(client.submit());
        cycles.add(client.cycle());
        return client;
    }

    record Client(Latencies claim, Latencies submit, Latencies cycle) {

        /** A cycle that claimed from t0 to t1 and submitted from t1 to t2 (System.nanoTime()). */
        void add(long t0, long t1, long t2) {
            claim.add(t1 - t0);
            submit.add(t2 - t1);
            cycle.add(t2 - t0);
        }
    }
}
