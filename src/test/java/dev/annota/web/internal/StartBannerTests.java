package dev.annota.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The start banner names the address this instance really answers on. */
class StartBannerTests {

    @Test
    void theBannerNamesThePortTheServerListensOnNotTheDefault() {
        var environment = new MockEnvironment().withProperty("server.port", "0").withProperty("local.server.port", "9091");

        assertThat(DemoData.address(environment)).isEqualTo("http://localhost:9091/");
    }

    @Test
    void theBannerKeepsTheSchemeAndContextPathItIsServedUnder() {
        var environment = new MockEnvironment().withProperty("local.server.port", "8443")
                .withProperty("server.ssl.enabled", "true").withProperty("server.servlet.context-path", "/annota");

        assertThat(DemoData.address(environment)).isEqualTo("https://localhost:8443/annota/");
    }

    @Test
    void beforeTheServerRunsTheConfiguredPortIsNamed() {
        assertThat(DemoData.address(new MockEnvironment().withProperty("server.port", "9090")))
                .isEqualTo("http://localhost:9090/");
        assertThat(DemoData.address(new MockEnvironment())).isEqualTo("http://localhost:8080/");
    }
}
