package com.thrizer.shared.web;

import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.ValidationException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JAX-RS answers 404 when a query parameter cannot be converted, without saying which. This filter checks the
 * parameters of the matched operation before anything else runs (authentication aside): typed query parameters (UUID,
 * date, date-time, integer, boolean, enum) answer 400 {@code validation_failed} naming the parameter; a path id that
 * is not a UUID answers 404 like any unknown id; a path or query string with a control character (NUL included, which
 * PostgreSQL refuses) answers 400 {@code invalid_characters}. Patterns and lengths of string parameters are the
 * generated interfaces' bean-validation constraints, checked next, also before the resource method runs.
 */
public class TypedParameterCheck {
    private final Map<Method, List<Param>> cache = new ConcurrentHashMap<>();

    private static final Set<Class<?>> CHECKED = Set.of(
            UUID.class, LocalDate.class, OffsetDateTime.class, Integer.class, Long.class, Boolean.class, String.class);

    private record Param(String name, boolean path, Class<?> type) {}

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Param p : cache.computeIfAbsent(method, m -> typedParams(resource.getResourceClass(), m))) {
            List<String> values = p.path()
                    ? request.getUriInfo().getPathParameters().get(p.name())
                    : request.getUriInfo().getQueryParameters().get(p.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!p.path() && value.isEmpty()) {
                    // every query parameter of the contract has a type, an enum or a minimum length that "" breaks
                    throw ValidationException.of(p.name(), "invalid_value", "must not be empty: leave it out instead");
                }
                if (p.type() == String.class) {
                    if (hasControlCharacter(value)) {
                        throw controlCharacter(p.name());
                    }
                    continue;
                }
                if (!converts(p.type(), value)) {
                    if (p.path()) {
                        throw new ResourceNotFoundException("resource");
                    }
                    throw ValidationException.of(p.name(), "invalid_value", message(p.type()));
                }
            }
        }
    }

    /** C0 controls other than tab, line feed and carriage return, and DEL (the JSON bodies' rule too). */
    public static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static ValidationException controlCharacter(String name) {
        return ValidationException.of(name, "invalid_characters", "must not contain control characters");
    }

    private static List<Param> typedParams(Class<?> resourceClass, Method method) {
        Method declared = declaring(resourceClass, method);
        List<Param> params = new ArrayList<>();
        Class<?>[] types = declared.getParameterTypes();
        Annotation[][] annotations = declared.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            if (!CHECKED.contains(types[i]) && !types[i].isEnum()) {
                continue;
            }
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    params.add(new Param(q.value(), false, types[i]));
                } else if (a instanceof PathParam p) {
                    params.add(new Param(p.value(), true, types[i]));
                }
            }
        }
        return List.copyOf(params);
    }

    /** The annotated declaration: the generated interface's method that the resource implements. */
    public static Method declaring(Class<?> resourceClass, Method method) {
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> iface : c.getInterfaces()) {
                try {
                    return iface.getMethod(method.getName(), method.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not this interface
                }
            }
        }
        return method;
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == UUID.class) {
                UUID.fromString(value);
                return value.length() == 36;
            }
            if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
                return true;
            }
            if (type == LocalDate.class) {
                LocalDate.parse(value);
                return true;
            }
            if (type == Integer.class) {
                Integer.parseInt(value);
                return true;
            }
            if (type == Long.class) {
                Long.parseLong(value);
                return true;
            }
            if (type == Boolean.class) {
                return value.equals("true") || value.equals("false");
            }
            return enumValue(type, value) != null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    private static Object enumValue(Class<?> type, String value) {
        for (Object constant : type.getEnumConstants()) {
            if (constant.toString().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static String message(Class<?> type) {
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == OffsetDateTime.class) {
            return "must be an RFC 3339 date-time, e.g. 2026-11-01T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a calendar date (YYYY-MM-DD), e.g. 2026-11-01";
        }
        if (type == Integer.class || type == Long.class) {
            return "must be an integer";
        }
        if (type == Boolean.class) {
            return "must be true or false";
        }
        return "is not one of the allowed values";
    }
}
