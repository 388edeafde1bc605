package com.thrizer.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.List;

/**
 * Sends one signed event over HTTP: a POST with the Standard Webhooks headers, answered within the timeout, redirects
 * never followed (a 3xx is a failed attempt), the host checked against the SSRF policy just before the call.
 */
@ApplicationScoped
public class WebhookSender {
    private final HttpClient http;
    private final WebhookConfig config;
    private final WebhookUrlPolicy policy;
    private final Clock clock;

    WebhookSender(WebhookConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.policy = new WebhookUrlPolicy(config.allowLocalhost());
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .build();
    }

    /** What an attempt gave (without its number and time, which the caller knows). */
    public record Outcome(boolean succeeded, Integer statusCode, long durationMs, String error) {}

    Outcome send(String url, List<String> secrets, String id, String body) {
        long started = System.nanoTime();
        try {
            URI uri = policy.parse(url);
            if (uri == null || !policy.hostAllowed(uri.getHost())) {
                return new Outcome(false, null, elapsed(started), "address_not_allowed");
            }
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Thrizer-Webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(secrets, id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(ok, status, elapsed(started), ok ? null : "http_status");
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, elapsed(started), "timeout");
        } catch (UnknownHostException e) {
            return new Outcome(false, null, elapsed(started), "connection_failed");
        } catch (IOException e) {
            return new Outcome(false, null, elapsed(started), "connection_failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, elapsed(started), "connection_failed");
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
