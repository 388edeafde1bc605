package com.thrizer.events.domain;

import com.thrizer.shared.outbound.ProviderCall;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Sends one signed event over HTTP/1.1: a POST with the Standard Webhooks headers, answered within the timeout,
 * redirects never followed (a 3xx is a failed attempt), success = 2xx. The host is resolved once, just before the call,
 * every address checked against the SSRF policy, and the connection made to the checked address (Vert.x
 * {@link RequestOptions#setServer}): the host name only goes into the {@code Host} header, the TLS SNI and the
 * certificate check (hostname verification against the default trust store), so a DNS answer that changes after the
 * check (rebinding) cannot send the event elsewhere.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** IPv4 (in any of the forms Java reads) and IPv6 literals: no SNI for them (RFC 6066 section 3). */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private final WebhookConfig config;
    private final WebhookUrlPolicy policy;
    private final Clock clock;
    /** For host names: SNI carries the name (Vert.x sends it for names without a dot too, such as localhost). */
    private final HttpClient named;
    /** For address literals: no SNI, the certificate checked against the address. */
    private final HttpClient literal;

    @Inject
    WebhookSender(WebhookConfig config, Clock clock, Vertx vertx) {
        this(config, clock, vertx, new WebhookUrlPolicy(config.allowLocalhost()), trustInThisMode(config));
    }

    /** With a given resolver (through the policy) and trust; tests. */
    WebhookSender(
            WebhookConfig config,
            Clock clock,
            Vertx vertx,
            WebhookUrlPolicy policy,
            Optional<String> trustCertificates) {
        this.config = config;
        this.clock = clock;
        this.policy = policy;
        this.named = vertx.createHttpClient(options(config, trustCertificates).setForceSni(true));
        this.literal = vertx.createHttpClient(options(config, trustCertificates));
    }

    private static Optional<String> trustInThisMode(WebhookConfig config) {
        if (config.trustCertificates().isPresent() && !LaunchMode.current().isDevOrTest()) {
            LOG.warn("thrizer.webhooks.trust-certificates is ignored in production: the default trust store is used");
            return Optional.empty();
        }
        return config.trustCertificates();
    }

    private static HttpClientOptions options(WebhookConfig config, Optional<String> trustCertificates) {
        HttpClientOptions options = new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) config.timeout().toMillis())
                .setKeepAlive(false) // one connection per attempt, to the address checked for it
                .setVerifyHost(true);
        trustCertificates.ifPresent(path -> options.setTrustOptions(new PemTrustOptions().addCertPath(path)));
        return options;
    }

    @PreDestroy
    void close() {
        named.close();
        literal.close();
    }

    /** What an attempt gave (without its number and time, which the caller knows). */
    public record Outcome(boolean succeeded, Integer statusCode, long durationMs, String error) {}

    @ProviderCall
    Outcome send(String url, List<String> secrets, String id, String body) {
        long started = System.nanoTime();
        URI uri = policy.parse(url);
        List<InetAddress> addresses;
        try {
            addresses = uri == null ? List.of() : policy.allowedAddresses(uri.getHost());
        } catch (UnknownHostException e) {
            return new Outcome(false, null, elapsed(started), "connection_failed");
        }
        if (addresses.isEmpty()) {
            return new Outcome(false, null, elapsed(started), "address_not_allowed");
        }
        boolean https = uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setSsl(https)
                .setHost(host) // SNI and certificate check
                .setPort(port)
                .setServer(
                        SocketAddress.inetSocketAddress(port, addresses.get(0).getHostAddress())) // checked address
                .setURI(path)
                .setFollowRedirects(false)
                .putHeader("Host", uri.getRawAuthority())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Thrizer-Webhooks/1")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.header(secrets, id, timestamp, body));
        HttpClient client = ADDRESS_LITERAL.matcher(host).matches() ? literal : named;
        int status;
        try {
            status = call(client, request, body.getBytes(StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            return new Outcome(false, null, elapsed(started), "timeout");
        } catch (ExecutionException e) {
            return new Outcome(false, null, elapsed(started), timedOut(e.getCause()) ? "timeout" : "connection_failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, elapsed(started), "connection_failed");
        } catch (RuntimeException e) { // a request the client refuses to build (e.g. a name SNI cannot carry)
            return new Outcome(false, null, elapsed(started), "connection_failed");
        }
        boolean ok = status >= 200 && status < 300;
        return new Outcome(ok, status, elapsed(started), ok ? null : "http_status");
    }

    /** The answer's status within the timeout (the body is discarded); the request is abandoned after it. */
    private int call(HttpClient client, RequestOptions options, byte[] body)
            throws TimeoutException, ExecutionException, InterruptedException {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        client.request(options)
                .compose(request -> {
                    sent.set(request);
                    if (abandoned.get()) { // connected after the timeout: nothing is sent
                        request.reset();
                        return Future.failedFuture(new TimeoutException());
                    }
                    return request.send(Buffer.buffer(body));
                })
                .onComplete(answer -> {
                    if (answer.succeeded()) {
                        status.complete(answer.result().statusCode());
                        try {
                            answer.result().handler(ignored -> {}); // the body is discarded as it comes
                        } catch (IllegalStateException ended) {
                            // an empty body may have ended already: nothing to discard
                        }
                    } else {
                        status.completeExceptionally(answer.cause());
                    }
                });
        try {
            return status.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            throw e;
        }
    }

    private static boolean timedOut(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException
                    || t instanceof ConnectTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
