package com.thrizer.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.testing.WebhookReceiver;
import com.thrizer.testing.WebhookTls;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sender against real local TLS receivers with self-signed certificates: the connection goes to the address the
 * SSRF check resolved (never to a second DNS answer), while the host name is what {@code Host}, SNI and the
 * certificate check see. The names resolve through the policy's resolver only: {@code hooks.test} is a reserved name
 * (RFC 6761) that no DNS answers, so a request that reaches the receiver was connected to the checked address.
 */
class WebhookSenderTest {
    private static Vertx vertx;
    private WebhookReceiver receiver;
    private final List<String> resolved = new ArrayList<>();

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    /** Answers the loopback address for its first look-up of each test and a private address for every later one. */
    private InetAddress[] rebinding(String host) throws UnknownHostException {
        resolved.add(host);
        if (!host.equals("hooks.test")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(resolved.size() == 1 ? "127.0.0.1" : "10.0.0.7")};
    }

    private WebhookSender sender(Optional<String> trust) {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(true, this::rebinding); // loopback allowed, as in development
        return new WebhookSender(config(), Clock.systemUTC(), vertx, policy, trust);
    }

    private static Optional<String> testTrust() {
        return Optional.of(WebhookTls.trusted().toString());
    }

    private WebhookSender.Outcome send(WebhookSender sender, String url) {
        return sender.send(url, List.of(WebhookSignature.newSecret()), "evt_1", "{\"type\":\"test\"}");
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithTheNameInHostSniAndCertificate() {
        receiver = WebhookReceiver.https("localhost"); // its certificate names localhost and hooks.test
        WebhookSender sender = sender(testTrust());
        String url = "https://hooks.test:" + receiver.port() + "/hooks?source=thrizer";

        WebhookSender.Outcome first = send(sender, url);
        assertTrue(first.succeeded(), String.valueOf(first));
        assertEquals(200, first.statusCode());
        assertEquals(List.of("hooks.test"), resolved); // resolved once, by the check; the connection used its answer
        assertEquals(List.of("hooks.test"), receiver.serverNames());
        WebhookReceiver.Received got = receiver.received().get(0);
        assertEquals("hooks.test:" + receiver.port(), got.header("host"));
        assertEquals("/hooks", got.path());
        assertEquals("evt_1", got.header("webhook-id"));
        assertTrue(got.header("webhook-signature").startsWith("v1,"));
        assertEquals("{\"type\":\"test\"}", got.body());

        // the name now resolves to a private address: checked again before the attempt, which is not made
        WebhookSender.Outcome second = send(sender, url);
        assertEquals("address_not_allowed", second.error());
        assertNull(second.statusCode());
        assertEquals(1, receiver.received().size());
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        receiver = WebhookReceiver.https(WebhookTls.OTHER_NAME); // trusted, but for other.example
        WebhookSender.Outcome outcome = send(sender(testTrust()), "https://hooks.test:" + receiver.port() + "/hooks");
        assertFalse(outcome.succeeded());
        assertEquals("connection_failed", outcome.error());
        assertNull(outcome.statusCode());
        assertEquals(0, receiver.received().size());
    }

    @Test
    void withoutTheTestTrustASelfSignedCertificateIsRefused() {
        receiver = WebhookReceiver.https("localhost");
        WebhookSender.Outcome outcome =
                send(sender(Optional.empty()), "https://hooks.test:" + receiver.port() + "/hooks"); // system CAs
        assertEquals("connection_failed", outcome.error());
        assertEquals(0, receiver.received().size());
    }

    @Test
    void anAddressLiteralIsCheckedAgainstTheCertificateToo() {
        receiver = WebhookReceiver.https("localhost"); // no IP address in its certificate
        WebhookSender sender =
                new WebhookSender(config(), Clock.systemUTC(), vertx, new WebhookUrlPolicy(true), testTrust());
        WebhookSender.Outcome outcome = send(sender, "https://127.0.0.1:" + receiver.port() + "/hooks");
        assertEquals("connection_failed", outcome.error());
        assertEquals(List.of(), receiver.serverNames()); // no SNI for an address
        assertEquals(0, receiver.received().size());
    }

    @Test
    void plainHttpToLocalhostInDevelopmentKeepsWorking() {
        receiver = new WebhookReceiver().answer(204);
        WebhookSender sender =
                new WebhookSender(config(), Clock.systemUTC(), vertx, new WebhookUrlPolicy(true), Optional.empty());
        WebhookSender.Outcome outcome = send(sender, receiver.url() + "/hooks");
        assertTrue(outcome.succeeded(), String.valueOf(outcome));
        assertEquals(204, outcome.statusCode());
        assertEquals("localhost:" + receiver.port(), receiver.received().get(0).header("host"));
    }

    private static WebhookConfig config() {
        return new WebhookConfig() {
            @Override
            public boolean allowLocalhost() {
                return true;
            }

            @Override
            public Optional<String> trustCertificates() {
                return Optional.empty();
            }

            @Override
            public String dispatchEvery() {
                return "off";
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration retryWindow() {
                return Duration.ofDays(3);
            }

            @Override
            public Duration firstDelay() {
                return Duration.ofMinutes(1);
            }

            @Override
            public Duration maxDelay() {
                return Duration.ofHours(12);
            }

            @Override
            public Duration secretOverlap() {
                return Duration.ofHours(24);
            }

            @Override
            public int maxEndpoints() {
                return 16;
            }
        };
    }
}
