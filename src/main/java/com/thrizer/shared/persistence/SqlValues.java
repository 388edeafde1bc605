package com.thrizer.shared.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values read by native SQL queries, whichever Java type the driver and Hibernate hand back for them. */
public final class SqlValues {
    private SqlValues() {}

    /** A {@code timestamptz} column's value. */
    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A {@code date} column's value. */
    public static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
