package dev.annota.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    @Test
    void anIpv4AddressCountsAsItself() {
        assertThat(LoginThrottle.normalized("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anIpv6AddressCountsByItsSlash64SoOneMachineCannotRotateThroughItsOwnBlock() {
        assertThat(LoginThrottle.normalized("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(LoginThrottle.normalized("2001:db8:1:2::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.normalized("[2001:db8:1:3::1]")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
    }

    @Test
    void aMissingAddressCountsAsUnknown() {
        assertThat(LoginThrottle.normalized(null)).isEqualTo("unknown");
        assertThat(LoginThrottle.normalized(" ")).isEqualTo("unknown");
    }
}
