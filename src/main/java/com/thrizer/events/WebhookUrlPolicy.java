package com.thrizer.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs events may be sent to (OWASP API7, SSRF): absolute {@code https} URLs whose host is not, and does not
 * resolve to, a private, loopback, link-local, carrier-grade NAT, multicast or unspecified address. With
 * {@code allowLocalhost} (development and tests), {@code http://localhost} and loopback addresses are accepted too.
 * Checked when an endpoint is saved and again before every attempt (DNS may change in between).
 */
public final class WebhookUrlPolicy {
    private final boolean allowLocalhost;

    public WebhookUrlPolicy(boolean allowLocalhost) {
        this.allowLocalhost = allowLocalhost;
    }

    /** The URL when its shape is acceptable (absolute, https or allowed localhost, no credentials); null otherwise. */
    public URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute()
                || host == null
                || host.isBlank()
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return null;
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && allowLocalhost && isLocalhostName(host)) {
            return uri;
        }
        return null;
    }

    /** Whether the host may be called: every address it resolves to must be public (or loopback, when allowed). */
    public boolean hostAllowed(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!allowLocalhost && isLocalhostName(bare)) {
            return false;
        }
        for (InetAddress address : InetAddress.getAllByName(bare)) {
            if (!addressAllowed(address)) {
                return false;
            }
        }
        return true;
    }

    public boolean addressAllowed(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return allowLocalhost;
        }
        if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && first < 224; // multicast and reserved
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return addressAllowed(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isLocalhostName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || h.equals("127.0.0.1")
                || h.equals("[::1]")
                || h.equals("::1");
    }
}
