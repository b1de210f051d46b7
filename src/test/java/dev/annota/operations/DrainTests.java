package dev.annota.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annota.failure.Unavailable;
import org.junit.jupiter.api.Test;

/** New work is refused only once the drain began, with a retry-after for the client. */
class DrainTests {

    @Test
    void newWorkIsTakenUntilTheDrainBeginsAndRefusedWithARetryAfterOnce() {
        var drain = new Drain();
        assertThatCode(drain::refuseNewWork).doesNotThrowAnyException();
        assertThat(drain.draining()).isFalse();
        drain.begin();
        assertThat(drain.draining()).isTrue();
        assertThatThrownBy(drain::refuseNewWork).isInstanceOfSatisfying(Unavailable.class,
                refused -> assertThat(refused.retryAfter()).isPositive());
    }
}
