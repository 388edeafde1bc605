package com.thrizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.events.domain.WebhookRetries;
import com.thrizer.events.domain.WebhookSignature;
import com.thrizer.events.domain.WebhookUrlPolicy;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure webhook rules: signatures, the retry schedule, and which URLs events may go to in production. */
class WebhookRulesTest {

    @Test
    void signaturesMatchTheStandardWebhooksReferenceVector() {
        // the example of the Standard Webhooks specification and its reference libraries
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature =
                WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String other = WebhookSignature.newSecret();
        assertEquals(
                signature + " " + WebhookSignature.sign(other, id, 1614265330, "{\"test\": 2432232314}"),
                WebhookSignature.header(List.of(secret, other), id, 1614265330, "{\"test\": 2432232314}"));
        assertTrue(WebhookSignature.newSecret().matches("whsec_[A-Za-z0-9+/]{43}="));
    }

    @Test
    void retriesBackOffWithJitterAndStopAfterThreeDays() {
        WebhookRetries retries = new WebhookRetries(Duration.ofMinutes(1), Duration.ofHours(12), Duration.ofDays(3));
        Instant queued = Instant.parse("2026-11-27T00:00:00Z");
        assertEquals(
                queued.plusSeconds(45), retries.next(queued, 1, queued, 0.0).orElseThrow());
        assertEquals(
                queued.plusSeconds(75), retries.next(queued, 1, queued, 1.0).orElseThrow());
        assertEquals(
                queued.plusSeconds(240), retries.next(queued, 3, queued, 0.5).orElseThrow()); // 1, 2, 4 minutes
        assertEquals(
                queued.plus(Duration.ofHours(12)),
                retries.next(queued, 20, queued, 0.5).orElseThrow()); // capped
        // the last attempt is at the end of the window, never after it; then the delivery is given up
        Instant late = queued.plus(Duration.ofDays(3)).minusSeconds(60);
        assertEquals(
                queued.plus(Duration.ofDays(3)),
                retries.next(queued, 12, late, 0.5).orElseThrow());
        assertEquals(Optional.empty(), retries.next(queued, 13, queued.plus(Duration.ofDays(3)), 0.5));
        // from first failure to giving up: a bounded number of attempts
        Instant at = queued;
        int attempts = 1;
        for (Optional<Instant> next = retries.next(queued, 1, at, 0.5); next.isPresent(); ) {
            at = next.get();
            attempts++;
            next = retries.next(queued, attempts, at, 0.5);
        }
        assertTrue(attempts > 10 && attempts < 25, "attempts " + attempts);
        assertEquals(queued.plus(Duration.ofDays(3)), at);
    }

    @Test
    void productionRefusesLocalhostPrivateAndReservedAddresses() throws Exception {
        WebhookUrlPolicy production = new WebhookUrlPolicy(false);
        assertNull(production.parse("http://localhost:8080/hooks"));
        assertNull(production.parse("http://hooks.example.com/x"));
        assertNull(production.parse("https://user:pw@hooks.example.com/x"));
        assertNotNull(production.parse("https://hooks.example.com/x?a=1"));
        for (String host : List.of(
                "localhost",
                "127.0.0.1",
                "[::1]",
                "10.0.0.1",
                "172.16.0.1",
                "192.168.0.1",
                "169.254.169.254",
                "0.0.0.0",
                "100.64.0.1",
                "[fd00::1]",
                "[fe80::1]",
                "[::ffff:10.0.0.1]",
                "224.0.0.1",
                "192.0.0.8")) {
            assertFalse(production.hostAllowed(host), host);
        }
        assertTrue(production.addressAllowed(InetAddress.getByName("93.184.215.14")));
        assertTrue(production.addressAllowed(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")));

        for (String host : List.of("198.18.0.1", "192.0.2.1", "[2001:db8::1]", "[64:ff9b::a9fe:a9fe]")) {
            assertFalse(production.hostAllowed(host), host); // the addresses of issue 14
        }

        WebhookUrlPolicy development = new WebhookUrlPolicy(true);
        assertNotNull(development.parse("http://localhost:8080/hooks"));
        assertTrue(development.hostAllowed("127.0.0.1"));
        assertFalse(development.hostAllowed("10.0.0.1"));
        assertNull(development.parse("http://hooks.example.com/x"));
    }

    /**
     * One address of every entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries (and of the other
     * refused blocks), with the range its refusal must name, and for IPv6 forms carrying an IPv4 address the range of
     * that address.
     */
    static Stream<Arguments> specialPurposeAddresses() {
        return Stream.of(
                Arguments.of("0.0.0.0", "0.0.0.0/32", null),
                Arguments.of("0.1.2.3", "0.0.0.0/8", null),
                Arguments.of("10.1.2.3", "10.0.0.0/8", null),
                Arguments.of("100.64.0.1", "100.64.0.0/10", null),
                Arguments.of("127.0.0.2", "127.0.0.0/8", null),
                Arguments.of("169.254.169.254", "169.254.0.0/16", null),
                Arguments.of("172.31.255.1", "172.16.0.0/12", null),
                Arguments.of("192.0.0.1", "192.0.0.0/29", null),
                Arguments.of("192.0.0.8", "192.0.0.8/32", null),
                Arguments.of("192.0.0.9", "192.0.0.9/32", null),
                Arguments.of("192.0.0.10", "192.0.0.10/32", null),
                Arguments.of("192.0.0.170", "192.0.0.170/32", null),
                Arguments.of("192.0.0.171", "192.0.0.171/32", null),
                Arguments.of("192.0.0.200", "192.0.0.0/24", null),
                Arguments.of("192.0.2.1", "192.0.2.0/24", null),
                Arguments.of("192.31.196.1", "192.31.196.0/24", null),
                Arguments.of("192.52.193.1", "192.52.193.0/24", null),
                Arguments.of("192.88.99.2", "192.88.99.2/32", null),
                Arguments.of("192.88.99.1", "192.88.99.0/24", null),
                Arguments.of("192.168.0.1", "192.168.0.0/16", null),
                Arguments.of("192.175.48.1", "192.175.48.0/24", null),
                Arguments.of("198.18.0.1", "198.18.0.0/15", null),
                Arguments.of("198.19.255.254", "198.18.0.0/15", null),
                Arguments.of("198.51.100.1", "198.51.100.0/24", null),
                Arguments.of("203.0.113.1", "203.0.113.0/24", null),
                Arguments.of("239.255.255.250", "224.0.0.0/4", null),
                Arguments.of("240.0.0.1", "240.0.0.0/4", null),
                Arguments.of("255.255.255.255", "255.255.255.255/32", null),
                Arguments.of("::1", "::1/128", null),
                Arguments.of("::", "::/128", null),
                Arguments.of("mapped:169.254.169.254", "::ffff:0:0/96", "169.254.0.0/16"),
                Arguments.of("mapped:93.184.215.14", "::ffff:0:0/96", null),
                Arguments.of("::10.0.0.1", "::/96", "10.0.0.0/8"),
                Arguments.of("64:ff9b::a9fe:a9fe", "64:ff9b::/96", "169.254.0.0/16"),
                Arguments.of("64:ff9b::5db8:d70e", "64:ff9b::/96", null),
                Arguments.of("64:ff9b:1::a9fe:a9fe", "64:ff9b:1::/48", null),
                Arguments.of("100::1", "100::/64", null),
                Arguments.of("100:0:0:1::1", "100:0:0:1::/64", null),
                Arguments.of("2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001::/32", "192.0.2.0/24"),
                Arguments.of("2001:1::1", "2001:1::1/128", null),
                Arguments.of("2001:1::2", "2001:1::2/128", null),
                Arguments.of("2001:1::3", "2001:1::3/128", null),
                Arguments.of("2001:2::1", "2001:2::/48", null),
                Arguments.of("2001:3::1", "2001:3::/32", null),
                Arguments.of("2001:4:112::1", "2001:4:112::/48", null),
                Arguments.of("2001:10::1", "2001:10::/28", null),
                Arguments.of("2001:20::1", "2001:20::/28", null),
                Arguments.of("2001:30::1", "2001:30::/28", null),
                Arguments.of("2001:100::1", "2001::/23", null),
                Arguments.of("2001:db8::1", "2001:db8::/32", null),
                Arguments.of("2002:a9fe:a9fe::1", "2002::/16", "169.254.0.0/16"),
                Arguments.of("2620:4f:8000::1", "2620:4f:8000::/48", null),
                Arguments.of("3fff::1", "3fff::/20", null),
                Arguments.of("5f00::1", "5f00::/16", null),
                Arguments.of("fd00::1", "fc00::/7", null),
                Arguments.of("fe80::1", "fe80::/10", null),
                Arguments.of("fec0::1", "fec0::/10", null),
                Arguments.of("ff02::1", "ff00::/8", null),
                Arguments.of("4000::1", "2000::/3", null));
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @MethodSource("specialPurposeAddresses")
    void everySpecialPurposeRangeIsRefused(String literal, String range, String embeddedRange) throws Exception {
        InetAddress address = address(literal);
        Optional<WebhookUrlPolicy.Refusal> refusal = WebhookUrlPolicy.refusal(address);
        assertTrue(refusal.isPresent(), literal + " must be refused");
        assertTrue(refusal.get().range().contains(range), literal + ": " + refusal.get());
        if (embeddedRange == null) {
            assertEquals(Optional.empty(), refusal.get().embedded(), literal + ": " + refusal.get());
        } else {
            assertTrue(
                    refusal.get().embedded().orElseThrow().range().contains(embeddedRange),
                    literal + ": " + refusal.get());
        }
        assertFalse(new WebhookUrlPolicy(false).addressAllowed(address), literal);
        if (!address.isLoopbackAddress()) {
            assertFalse(new WebhookUrlPolicy(true).addressAllowed(address), literal + " (development)");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.215.14",
                "1.1.1.1",
                "192.0.1.1",
                "198.20.0.1",
                "223.255.255.254",
                "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
                "2a00:1450:4001:82a::200e",
                "2001:200::1",
                "::ffff:93.184.215.14" // Java reads an IPv4-mapped literal as the IPv4 address, and connects to it
            })
    void publicAddressesAreAllowed(String literal) throws Exception {
        assertEquals(Optional.empty(), WebhookUrlPolicy.refusal(InetAddress.getByName(literal)));
        assertTrue(new WebhookUrlPolicy(false).hostAllowed(literal.contains(":") ? "[" + literal + "]" : literal));
    }

    /** A literal; {@code mapped:a.b.c.d} is the IPv6 form ::ffff:a.b.c.d kept as IPv6 (Java would read it as IPv4). */
    private static InetAddress address(String literal) throws Exception {
        if (!literal.startsWith("mapped:")) {
            return InetAddress.getByName(literal);
        }
        byte[] v4 = InetAddress.getByName(literal.substring("mapped:".length())).getAddress();
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(v4, 0, b, 12, 4);
        return Inet6Address.getByAddress(null, b, -1);
    }

    @Test
    void aNameWithOneReservedAddressAmongPublicOnesIsRefused() throws Exception {
        InetAddress[] answer = {
            InetAddress.getByName("93.184.215.14"),
            InetAddress.getByName("2606:2800:21f:cb07::1"),
            InetAddress.getByName("169.254.169.254")
        };
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, host -> answer);
        assertTrue(policy.allowedAddresses("hooks.example.com").isEmpty());
        assertFalse(policy.hostAllowed("hooks.example.com"));
        InetAddress[] publicOnly = {answer[0], answer[1]};
        assertEquals(
                List.of(publicOnly),
                new WebhookUrlPolicy(false, host -> publicOnly).allowedAddresses("hooks.example.com"));
    }
}
