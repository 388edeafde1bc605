package com.thrizer.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widget: the practice's configuration, its public side, CORS and rate limits. */
@QuarkusTest
class WidgetTest {
    static final String SERVICE = "{\"name\": \"Individual therapy\", \"cptCode\": \"90837\", \"durationMinutes\": 53,"
            + " \"rateAmount\": 20000}";

    @Inject
    TestData data;

    @Inject
    RateLimiter limiter;

    TestPractice practice;
    String admin;
    String slug;

    @BeforeEach
    void setUp() {
        practice = data.practice("Calm Minds Therapy");
        admin = practice.adminToken();
        slug = "calm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ValidatableResponse patch(String token, String body) {
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
                .body("slug", org.hamcrest.Matchers.startsWith("calm-minds-therapy-"))
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
                        "{\"slug\": \"" + slug + "\", \"enabled\": true, \"accentColor\": \"#2f6f5e\","
                                + " \"welcomeText\": \"See what OON care costs.\"}")
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
        patch(admin, "{\"slug\": \"" + slug + "\", \"enabled\": true}").statusCode(200);
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
        patch(admin, "{\"slug\": \"" + slug + "\", \"enabled\": true}").statusCode(200);
        publicGet(slug).statusCode(404).body("code", is("widget_not_found")); // nothing priced to show
        String service = addService();
        publicGet(slug).statusCode(200);
        Api.as(admin)
                .body("{\"active\": false}")
                .when()
                .patch("/v1/services/" + service)
                .then()
                .statusCode(200);
        publicGet(slug).statusCode(404);
        Api.as(admin)
                .body("{\"active\": true}")
                .when()
                .patch("/v1/services/" + service)
                .then()
                .statusCode(200);
        patch(admin, "{\"enabled\": false}").statusCode(200);
        publicGet(slug).statusCode(404);
    }

    @Test
    void theWidgetShowsOnlyTheChosenClinicianAndServices() {
        String shown = addService();
        String hidden = addService();
        patch(admin, "{\"slug\": \"" + slug + "\", \"enabled\": true, \"serviceIds\": [\"" + shown + "\"]}")
                .statusCode(200)
                .body("serviceIds", is(List.of(shown)));
        publicGet(slug).statusCode(200).body("services.id", is(List.of(shown)));
        patch(
                        admin,
                        "{\"serviceIds\": [\"" + UUID.randomUUID() + "\"], \"clinicianIds\": [\"" + UUID.randomUUID()
                                + "\"]}")
                .statusCode(422)
                .body("code", is("widget_selection_invalid"))
                .body("errors.code", hasItem("service_not_found"))
                .body("errors.code", hasItem("clinician_not_found"));
        patch(admin, "{\"serviceIds\": [], \"clinicianIds\": [\"" + practice.clinicianMemberId() + "\"]}")
                .statusCode(200);
        publicGet(slug).statusCode(200).body("services.id", hasItem(hidden));
    }

    @Test
    void slugsAreUniqueAndValidated() {
        patch(admin, "{\"slug\": \"" + slug + "\"}").statusCode(200);
        TestPractice other = data.practice("Other Practice");
        patch(other.adminToken(), "{\"slug\": \"" + slug + "\"}")
                .statusCode(409)
                .body("code", is("widget_slug_taken"));
        patch(admin, "{\"slug\": \"Bad Slug!\"}").statusCode(400).body("errors[0].param", is("slug"));
        patch(admin, "{\"slug\": \"-x\"}").statusCode(400);
        patch(admin, "{\"accentColor\": \"green\"}").statusCode(400);
        patch(admin, "{\"displayName\": \"   \"}").statusCode(400);
        patch(admin, "{\"welcome\": \"x\"}").statusCode(400);
        patch(admin, "{\"allowedOrigins\": [\"http://evil.example\", \"https://ok.example/path\"]}")
                .statusCode(400)
                .body("errors.code", is(List.of("invalid_origin", "invalid_origin")));
        patch(admin, "{\"allowedOrigins\": [\"https://CalmMinds.example\", \"http://localhost:5173\"]}")
                .statusCode(200)
                .body("allowedOrigins", is(List.of("https://calmminds.example", "http://localhost:5173")));
    }

    @Test
    void onlyAdminsAndWidgetKeysConfigureIt() {
        Api.anonymous().when().get("/v1/widget").then().statusCode(401);
        Api.as(practice.clinicianToken()).when().get("/v1/widget").then().statusCode(403);
        Api.as(practice.staffToken()).when().get("/v1/widget").then().statusCode(403);
        Api.as(ApiKeys.create(admin, "widget:read"))
                .when()
                .get("/v1/widget")
                .then()
                .statusCode(200);
        Api.as(ApiKeys.create(admin, "widget:read"))
                .body("{\"enabled\": true}")
                .when()
                .patch("/v1/widget")
                .then()
                .statusCode(403);
        Api.as(ApiKeys.create(admin, "widget:write"))
                .body("{\"leadCapture\": false}")
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
                        "{\"slug\": \"" + slug
                                + "\", \"enabled\": true, \"allowedOrigins\": [\"https://calmminds.example\"]}")
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
        patch(admin, "{\"slug\": \"" + slug + "\", \"enabled\": true}").statusCode(200);
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
}
