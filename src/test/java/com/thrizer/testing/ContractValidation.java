package com.thrizer.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
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
import java.util.Locale;

/**
 * The guard rail of the suite: every answer a test receives from the API is validated against the contract
 * ({@code openapi.json} at the project root) by a maintained validator (Atlassian's swagger-request-validator):
 * the status must be declared for the operation, the body must be valid against the schema of its status and media
 * type under a strict OpenAPI 3.0.3 reading ({@code nullable} only beside a {@code type}, {@code
 * additionalProperties: false} as declared), declared required headers must be present, and errors must be {@code
 * application/problem+json}. Requests are not validated: tests send invalid requests on purpose. Paths outside the
 * contract ({@code /q/*}, {@code /dev/*}, the test OIDC server) are not validated.
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
                                .withLevelResolver(LevelResolver.create()
                                        // an id, path or method the contract does not have: checked below instead
                                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                        .withLevel(
                                                "validation.request.operation.notAllowed",
                                                ValidationReport.Level.IGNORE)
                                        .build())
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
        ValidationReport report =
                validator().validateResponse(path, Request.Method.valueOf(method), RestAssuredResponse.of(response));
        StringBuilder problems = new StringBuilder();
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.append("\n  - ")
                        .append(m.getKey())
                        .append(": ")
                        .append(m.getMessage().replace('\n', ' ')));
        String contentType = response.getContentType();
        if (response.getStatusCode() >= 400
                && !(contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json"))
                && problems.indexOf("contentType") < 0) {
            problems.append("\n  - error not application/problem+json: ").append(contentType);
        }
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
