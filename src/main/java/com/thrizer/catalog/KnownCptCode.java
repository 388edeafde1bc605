package com.thrizer.catalog;

/** A CPT code of the catalogue as it leaves this feature: values only, never the managed entity. */
public record KnownCptCode(
        String code,
        String description,
        boolean addOn,
        CptCode.SupportLevel supportLevel,
        Integer typicalDurationMinutes) {
    static KnownCptCode of(CptCode c) {
        return new KnownCptCode(c.code, c.description, c.addOn, c.supportLevel, c.typicalDurationMinutes);
    }
}
