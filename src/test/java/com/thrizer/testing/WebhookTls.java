package com.thrizer.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Self-signed certificates for webhook receivers over TLS, made with the JDK's keytool before the application starts
 * (a global test resource, so it adds no restart): one for {@code localhost} and {@code hooks.test}, one for
 * {@code other.example}. Both are in {@code trusted.pem}, which the sender trusts in tests through
 * {@code thrizer.webhooks.trust-certificates} (production keeps the system CAs).
 */
public class WebhookTls implements QuarkusTestResourceLifecycleManager {
    static final Path DIR = Path.of("target", "webhook-tls").toAbsolutePath();
    private static final char[] PASSWORD = "changeit".toCharArray();
    /** The certificate for these names (the first is its CN). */
    public static final List<String> LOCAL_NAMES = List.of("localhost", "hooks.test");

    public static final String OTHER_NAME = "other.example";

    @Override
    public Map<String, String> start() {
        return Map.of("thrizer.webhooks.trust-certificates", trusted().toString());
    }

    @Override
    public void stop() {}

    /** The PEM file of both certificates (made once, or again when older than a day: they are valid for two). */
    public static synchronized Path trusted() {
        Path pem = DIR.resolve("trusted.pem");
        try {
            if (Files.exists(pem)
                    && Files.getLastModifiedTime(pem)
                            .toInstant()
                            .isAfter(Instant.now().minus(Duration.ofDays(1)))) {
                return pem;
            }
            Files.createDirectories(DIR);
            StringBuilder out = new StringBuilder();
            for (List<String> names : List.of(LOCAL_NAMES, List.of(OTHER_NAME))) {
                Path store = store(names.get(0));
                Files.deleteIfExists(store);
                keytool(names, store);
                out.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, new byte[] {'\n'})
                                .encodeToString(certificate(store).getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
            Files.writeString(pem, out.toString(), StandardCharsets.US_ASCII);
            return pem;
        } catch (Exception e) {
            throw new IllegalStateException("test certificates", e);
        }
    }

    /** A server context presenting the certificate whose CN is {@code name}. */
    public static SSLContext serverContext(String name) {
        trusted();
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(store(name)), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path store(String name) {
        return DIR.resolve(name + ".p12");
    }

    private static void keytool(List<String> names, Path store) throws IOException, InterruptedException {
        String san =
                "SAN=" + String.join(",", names.stream().map(n -> "dns:" + n).toList());
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "receiver",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + names.get(0),
                        "-ext",
                        san,
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(PASSWORD),
                        "-keypass",
                        new String(PASSWORD),
                        "-noprompt")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    private static KeyStore load(Path store) {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD);
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Certificate certificate(Path store) throws IOException {
        try {
            return load(store).getCertificate("receiver");
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
