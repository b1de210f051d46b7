package dev.annota.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which incoming request ids are kept: short ones of characters that cannot forge a log line or a header. */
class RequestIdFormatTests {

    @Test
    void aCallersRequestIdIsKeptOnlyWhenItCannotForgeALogLineOrAHeader() {
        assertThat(RequestIds.fromHeader("req-1.2:3_x")).isEqualTo("req-1.2:3_x");
        assertThat(RequestIds.fromHeader("two words")).isNotEqualTo("two words").hasSize(36);
        assertThat(RequestIds.fromHeader("line\nbreak")).hasSize(36);
        assertThat(RequestIds.fromHeader("")).hasSize(36);
        assertThat(RequestIds.fromHeader(null)).hasSize(36);
        assertThat(RequestIds.fromHeader("a".repeat(128))).hasSize(128);
        assertThat(RequestIds.fromHeader("a".repeat(129))).hasSize(36);
    }
}
