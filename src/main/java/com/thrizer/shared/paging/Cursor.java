package com.thrizer.shared.paging;

import com.thrizer.shared.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Position after the last item of a page: its timestamp and id (keyset pagination, newest first). */
public record Cursor(Instant at, UUID id) {
    private static final String VERSION = "c1";

    public String encode() {
        String raw = VERSION + "|" + at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            String[] time = parts[1].split("\\.");
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Cursor(at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "invalid_cursor", "is not a cursor returned by this list");
    }
}
