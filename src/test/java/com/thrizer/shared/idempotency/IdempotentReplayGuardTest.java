package com.thrizer.shared.idempotency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.api.generated.model.ChangeClaimStatusRequestDto;
import com.thrizer.api.generated.model.CreateApiKeyRequestDto;
import com.thrizer.api.generated.model.CreateBenefitCheckRequestDto;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.CreateClinicianInvitationRequestDto;
import com.thrizer.api.generated.model.CreateConnectionRequestDto;
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.CreateManualVerificationRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.CreatePracticeRequestAdminDto;
import com.thrizer.api.generated.model.CreatePracticeRequestDto;
import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.api.generated.model.CreateTeamMemberRequestDto;
import com.thrizer.api.generated.model.CreateWebhookEndpointRequestDto;
import com.thrizer.api.generated.model.RefundReasonDto;
import com.thrizer.api.generated.model.RetryChargeRequestDto;
import com.thrizer.api.generated.model.ScopeDto;
import com.thrizer.api.generated.model.SupportTopicDto;
import com.thrizer.api.generated.model.TeamRoleDto;
import com.thrizer.shared.security.Scopes;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.Charges;
import com.thrizer.testing.Clients;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guard rail (issue 14): every operation of the contract that accepts an {@code Idempotency-Key} is replayed, with the
 * key and body of its first caller, by every other kind of caller (each practice role, an API key, a client, another
 * practice's admin and client, an operator, a user without any practice). Each must get exactly what a fresh request of
 * theirs gets (same status and code), never the first caller's stored answer. The operations come from
 * {@code openapi.json}: a new idempotent operation without a case here fails the test.
 *
 * <p>For each caller, two equal worlds are made: in one the first caller sends key K, then the other caller replays
 * K; in the other the first caller sends another key, then the other caller a new key of their own. Every request
 * also carries a forged {@code Host}, which no {@code Location} may show (item 3).
 */
@QuarkusTest
class IdempotentReplayGuardTest {
    private static final String FORGED_HOST = "evil.example";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestData data;

    PayingClient p;
    PayingClient q;
    String declining;
    CreateSuperbillRequestDto period;
    final Map<String, Supplier<String>> callers = new LinkedHashMap<>();

    /** One request of a world: who sends it first (their token) and what it is. */
    record Req(String owner, String path, String json, Map<String, String> multipart) {
        /** A JSON request; the body is a contract DTO (written as {@link Api#json(Object)} writes it) or a string. */
        static Req json(String owner, String path, Object body) {
            return new Req(
                    owner, path, body == null || body instanceof String s ? (String) body : Api.json(body), null);
        }
    }

    /** How to make a fresh world for an operation, whose first caller is {@code owner} (null: one per world). */
    record Case(String owner, Supplier<Req> world, Set<String> notCompared) {
        Case(String owner, Supplier<Req> world) {
            this(owner, world, Set.of());
        }
    }

    private static int n() {
        return SEQ.incrementAndGet();
    }

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Replay Guard");
        p.insuredWithCheck();
        data.update(
                "UPDATE practices SET address_line1 = '12 Main St', address_city = 'Springfield', address_state = 'IL',"
                        + " address_postal_code = '62701' WHERE id = ?1",
                p.practice.id());
        p.charge("SELF_PAY", 20000); // a paid Self-Pay session for superbills
        declining = Charges.card(p.client, "tok_insufficientFunds");
        q = PayingClient.of(data, "Replay Guard Other");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        period = new CreateSuperbillRequestDto().from(today.minusDays(30)).to(today);

        String admin = p.admin;
        String clinician = p.practice.clinicianToken();
        String staff = p.practice.staffToken();
        String apiKey = ApiKeys.create(admin, Scopes.ALL.toArray(String[]::new));
        String operator = Tokens.of("operator@demo.test");
        callers.put("admin", () -> admin);
        callers.put("clinician", () -> clinician);
        callers.put("staff", () -> staff);
        callers.put("client", () -> p.client);
        callers.put("apiKey", () -> apiKey);
        callers.put("otherPracticeAdmin", () -> q.admin);
        callers.put("otherPracticeClient", () -> q.client);
        callers.put("operator", () -> operator);
        callers.put("newUser", () -> Tokens.of(TestData.uniqueEmail("newcomer")));
    }

    private String token(String caller) {
        return callers.get(caller).get();
    }

    private Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put(
                "createApiKey",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/api-keys",
                                new CreateApiKeyRequestDto()
                                        .name("key " + n())
                                        .scopes(new LinkedHashSet<>(List.of(ScopeDto.CLIENTS_READ))))));
        // callers who would become a practice's admin by trying are left out: their fresh answer is their history
        c.put(
                "createPractice",
                new Case(
                        null,
                        () -> Req.json(
                                Tokens.of(TestData.uniqueEmail("founder")),
                                "/v1/practices",
                                new CreatePracticeRequestDto()
                                        .name("Practice " + n())
                                        .admin(new CreatePracticeRequestAdminDto()
                                                .firstName("Ada")
                                                .lastName("Founder"))),
                        Set.of("client", "otherPracticeClient", "operator")));
        c.put(
                "createTeamMember",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/team-members",
                                new CreateTeamMemberRequestDto()
                                        .firstName("Carl")
                                        .lastName("Rogers")
                                        .email(TestData.uniqueEmail("member"))
                                        .role(TeamRoleDto.STAFF_MEMBER))));
        c.put(
                "createService",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/team-members/" + p.clinicianId + "/services",
                                new CreateServiceRequestDto()
                                        .name("Therapy " + n())
                                        .cptCode("90837")
                                        .durationMinutes(53)
                                        .rateAmount(20000L))));
        c.put(
                "createClient",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/clients",
                                new CreateClientRequestDto()
                                        .firstName("Cleo")
                                        .lastName("Client")
                                        .email(TestData.uniqueEmail("cleo")))));
        c.put(
                "archiveClient",
                new Case("admin", () -> Req.json(p.admin, "/v1/clients/" + newClient() + "/archive", null)));
        c.put("unarchiveClient", new Case("admin", () -> {
            String id = newClient();
            Api.as(p.admin).when().post("/v1/clients/" + id + "/archive").then().statusCode(200);
            return Req.json(p.admin, "/v1/clients/" + id + "/unarchive", null);
        }));
        c.put(
                "createConnection",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/clients/" + newClient() + "/connections",
                                new CreateConnectionRequestDto().clinicianId(UUID.fromString(p.clinicianId)))));
        c.put("acceptConnection", new Case(null, () -> pendingConnection("accept")));
        c.put("declineConnection", new Case(null, () -> pendingConnection("decline")));
        c.put(
                "inviteClinician",
                new Case(
                        "client",
                        () -> Req.json(
                                p.client,
                                "/v1/me/clinician-invitations",
                                new CreateClinicianInvitationRequestDto()
                                        .firstName("Rita")
                                        .lastName("Doctor")
                                        .email(TestData.uniqueEmail("dr")))));
        c.put(
                "addPaymentMethod",
                new Case(
                        "client",
                        () -> Req.json(
                                p.client,
                                "/v1/me/payment-methods",
                                new CreatePaymentMethodRequestDto().token("tok_visa"))));
        c.put(
                "setDefaultPaymentMethod",
                new Case(
                        "client",
                        () -> Req.json(
                                p.client,
                                "/v1/me/payment-methods/" + Charges.card(p.client, "tok_visa") + "/default",
                                null)));
        c.put(
                "createSupportRequest",
                new Case(
                        "client",
                        () -> Req.json(
                                p.client,
                                "/v1/me/support-requests",
                                new CreateSupportRequestDto()
                                        .topic(SupportTopicDto.OTHER)
                                        .message("Question " + n()))));
        c.put(
                "createBenefitCheck",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/clients/" + p.clientId + "/benefit-checks",
                                new CreateBenefitCheckRequestDto()
                                        .cptCode("90837")
                                        .sessionFeeAmount(Long.valueOf((20000 + n()))))));
        c.put("requestManualVerification", new Case("admin", () -> {
            String check = Benefits.check(p.admin, p.clientId, "90837", 20000).path("id");
            return Req.json(
                    p.admin,
                    "/v1/benefit-checks/" + check + "/manual-verifications",
                    new CreateManualVerificationRequestDto());
        }));
        c.put(
                "createCharge",
                new Case("admin", () -> Req.json(p.admin, "/v1/charges", p.body("SELF_PAY", "SESSION", 10000 + n()))));
        c.put("retryCharge", new Case("admin", () -> {
            String failed = Charges.create(
                            p.admin, Charges.body(p.clientId, p.clinicianId, declining, "SELF_PAY", "SESSION", 9000))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            return Req.json(
                    p.admin,
                    "/v1/charges/" + failed + "/retries",
                    new RetryChargeRequestDto().paymentMethodId(UUID.fromString(p.visa)));
        }));
        c.put(
                "createRefund",
                new Case(
                        "admin",
                        () -> Req.json(
                                p.admin,
                                "/v1/charges/" + p.charge("SELF_PAY", 20000) + "/refunds",
                                new CreateRefundRequestDto()
                                        .amount(1000L)
                                        .reason(RefundReasonDto.REQUESTED_BY_CLIENT))));
        c.put(
                "createMyClaim",
                new Case(
                        "client",
                        () -> Req.json(
                                p.client,
                                "/v1/me/claims",
                                new CreateManualClaimRequestDto()
                                        .providerName("Dana Rivera, LCSW")
                                        .providerNpi(TestData.NPI)
                                        .providerTin("987654321")
                                        .serviceDate(
                                                LocalDate.now(ZoneOffset.UTC).minusDays(3))
                                        .billedAmount(Long.valueOf((20000 + n())))
                                        .cptCode("90837")
                                        .diagnosisCodes(List.of("F41.1")))));
        c.put(
                "adjudicateClaim",
                new Case(
                        "operator",
                        () -> Req.json(
                                token("operator"),
                                "/v1/admin/claims/" + newClaim() + "/adjudication",
                                new AdjudicateClaimRequestDto()
                                        .decision(AdjudicateClaimRequestDto.DecisionEnum.APPROVED)
                                        .allowedAmount(12000L)
                                        .deductibleAmount(0L)
                                        .coinsuranceAmount(2400L)
                                        .paidAmount(9600L)
                                        .payerClaimNumber("UHC-778812301")
                                        .decisionDate(LocalDate.now(ZoneOffset.UTC)))));
        c.put(
                "changeClaimStatus",
                new Case(
                        "operator",
                        () -> Req.json(
                                token("operator"),
                                "/v1/admin/claims/" + newClaim() + "/status",
                                new ChangeClaimStatusRequestDto()
                                        .status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING)
                                        .reason("Payer asked for records"))));
        c.put("uploadSuperbill", new Case("client", () -> {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("providerName", "Dana Rivera, LCSW");
            parts.put("providerNpi", TestData.NPI);
            parts.put("providerTin", "987654321");
            parts.put("serviceDate", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString());
            parts.put("billedAmount", Integer.toString(20000 + n()));
            parts.put("cptCode", "90837");
            parts.put("diagnosisCodes", "F41.1");
            return new Req(p.client, "/v1/me/superbill-uploads", null, parts);
        }));
        c.put(
                "createSuperbill",
                new Case("admin", () -> Req.json(p.admin, "/v1/clients/" + p.clientId + "/superbills", period)));
        c.put("createMySuperbill", new Case("client", () -> Req.json(p.client, "/v1/me/superbills", period)));
        c.put("runPayouts", new Case("operator", () -> Req.json(token("operator"), "/v1/admin/payouts/run", null)));
        c.put("convertWidgetLead", new Case("admin", () -> {
            UUID lead = UUID.randomUUID();
            data.update(
                    "INSERT INTO widget_leads (id, practice_id, first_name, last_name, email, estimate_status,"
                            + " consented_at, created_at) VALUES (?1, ?2, 'Jordan', 'Lead', ?3, 'COMPLETE', now(),"
                            + " now())",
                    lead,
                    p.practice.id(),
                    TestData.uniqueEmail("lead"));
            return Req.json(p.admin, "/v1/widget/leads/" + lead + "/convert", null);
        }));
        c.put("createWebhookEndpoint", new Case("admin", () -> {
            // stay under the 16 endpoints a practice may have
            data.update("DELETE FROM webhook_endpoints WHERE practice_id = ?1", p.practice.id());
            return Req.json(
                    p.admin,
                    "/v1/webhook-endpoints",
                    new CreateWebhookEndpointRequestDto()
                            .url("http://localhost:9/hooks/" + n())
                            .enabledEvents(new LinkedHashSet<>(
                                    List.of(CreateWebhookEndpointRequestDto.EnabledEventsEnum.CHARGE_SUCCEEDED))));
        }));
        return c;
    }

    private String newClient() {
        return Clients.add(p.admin, TestData.uniqueEmail("archived"), null, null);
    }

    private String newClaim() {
        String charge = p.charge("OON_PAY", 20000);
        return Api.as(p.admin)
                .when()
                .get("/v1/charges/" + charge)
                .then()
                .extract()
                .path("claimId");
    }

    /** A new client of the practice with a pending connection: they answer it (first caller of this world). */
    private Req pendingConnection(String answer) {
        String email = TestData.uniqueEmail("pending");
        String clientId = Clients.add(p.admin, email, null, null);
        String connection = Api.as(p.admin)
                .body(new CreateConnectionRequestDto().clinicianId(UUID.fromString(p.clinicianId)))
                .when()
                .post("/v1/clients/" + clientId + "/connections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return Req.json(Tokens.of(email), "/v1/me/connections/" + connection + "/" + answer, null);
    }

    private static Response send(String token, String key, Req r) {
        RequestSpecification spec =
                given().auth().oauth2(token).header("Host", FORGED_HOST).header("Idempotency-Key", key);
        if (r.multipart() != null) {
            r.multipart().forEach(spec::multiPart);
            spec.multiPart("file", "superbill.pdf", PDF, "application/pdf");
        } else {
            spec.contentType(ContentType.JSON);
            if (r.json() != null) {
                spec.body(r.json());
            }
        }
        return spec.when().post(r.path());
    }

    /** The operations of the contract that accept an Idempotency-Key. */
    private static Set<String> idempotentOperations() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(Path.of("openapi.json").toFile());
        Set<String> ids = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops =
                            paths.next().getValue().fields();
                    ops.hasNext(); ) {
                JsonNode op = ops.next().getValue();
                for (JsonNode param : op.path("parameters")) {
                    JsonNode resolved = param.has("$ref")
                            ? contract.at(param.get("$ref").asText().substring(1))
                            : param;
                    if ("header".equals(resolved.path("in").asText())
                            && "idempotency-key"
                                    .equalsIgnoreCase(resolved.path("name").asText())) {
                        ids.add(op.get("operationId").asText());
                    }
                }
            }
        }
        return ids;
    }

    private static String code(Response r) {
        String type = r.contentType();
        return type != null && type.contains("json") ? r.jsonPath().getString("code") : null;
    }

    @Test
    void everyIdempotentPostReplayedByAnotherCallerAnswersWhatAFreshRequestWould() throws Exception {
        Map<String, Case> cases = cases();
        Set<String> operations = idempotentOperations();
        assertEquals(28, operations.size(), "idempotent operations in the contract (update when adding one)");
        assertEquals(operations, new TreeSet<>(cases.keySet()), "every idempotent operation has a case");

        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            String op = e.getKey();
            Case c = e.getValue();
            boolean ownReplayChecked = false;
            for (String caller : callers.keySet()) {
                if (caller.equals(c.owner()) || c.notCompared().contains(caller)) {
                    continue;
                }
                // world 1: the first caller sends K, then this caller replays K with the same body
                String key = UUID.randomUUID().toString();
                Req first = c.world().get();
                Response original = send(first.owner(), key, first);
                if (original.statusCode() / 100 != 2) {
                    failures.add(op + ": the first request answered " + original.statusCode() + " " + code(original));
                    break;
                }
                String location = original.header("Location");
                if (location != null && (!location.startsWith("/v1/") || location.contains(FORGED_HOST))) {
                    failures.add(op + ": Location " + location);
                }
                if (!ownReplayChecked) {
                    Response own = send(first.owner(), key, first);
                    if (own.statusCode() != original.statusCode()
                            || !"true".equals(own.header(IdempotentRequests.REPLAYED_HEADER))
                            || !Objects.equals(location, own.header("Location"))) {
                        failures.add(op + ": the first caller's retry was not replayed (" + own.statusCode() + ")");
                    }
                    ownReplayChecked = true;
                }
                Response replay = send(token(caller), key, first);

                // world 2: the same, but this caller sends a key of their own: a fresh request
                Req second = c.world().get();
                Response original2 = send(second.owner(), UUID.randomUUID().toString(), second);
                if (original2.statusCode() / 100 != 2) {
                    failures.add(op + ": the first request answered " + original2.statusCode() + " " + code(original2));
                    break;
                }
                Response fresh = send(token(caller), UUID.randomUUID().toString(), second);
                compared++;

                if (replay.header(IdempotentRequests.REPLAYED_HEADER) != null
                        || replay.statusCode() != fresh.statusCode()
                        || !Objects.equals(code(replay), code(fresh))) {
                    failures.add(op + " as " + caller + ": with the first caller's key " + replay.statusCode() + " "
                            + code(replay)
                            + (replay.header(IdempotentRequests.REPLAYED_HEADER) != null ? " (replayed)" : "")
                            + ", fresh " + fresh.statusCode() + " " + code(fresh));
                }
            }
        }
        assertEquals(List.of(), failures);
        int expected = cases.values().stream()
                .mapToInt(c -> callers.size()
                        - (c.owner() == null ? 0 : 1)
                        - c.notCompared().size())
                .sum();
        assertEquals(expected, compared, "every operation compared for every other caller");
    }
}
