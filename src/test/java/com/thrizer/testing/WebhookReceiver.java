package com.thrizer.testing;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;

/**
 * A real HTTP receiver for webhook tests (the JDK's server on a free local port): records every request and answers
 * with the status it is told to, a redirect, or nothing at all until it is released (a timeout for the sender). Over
 * TLS ({@link #https}) it presents a test certificate ({@link WebhookTls}) and records the SNI names clients send.
 */
public final class WebhookReceiver implements AutoCloseable {
    public record Received(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile int status = 200;
    private volatile boolean hang;
    private final CountDownLatch release = new CountDownLatch(1);
    private final ConcurrentLinkedQueue<String> serverNames = new ConcurrentLinkedQueue<>();

    public WebhookReceiver() {
        this(null);
    }

    /** A receiver over TLS on 127.0.0.1 presenting the test certificate whose CN is {@code certificateName}. */
    public static WebhookReceiver https(String certificateName) {
        return new WebhookReceiver(WebhookTls.serverContext(certificateName));
    }

    private WebhookReceiver(SSLContext tls) {
        try {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
            if (tls == null) {
                server = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls) {
                    @Override
                    public void configure(HttpsParameters params) {
                        SSLParameters parameters = tls.getDefaultSSLParameters();
                        parameters.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                            @Override
                            public boolean matches(SNIServerName name) {
                                serverNames.add(new String(name.getEncoded(), StandardCharsets.US_ASCII));
                                return true;
                            }
                        }));
                        params.setSSLParameters(parameters);
                    }
                });
                server = https;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(
                        exchange.getRequestURI().getPath(), Map.copyOf(lowercase(exchange.getRequestHeaders())), body));
            }
            if (hang) {
                try {
                    release.await(5, TimeUnit.SECONDS); // the sender gives up long before: a timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int answer = status;
            if (answer >= 300 && answer < 400) {
                exchange.getResponseHeaders().add("Location", url() + "/redirected");
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    private static Map<String, List<String>> lowercase(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new HashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return out;
    }

    /** The receiver's base URL: {@code http://localhost:<port>} (or https). */
    public String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://localhost:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The SNI host names clients sent in their TLS handshakes. */
    public List<String> serverNames() {
        return new ArrayList<>(serverNames);
    }

    public WebhookReceiver answer(int status) {
        this.status = status;
        this.hang = false;
        return this;
    }

    /** Answers nothing (until closed): every attempt times out. */
    public WebhookReceiver hang() {
        this.hang = true;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
