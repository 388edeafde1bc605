package com.thrizer.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.UpdateServiceRequestDto;
import com.thrizer.api.generated.model.UpdateWidgetRequestDto;
import com.thrizer.api.generated.model.WidgetEstimateRequestDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widget: the practice's configuration, its public side, CORS and rate limits. */
@QuarkusTest
class WidgetTest {
    static final CreateServiceRequestDto SERVICE = new CreateServiceRequestDto()
            .name("Individual therapy")
            .cptCode("90837")
            .durationMinutes(53)
            .rateAmount(20000L);

    @Inject
    TestData data;

    @Inject
    RateLimiter limiter;

    @Inject
    MockMailbox mailbox;

    TestPractice practice;
    String admin;
    String slug;

    @BeforeEach
    void setUp() {
        practice = data.practice("Calm Minds Therapy");
        admin = practice.adminToken();
        slug = "calm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse patch(String token, Object body) {
        return Api.as(token).body(body).when().patch("/v1/widget").then();
    }

    private String addService() {
        return Api.as(admin)
                .body(SERVICE)
                .when()
                .post("/v1/team-members/" + practice.clinicianMemberId() + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private ValidatableResponse publicGet(String s) {
        return given().when().get("/v1/public/widgets/" + s).then();
    }

    @Test
    void aNewWidgetIsDisabledAndUnusableUntilAClinicianHasAPricedService() {
        Api.as(admin)
                .when()
                .get("/v1/widget")
                .then()
                .statusCode(200)
                .body("slug", startsWith("calm-minds-therapy-"))
                .body("displayName", is("Calm Minds Therapy"))
                .body("enabled", is(false))
                .body("leadCapture", is(true))
                .body("usable", is(false))
                .body("unusableReason", is("no_active_priced_service"))
                .body("shareUrl", containsString("/w/calm-minds-therapy-"))
                .body("embedSnippet", containsString("<iframe src="));
        addService();
        patch(
                        admin,
                        new UpdateWidgetRequestDto()
                                .slug(slug)
                                .enabled(true)
                                .accentColor("#2f6f5e")
                                .welcomeText("See what OON care costs."))
                .statusCode(200)
                .body("slug", is(slug))
                .body("enabled", is(true))
                .body("usable", is(true))
                .body("unusableReason", nullValue())
                .body("accentColor", is("#2F6F5E"))
                .body("shareUrl", endsWith("/w/" + slug));
    }

    @Test
    void thePublicSideShowsClinicianServicesAndInsurersAndCountsViews() {
        String service = addService();
        patch(admin, new UpdateWidgetRequestDto().slug(slug).enabled(true)).statusCode(200);
        publicGet(slug)
                .statusCode(200)
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "4")
                .body("slug", is(slug))
                .body("displayName", is("Calm Minds Therapy"))
                .body("clinicians.size()", is(1))
                .body("clinicians[0].id", is(practice.clinicianMemberId().toString()))
                .body("clinicians[0].name", is("Test Member"))
                .body("services[0].id", is(service))
                .body("services[0].rateAmount", is(20000))
                .body("services[0].durationMinutes", is(53))
                .body("insurers.id", hasItem("aetna"));
        publicGet(slug).statusCode(200);
        assertEquals(
                2,
                data.count(
                        "SELECT COALESCE(SUM(views), 0) FROM widget_daily_stats WHERE practice_id = ?1",
                        practice.id()));
    }

    @Test
    void unknownDisabledAndUnusableWidgetsAre404Alike() {
        publicGet("no-such-widget-" + UUID.randomUUID().toString().substring(0, 6))
                .statusCode(404)
                .body("code", is("widget_not_found"));
        patch(admin, new UpdateWidgetRequestDto().slug(slug).enabled(true)).statusCode(200);
        publicGet(slug).statusCode(404).body("code", is("widget_not_found")); // nothing priced to show
        String service = addService();
        publicGet(slug).statusCode(200);
        Api.as(admin)
                .body(new UpdateServiceRequestDto().active(false))
                .when()
                .patch("/v1/services/" + service)
                .then()
                .statusCode(200);
        publicGet(slug).statusCode(404);
        Api.as(admin)
                .body(new UpdateServiceRequestDto().active(true))
                .when()
                .patch("/v1/services/" + service)
                .then()
                .statusCode(200);
        patch(admin, new UpdateWidgetRequestDto().enabled(false)).statusCode(200);
        publicGet(slug).statusCode(404);
    }

    @Test
    void theWidgetShowsOnlyTheChosenClinicianAndServices() {
        String shown = addService();
        String hidden = addService();
        patch(
                        admin,
                        new UpdateWidgetRequestDto()
                                .slug(slug)
                                .enabled(true)
                                .serviceIds(new LinkedHashSet<>(List.of(UUID.fromString(shown)))))
                .statusCode(200)
                .body("serviceIds", is(List.of(shown)));
        publicGet(slug).statusCode(200).body("services.id", is(List.of(shown)));
        patch(
                        admin,
                        new UpdateWidgetRequestDto()
                                .serviceIds(new LinkedHashSet<>(List.of(UUID.randomUUID())))
                                .clinicianIds(new LinkedHashSet<>(List.of(UUID.randomUUID()))))
                .statusCode(422)
                .body("code", is("widget_selection_invalid"))
                .body("errors.code", hasItem("service_not_found"))
                .body("errors.code", hasItem("clinician_not_found"));
        patch(admin, Api.rawJson("{\"serviceIds\": [], \"clinicianIds\": [\"" + practice.clinicianMemberId() + "\"]}"))
                .statusCode(200);
        publicGet(slug).statusCode(200).body("services.id", hasItem(hidden));
    }

    @Test
    void slugsAreUniqueAndValidated() {
        patch(admin, new UpdateWidgetRequestDto().slug(slug)).statusCode(200);
        TestPractice other = data.practice("Other Practice");
        patch(other.adminToken(), new UpdateWidgetRequestDto().slug(slug))
                .statusCode(409)
                .body("code", is("widget_slug_taken"));
        patch(admin, new UpdateWidgetRequestDto().slug("Bad Slug!"))
                .statusCode(400)
                .body("errors[0].param", is("slug"));
        patch(admin, new UpdateWidgetRequestDto().slug("-x")).statusCode(400);
        patch(admin, new UpdateWidgetRequestDto().accentColor("green")).statusCode(400);
        patch(admin, new UpdateWidgetRequestDto().displayName("   ")).statusCode(400);
        patch(admin, Api.rawJson("{\"welcome\": \"x\"}")).statusCode(400);
        patch(
                        admin,
                        new UpdateWidgetRequestDto()
                                .allowedOrigins(
                                        new LinkedHashSet<>(List.of("http://evil.example", "https://ok.example/path"))))
                .statusCode(400)
                .body("errors.code", is(List.of("invalid_origin", "invalid_origin")));
        patch(
                        admin,
                        new UpdateWidgetRequestDto()
                                .allowedOrigins(new LinkedHashSet<>(
                                        List.of("https://CalmMinds.example", "http://localhost:5173"))))
                .statusCode(200)
                .body("allowedOrigins", is(List.of("https://calmminds.example", "http://localhost:5173")));
    }

    @Test
    void onlyAdminsAndWidgetKeysConfigureIt() {
        Api.anonymous().when().get("/v1/widget").then().statusCode(401);
        Api.anonymous().when().get("/v1/widget/leads").then().statusCode(401);
        Api.anonymous()
                .when()
                .post("/v1/widget/leads/" + UUID.randomUUID() + "/convert")
                .then()
                .statusCode(401);
        Api.as(practice.staffToken())
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-02")
                .when()
                .get("/v1/widget/analytics")
                .then()
                .statusCode(403);
        Api.as(ApiKeys.create(admin, "widget:read"))
                .when()
                .post("/v1/widget/leads/" + UUID.randomUUID() + "/convert")
                .then()
                .statusCode(403);
        Api.as(practice.clinicianToken()).when().get("/v1/widget").then().statusCode(403);
        Api.as(practice.staffToken()).when().get("/v1/widget").then().statusCode(403);
        Api.as(ApiKeys.create(admin, "widget:read"))
                .when()
                .get("/v1/widget")
                .then()
                .statusCode(200);
        Api.as(ApiKeys.create(admin, "widget:read"))
                .body(new UpdateWidgetRequestDto().enabled(true))
                .when()
                .patch("/v1/widget")
                .then()
                .statusCode(403);
        Api.as(ApiKeys.create(admin, "widget:write"))
                .body(new UpdateWidgetRequestDto().leadCapture(false))
                .when()
                .patch("/v1/widget")
                .then()
                .statusCode(200)
                .body("leadCapture", is(false));
    }

    @Test
    void corsIsAllowedForThePracticesOwnOriginsOnly() {
        addService();
        patch(
                        admin,
                        new UpdateWidgetRequestDto()
                                .slug(slug)
                                .enabled(true)
                                .allowedOrigins(new LinkedHashSet<>(List.of("https://calmminds.example"))))
                .statusCode(200);
        given().header("Origin", "https://calmminds.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/v1/public/widgets/" + slug)
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "https://calmminds.example")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://evil.example")
                .when()
                .options("/v1/public/widgets/" + slug)
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://calmminds.example")
                .when()
                .get("/v1/public/widgets/" + slug)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://calmminds.example")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
        given().header("Origin", "https://evil.example")
                .when()
                .get("/v1/public/widgets/" + slug)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aBurstBeyondTheLimitIs429WithHeadersThenTheNextWindowRecovers() {
        addService();
        patch(admin, new UpdateWidgetRequestDto().slug(slug).enabled(true)).statusCode(200);
        for (int i = 4; i >= 0; i--) {
            publicGet(slug).statusCode(200).header("RateLimit-Remaining", Integer.toString(i));
        }
        publicGet(slug)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", is("rate_limited"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", notNullValue());
        // unknown slugs are limited too (no free enumeration)
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            publicGet(ghost).statusCode(404);
        }
        publicGet(ghost).statusCode(429);
        // the next window starts from zero
        RateLimiter.Limit limit = new RateLimiter.Limit("widget:" + slug, 5, Duration.ofMinutes(1));
        RateLimiter.Decision next = limiter.hit(List.of(limit), Instant.now().plus(Duration.ofMinutes(1)));
        assertTrue(next.allowed());
        assertEquals(4, next.remaining());
        assertFalse(limiter.hit(List.of(new RateLimiter.Limit("test:" + slug, 1, Duration.ofMinutes(1))))
                        .remaining()
                < 0);
    }

    /** A public estimate request (email and consent optional: null leaves them out). */
    private ValidatableResponse estimate(String s, String memberId, String service, String email, Boolean consent) {
        return Api.anonymous()
                .body(new WidgetEstimateRequestDto()
                        .insurerId("aetna")
                        .memberId(memberId)
                        .firstName("Jordan")
                        .lastName("Lee")
                        .dateOfBirth(LocalDate.of(1992, 3, 14))
                        .serviceId(UUID.fromString(service))
                        .email(email)
                        .consent(consent))
                .when()
                .post("/v1/public/widgets/" + s + "/estimates")
                .then();
    }

    private String enabledWithService() {
        String service = addService();
        patch(admin, new UpdateWidgetRequestDto().slug(slug).enabled(true)).statusCode(200);
        return service;
    }

    private long stat(String column) {
        return data.count(
                "SELECT COALESCE(SUM(" + column + "), 0) FROM widget_daily_stats WHERE practice_id = ?1",
                practice.id());
    }

    @Test
    void anEstimateRunsThroughTheBenefitsEngineAndNeverEchoesTheMemberId() {
        String service = enabledWithService();
        String member = "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6);
        String body = estimate(slug, member, service, "jordan@example.com", true)
                .statusCode(201)
                .header("RateLimit-Remaining", notNullValue())
                .body("status", is("COMPLETE"))
                .body("isEstimate", is(true))
                .body("oonBenefits", is("YES"))
                .body("deductibleStatus", is("MET"))
                .body("coinsuranceBasisPoints", is(2000))
                .body("sessionFeeAmount", is(20000))
                .body("reimbursementAmount", is(9600)) // Aetna allows $120 for 90837: 80% of it
                .body("outOfPocketAmount", is(10400))
                .body("projection.size()", is(12))
                .body("nextStep", nullValue())
                .body("leadCaptured", is(true))
                .body("disclaimer", containsString("not a guarantee"))
                .extract()
                .asString();
        assertFalse(body.contains(member));
        assertFalse(body.toLowerCase().contains("benefitsinformation"));
        assertEquals(1, data.count("SELECT count(*) FROM widget_leads WHERE practice_id = ?1", practice.id()));
        assertEquals(
                0,
                data.count(
                        "SELECT count(*) FROM benefit_checks WHERE practice_id = ?1 AND client_id IS NOT NULL",
                        practice.id()));
        assertEquals(1, stat("estimates_complete"));
        assertEquals(1, stat("leads"));
    }

    @Test
    void everyPayerScenarioAnswersAnEstimateShapeAndOnlyConsentKeepsALead() {
        String service = enabledWithService();
        estimate(slug, "SBX-DEDNOTMET-1", service, "a@example.com", null)
                .statusCode(201)
                .body("deductibleStatus", is("NOT_MET"))
                .body("deductibleRemainingAmount", is(120000))
                .body("reimbursementAmount", is(0))
                .body("leadCaptured", is(false)); // an email without consent is not kept
        estimate(slug, "SBX-NOOON-1", service, null, null)
                .statusCode(201)
                .body("status", is("COMPLETE"))
                .body("oonBenefits", is("NO"))
                .body("reimbursementAmount", nullValue());
        estimate(slug, "SBX-PARTIAL-1", service, null, null)
                .statusCode(201)
                .body("status", is("INCOMPLETE"))
                .body("oonBenefits", is("UNKNOWN"))
                .body("nextStep", is("MANUAL_VERIFICATION"));
        estimate(slug, "SBX-TIMEOUT-1", service, "b@example.com", true)
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("oonBenefits", is("UNKNOWN"))
                .body("nextStep", is("MANUAL_VERIFICATION"))
                .body("leadCaptured", is(true)); // manual verification: the practice follows up
        estimate(slug, "ANY-OTHER-ID-42", service, null, null).statusCode(201).body("status", is("COMPLETE"));
        assertEquals(1, data.count("SELECT count(*) FROM widget_leads WHERE practice_id = ?1", practice.id()));
        assertEquals(3, stat("estimates_complete"));
        assertEquals(1, stat("estimates_incomplete"));
        assertEquals(1, stat("estimates_failed"));
    }

    @Test
    void badEstimateRequestsAreRefused() {
        String service = enabledWithService();
        Api.json()
                .contentType("application/json")
                .body(new WidgetEstimateRequestDto().insurerId("aetna"))
                .when()
                .post("/v1/public/widgets/" + slug + "/estimates")
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"));
        estimate(slug, "SBX-DEDMET-1", service, "not-an-email", null).statusCode(400);
        estimate(slug, "SBX-DEDMET-1", UUID.randomUUID().toString(), null, null)
                .statusCode(422)
                .body("code", is("service_not_offered"));
        Api.json()
                .contentType("application/json")
                .body(new WidgetEstimateRequestDto()
                        .insurerId("nope")
                        .memberId("X1")
                        .firstName("J")
                        .lastName("L")
                        .dateOfBirth(LocalDate.parse("1992-03-14"))
                        .serviceId(UUID.fromString(service)))
                .when()
                .post("/v1/public/widgets/" + slug + "/estimates")
                .then()
                .statusCode(422)
                .body("code", is("insurer_not_listed"));
        patch(admin, new UpdateWidgetRequestDto().enabled(false)).statusCode(200);
        estimate(slug, "SBX-DEDMET-1", service, null, null).statusCode(404).body("code", is("widget_not_found"));
        given().header("Origin", "https://calmminds.example")
                .when()
                .options("/v1/public/widgets/" + slug + "/estimates")
                .then()
                .statusCode(204);
    }

    @Test
    void analyticsCountWhatHappenedAndLeadsBecomeClients() {
        String service = enabledWithService();
        publicGet(slug).statusCode(200);
        publicGet(slug).statusCode(200);
        estimate(slug, "SBX-DEDMET-A1", service, "lead-" + slug + "@example.com", true)
                .statusCode(201);
        estimate(slug, "SBX-TIMEOUT-A1", service, null, null).statusCode(201);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        String leadId = Api.as(admin)
                .when()
                .get("/v1/widget/leads")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].email", is("lead-" + slug + "@example.com"))
                .body("data[0].firstName", is("Jordan"))
                .body("data[0].estimateStatus", is("COMPLETE"))
                .body("data[0].convertedClientId", nullValue())
                .extract()
                .path("data[0].id");
        String clientId = Api.as(admin)
                .when()
                .post("/v1/widget/leads/" + leadId + "/convert")
                .then()
                .statusCode(201)
                .body("convertedClientId", notNullValue())
                .body("convertedAt", notNullValue())
                .extract()
                .path("convertedClientId");
        Api.as(admin)
                .when()
                .get("/v1/clients/" + clientId)
                .then()
                .statusCode(200)
                .body("email", is("lead-" + slug + "@example.com"))
                .body("status", is("INVITED"));
        assertFalse(mailbox.sentTo("lead-" + slug + "@example.com").isEmpty(), "the invitation is emailed");
        Api.as(admin)
                .when()
                .post("/v1/widget/leads/" + leadId + "/convert")
                .then()
                .statusCode(409)
                .body("code", is("lead_already_converted"));
        Api.as(admin)
                .when()
                .post("/v1/widget/leads/" + UUID.randomUUID() + "/convert")
                .then()
                .statusCode(404);

        Api.as(admin)
                .queryParam("from", yesterday)
                .queryParam("to", today)
                .when()
                .get("/v1/widget/analytics")
                .then()
                .statusCode(200)
                .body("days.size()", is(2))
                .body("days[0].views", is(0))
                .body("totals.views", is(2))
                .body("totals.estimatesComplete", is(1))
                .body("totals.estimatesFailed", is(1))
                .body("totals.estimatesIncomplete", is(0))
                .body("totals.leads", is(1))
                .body("totals.leadsConverted", is(1))
                .body("days[1].date", is(today));
        Api.as(admin)
                .queryParam("from", today)
                .queryParam("to", yesterday)
                .when()
                .get("/v1/widget/analytics")
                .then()
                .statusCode(400);
        Api.as(admin).when().get("/v1/widget/analytics").then().statusCode(400);
        Api.as(practice.clinicianToken()).when().get("/v1/widget/leads").then().statusCode(403);
        Api.as(data.practice("Lead Stranger").adminToken())
                .when()
                .post("/v1/widget/leads/" + leadId + "/convert")
                .then()
                .statusCode(404);
    }

    @Test
    void inactiveAndDenyScenariosAndNoMemberIdInAnyLogLine() {
        String service = enabledWithService();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()) + " " + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            estimate(slug, "SBX-INACTIVE-LOG1", service, null, null)
                    .statusCode(201)
                    .body("status", is("COMPLETE"))
                    .body("reimbursementAmount", nullValue());
            estimate(slug, "SBX-DENY-LOG1", service, null, null)
                    .statusCode(201)
                    .body("status", is("COMPLETE"))
                    .body("oonBenefits", is("YES"));
            estimate(slug, "SBX-TIMEOUT-LOG1", service, null, null)
                    .statusCode(201)
                    .body("status", is("FAILED"));
        } finally {
            root.removeHandler(handler);
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("-LOG1")), String.join("\n", lines));
    }
}
