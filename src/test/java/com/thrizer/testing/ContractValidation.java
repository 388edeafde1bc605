package com.thrizer.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The guard rail of the suite: every answer a test receives from the API is validated against the contract
 * ({@code openapi.json} at the project root) by a maintained validator (Atlassian's swagger-request-validator):
 * the status must be declared for the operation, the body must be valid against the schema of its status and media
 * type under a strict OpenAPI 3.0.3 reading ({@code nullable} only beside a {@code type}, {@code
 * additionalProperties: false} as declared), declared required headers must be present, and errors must be {@code
 * application/problem+json}. Requests are not validated: tests send invalid requests on purpose. Paths outside {@code
 * /v1/} ({@code /q/*}, {@code /dev/*}, the test OIDC server) are not validated; under {@code /v1/}, a path or method
 * the contract does not have must answer 404 or 405 problem+json (see {@link #problems}).
 *
 * <p>Installed once for the whole suite as a global rest-assured filter by {@link ContractValidationExtension}
 * (registered by JUnit's extension autodetection). A mismatch fails the request's test with the validator's
 * messages; each is also appended to {@code target/contract-violations.txt}. With {@code
 * -Dcontract.validation=report} mismatches are only recorded, not thrown (to survey a set of test classes at once).
 */
public final class ContractValidation implements OrderedFilter {
    private static final Path CONTRACT = Path.of("openapi.json");
    private static final Path VIOLATIONS = Path.of("target", "contract-violations.txt");
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("contract.validation"));
    private static volatile OpenApiInteractionValidator validator;

    private ContractValidation() {}

    /** Installs the filter (once) for every rest-assured request of this class loader. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            RestAssured.filters(new ContractValidation());
        }
    }

    static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidation.class) {
                if (validator == null) {
                    try {
                        validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                                        Files.readString(CONTRACT, StandardCharsets.UTF_8))
                                .withBasePathOverride("/")
                                .build();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + CONTRACT.toAbsolutePath(), e);
                    }
                }
            }
        }
        return validator;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE; // sees the answer last, after any other filter
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (path == null || !path.startsWith("/v1/")) {
            return response; // not an operation of the contract (/q/*, /dev/*, the test OIDC server)
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String origin = request.getHeaders().getValue("Origin");
        List<String> found = problems(method, path, origin, RestAssuredResponse.of(response));
        StringBuilder problems = new StringBuilder();
        found.forEach(p -> problems.append("\n  - ").append(p));
        if (problems.length() > 0) {
            String message = method + " " + path + " -> " + response.getStatusCode() + problems;
            record(message);
            if (!REPORT_ONLY) {
                throw new AssertionError("The answer does not match openapi.json: " + message + "\n  body: "
                        + abbreviate(response.asString()));
            }
        }
        return response;
    }

    /** The public widget's paths, whose CORS preflight ({@code OPTIONS}) is outside the contract on purpose. */
    private static final Pattern PUBLIC_WIDGET = Pattern.compile("/v1/public/widgets/[^/]*(/estimates)?");

    /**
     * What is wrong with an answer to {@code method path} (empty: nothing). A path the contract does not have must be
     * answered {@code 404}, a method it does not declare for a path {@code 405}, both as problem+json; the only
     * requests outside the contract that may answer otherwise are the CORS preflights of the public widget
     * ({@code api/widget.md}): {@code 204} with an empty body, {@code Access-Control-Allow-Origin} only ever the
     * request's own {@code Origin}, or {@code 400} problem+json for a slug that breaks its pattern (item 7).
     */
    static List<String> problems(
            String method, String path, String origin, com.atlassian.oai.validator.model.Response response) {
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(method), response);
        List<String> out = new ArrayList<>();
        int status = response.getStatus();
        String contentType = response.getContentType().orElse(null);
        boolean problemJson =
                contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        boolean outside = false;
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            switch (m.getKey()) {
                case "validation.request.path.missing" -> {
                    outside = true;
                    if (status != 404) {
                        out.add("a path outside the contract must answer 404, not " + status);
                    }
                }
                case "validation.request.operation.notAllowed" -> {
                    outside = true;
                    if (method.equals("OPTIONS") && PUBLIC_WIDGET.matcher(path).matches()) {
                        out.addAll(preflightProblems(origin, response, problemJson));
                        return out;
                    }
                    if (status != 405) {
                        out.add("a method the contract does not declare for the path must answer 405, not " + status);
                    }
                }
                default -> out.add(m.getKey() + ": " + m.getMessage().replace('\n', ' '));
            }
        }
        if (outside && !problemJson) {
            out.add("error not application/problem+json: " + contentType);
        } else if (!outside
                && status >= 400
                && !problemJson
                && out.stream().noneMatch(p -> p.contains("contentType"))) {
            out.add("error not application/problem+json: " + contentType);
        }
        return out;
    }

    private static List<String> preflightProblems(
            String origin, com.atlassian.oai.validator.model.Response response, boolean problemJson) {
        List<String> out = new ArrayList<>();
        int status = response.getStatus();
        if (status == 400) {
            if (!problemJson) {
                out.add("a refused preflight must be application/problem+json");
            }
            return out;
        }
        if (status != 204) {
            out.add("a CORS preflight of the public widget must answer 204 (or 400 for a malformed slug), not "
                    + status);
        }
        if (!response.getBody().orElse("").isEmpty()) {
            out.add("a CORS preflight answer must have no body");
        }
        String allowed = response.getHeaderValue("Access-Control-Allow-Origin").orElse(null);
        if (allowed != null && !allowed.equals(origin)) {
            out.add("Access-Control-Allow-Origin '" + allowed + "' is not the request's Origin '" + origin + "'");
        }
        return out;
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }

    private static synchronized void record(String message) {
        try {
            Files.createDirectories(VIOLATIONS.getParent());
            Files.writeString(
                    VIOLATIONS,
                    "[" + currentTest() + "] " + message + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the assertion below still reports it
        }
    }

    private static String currentTest() {
        return StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .filter(c -> c.startsWith("com.thrizer.") && (c.endsWith("Test") || c.endsWith("IT")))
                        .findFirst()
                        .orElse(Thread.currentThread().getName()));
    }
}
