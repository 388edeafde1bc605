package com.thrizer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Cursor;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.validation.Npi;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure rules: no Quarkus boot. */
class UnitRulesTest {

    @Test
    void npiLuhnCheckDigit() {
        assertTrue(Npi.isValid("1234567893"), "CMS example NPI");
        assertFalse(Npi.isValid("1234567890"));
        assertFalse(Npi.isValid("123456789"));
        assertFalse(Npi.isValid("12345678931"));
        assertFalse(Npi.isValid("12345678a3"));
        assertFalse(Npi.isValid(null));
        assertTrue(Npi.isValid("1245319599"));
    }

    @Test
    void cursorRoundTripsAndRejectsForgeries() {
        Cursor c = new Cursor(Instant.parse("2026-11-26T15:04:05.123456Z"), UUID.randomUUID());
        assertEquals(c, Cursor.decode(c.encode()));
        assertThrows(ValidationException.class, () -> Cursor.decode("garbage!"));
        assertThrows(ValidationException.class, () -> Cursor.decode("YzJ8MXwy"));
    }

    @Test
    void pageKeepsLimitAndPointsAfterTheLastItem() {
        record Row(Instant at, UUID id) {}
        List<Row> fetched = List.of(
                new Row(Instant.parse("2026-01-03T00:00:00Z"), UUID.randomUUID()),
                new Row(Instant.parse("2026-01-02T00:00:00Z"), UUID.randomUUID()),
                new Row(Instant.parse("2026-01-01T00:00:00Z"), UUID.randomUUID()));
        Page<Row> page = Page.of(fetched, 2, Row::at, Row::id);
        assertEquals(2, page.data().size());
        assertTrue(page.hasMore());
        assertEquals(new Cursor(fetched.get(1).at(), fetched.get(1).id()), Cursor.decode(page.nextCursor()));
        Page<Row> last = Page.of(fetched, 3, Row::at, Row::id);
        assertFalse(last.hasMore());
        assertEquals(null, last.nextCursor());
    }

    @Test
    void roleScopes() {
        assertEquals(Scopes.ALL.size(), Scopes.ofRole(Roles.PRACTICE_ADMIN).size());
        assertTrue(Scopes.ofRole(Roles.CLINICIAN).contains(Scopes.REFUNDS_WRITE));
        assertFalse(Scopes.ofRole(Roles.STAFF_MEMBER).contains(Scopes.REFUNDS_WRITE));
        assertFalse(Scopes.ofRole(Roles.STAFF_MEMBER).contains(Scopes.PRACTICE_WRITE));
        assertTrue(Scopes.ofRole(Roles.CLIENT).isEmpty());
        assertTrue(Scopes.ofRole(Roles.OPERATOR).isEmpty());
    }
}
