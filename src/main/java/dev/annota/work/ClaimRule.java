package dev.annota.work;

import java.time.Instant;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Project;
import dev.annota.tenancy.RoundTrip;

/**
 * A rule of another module that every claim of new work obeys, asked inside the claim's own transaction: a project's
 * requirements of its annotators (workforce), a budget's hard stop (money). The queue does not know the rules; it
 * collects every bean implementing this and, on each claim attempt, lets each queue what it needs to read on the
 * claim's first round trip ({@link #prepare}), so a rule costs one more statement, never one more round trip. After
 * the trip was sent, and after the rate limit and the conflict wall have passed, the queue asks each verdict in turn
 * ({@link Verdict#check}); a rule refuses by throwing one of the {@code failure} module's exceptions with one line
 * that says why, which rolls the claim back.
 * <p>
 * Rules apply to new work only: a live lease or a rework offered to the annotator is served again without them (as a
 * pause lets a lease in flight be submitted). Implementations live above {@code work} in the dependency order and
 * depend on it; {@code work} depends on none of them.
 */
public interface ClaimRule {

    /** Queues this rule's reads on {@code trip} (not yet sent); the verdict reads them once it is. */
    Verdict prepare(RoundTrip trip, ClaimRequest claim);

    /** A rule's judgement, asked after the round trip was sent. */
    @FunctionalInterface
    interface Verdict {

        Verdict PASS = () -> {
        };

        /** Returns when the claim may go on; throws a {@code failure} exception that says why otherwise. */
        void check();
    }

    /** Who claims which project's work, when; {@code now} is the claim's clock. */
    record ClaimRequest(Project project, CurrentUser annotator, Instant now) {
    }
}
