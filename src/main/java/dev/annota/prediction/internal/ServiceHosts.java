package dev.annota.prediction.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.annota.failure.Invalid;

/**
 * Where a prediction service may be: the same rule as the witnesses' and webhooks' targets (docs/security.md). A
 * public address, unless the operator allowed the host ({@code ANNOTA_WEBHOOK_ALLOWED_HOSTS}); every address the name
 * resolves to is checked, when the service is saved and again before each batch, and redirects are never followed.
 */
final class ServiceHosts {

    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowed;
    private final Resolver resolver;

    ServiceHosts(String allowedHosts, Resolver resolver) {
        this.allowed = Arrays.stream(allowedHosts == null ? new String[0] : allowedHosts.split(","))
                .map(h -> bare(h.strip())).filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The service's base URL, checked: throws {@link Invalid} naming {@code url}. */
    URI check(String url) {
        URI uri = form(url);
        String host = bare(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = new InetAddress[0];
        }
        if (addresses.length == 0) {
            throw refused("The host " + host + " does not resolve.");
        }
        if (!allowed.contains(host)) {
            for (InetAddress a : addresses) {
                if (ownNetwork(a)) {
                    throw refused("The host " + host + " resolves to " + a.getHostAddress() + ", an address of the "
                            + "instance's own network: the server sends items there only if the operator allows the host "
                            + "(ANNOTA_WEBHOOK_ALLOWED_HOSTS).");
                }
            }
        }
        return uri;
    }

    /** The URL's form alone: http(s), a host, no user name or password, no fragment. */
    static URI form(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw refused("url is required: the http(s) URL of the service, at most 2000 characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("url is not a URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getHost().isEmpty()
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null || uri.getRawQuery() != null) {
            throw refused("url must be an http(s) URL with a host name and no user name, password, query or fragment.");
        }
        return uri;
    }

    /** Loopback, wildcard, link-local, private, unique-local, multicast, carrier-grade NAT, and their IPv4-mapped forms. */
    static boolean ownNetwork(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16 && Arrays.equals(Arrays.copyOf(b, 12), new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1})) {
            try {
                return ownNetwork(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException impossible) {
                return true;
            }
        }
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            return first == 0 || first == 255 || (first == 100 && (b[1] & 0xc0) == 64);
        }
        return (b[0] & 0xfe) == 0xfc;
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static Invalid refused(String detail) {
        return (Invalid) new Invalid("Prediction service refused", detail).with("field", "url");
    }
}
