package com.thrizer.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.thrizer.api.generated.model.UpdatePracticeRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditEventsResourceTest {
    @Inject
    TestData data;

    TestPractice practice;
    String admin;

    @BeforeEach
    void setUp() {
        practice = data.practice("Audit Practice");
        admin = practice.adminToken();
    }

    private Response rename(String token, String name, String requestId) {
        return Api.json()
                .auth()
                .oauth2(token)
                .header("X-Request-Id", requestId)
                .contentType(ContentType.JSON)
                .body(new UpdatePracticeRequestDto().name(name))
                .when()
                .patch("/v1/practice");
    }

    @Test
    void recordsWhoDidWhatFromWhereWithTheRequestId() {
        rename(admin, "Renamed", "req-audit-0001").then().statusCode(200).header("X-Request-Id", "req-audit-0001");
        String userId = given().auth().oauth2(admin).when().get("/v1/whoami").path("userId");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].actorType", is("USER"))
                .body("data[0].actorId", is(userId))
                .body("data[0].actorRoles", is(List.of("PRACTICE_ADMIN")))
                .body("data[0].action", is("UPDATE"))
                .body("data[0].resourceType", is("PRACTICE"))
                .body("data[0].resourceId", is(practice.id().toString()))
                .body("data[0].practiceId", is(practice.id().toString()))
                .body("data[0].requestId", is("req-audit-0001"))
                .body("data[0].sourceIp", is("127.0.0.1"));
    }

    @Test
    void recordsApiKeyActorsAndFilter() {
        String key = ApiKeys.create(admin, "practice:read", "practice:write");
        String keyId = given().header("X-Api-Key", key).when().get("/v1/whoami").path("apiKeyId");
        Api.json()
                .header("X-Api-Key", key)
                .contentType(ContentType.JSON)
                .body(new UpdatePracticeRequestDto().name("By key"))
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(admin)
                .queryParam("actorType", "API_KEY")
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.size()", is(1))
                .body("data[0].actorId", is(keyId))
                .body("data[0].actorRoles", is(List.of()));
        given().auth()
                .oauth2(admin)
                .queryParam("actorId", keyId)
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.size()", is(1));
        given().auth()
                .oauth2(admin)
                .queryParam("resourceType", "API_KEY")
                .queryParam("action", "CREATE")
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.size()", is(1))
                .body("data[0].resourceId", is(keyId));
        given().auth()
                .oauth2(admin)
                .queryParam("resourceId", practice.id().toString())
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.resourceType", everyItem(is("PRACTICE")));
        given().auth()
                .oauth2(admin)
                .queryParam("from", Instant.now().plusSeconds(3600).toString())
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.size()", is(0));
        given().auth()
                .oauth2(admin)
                .queryParam("from", "2020-01-01T00:00:00Z")
                .queryParam("to", Instant.now().plusSeconds(60).toString())
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.size()", is(2));
    }

    @Test
    void rejectsBadFilters() {
        given().auth()
                .oauth2(admin)
                .queryParam("action", "DESTROY")
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("action"))
                .body("errors[0].code", is("invalid_value"));
        given().auth()
                .oauth2(admin)
                .queryParam("actorId", "nobody")
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("actorId"));
        given().auth()
                .oauth2(admin)
                .queryParam("from", "yesterday")
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("from"));
        given().auth()
                .oauth2(admin)
                .queryParam("from", "2026-02-01T00:00:00Z")
                .queryParam("to", "2026-01-01T00:00:00Z")
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        given().auth()
                .oauth2(admin)
                .queryParam("resourceType", "drop table")
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("resourceType"))
                .body("errors[0].code", is("invalid_format"));
    }

    @Test
    void showsOnlyTheAdminsOwnPracticesEvents() {
        TestPractice other = data.practice("Other Audit Practice");
        rename(other.adminToken(), "Other renamed", "req-other-0001").then().statusCode(200);
        rename(admin, "Mine renamed", "req-mine-00001").then().statusCode(200);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.practiceId", everyItem(is(practice.id().toString())))
                .body("data.requestId", is(List.of("req-mine-00001")));
    }

    @Test
    void letsOnlyPracticeAdminsRead() {
        String key = ApiKeys.create(admin, "practice:read");
        given().auth()
                .oauth2(practice.clinicianToken())
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(practice.staffToken())
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(403);
        given().header("X-Api-Key", key).when().get("/v1/audit-events").then().statusCode(403);
        given().when().get("/v1/audit-events").then().statusCode(401);
    }

    @Test
    void refusesToUpdateOrDeleteAuditRows() {
        rename(admin, "Immutable", "req-immutable-01").then().statusCode(200);
        assertThrows(
                Exception.class,
                () -> data.update("UPDATE audit_events SET action = 'READ' WHERE practice_id = ?1", practice.id()));
        assertThrows(
                Exception.class, () -> data.update("DELETE FROM audit_events WHERE practice_id = ?1", practice.id()));
        assertThrows(Exception.class, () -> data.update("TRUNCATE audit_events"));
        Object count = data.scalar(
                "SELECT count(*) FROM audit_events WHERE practice_id = ?1 AND action = 'UPDATE'", practice.id());
        assertEquals(1L, ((Number) count).longValue());
    }
}
