package dev.annota.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allowed-hosts rule without Spring or DNS: a fixed table of names stands in for the resolver. */
class OutboundHostsTests {

    private static final Map<String, String[]> DNS = Map.of(
            "witness.example", new String[] {"93.184.215.14"},
            "split.example", new String[] {"93.184.215.14", "10.0.0.7"},
            "metadata.example", new String[] {"169.254.169.254"},
            "v6.example", new String[] {"2001:db8::1", "fd12:3456::1"},
            "internal.example", new String[] {"192.168.1.20"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] found = DNS.get(host);
        if (found == null) {
            // Literal addresses resolve to themselves, as the JDK's resolver does without a lookup.
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        var addresses = new InetAddress[found.length];
        for (int i = 0; i < found.length; i++) {
            addresses[i] = InetAddress.getByName(found[i]);
        }
        return addresses;
    }

    private final OutboundHosts hosts = new OutboundHosts("", OutboundHostsTests::resolve);

    @Test
    void aPublicHostIsAccepted() {
        var target = hosts.check("https://witness.example/checkpoints", "url");
        assertThat(target.host()).isEqualTo("witness.example");
        assertThat(target.addresses()).hasSize(1);
    }

    @Test
    void everyKindOfInternalAddressIsRefusedNamingTheField() {
        for (String url : new String[] {"http://127.0.0.1/", "http://127.8.9.10/", "http://[::1]/", "http://0.0.0.0/",
                "http://10.1.1.1/", "http://172.16.0.1/", "http://192.168.0.1/", "http://169.254.169.254/",
                "http://[fe80::1]/", "http://[fd00::1]/", "http://[fec0::1]/", "http://224.0.0.251/", "http://[ff02::1]/",
                "http://100.64.0.1/", "http://[::ffff:10.0.0.1]/", "http://255.255.255.255/", "https://metadata.example/",
                "https://internal.example/x"}) {
            assertThatThrownBy(() -> hosts.check(url, "url")).as(url)
                    .isInstanceOfSatisfying(TargetRefused.class, e -> assertThat(e.field()).isEqualTo("url"))
                    .hasMessageContaining("ANNOTA_WEBHOOK_ALLOWED_HOSTS");
        }
    }

    @Test
    void aNameWithOnePublicAndOnePrivateAddressIsRefused() {
        assertThatThrownBy(() -> hosts.check("https://split.example/", "url")).hasMessageContaining("10.0.0.7");
        assertThatThrownBy(() -> hosts.check("https://v6.example/", "url")).hasMessageContaining("unique-local");
    }

    @Test
    void anAllowedHostPassesAsWrittenAndOnlyThat() {
        var allowing = new OutboundHosts(" 127.0.0.1 , Internal.Example", OutboundHostsTests::resolve);
        assertThat(allowing.check("http://127.0.0.1:8080/w", "url").host()).isEqualTo("127.0.0.1");
        assertThat(allowing.check("https://internal.example/w", "url").host()).isEqualTo("internal.example");
        assertThatThrownBy(() -> allowing.check("http://127.0.0.2/w", "url")).isInstanceOf(TargetRefused.class);
        assertThatThrownBy(() -> allowing.check("http://metadata.example/w", "url")).isInstanceOf(TargetRefused.class);
    }

    @Test
    void urlsOfTheWrongFormAreRefusedBeforeAnyLookup() {
        for (String url : new String[] {"", "ftp://witness.example/", "https://user:secret@witness.example/",
                "https://witness.example/#x", "witness.example/path", "https://nowhere.example/"}) {
            assertThatThrownBy(() -> hosts.check(url, "url")).as(url).isInstanceOf(TargetRefused.class);
        }
        assertThatThrownBy(() -> hosts.check(null, "url")).isInstanceOf(TargetRefused.class);
    }
}
