package com.thrizer.catalog;

import java.util.List;

/** How a typed insurer name matched the catalogue: one insurer, several candidates, or none. */
public record InsurerMatch(Status status, List<KnownInsurer> candidates) {
    public enum Status {
        MATCHED,
        AMBIGUOUS,
        NO_MATCH
    }

    public KnownInsurer matched() {
        if (status != Status.MATCHED) {
            throw new IllegalStateException("not matched");
        }
        return candidates.get(0);
    }
}
