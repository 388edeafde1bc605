package com.thrizer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A CPT code the claim workflow accepts (reference data). */
@Entity
@Table(name = "cpt_codes")
public class CptCode {
    public enum SupportLevel {
        SUPPORTED,
        NEEDS_REVIEW
    }

    @Id
    public String code;

    @Column(nullable = false)
    public String description;

    @Column(name = "add_on", nullable = false)
    public boolean addOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level", nullable = false)
    public SupportLevel supportLevel;

    @Column(name = "typical_duration_minutes")
    public Integer typicalDurationMinutes;
}
