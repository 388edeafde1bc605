package com.thrizer.prod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.UUID;

/** Data for tests of the packaged app, written with plain JDBC (the app under test is another process). */
final class ProdData {
    private ProdData() {}

    /** A practice and an API key of it with {@code practice:read}; returns the key's secret. */
    static String insertPracticeWithKey(String jdbcUrl, UUID practice, String prefix) throws Exception {
        return insertPracticeWithKey(jdbcUrl, practice, prefix, "practice:read");
    }

    /** A practice and an API key of it with these scopes (space-separated); returns the key's secret. */
    static String insertPracticeWithKey(String jdbcUrl, UUID practice, String prefix, String scopes) throws Exception {
        String secret = prefix + UUID.randomUUID().toString().replace("-", "") + "abcdefghijk";
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO practices (id, name, created_at, updated_at) VALUES (?, 'Prod', now(), now())")) {
                s.setObject(1, practice);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_keys (id, practice_id, name, mode, key_hash,"
                    + " key_prefix, key_last4, scopes, created_at) VALUES (?, ?, 'k', ?, ?, ?, 'hijk', ?, now())")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, practice);
                s.setString(3, prefix.contains("live") ? "LIVE" : "TEST");
                s.setString(
                        4,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256")
                                        .digest(secret.getBytes(StandardCharsets.UTF_8))));
                s.setString(5, prefix);
                s.setString(6, scopes);
                s.executeUpdate();
            }
        }
        return secret;
    }
}
