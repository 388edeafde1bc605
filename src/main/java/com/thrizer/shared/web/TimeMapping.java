package com.thrizer.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The timestamp conversions every MapStruct mapper uses ({@link MappingDefaults}): instants go out as UTC. */
public final class TimeMapping {
    private TimeMapping() {}

    public static OffsetDateTime utc(Instant instant) {
        return ApiValues.utc(instant);
    }

    public static Instant instant(OffsetDateTime time) {
        return ApiValues.instant(time);
    }
}
