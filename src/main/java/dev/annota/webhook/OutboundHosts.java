package dev.annota.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the server may send a request of its own (an event to a project's webhook, a checkpoint to a witness): never into the instance's own network
 * unless the operator allowed the host ({@code ANNOTA_WEBHOOK_ALLOWED_HOSTS}, host names or addresses as written in
 * the URL). Otherwise the host is resolved and every address it resolves to must be public: no loopback, link-local,
 * site-local (private), unique-local, multicast, wildcard, carrier-grade NAT or IPv4-mapped form of one of them.
 * Checking every address, not only the first, keeps a name with one public and one private address out. The check
 * runs again right before each delivery; the JDK's HttpClient then looks the name up once more, and that lookup is
 * answered from the JVM's address cache the check just filled ({@code networkaddress.cache.ttl}, 30 s by default), so
 * it connects to an address checked here. (The JDK's client takes no resolver of its own; an operator who sets the
 * cache's lifetime to 0 reopens a DNS-rebinding window of milliseconds: docs/security.md.)
 */
public final class OutboundHosts {

    private final Set<String> allowed;
    private final Resolver resolver;

    /** Resolves a host name to all of its addresses; the JDK's by default, a fixed table in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public OutboundHosts(String allowedHosts, Resolver resolver) {
        this.allowed = Arrays.stream(allowedHosts == null ? new String[0] : allowedHosts.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(OutboundHosts::normalize).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** A URL checked for its form and its target, with the addresses the request may go to. */
    public record Target(URI url, String host, List<InetAddress> addresses) {
    }

    /** The URL's form alone (scheme, host, no credentials): what can be refused without a name lookup. */
    public static URI parse(String url, String field) {
        if (url == null || url.isBlank()) {
            throw new TargetRefused(field, field + " is required: the https:// URL that receives the signed requests.");
        }
        if (url.length() > 2000) {
            throw new TargetRefused(field, field + " is longer than 2000 characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new TargetRefused(field, field + " is not a URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new TargetRefused(field, field + " must be an https:// (or http://) URL.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new TargetRefused(field, field + " has no host name.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TargetRefused(field, field + " must not hold a user name or password; the signature authenticates the server.");
        }
        if (uri.getRawFragment() != null) {
            throw new TargetRefused(field, field + " must not have a #fragment.");
        }
        return uri;
    }

    /** Checks a URL's target, resolving its host: throws {@link TargetRefused} naming {@code field}. */
    public Target check(String url, String field) {
        URI uri = parse(url, field);
        String host = normalize(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new TargetRefused(field, "The host " + host + " of " + field + " does not resolve.");
        }
        if (addresses.length == 0) {
            throw new TargetRefused(field, "The host " + host + " of " + field + " does not resolve.");
        }
        if (!allowed.contains(host)) {
            for (InetAddress address : addresses) {
                String why = internal(address);
                if (why != null) {
                    throw new TargetRefused(field, "The host " + host + " of " + field + " resolves to " + address.getHostAddress()
                            + ", a " + why + " address: the server sends nothing into its own network unless the operator "
                            + "allows the host (ANNOTA_WEBHOOK_ALLOWED_HOSTS).");
                }
            }
        }
        return new Target(uri, host, List.of(addresses));
    }

    /** Why an address is in the instance's own network, or null for a public address. */
    public static String internal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "wildcard";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private (site-local)";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "\"this network\" (0.0.0.0/8)";
            }
            if (first == 100 && (second & 0xc0) == 64) {
                return "carrier-grade NAT (100.64.0.0/10)";
            }
            if (first == 255 && (b[1] & b[2] & b[3] & 0xff) == 0xff) {
                return "broadcast";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local (fc00::/7)";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return "malformed";
                }
            }
        }
        return null;
    }

    /** Host names compare without case and without IPv6 brackets. */
    private static String normalize(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
