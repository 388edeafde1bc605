package com.thrizer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A supported insurer or benefit administrator (reference data, same everywhere). */
@Entity
@Table(name = "insurers")
public class Insurer {
    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    /** '|'-separated other names. */
    @Column(nullable = false)
    public String aliases;

    @Column(name = "thrizer_pay_capable", nullable = false)
    public boolean thrizerPayCapable;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(nullable = false)
    public int position;

    public List<String> aliasList() {
        return aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\\|"));
    }
}
