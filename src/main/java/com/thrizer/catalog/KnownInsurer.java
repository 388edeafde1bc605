package com.thrizer.catalog;

import java.util.List;

/** An insurer of the catalogue as it leaves this feature: values only, never the managed entity. */
public record KnownInsurer(
        String id, String name, List<String> aliases, boolean thrizerPayCapable, boolean needsReview) {
    static KnownInsurer of(Insurer i) {
        return new KnownInsurer(i.id, i.name, i.aliasList(), i.thrizerPayCapable, i.needsReview);
    }
}
