package com.thrizer.shared.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.thrizer.shared.security.Caller;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scope of a caller's keys names that caller alone, also when they have no user record. */
class IdempotencyCallerScopeTest {
    private static Caller withoutUserRecord(String identity) {
        return new Caller(
                Caller.Type.USER, null, null, null, null, null, null, null, Set.of("operator"), Set.of(), identity);
    }

    @Test
    void signedInPeopleWithoutAUserRecordHaveScopesOfTheirOwn() {
        String one = IdempotentRequests.scope(withoutUserRecord("https://issuer.example sub-1"));
        String other = IdempotentRequests.scope(withoutUserRecord("https://issuer.example sub-2"));
        assertNotEquals(one, other);
        assertFalse(one.contains("null"), one);
        assertEquals(one, IdempotentRequests.scope(withoutUserRecord("https://issuer.example sub-1")));
        assertNotEquals(one, IdempotentRequests.scope(withoutUserRecord("https://other.example sub-1")));
    }

    @Test
    void usersAndApiKeysAreScopedByTheirIds() {
        UUID practice = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        assertEquals(
                "practice:" + practice + "/user:" + user,
                IdempotentRequests.scope(new Caller(
                        Caller.Type.USER,
                        user,
                        "a@b.test",
                        null,
                        practice,
                        null,
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        "iss sub")));
        assertEquals(
                "practice:" + practice + "/api_key:" + key,
                IdempotentRequests.scope(new Caller(
                        Caller.Type.API_KEY, null, null, key, practice, null, null, null, Set.of(), Set.of(), null)));
    }
}
