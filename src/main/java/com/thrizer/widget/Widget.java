package com.thrizer.widget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A practice's benefits-estimate widget (one per practice). Lists are stored '|'-separated. */
@Entity
@Table(name = "widgets")
public class Widget {
    @Id
    @Column(name = "practice_id")
    public UUID practiceId;

    @Column(nullable = false)
    public String slug;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "accent_color")
    public String accentColor;

    @Column(name = "welcome_text")
    public String welcomeText;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "lead_capture", nullable = false)
    public boolean leadCapture;

    @Column(name = "clinician_ids", nullable = false)
    public String clinicianIds = "";

    @Column(name = "service_ids", nullable = false)
    public String serviceIds = "";

    @Column(name = "allowed_origins", nullable = false)
    public String allowedOrigins = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<UUID> clinicianIdList() {
        return split(clinicianIds).stream().map(UUID::fromString).toList();
    }

    public List<UUID> serviceIdList() {
        return split(serviceIds).stream().map(UUID::fromString).toList();
    }

    public List<String> allowedOriginList() {
        return split(allowedOrigins);
    }

    static String join(Collection<?> values) {
        return String.join("|", values.stream().map(Object::toString).toList());
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
    }

    @Override
    public String toString() {
        return "Widget[" + practiceId + " " + slug + "]";
    }
}
