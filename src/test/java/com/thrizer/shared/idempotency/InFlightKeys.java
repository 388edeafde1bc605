package com.thrizer.shared.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test rows of the idempotency store in the shapes a crash leaves them. */
final class InFlightKeys {
    private InFlightKeys() {}

    /** Makes the row of this key look like the claim of a request that started {@code secondsAgo} and died. */
    static void leftInFlight(TestData data, Duration lease, String key, long secondsAgo) {
        Instant started = Instant.now().minusSeconds(secondsAgo);
        int rows = data.update(
                "UPDATE idempotency_keys SET state = 'IN_FLIGHT', response_status = NULL, response_body = NULL,"
                        + " response_location = NULL, created_at = ?2, locked_until = ?3 WHERE idempotency_key = ?1",
                key,
                started.atOffset(ZoneOffset.UTC),
                started.plus(lease).atOffset(ZoneOffset.UTC));
        assertEquals(1, rows);
    }
}
