package com.thrizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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

        WebhookUrlPolicy development = new WebhookUrlPolicy(true);
        assertNotNull(development.parse("http://localhost:8080/hooks"));
        assertTrue(development.hostAllowed("127.0.0.1"));
        assertFalse(development.hostAllowed("10.0.0.1"));
        assertNull(development.parse("http://hooks.example.com/x"));
    }
}
