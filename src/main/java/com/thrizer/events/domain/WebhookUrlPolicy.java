package com.thrizer.events.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs events may be sent to (OWASP API7, SSRF): absolute {@code https} URLs whose host is not, and does not
 * resolve to, an address of a special-purpose range: every entry of the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries (private, loopback, link-local, shared, benchmarking, documentation, translation and tunnelling
 * prefixes...), multicast, and IPv6 outside global unicast. An IPv6 form that carries an IPv4 address (IPv4-compatible,
 * NAT64, 6to4, Teredo) is refused whatever address it carries, and its refusal names the embedded address's range too
 * (the NAT64 form of the metadata address is a translation prefix and link-local); an IPv4-mapped address is the IPv4
 * address itself (Java resolves {@code ::ffff:a.b.c.d} to it and connects over IPv4). With {@code allowLocalhost}
 * (development and tests), {@code http://localhost} and loopback addresses are accepted too.
 *
 * <p>Checked when an endpoint is saved and again before every attempt, whose connection then goes to the very address
 * that was checked ({@link #allowedAddresses}): a name whose DNS answer changes between the check and the connection
 * (DNS rebinding) cannot lead the call elsewhere.
 */
public final class WebhookUrlPolicy {
    /** Resolves a host name or literal to its addresses ({@link InetAddress#getAllByName} outside tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why an address is refused: the range it is in and, for IPv6 forms carrying an IPv4 address, that address's. */
    public record Refusal(String range, Optional<Refusal> embedded) {
        @Override
        public String toString() {
            return embedded.map(e -> range + ", carrying " + e).orElse(range);
        }
    }

    /** A block of addresses, its name in the registry and the RFC that defines it. */
    private record Range(byte[] prefix, int bits, String name) {
        static Range of(String cidr, String name) {
            int slash = cidr.indexOf('/');
            String literal = cidr.substring(0, slash);
            byte[] prefix = literalBytes(literal);
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), name + " " + cidr);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    /**
     * The IANA IPv4 Special-Purpose Address Registry (iana-ipv4-special-registry, RFC 6890 and RFC 8190), every entry,
     * whether or not the registry marks it globally reachable (no webhook receiver lives at an anycast relay or an
     * AS112 server), plus multicast. Most specific first, so that a refusal names the narrowest range.
     */
    private static final List<Range> IPV4 = List.of(
            Range.of("0.0.0.0/32", "\"this host on this network\" (RFC 1122 section 3.2.1.3)"),
            Range.of("0.0.0.0/8", "\"this network\" (RFC 791 section 3.2)"),
            Range.of("10.0.0.0/8", "private-use (RFC 1918)"),
            Range.of("100.64.0.0/10", "shared address space, carrier-grade NAT (RFC 6598)"),
            Range.of("127.0.0.0/8", "loopback (RFC 1122 section 3.2.1.3)"),
            Range.of("169.254.0.0/16", "link-local, cloud metadata (RFC 3927)"),
            Range.of("172.16.0.0/12", "private-use (RFC 1918)"),
            Range.of("192.0.0.0/29", "IPv4 service continuity prefix (RFC 7335)"),
            Range.of("192.0.0.8/32", "IPv4 dummy address (RFC 7600)"),
            Range.of("192.0.0.9/32", "Port Control Protocol anycast (RFC 7723)"),
            Range.of("192.0.0.10/32", "TURN anycast (RFC 8155)"),
            Range.of("192.0.0.170/32", "NAT64/DNS64 discovery (RFC 8880, RFC 7050 section 2.2)"),
            Range.of("192.0.0.171/32", "NAT64/DNS64 discovery (RFC 8880, RFC 7050 section 2.2)"),
            Range.of("192.0.0.0/24", "IETF protocol assignments (RFC 6890 section 2.1)"),
            Range.of("192.0.2.0/24", "documentation, TEST-NET-1 (RFC 5737)"),
            Range.of("192.31.196.0/24", "AS112-v4 (RFC 7535)"),
            Range.of("192.52.193.0/24", "Automatic Multicast Tunneling (RFC 7450)"),
            Range.of("192.88.99.2/32", "6a44 relay anycast (RFC 6751)"),
            Range.of("192.88.99.0/24", "deprecated 6to4 relay anycast (RFC 7526)"),
            Range.of("192.168.0.0/16", "private-use (RFC 1918)"),
            Range.of("192.175.48.0/24", "direct delegation AS112 service (RFC 7534)"),
            Range.of("198.18.0.0/15", "benchmarking (RFC 2544)"),
            Range.of("198.51.100.0/24", "documentation, TEST-NET-2 (RFC 5737)"),
            Range.of("203.0.113.0/24", "documentation, TEST-NET-3 (RFC 5737)"),
            Range.of("224.0.0.0/4", "multicast (RFC 5771, IANA multicast address space)"),
            Range.of("255.255.255.255/32", "limited broadcast (RFC 8190, RFC 919 section 7)"),
            Range.of("240.0.0.0/4", "reserved (RFC 1112 section 4)"));

    private static final Range IPV4_MAPPED = Range.of("::ffff:0:0/96", "IPv4-mapped (RFC 4291)");
    private static final Range NAT64 = Range.of("64:ff9b::/96", "IPv4-IPv6 translation, NAT64 well-known (RFC 6052)");
    private static final Range SIX_TO_FOUR = Range.of("2002::/16", "6to4 (RFC 3056)");
    private static final Range TEREDO = Range.of("2001::/32", "Teredo (RFC 4380, RFC 8190)");
    private static final Range IPV4_COMPATIBLE =
            Range.of("::/96", "IPv4-compatible, deprecated (RFC 4291 section 2.5.5.1)");

    /**
     * The IANA IPv6 Special-Purpose Address Registry (iana-ipv6-special-registry, RFC 6890 and RFC 8190), every entry,
     * plus the deprecated and the multicast blocks of the IPv6 addressing architecture. Most specific first.
     */
    private static final List<Range> IPV6 = List.of(
            Range.of("::1/128", "loopback (RFC 4291)"),
            Range.of("::/128", "unspecified (RFC 4291)"),
            IPV4_MAPPED,
            IPV4_COMPATIBLE,
            NAT64,
            Range.of("64:ff9b:1::/48", "IPv4-IPv6 translation, local use (RFC 8215)"),
            Range.of("100::/64", "discard-only (RFC 6666)"),
            Range.of("100:0:0:1::/64", "dummy IPv6 prefix (RFC 9780)"),
            TEREDO,
            Range.of("2001:1::1/128", "Port Control Protocol anycast (RFC 7723)"),
            Range.of("2001:1::2/128", "TURN anycast (RFC 8155)"),
            Range.of("2001:1::3/128", "DNS-SD service registration protocol anycast (RFC 9665)"),
            Range.of("2001:2::/48", "benchmarking (RFC 5180, RFC Errata 1752)"),
            Range.of("2001:3::/32", "Automatic Multicast Tunneling (RFC 7450)"),
            Range.of("2001:4:112::/48", "AS112-v6 (RFC 7535)"),
            Range.of("2001:10::/28", "deprecated, previously ORCHID (RFC 4843)"),
            Range.of("2001:20::/28", "ORCHIDv2 (RFC 7343)"),
            Range.of("2001:30::/28", "drone remote ID protocol entity tags (RFC 9374)"),
            Range.of("2001::/23", "IETF protocol assignments (RFC 2928)"),
            Range.of("2001:db8::/32", "documentation (RFC 3849)"),
            SIX_TO_FOUR,
            Range.of("2620:4f:8000::/48", "direct delegation AS112 service (RFC 7534)"),
            Range.of("3fff::/20", "documentation (RFC 9637)"),
            Range.of("5f00::/16", "segment routing SIDs (RFC 9602)"),
            Range.of("fc00::/7", "unique-local (RFC 4193, RFC 8190)"),
            Range.of("fe80::/10", "link-local unicast (RFC 4291)"),
            Range.of("fec0::/10", "site-local, deprecated (RFC 3879)"),
            Range.of("ff00::/8", "multicast (RFC 4291 section 2.7)"));

    /** The only block IANA allocates unicast addresses from (IANA IPv6 Address Space, RFC 4291 section 2.4). */
    private static final Range GLOBAL_UNICAST = Range.of("2000::/3", "global unicast (RFC 4291)");

    private static final String OUTSIDE_GLOBAL_UNICAST =
            "reserved by the IETF: outside global unicast 2000::/3 (IANA IPv6 Address Space, RFC 4291)";

    private final boolean allowLocalhost;
    private final Resolver resolver;

    public WebhookUrlPolicy(boolean allowLocalhost) {
        this(allowLocalhost, InetAddress::getAllByName);
    }

    public WebhookUrlPolicy(boolean allowLocalhost, Resolver resolver) {
        this.allowLocalhost = allowLocalhost;
        this.resolver = resolver;
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

    /** Whether the host may be called: every address it resolves to must be allowed. */
    public boolean hostAllowed(String host) throws UnknownHostException {
        return !allowedAddresses(host).isEmpty();
    }

    /**
     * The addresses the host resolves to, resolved once, when every one of them may be called; empty when one may not
     * (a name with one bad address among good ones is refused: a resolver may answer with any of them). The caller
     * connects to one of these, never to the name again.
     */
    public List<InetAddress> allowedAddresses(String host) throws UnknownHostException {
        String bare = bare(host);
        if (!allowLocalhost && isLocalhostName(bare)) {
            return List.of();
        }
        List<InetAddress> addresses = List.of(resolver.resolve(bare));
        for (InetAddress address : addresses) {
            if (!addressAllowed(address)) {
                return List.of();
            }
        }
        return addresses;
    }

    public boolean addressAllowed(InetAddress a) {
        if (allowLocalhost && isLoopback(a)) {
            return true;
        }
        return refusal(a).isEmpty();
    }

    /** Why events may not be sent to this address (whatever {@code allowLocalhost} says); empty when they may. */
    public static Optional<Refusal> refusal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return rangeOf(IPV4, b).map(r -> new Refusal(r.name(), Optional.empty()));
        }
        Optional<Refusal> embedded = embeddedIpv4(b).flatMap(WebhookUrlPolicy::refusal);
        Optional<String> range = rangeOf(IPV6, b).map(Range::name);
        if (range.isEmpty() && !GLOBAL_UNICAST.contains(b)) {
            range = Optional.of(OUTSIDE_GLOBAL_UNICAST);
        }
        // every form that carries an IPv4 address is in a refused range itself; the embedded address says more
        return range.map(r -> new Refusal(r, embedded));
    }

    private static Optional<Range> rangeOf(List<Range> ranges, byte[] b) {
        return ranges.stream().filter(r -> r.contains(b)).findFirst();
    }

    /**
     * The IPv4 address an IPv6 address carries, where its position is fixed: IPv4-mapped and IPv4-compatible (low 32
     * bits, RFC 4291), NAT64 well-known prefix (low 32 bits, RFC 6052 section 2.2), 6to4 (bits 16-47, RFC 3056), Teredo
     * (the client's address, bits 96-127 inverted, RFC 4380 section 4). The local-use NAT64 prefix 64:ff9b:1::/48 may
     * carry it at several positions (RFC 8215): it is refused as a whole.
     */
    static Optional<InetAddress> embeddedIpv4(byte[] b) {
        byte[] v4;
        if (IPV4_MAPPED.contains(b) || NAT64.contains(b) || (IPV4_COMPATIBLE.contains(b) && !allZeroBut(b, 15))) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if (SIX_TO_FOUR.contains(b)) {
            v4 = new byte[] {b[2], b[3], b[4], b[5]};
        } else if (TEREDO.contains(b)) {
            v4 = new byte[] {(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]};
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an IPv4 address
        }
    }

    /** :: and ::1 are themselves, not IPv4-compatible forms of 0.0.0.0 and 0.0.0.1. */
    private static boolean allZeroBut(byte[] b, int last) {
        for (int i = 0; i < last; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[last] & 0xfe) == 0;
    }

    private static boolean isLoopback(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        return a instanceof Inet6Address && IPV4_MAPPED.contains(b) && b[12] == 127;
    }

    /** The 4 or 16 bytes of an address literal (without DNS; an IPv4-mapped literal keeps its 16 bytes). */
    private static byte[] literalBytes(String literal) {
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4 && literal.contains(":")) { // Java reads ::ffff:a.b.c.d as IPv4
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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
