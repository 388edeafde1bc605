package com.thrizer.widget;

import com.thrizer.shared.error.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The rules a widget update must pass, as pure functions: each returns what it found wrong, in request order. */
final class WidgetUpdateRules {
    private WidgetUpdateRules() {}

    /** What the request alone shows: its normalized origins (null when not sent) and its errors (400). */
    record Shape(List<String> origins, List<FieldError> errors) {}

    static Shape shape(WidgetUpdate u) {
        List<FieldError> errors = new ArrayList<>();
        List<String> origins = u.allowedOrigins() == null ? null : origins(u.allowedOrigins(), errors);
        if (u.displayName() != null && u.displayName().isBlank()) {
            errors.add(new FieldError("displayName", "required", "must not be blank"));
        }
        return new Shape(origins, errors);
    }

    /** The clinicians and services the update names that the practice does not have (422). */
    static List<FieldError> selectionErrors(WidgetUpdate u, Set<UUID> knownClinicians, Set<UUID> knownServices) {
        List<FieldError> errors = new ArrayList<>();
        if (u.clinicianIds() != null) {
            for (int i = 0; i < u.clinicianIds().size(); i++) {
                if (!knownClinicians.contains(u.clinicianIds().get(i))) {
                    errors.add(new FieldError("clinicianIds[" + i + "]", "clinician_not_found", "not a team member"));
                }
            }
        }
        if (u.serviceIds() != null) {
            for (int i = 0; i < u.serviceIds().size(); i++) {
                if (!knownServices.contains(u.serviceIds().get(i))) {
                    errors.add(new FieldError(
                            "serviceIds[" + i + "]", "service_not_found", "not an active priced service"));
                }
            }
        }
        return errors;
    }

    /** https origins only (scheme, host and port: no path), lowercased; http://localhost for local development. */
    static List<String> origins(List<String> values, List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i).strip().toLowerCase(Locale.ROOT);
            try {
                URI uri = new URI(value);
                boolean local = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
                boolean ok = ("https".equals(uri.getScheme()) || local)
                        && uri.getHost() != null
                        && uri.getUserInfo() == null
                        && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                        && uri.getRawQuery() == null
                        && uri.getRawFragment() == null;
                if (ok) {
                    out.add(value);
                    continue;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            errors.add(new FieldError(
                    "allowedOrigins[" + i + "]", "invalid_origin", "must be an https origin like https://example.com"));
        }
        return out;
    }
}
