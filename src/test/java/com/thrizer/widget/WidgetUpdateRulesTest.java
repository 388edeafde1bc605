package com.thrizer.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.shared.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules of a widget update. */
class WidgetUpdateRulesTest {
    private static WidgetUpdate update(String displayName, List<UUID> clinicians, List<UUID> services, List<String> o) {
        return new WidgetUpdate(null, displayName, null, null, null, null, clinicians, services, o);
    }

    @Test
    void nothingSentIsNothingWrong() {
        WidgetUpdateRules.Shape shape = WidgetUpdateRules.shape(update(null, null, null, null));
        assertNull(shape.origins());
        assertTrue(shape.errors().isEmpty());
        assertTrue(WidgetUpdateRules.selectionErrors(update(null, null, null, null), Set.of(), Set.of())
                .isEmpty());
    }

    @Test
    void originsAreNormalizedAndEveryBadOneIsReportedByIndex() {
        WidgetUpdateRules.Shape shape = WidgetUpdateRules.shape(update(
                " ", null, null, List.of(" HTTPS://Example.com ", "http://example.com", "http://localhost:3000", "x")));
        assertEquals(List.of("https://example.com", "http://localhost:3000"), shape.origins());
        assertEquals(
                List.of(
                        new FieldError(
                                "allowedOrigins[1]",
                                "invalid_origin",
                                "must be an https origin like https://example.com"),
                        new FieldError(
                                "allowedOrigins[3]",
                                "invalid_origin",
                                "must be an https origin like https://example.com"),
                        new FieldError("displayName", "required", "must not be blank")),
                shape.errors());
    }

    @Test
    void originsWithAPathQueryFragmentOrUserAreRefused() {
        List<String> bad = List.of(
                "https://example.com/widget",
                "https://example.com?x=1",
                "https://example.com#a",
                "https://u@example.com");
        List<FieldError> errors = new ArrayList<>();
        assertEquals(List.of(), WidgetUpdateRules.origins(bad, errors));
        assertEquals(4, errors.size());
    }

    @Test
    void unknownCliniciansAndServicesAreReportedByIndex() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        List<FieldError> errors = WidgetUpdateRules.selectionErrors(
                update(null, List.of(known, unknown), List.of(unknown, known), null), Set.of(known), Set.of(known));
        assertEquals(
                List.of(
                        new FieldError("clinicianIds[1]", "clinician_not_found", "not a team member"),
                        new FieldError("serviceIds[0]", "service_not_found", "not an active priced service")),
                errors);
    }
}
