package com.thrizer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.shared.security.Scopes;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 4: an operation that needs a scope is a practice endpoint, and practice endpoints are for practice
 * callers only (users of the practice and its API keys): no role besides the scope opens them, so a client gets 403
 * there like everywhere else. The one operation the contract opens to both is listed here, with its reason.
 */
class PracticeEndpointRolesTest {
    /** operationId (method name) -> why the contract opens it to clients too. */
    private static final Map<String, String> OPEN_TO_CLIENTS = Map.of(
            "requestManualVerification",
            "the contract: \"Practice users (benefits:write) or the client\" ask for a manual verification");

    @Test
    void operationsThatNeedAScopeAdmitNoOtherRole() throws Exception {
        Set<String> scopes = Set.copyOf(Scopes.ALL);
        List<String> violations = new ArrayList<>();
        Map<String, String> seenOpen = new TreeMap<>();
        int practiceOperations = 0;
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.thrizer")) {
            boolean implementsContract = c.getInterfaces().stream()
                    .anyMatch(i -> i.toErasure().getPackageName().equals("com.thrizer.api.generated"));
            if (!implementsContract) {
                continue;
            }
            Class<?> type = Class.forName(c.getName());
            for (Method m : type.getDeclaredMethods()) {
                RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
                if (allowed == null) {
                    allowed = type.getAnnotation(RolesAllowed.class);
                }
                if (allowed == null || m.isSynthetic()) {
                    continue;
                }
                List<String> values = Arrays.asList(allowed.value());
                if (values.stream().noneMatch(scopes::contains)) {
                    continue;
                }
                practiceOperations++;
                List<String> others =
                        values.stream().filter(v -> !scopes.contains(v)).toList();
                if (others.isEmpty()) {
                    continue;
                }
                if (OPEN_TO_CLIENTS.containsKey(m.getName())) {
                    seenOpen.put(m.getName(), String.join(",", others));
                } else {
                    violations.add(type.getSimpleName() + "." + m.getName() + " also admits " + others);
                }
            }
        }
        assertTrue(practiceOperations > 50, "found the practice operations");
        assertEquals(List.of(), violations);
        assertEquals(OPEN_TO_CLIENTS.keySet(), seenOpen.keySet(), "every exception is still in use");
    }
}
