package com.thrizer.shared.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Pure rule: no Quarkus boot. */
class RedactedExceptionsTest {

    @Test
    void loggedExceptionsKeepTypesAndStacksButNotMessages() {
        Throwable original =
                new IllegalStateException("patient Jane Doe", new IllegalArgumentException("member id SBX-1"));
        Throwable logged = ProblemExceptionMappers.redacted(original);
        StringWriter out = new StringWriter();
        logged.printStackTrace(new PrintWriter(out));
        assertFalse(out.toString().contains("Jane"));
        assertFalse(out.toString().contains("SBX-1"));
        assertTrue(out.toString().contains("IllegalStateException"));
        assertTrue(out.toString().contains("IllegalArgumentException"));
        assertTrue(out.toString().contains("RedactedExceptionsTest"));
    }
}
