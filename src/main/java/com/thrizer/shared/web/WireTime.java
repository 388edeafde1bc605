package com.thrizer.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps for MapStruct mappers ({@code uses = WireTime.class}): the wire's are UTC offsets. */
public final class WireTime {
    private WireTime() {}

    public static OffsetDateTime utc(Instant instant) {
        return ApiValues.utc(instant);
    }

    public static Instant instant(OffsetDateTime time) {
        return ApiValues.instant(time);
    }
}
