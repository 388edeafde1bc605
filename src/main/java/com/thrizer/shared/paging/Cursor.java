package com.thrizer.shared.paging;

import com.thrizer.shared.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page: its rank (e.g. 1 = pinned, sorted first), timestamp and id (keyset
 * pagination: rank, then newest first).
 */
public record Cursor(int rank, Instant at, UUID id) {
    private static final String VERSION = "c1";

    public Cursor(Instant at, UUID id) {
        this(0, at, id);
    }

    public String encode() {
        String raw = VERSION + "|" + rank + ":" + at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            String[] rankAndTime = parts[1].split(":");
            String[] time = rankAndTime[1].split("\\.");
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Cursor(Integer.parseInt(rankAndTime[0]), at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "invalid_cursor", "is not a cursor returned by this list");
    }
}
