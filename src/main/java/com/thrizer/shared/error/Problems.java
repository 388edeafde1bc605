package com.thrizer.shared.error;

import com.thrizer.api.generated.model.ProblemDto;
import com.thrizer.api.generated.model.ProblemFieldErrorDto;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem+json answers; the one place their shape is decided. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://docs.thrizer.com/api/errors#";

    private Problems() {}

    public static Response.ResponseBuilder response(
            int status,
            String code,
            String detail,
            String param,
            List<FieldError> errors,
            String path,
            String traceId) {
        ProblemDto problem = new ProblemDto()
                .type(TYPE_BASE + code)
                .title(title(code))
                .status(status)
                .detail(detail)
                .instance(path)
                .code(code)
                .param(param)
                .errors(
                        errors.isEmpty()
                                ? null
                                : errors.stream().map(Problems::toDto).toList())
                .traceId(traceId);
        return Response.status(status).type(MEDIA_TYPE).entity(problem);
    }

    private static ProblemFieldErrorDto toDto(FieldError e) {
        return new ProblemFieldErrorDto().param(e.param()).code(e.code()).message(e.message());
    }

    /** "idempotency_key_reused" -> "Idempotency key reused": one title per problem type. */
    static String title(String code) {
        String words = code.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
