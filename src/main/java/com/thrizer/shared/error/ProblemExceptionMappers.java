package com.thrizer.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.thrizer.shared.web.JsonConfig;
import com.thrizer.shared.web.RequestMetadata;
import com.thrizer.shared.web.TypedParameterCheck;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure becomes an RFC 9457 problem with a stable code. Details of unexpected errors go to the log
 * (with the request id), never to the caller; no mapper echoes input values, which may be personal data.
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    public static final String CHALLENGE = "Bearer realm=\"thrizer\", ApiKey header=\"X-Api-Key\"";

    private final RequestMetadata request;
    private final boolean redactMessages;

    ProblemExceptionMappers(
            RequestMetadata request,
            @ConfigProperty(name = "thrizer.logging.redact-exception-messages", defaultValue = "true")
                    boolean redactMessages) {
        this.request = request;
        this.redactMessages = redactMessages;
    }

    /** What to log of an unexpected exception: by default without messages (they may quote personal data). */
    private Throwable loggable(Throwable e) {
        return redactMessages ? redacted(e) : e;
    }

    private Response problem(int status, String code, String detail, String param, List<FieldError> errors) {
        return Problems.response(status, code, detail, param, errors, request.path(), request.requestId())
                .build();
    }

    private Response problem(int status, String code, String detail) {
        return problem(status, code, detail, null, List.of());
    }

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        Response.ResponseBuilder builder = Problems.response(
                e.status(), e.code(), e.detail(), e.param(), e.errors(), request.path(), request.requestId());
        if (e instanceof IdempotencyInUse) {
            builder.header("Retry-After", "1");
        }
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return DatabaseFailures.isUnavailable(e) ? databaseUnavailable(e) : unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e) {
        return DatabaseFailures.isUnavailable(e) ? databaseUnavailable(e) : unauthorized();
    }

    private Response unauthorized() {
        Response r = problem(401, "unauthenticated", "Send a valid bearer token or API key.");
        return Response.fromResponse(r)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e) {
        LOG.warnf("OIDC provider unavailable [requestId=%s]", request.requestId());
        return Response.fromResponse(
                        problem(
                                503,
                                "identity_provider_unavailable",
                                "The identity provider cannot be reached to verify the token; retry shortly or use an API key."))
                .header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper
    public Response databaseDown(JDBCConnectionException e) {
        return databaseUnavailable(e);
    }

    /** The database could not be reached or refused to work for now ({@link DatabaseFailures#isUnavailable}). */
    private Response databaseUnavailable(Throwable e) {
        LOG.errorf(loggable(e), "Database unavailable [requestId=%s]", request.requestId());
        return Response.fromResponse(problem(503, "service_unavailable", "A dependency is unavailable; retry later."))
                .header("Retry-After", "5")
                .build();
    }

    /**
     * What a failure of the database means, wherever it surfaced (statement, flush or commit, however wrapped): a
     * concurrent request won a unique constraint (the problem a sequential duplicate gets), or the database is
     * unavailable (503); else null.
     */
    private Response databaseFailure(Throwable e) {
        var constraint = ConstraintProblems.of(e);
        if (constraint.isPresent()) {
            return domain(constraint.get().exception());
        }
        return DatabaseFailures.isUnavailable(e) ? databaseUnavailable(e) : null;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "forbidden", "Your role or API key scopes do not allow this operation.");
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        boolean ours = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (ours) {
            return unexpected(e);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemExceptionMappers::fieldError)
                .sorted(Comparator.comparing(FieldError::param).thenComparing(FieldError::code))
                .toList();
        return problem(
                400,
                "validation_failed",
                "One or more fields are invalid.",
                errors.size() == 1 ? errors.get(0).param() : null,
                errors);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static FieldError fieldError(ConstraintViolation<?> v) {
        String constraint =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String param = paramOf(v.getRootBeanClass(), v.getPropertyPath());
        String code = switch (constraint) {
            case "NotNull", "NotEmpty", "NotBlank" -> "required";
            case "Pattern", "Email" -> "invalid_format";
            case "Size" -> "invalid_length";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> "out_of_range";
            default -> "invalid";
        };
        return new FieldError(param, code, v.getMessage());
    }

    /**
     * Method-validation paths look like {@code createApiKey.createApiKeyRequestDto.name} or {@code listApiKeys.limit}:
     * drop the method and body-parameter nodes, keep the field path.
     */
    static String paramOf(Class<?> resource, Path path) {
        List<String> names = new ArrayList<>();
        Path.MethodNode method = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            if (kind == ElementKind.PARAMETER) {
                names.add(name.endsWith("Dto") ? "" : httpName(resource, method, node.as(Path.ParameterNode.class)));
                continue;
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                // an element of a list: "codes" + "[1]"
                if (node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                continue;
            }
            String indexed = node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            names.add(name + indexed);
        }
        String joined = names.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("."));
        return joined.isEmpty() ? "body" : joined;
    }

    /** The query, header or path parameter's name on the wire ({@code Idempotency-Key}, not {@code idempotencyKey}). */
    private static String httpName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null) {
            return parameter.getName();
        }
        try {
            Method m = TypedParameterCheck.declaring(
                    resource,
                    resource.getMethod(
                            method.getName(), method.getParameterTypes().toArray(Class<?>[]::new)));
            for (Annotation a : m.getParameterAnnotations()[parameter.getParameterIndex()]) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
            }
        } catch (NoSuchMethodException e) {
            // fall back to the Java name
        }
        return parameter.getName();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String param = jsonPath(e);
        return fieldInvalid(param, "unknown_property", "is not a field of this request");
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e) {
        String param = jsonPath(e);
        if (e instanceof JsonConfig.ControlCharacterException) {
            return fieldInvalid(param, "invalid_characters", "must not contain control characters");
        }
        String code = e.getTargetType() != null && e.getTargetType().isEnum() ? "invalid_value" : "invalid_type";
        return fieldInvalid(param, code, "has the wrong type or value");
    }

    @ServerExceptionMapper
    public Response invalidEnumOrValue(ValueInstantiationException e) {
        String param = jsonPath(e);
        return fieldInvalid(param, "invalid_value", "is not one of the allowed values");
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String param = jsonPath(e);
        if (e instanceof JsonConfig.DuplicateElementException) {
            return fieldInvalid(param, "duplicate", "is listed twice");
        }
        boolean missing = e.getMessage() != null && e.getMessage().startsWith("Missing required");
        String code = missing ? "required" : "invalid_type";
        String message = missing ? "is required" : "has the wrong type";
        if (param.equals("body")) {
            return problem(400, "malformed_json", "The request body is not the JSON object this operation expects.");
        }
        return fieldInvalid(param, code, message);
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e) {
        String param = jsonPath(e);
        if (e.getCause() instanceof IllegalArgumentException) {
            // an enum's factory refused the value
            return fieldInvalid(param, "invalid_value", "is not one of the allowed values");
        }
        return fieldInvalid(param, "invalid", "is invalid");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return problem(400, "malformed_json", "The request body is not valid JSON.");
    }

    /** The JSON path of the failing field, e.g. {@code address.postalCode} or {@code scopes[1]}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof DomainException domain) {
            // a parameter converter refused a value: JAX-RS wraps it, the converter's answer stands
            return domain(domain);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonMappingException mapping ? otherMapping(mapping) : malformed(json);
        }
        return switch (status) {
            case 400 -> problem(400, "malformed_request", "The request could not be read.");
            case 401 -> unauthorized();
            case 403 -> forbidden(null);
            case 404 -> problem(404, "not_found", "No such resource.");
            case 405 -> problem(405, "method_not_allowed", "This method is not allowed on this resource.");
            case 406 -> problem(406, "not_acceptable", "This operation produces application/json.");
            case 413 -> problem(413, "payload_too_large", "The request body is too large.");
            case 415 -> problem(415, "unsupported_media_type", "Send the body as application/json.");
            default -> status >= 500 ? unexpected(e) : problem(status, "http_" + status, "The request failed.");
        };
    }

    /**
     * Whether {@code e} is the framework's refusal of a request body it could not parse before any of the service's
     * code ran (a multipart body without its boundary, a truncated part): the client's fault, a {@code 400}.
     */
    static boolean readingTheRequestBody(Throwable e) {
        if (!(e instanceof IOException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception chain with types and stack traces but without messages: messages may quote input values or SQL
     * parameters, which can be personal or health data.
     */
    static Throwable redacted(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : redacted(e.getCause());
        Throwable copy = new RedactedThrowable(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Stands for an exception whose message was removed before logging. */
    static final class RedactedThrowable extends RuntimeException {
        RedactedThrowable(String type, Throwable cause) {
            super(type + " (message redacted)", cause);
        }
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Response database = databaseFailure(e);
        if (database != null) {
            return database;
        }
        if (readingTheRequestBody(e)) {
            return problem(400, "malformed_request", "The request could not be read.");
        }
        LOG.errorf(loggable(e), "Unexpected error [requestId=%s]", request.requestId());
        return problem(500, "internal_error", "An unexpected error occurred. Quote the traceId to support.");
    }

    /** 400 validation_failed for one field: the answer of every parsing and parameter refusal. */
    private Response fieldInvalid(String param, String code, String message) {
        return problem(
                400,
                "validation_failed",
                "One or more fields are invalid.",
                param,
                List.of(new FieldError(param, code, message)));
    }
}
