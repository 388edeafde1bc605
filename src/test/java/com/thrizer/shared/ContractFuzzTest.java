package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.thrizer.api.generated.model.CreateManualVerificationRequestDto;
import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.CreateWebhookEndpointRequestDto;
import com.thrizer.shared.web.JsonBodyLimit;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Guard rail of issue 14: for every operation of {@code openapi.json}, generated invalid inputs (wrong JSON types,
 * missing required fields, out-of-range numbers, over-long strings and strings with control characters, unknown
 * properties, invalid enum values, malformed JSON, invalid path and query values, an over-long Idempotency-Key) must
 * answer a 4xx {@code application/problem+json} that the operation declares, never a 5xx.
 *
 * <p>Path parameters carry the real ids of a fixture practice (its client, clinician, card, charge, benefit check,
 * webhook endpoint, API key, event...; a random id only where the fixture has no such object), so that a refusal
 * cannot come from a missing object: a malformed body or query value, a missing required field or an over-long
 * Idempotency-Key must answer {@code 400} ({@code 422} only for the cases of {@link #SEMANTIC_422}), a JSON body over
 * 1 MiB {@code 413}, a body of the wrong media type {@code 415} (multipart operations get a JSON and a malformed
 * multipart body), and an operation without parameters or body a request for {@code application/xml} {@code 406}.
 * Every operation must have cases, and must be reached by one of its callers (an answer other than 401/403).
 *
 * <p>Data-driven from the contract and seeded (the control characters, lengths, order and sample of the cases): the
 * seed is printed with every failure; replay one with {@code -Dfuzz.seed=<seed>}. Bounded: about 2,000 requests, some
 * 30 s; {@code -Dfuzz.bodyCases=N} samples N body mutations per operation instead of all of them. Each operation is called
 * as the first of admin, client, operator, newcomer (a signed-in user without a practice) that is not refused with
 * 401/403, so that the inputs reach validation.
 */
@QuarkusTest
class ContractFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final int BODY_CASES = Integer.getInteger("fuzz.bodyCases", Integer.MAX_VALUE);
    private static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");

    /**
     * Operations that no caller of the fuzz may reach (every answer 401/403), with the reason. Empty: each operation
     * must be reached by one of its callers, or its inputs are never checked.
     */
    private static final Map<String, String> UNREACHABLE = Map.of();

    /**
     * Must-fail cases that may answer {@code 422} instead of {@code 400}: {@code operationId} and the start of the
     * case's label, with the semantic rule that refuses the value (its syntax is valid).
     */
    private static final Map<String, String> SEMANTIC_422 = Map.of();

    @Inject
    TestData data;

    private JsonNode contract;
    private Random random;
    /** Real ids of the fixture practice, by path parameter name. */
    private final Map<String, String> ids = new LinkedHashMap<>();

    /**
     * One request: {@code expected} is the status it must get (0: any declared 4xx, or a success when it need not fail).
     */
    record Case(
            String label,
            String path,
            String query,
            String body,
            String idempotencyKey,
            boolean mustFail,
            int expected,
            String contentType,
            String accept) {
        Case(String label, String path, String query, String body, String idempotencyKey, boolean mustFail) {
            this(label, path, query, body, idempotencyKey, mustFail, mustFail ? 400 : 0, "application/json", null);
        }

        Case expecting(int status, String type, String acceptHeader) {
            return new Case(label, path, query, body, idempotencyKey, true, status, type, acceptHeader);
        }

        Case withBody(String newBody, String type) {
            return new Case(label, path, query, newBody, idempotencyKey, mustFail, expected, type, accept);
        }
    }

    /** The fixture: a practice with a paying client, a card, a charge, a benefit check, a webhook endpoint, a key. */
    private PayingClient fixture() {
        PayingClient p = PayingClient.of(data, "Fuzz Practice");
        p.insuredWithCheck();
        ids.put("clientId", p.clientId);
        ids.put("teamMemberId", p.clinicianId);
        ids.put("paymentMethodId", p.visa);
        ids.put("chargeId", p.charge("SELF_PAY", 20000));
        ids.put(
                "webhookEndpointId",
                Api.as(p.admin)
                        .body(new CreateWebhookEndpointRequestDto()
                                .url("http://localhost:9/fuzz")
                                .enabledEvents(new LinkedHashSet<>(
                                        List.of(CreateWebhookEndpointRequestDto.EnabledEventsEnum.CLIENT_CREATED))))
                        .when()
                        .post("/v1/webhook-endpoints")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        ApiKeys.create(p.admin, "clients:read");
        ids.put(
                "serviceId",
                Api.as(p.admin)
                        .body(new CreateServiceRequestDto()
                                .name("Fuzz therapy")
                                .cptCode("90837")
                                .durationMinutes(53)
                                .rateAmount(20000L))
                        .when()
                        .post("/v1/team-members/" + p.clinicianId + "/services")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        Object check = data.scalar(
                "SELECT (SELECT CAST(id AS text) FROM benefit_checks WHERE practice_id = ?1 LIMIT 1)", p.practice.id());
        ids.put(
                "manualVerificationId",
                Api.as(p.admin)
                        .body(new CreateManualVerificationRequestDto())
                        .when()
                        .post("/v1/benefit-checks/" + check + "/manual-verifications")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        data.update(
                "UPDATE practices SET address_line1 = '12 Main St', address_city = 'Springfield', address_state = 'IL',"
                        + " address_postal_code = '62701' WHERE id = ?1",
                p.practice.id());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ids.put(
                "superbillId",
                Api.as(p.admin)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(new CreateSuperbillRequestDto()
                                .from(today.minusDays(30))
                                .to(today))
                        .when()
                        .post("/v1/clients/" + p.clientId + "/superbills")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        UUID lead = UUID.randomUUID();
        data.update(
                "INSERT INTO widget_leads (id, practice_id, first_name, last_name, email, estimate_status,"
                        + " consented_at, created_at) VALUES (?1, ?2, 'Jordan', 'Lead', ?3, 'COMPLETE', now(), now())",
                lead,
                p.practice.id(),
                TestData.uniqueEmail("lead"));
        ids.put("leadId", lead.toString());
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("connectionId", "connections");
        tables.put("claimId", "claims");
        tables.put("benefitCheckId", "benefit_checks");
        tables.put("payoutId", "payouts");
        tables.put("eventId", "events");
        tables.put("apiKeyId", "api_keys");
        tables.forEach((param, table) -> {
            // a random id (valid form, no such object) only where the fixture has none of the kind
            Object id = data.scalar(
                    "SELECT (SELECT CAST(id AS text) FROM " + table + " WHERE practice_id = ?1 LIMIT 1)",
                    p.practice.id());
            if (id != null) {
                ids.put(param, id.toString());
            }
        });
        return p;
    }

    @Test
    void answersADeclared4xxProblemToEveryInvalidInputOfEveryOperation() throws IOException {
        contract = JSON.readTree(Path.of("openapi.json").toFile());
        PayingClient practice = fixture();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("admin", practice.admin);
        callers.put("client", practice.client);
        callers.put("operator", Tokens.of("operator@demo.test"));
        callers.put("newcomer", Tokens.of(TestData.uniqueEmail("fuzz-newcomer")));
        random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        List<String> withoutCases = new ArrayList<>();
        int requests = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> pathItem = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = pathItem.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (m.getKey().equals("parameters")) {
                    continue;
                }
                String method = m.getKey().toUpperCase();
                JsonNode op = m.getValue();
                String opId = op.path("operationId").asText();
                boolean anonymous = op.has("security") && op.get("security").isEmpty();
                String caller = null;
                Map<Integer, Integer> statuses = new TreeMap<>();
                List<Case> cases = cases(pathItem.getKey(), pathItem.getValue(), op);
                if (cases.isEmpty()) {
                    withoutCases.add(opId);
                }
                for (Case c : cases) {
                    Response r = null;
                    if (anonymous) {
                        r = send(method, c, null);
                    } else {
                        // the caller that got in last first, then the others (a 415 or 406 may come before the
                        // role check, so one case's answer does not settle who may call the operation)
                        List<String> order = new ArrayList<>(callers.keySet());
                        if (caller != null) {
                            order.remove(caller);
                            order.add(0, caller);
                        }
                        for (String who : order) {
                            r = send(method, c, callers.get(who));
                            if (r.statusCode() != 401 && r.statusCode() != 403) {
                                caller = who;
                                break;
                            }
                        }
                    }
                    requests++;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    String problem = judge(op, opId, c, r);
                    if (problem != null) {
                        failures.add(opId + " [" + method + " " + c.path()
                                + (c.query().isEmpty() ? "" : "?" + c.query()) + "] " + c.label() + ": " + problem);
                    }
                }
                boolean reached = statuses.keySet().stream().anyMatch(st -> st != 401 && st != 403);
                if (!cases.isEmpty() && !reached && !UNREACHABLE.containsKey(opId)) {
                    unreached.add(opId + " " + statuses);
                }
                if (VERBOSE) {
                    System.out.println(
                            "Contract fuzz: " + opId + " as " + (anonymous ? "anonymous" : caller) + ": " + statuses);
                }
            }
        }
        System.out.println("Contract fuzz: " + requests + " requests, seed " + SEED + ", fixture ids " + ids);
        if (!withoutCases.isEmpty()) {
            failures.add("operations without any case: " + withoutCases);
        }
        if (!unreached.isEmpty()) {
            failures.add("operations whose every answer was 401/403 (their inputs were never checked): " + unreached);
        }
        if (!failures.isEmpty()) {
            fail("Contract fuzz found " + failures.size() + " answers that are not a declared 4xx problem (replay with"
                    + " -Dfuzz.seed=" + SEED + "):\n  " + String.join("\n  ", failures));
        }
    }

    /** Item 7: what the fuzz sends to path and query parameters is refused only if the contract constrains them. */
    @Test
    void constrainsEveryPathAndStringQueryParameterInTheContract() throws IOException {
        contract = JSON.readTree(Path.of("openapi.json").toFile());
        List<String> unconstrained = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(pathItem -> pathItem.getValue().fields().forEachRemaining(m -> {
                    if (m.getKey().equals("parameters")) {
                        return;
                    }
                    List<JsonNode> params = new ArrayList<>();
                    pathItem.getValue().path("parameters").forEach(p -> params.add(resolve(p)));
                    m.getValue().path("parameters").forEach(p -> params.add(resolve(p)));
                    for (JsonNode p : params) {
                        JsonNode schema = resolve(p.path("schema"));
                        boolean string = schema.path("type").asText().equals("string");
                        String in = p.path("in").asText();
                        boolean constrained = schema.has("enum")
                                || schema.has("format")
                                || schema.has("pattern")
                                || (in.equals("query") && schema.has("maxLength"));
                        if (string && (in.equals("path") || in.equals("query")) && !constrained) {
                            unconstrained.add(m.getValue().path("operationId").asText() + " " + in + " "
                                    + p.path("name").asText());
                        }
                    }
                }));
        if (!unconstrained.isEmpty()) {
            fail("Parameters without a format, pattern, enum (or, in a query, a maximum length): " + unconstrained);
        }
    }

    private static boolean semantic422(String opId, String label) {
        return SEMANTIC_422.keySet().stream().anyMatch(k -> {
            int space = k.indexOf(' ');
            return k.substring(0, space).equals(opId) && label.startsWith(k.substring(space + 1));
        });
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(JsonNode op, String opId, Case c, Response r) {
        int status = r.statusCode();
        String contentType = r.contentType() == null ? "" : r.contentType();
        if (status >= 500) {
            return status + " " + r.asString();
        }
        if (status < 400) {
            return c.mustFail() ? "accepted with " + status : null;
        }
        JsonNode responses = op.path("responses");
        if (!responses.has(String.valueOf(status)) && !responses.has("4XX") && !responses.has("default")) {
            return "status " + status + " (" + code(r) + ") is not declared for the operation";
        }
        if (!contentType.startsWith("application/problem+json")) {
            return status + " with Content-Type '" + contentType + "'";
        }
        if (c.expected() != 0
                && status != c.expected()
                && !(status == 422 && c.expected() == 400 && semantic422(opId, c.label()))) {
            return status + " (" + code(r) + ") instead of " + c.expected();
        }
        return null;
    }

    private static String code(Response r) {
        try {
            return String.valueOf(r.jsonPath().getString("code"));
        } catch (RuntimeException e) {
            return "no problem body";
        }
    }

    private static Response send(String method, Case c, String token) {
        RequestSpecification spec = given().urlEncodingEnabled(false);
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (c.idempotencyKey() != null) {
            spec = spec.header("Idempotency-Key", c.idempotencyKey());
        }
        if (c.body() != null) {
            spec = spec.config(RestAssuredConfig.config()
                            .encoderConfig(EncoderConfig.encoderConfig()
                                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType(c.contentType())
                    .body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        if (c.accept() != null) {
            spec = spec.accept(c.accept());
        }
        String url = c.path() + (c.query().isEmpty() ? "" : "?" + c.query());
        return spec.when().request(method, url);
    }

    // --- the cases of one operation ---

    private List<Case> cases(String template, JsonNode pathItem, JsonNode op) {
        List<JsonNode> params = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> params.add(resolve(p)));
        op.path("parameters").forEach(p -> params.add(resolve(p)));
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<JsonNode> queryParams = new ArrayList<>();
        boolean idempotent = false;
        for (JsonNode p : params) {
            switch (p.path("in").asText()) {
                case "path" -> {
                    String name = p.path("name").asText();
                    pathValues.put(name, ids.getOrDefault(name, validPathValue(resolve(p.path("schema")))));
                }
                case "query" -> queryParams.add(p);
                case "header" -> idempotent |= p.path("name").asText().equals("Idempotency-Key");
                default -> {}
            }
        }
        JsonNode bodySchema = resolve(
                op.path("requestBody").path("content").path("application/json").path("schema"));
        boolean jsonBody = !bodySchema.isMissingNode();
        boolean bodyRequired = op.path("requestBody").path("required").asBoolean(false);
        String validBody = jsonBody ? example(bodySchema, 0).toString() : null;
        String key = idempotent ? UUID.randomUUID().toString() : null;
        String path = path(template, pathValues);
        List<Case> cases = new ArrayList<>();

        for (JsonNode p : params) {
            if (!p.path("in").asText().equals("path")) {
                continue;
            }
            String name = p.path("name").asText();
            for (String bad : invalidPathValues(resolve(p.path("schema")))) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad);
                // any declared 4xx: a malformed id is 404 where the contract declares no 400 for the operation
                cases.add(new Case("path " + name + "=" + bad, path(template, values), "", validBody, fresh(key), true)
                        .expecting(0, "application/json", null));
            }
        }
        for (JsonNode p : queryParams) {
            String name = p.path("name").asText();
            JsonNode schema = resolve(p.path("schema"));
            for (String bad : invalidQueryValues(schema)) {
                cases.add(new Case(
                        "query " + name + "=" + printable(bad),
                        path,
                        name + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8),
                        validBody,
                        fresh(key),
                        true));
            }
        }
        JsonNode multipartSchema = resolve(op.path("requestBody")
                .path("content")
                .path("multipart/form-data")
                .path("schema"));
        boolean multipart = !multipartSchema.isMissingNode();
        if (idempotent) {
            Case header = new Case("header Idempotency-Key over 255", path, "", validBody, "k".repeat(300), true);
            cases.add(multipart ? header.withBody(multipartBody(multipartSchema), MULTIPART) : header);
        }
        if (jsonBody) {
            cases.add(new Case("body malformed JSON", path, "", Api.rawJson("{\"a\": "), fresh(key), true));
            cases.add(new Case("body not an object", path, "", "[1, 2]", fresh(key), true));
            cases.add(new Case("body a string", path, "", "\"text\"", fresh(key), true));
            if (bodyRequired) {
                cases.add(new Case("body empty", path, "", "", fresh(key), true));
            }
            List<Case> mutations = new ArrayList<>();
            bodyMutations(bodySchema, "", path, key, mutations, validBody, 0);
            Collections.shuffle(mutations, random);
            cases.addAll(mutations.subList(0, Math.min(BODY_CASES, mutations.size())));
            cases.add(new Case("body as text/plain", path, "", validBody, fresh(key), true)
                    .expecting(415, "text/plain", null));
            cases.add(new Case(
                            "body over the JSON limit",
                            path,
                            "",
                            Api.rawJson("{\"zzPad\": \"" + "x".repeat((int) JsonBodyLimit.MAX_JSON_BYTES) + "\"}"),
                            fresh(key),
                            true)
                    .expecting(413, "application/json", null));
        }
        if (multipart) {
            cases.add(new Case("multipart body as JSON", path, "", "{}", fresh(key), true)
                    .expecting(415, "application/json", null));
            cases.add(new Case("multipart body malformed", path, "", "not a multipart body", fresh(key), true)
                    .expecting(400, MULTIPART, null));
        }
        if (cases.isEmpty()) {
            // nothing to mutate: the operation must still refuse what it cannot answer
            cases.add(new Case("Accept application/xml", path, "", null, fresh(key), true)
                    .expecting(406, "application/json", "application/xml"));
        }
        return cases;
    }

    private static final String MULTIPART = "multipart/form-data; boundary=fuzz-boundary";

    /** A well-formed multipart body with every required part of the schema (files: a tiny PDF). */
    private String multipartBody(JsonNode schema) {
        StringBuilder b = new StringBuilder();
        JsonNode object = objectSchema(schema);
        for (JsonNode required : object == null ? NODES.arrayNode() : object.path("required")) {
            String name = required.asText();
            JsonNode part = resolve(object.path("properties").path(name));
            b.append("--fuzz-boundary\r\n");
            if (part.path("format").asText().equals("binary")) {
                b.append("Content-Disposition: form-data; name=\"")
                        .append(name)
                        .append("\"; filename=\"fuzz.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .append("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n\r\n");
            } else {
                b.append("Content-Disposition: form-data; name=\"")
                        .append(name)
                        .append("\"\r\n\r\n")
                        .append(example(part, 1).asText())
                        .append("\r\n");
            }
        }
        return b.append("--fuzz-boundary--\r\n").toString();
    }

    private static String fresh(String key) {
        return key == null ? null : UUID.randomUUID().toString();
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            sb.append(ch < 0x20 || ch == 0x7F ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return sb.length() > 40 ? sb.substring(0, 20) + "...(" + s.length() + " chars)" : sb.toString();
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }

    private static String validPathValue(JsonNode schema) {
        if (schema.path("format").asText().equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        return schema.has("pattern")
                ? "a".repeat(Math.max(24, schema.path("minLength").asInt(0)))
                : "fuzz-widget";
    }

    /** Already percent-encoded path segments. */
    private List<String> invalidPathValues(JsonNode schema) {
        List<String> out = new ArrayList<>(
                List.of("a%00b", String.format("%%%02X", (int) control().charAt(0))));
        if (schema.path("format").asText().equals("uuid")) {
            out.add("not-a-uuid");
            out.add("123");
        }
        if (schema.has("maxLength")) {
            out.add("a".repeat(schema.get("maxLength").asInt() + 1 + random.nextInt(50)));
        }
        if (schema.has("pattern")) {
            out.add("NOT%20ALLOWED!");
        }
        return out;
    }

    private List<String> invalidQueryValues(JsonNode schema) {
        List<String> out = new ArrayList<>();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            out.add("NOT_A_VALUE");
            out.add("");
        } else if (type.equals("integer")) {
            out.add("ten");
            out.add("1.5");
            out.add("99999999999999999999");
            if (schema.has("minimum")) {
                out.add(String.valueOf(schema.get("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                out.add(String.valueOf(schema.get("maximum").asLong() + 1));
            }
        } else if (type.equals("boolean")) {
            out.add("maybe");
            out.add("1");
        } else if (format.equals("date")) {
            out.add("2026-13-45");
            out.add("not-a-date");
            out.add("20261201");
        } else if (format.equals("date-time")) {
            out.add("yesterday");
            out.add("2026-11-01");
        } else if (format.equals("uuid")) {
            out.add("not-a-uuid");
            out.add("a\u0000b");
        } else if (type.equals("string")) {
            out.add("a\u0000b");
            out.add(control());
            if (schema.has("maxLength")) {
                out.add("q".repeat(schema.get("maxLength").asInt() + 1 + random.nextInt(50)));
            }
            if (schema.path("minLength").asInt(0) > 0) {
                out.add("");
            }
            if (schema.has("pattern") && !matches(schema.get("pattern").asText(), "!!")) {
                out.add("!!");
            }
        }
        return out;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    // --- bodies ---

    /**
     * For an object schema: mutations of each property of {@code base} (a valid-looking example of the whole body,
     * {@code at} the JSON pointer of the object within it).
     */
    private void bodyMutations(
            JsonNode schema, String at, String path, String key, List<Case> out, String validBody, int depth) {
        JsonNode object = objectSchema(schema);
        if (object == null || depth > 2) {
            return;
        }
        JsonNode base = parse(validBody);
        JsonNode properties = object.path("properties");
        if (!object.path("additionalProperties").asBoolean(true)) {
            out.add(mutation(base, at, "zzUnknownField", NODES.numberNode(1), "unknown property", path, key, true));
        }
        for (JsonNode required : object.path("required")) {
            ObjectNode copy = base.deepCopy();
            JsonNode target = at.isEmpty() ? copy : copy.at(at);
            if (target instanceof ObjectNode o) {
                o.remove(required.asText());
                out.add(new Case(
                        "body missing " + at + "/" + required.asText(), path, "", copy.toString(), fresh(key), true));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            String name = p.getKey();
            JsonNode ps = resolve(p.getValue());
            if (ps.path("readOnly").asBoolean(false)) {
                continue;
            }
            for (Map.Entry<JsonNode, Boolean> bad : invalidValues(ps).entrySet()) {
                out.add(mutation(
                        base,
                        at,
                        name,
                        bad.getKey(),
                        "body " + at + "/" + name + "=" + abbreviate(bad.getKey()),
                        path,
                        key,
                        bad.getValue()));
            }
            if (objectSchema(ps) != null && base.at(at + "/" + name).isObject()) {
                bodyMutations(ps, at + "/" + name, path, key, out, validBody, depth + 1);
            }
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 20) + "...(" + s.length() + " chars)" : s;
    }

    private static Case mutation(
            JsonNode base,
            String at,
            String name,
            JsonNode value,
            String label,
            String path,
            String key,
            boolean mustFail) {
        ObjectNode copy = base.deepCopy();
        JsonNode target = at.isEmpty() ? copy : copy.at(at);
        if (target instanceof ObjectNode o) {
            o.set(name, value);
        }
        return new Case(label, path, "", copy.toString(), fresh(key), mustFail);
    }

    /** Invalid values for a property schema; the flag says whether the contract forbids it outright. */
    private Map<JsonNode, Boolean> invalidValues(JsonNode schema) {
        Map<JsonNode, Boolean> out = new LinkedHashMap<>();
        String type = typeOf(schema);
        if (schema.has("enum")) {
            out.put(NODES.textNode("NOT_A_VALUE"), true);
            out.put(NODES.numberNode(1), true);
            return out;
        }
        switch (type) {
            case "string" -> {
                out.put(NODES.numberNode(12345), true);
                out.put(NODES.booleanNode(true), true);
                out.put(array(NODES.textNode("a")), true);
                out.put(NODES.objectNode(), true);
                String format = schema.path("format").asText();
                if (format.equals("date") || format.equals("date-time")) {
                    out.put(array(NODES.numberNode(2001), NODES.numberNode(2), NODES.numberNode(3)), true);
                    out.put(NODES.numberNode(1.5), true);
                    out.put(NODES.textNode("2026-13-45"), true);
                } else if (format.equals("uuid")) {
                    out.put(NODES.textNode("not-a-uuid"), true);
                } else if (!format.equals("byte")) {
                    out.put(NODES.textNode("a\u0000b"), true);
                    out.put(NODES.textNode("text" + control() + "text"), true);
                    int max = schema.path("maxLength").asInt(-1);
                    out.put(NODES.textNode("x".repeat(max >= 0 ? max + 1 + random.nextInt(50) : 20_000)), max >= 0);
                    if (schema.path("minLength").asInt(0) > 0) {
                        out.put(NODES.textNode(""), true);
                    }
                    if (schema.has("pattern") && !matches(schema.get("pattern").asText(), "!!")) {
                        out.put(NODES.textNode("!!"), true);
                    }
                }
            }
            case "integer" -> {
                out.put(NODES.textNode("12"), true);
                out.put(NODES.numberNode(1.5), true);
                out.put(NODES.booleanNode(true), true);
                out.put(NODES.numberNode(new BigInteger("99999999999999999999999")), true);
                if (schema.has("minimum")) {
                    out.put(NODES.numberNode(schema.get("minimum").asLong() - 1), true);
                }
                if (schema.has("maximum")) {
                    out.put(NODES.numberNode(schema.get("maximum").asLong() + 1), true);
                }
            }
            case "number" -> {
                out.put(NODES.textNode("12.5"), true);
                out.put(NODES.booleanNode(false), true);
                if (schema.has("minimum")) {
                    out.put(NODES.numberNode(schema.get("minimum").asDouble() - 1), true);
                }
                if (schema.has("maximum")) {
                    out.put(NODES.numberNode(schema.get("maximum").asDouble() + 1), true);
                }
            }
            case "boolean" -> {
                out.put(NODES.textNode("true"), true);
                out.put(NODES.numberNode(1), true);
            }
            case "array" -> {
                out.put(NODES.textNode("a"), true);
                out.put(NODES.objectNode(), true);
                JsonNode items = resolve(schema.path("items"));
                if (typeOf(items).equals("string") && !items.has("enum")) {
                    out.put(array(NODES.numberNode(1)), true);
                } else if (items.has("enum")) {
                    out.put(array(NODES.textNode("NOT_A_VALUE")), true);
                }
                if (schema.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(example(items, 1));
                    }
                    out.put(many, true);
                }
            }
            case "object" -> {
                out.put(NODES.textNode("x"), true);
                out.put(array(), true);
            }
            default -> {}
        }
        return out;
    }

    /** One control character other than NUL, tab, line feed and carriage return. */
    private String control() {
        String controls = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011"
                + "\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F";
        return String.valueOf(controls.charAt(random.nextInt(controls.length())));
    }

    private static ArrayNode array(JsonNode... items) {
        ArrayNode a = NODES.arrayNode();
        for (JsonNode i : items) {
            a.add(i);
        }
        return a;
    }

    /** A valid-looking value of a schema: its example, else one built from its type, format and bounds. */
    private JsonNode example(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        JsonNode object = objectSchema(schema);
        if (object != null) {
            ObjectNode o = NODES.objectNode();
            if (depth < 4) {
                for (JsonNode required : object.path("required")) {
                    o.set(required.asText(), example(object.path("properties").path(required.asText()), depth + 1));
                }
            }
            return o;
        }
        String format = schema.path("format").asText();
        return switch (typeOf(schema)) {
            case "integer", "number" ->
                NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
                    a.add(example(schema.path("items"), depth + 1));
                }
                yield a;
            }
            default ->
                switch (format) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2026-11-02");
                    case "date-time" -> NODES.textNode("2026-11-02T10:00:00Z");
                    case "email" -> NODES.textNode(TestData.uniqueEmail("fuzz"));
                    default ->
                        NODES.textNode(
                                "x".repeat(Math.max(1, schema.path("minLength").asInt(1))));
                };
        };
    }

    private static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        return schema.has("properties") || schema.has("allOf") ? "object" : "";
    }

    /** The merged object schema (properties, required, additionalProperties) of an object or allOf, else null. */
    private JsonNode objectSchema(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode props = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            boolean object = false;
            for (JsonNode part : schema.get("allOf")) {
                JsonNode o = objectSchema(part);
                if (o != null) {
                    object = true;
                    props.setAll((ObjectNode) o.path("properties").deepCopy());
                    o.path("required").forEach(required::add);
                    if (o.has("additionalProperties")) {
                        merged.set("additionalProperties", o.get("additionalProperties"));
                    }
                }
            }
            return object ? merged : null;
        }
        if (typeOf(schema).equals("object") && schema.has("properties")) {
            return schema;
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        if (node.has("allOf") && node.get("allOf").size() == 1 && !node.has("properties")) {
            return resolve(node.get("allOf").get(0));
        }
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
