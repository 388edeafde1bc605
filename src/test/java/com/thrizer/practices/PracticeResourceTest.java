package com.thrizer.practices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.AddressDto;
import com.thrizer.api.generated.model.UpdatePracticeRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PracticeResourceTest {
    @Inject
    TestData data;

    TestPractice practice;
    TestPractice other;

    @BeforeEach
    void setUp() {
        practice = data.practice("Calm Minds");
        other = data.practice("Other Minds");
    }

    @Test
    void letsTheWholeTeamReadTheirOwnPractice() {
        for (String token : new String[] {practice.adminToken(), practice.clinicianToken(), practice.staffToken()}) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/v1/practice")
                    .then()
                    .statusCode(200)
                    .body("id", is(practice.id().toString()))
                    .body("name", is("Calm Minds"))
                    .body("address", nullValue());
        }
        given().auth()
                .oauth2(other.adminToken())
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(200)
                .body("id", is(other.id().toString()));
    }

    @Test
    void letsApiKeysReadOnlyWithTheScope() {
        String reader = ApiKeys.create(practice.adminToken(), "practice:read");
        String unrelated = ApiKeys.create(practice.adminToken(), "clients:read");
        given().header("X-Api-Key", reader).when().get("/v1/practice").then().statusCode(200);
        given().header("X-Api-Key", unrelated)
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
        Api.json()
                .header("X-Api-Key", reader)
                .contentType(ContentType.JSON)
                .body(new UpdatePracticeRequestDto().name("x"))
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(403);
    }

    @Test
    void refusesClientsAndAnonymousCallers() {
        given().auth()
                .oauth2(practice.clientToken())
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(403);
        given().when().get("/v1/practice").then().statusCode(401).body("code", is("unauthenticated"));
        Api.json()
                .contentType(ContentType.JSON)
                .body(new UpdatePracticeRequestDto().name("x"))
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(401);
    }

    @Test
    void updatesOnlyTheFieldsSentAndAuditTheChange() {
        String admin = practice.adminToken();
        String requestId = Api.as(admin)
                .body(new UpdatePracticeRequestDto()
                        .name("Calm Minds Group")
                        .tin("12-3456789")
                        .groupNpi("1234567893")
                        .phone("+14155550100")
                        .address(new AddressDto()
                                .line1("1 Main St")
                                .line2("Suite 2")
                                .city("Austin")
                                .state("TX")
                                .postalCode("78701")))
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(200)
                .body("name", is("Calm Minds Group"))
                .body("tin", is("12-3456789"))
                .body("groupNpi", is("1234567893"))
                .body("address.state", is("TX"))
                .body("address.line2", is("Suite 2"))
                .extract()
                .header("X-Request-Id");

        Api.json()
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(new UpdatePracticeRequestDto().phone("+12125550199"))
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(200)
                .body("phone", is("+12125550199"))
                .body("name", is("Calm Minds Group"))
                .body("tin", is("12-3456789"));

        given().auth()
                .oauth2(admin)
                .queryParam("resourceType", "PRACTICE")
                .queryParam("action", "UPDATE")
                .when()
                .get("/v1/audit-events")
                .then()
                .statusCode(200)
                .body("data.size()", is(2))
                .body("data[1].requestId", is(requestId))
                .body("data[1].resourceId", is(practice.id().toString()))
                .body("data[1].actorRoles", hasItem("PRACTICE_ADMIN"));
    }

    @Test
    void forbidsCliniciansAndStaffFromChangingThePractice() {
        for (String token : new String[] {practice.clinicianToken(), practice.staffToken()}) {
            Api.json()
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(new UpdatePracticeRequestDto().name("Mine now"))
                    .when()
                    .patch("/v1/practice")
                    .then()
                    .statusCode(403)
                    .body("code", is("forbidden"));
        }
    }

    @Test
    void rejectsInvalidFieldsWithTheirCodesAndChangesNothing() {
        String admin = practice.adminToken();
        expectFieldError(admin, new UpdatePracticeRequestDto().groupNpi("1234567890"), "groupNpi", "invalid_npi");
        expectFieldError(admin, new UpdatePracticeRequestDto().groupNpi("12345"), "groupNpi", "invalid_format");
        expectFieldError(admin, new UpdatePracticeRequestDto().tin("12-34"), "tin", "invalid_format");
        expectFieldError(admin, new UpdatePracticeRequestDto().phone("555-1234"), "phone", "invalid_format");
        expectFieldError(admin, new UpdatePracticeRequestDto().name(""), "name", "invalid_length");
        expectFieldError(admin, new UpdatePracticeRequestDto().name("   "), "name", "required");
        expectFieldError(
                admin,
                new UpdatePracticeRequestDto()
                        .address(new AddressDto()
                                .line1("1 Main")
                                .city("Austin")
                                .state("ZZ")
                                .postalCode("78701")),
                "address.state",
                "invalid_value");
        expectFieldError(
                admin,
                new UpdatePracticeRequestDto()
                        .address(new AddressDto()
                                .line1("1 Main")
                                .city("Austin")
                                .state("TX")
                                .postalCode("787")),
                "address.postalCode",
                "invalid_format");
        expectFieldError(
                admin,
                new UpdatePracticeRequestDto().address(new AddressDto().line1("1 Main")),
                "address.city",
                "required");
        expectFieldError(admin, Api.rawJson("{\"name\": 42}"), "name", "invalid_type");
        expectFieldError(admin, Api.rawJson("{\"nickname\": \"x\"}"), "nickname", "unknown_property");
        expectFieldError(
                admin,
                Api.rawJson("{\"address\": {\"line1\": \"a\", \"city\": \"b\", \"state\": \"TX\","
                        + " \"postalCode\": \"78701\", \"country\": \"US\"}}"),
                "address.country",
                "unknown_property");

        given().auth().oauth2(admin).when().get("/v1/practice").then().body("name", is("Calm Minds"));
        Object audits = data.scalar("SELECT count(*) FROM audit_events WHERE practice_id = ?1", practice.id());
        assertEquals(0L, ((Number) audits).longValue(), "a refused change leaves no audit event");
    }

    private static void expectFieldError(String token, Object body, String param, String code) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation_failed"))
                .body("errors.param", hasItem(param))
                .body("errors.find { it.param == '" + param + "' }.code", is(code));
    }

    @Test
    void answersProblemsForUnreadableRequests() {
        String admin = practice.adminToken();
        Api.json()
                .auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Api.rawJson("{\"name\": "))
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(400)
                .body("code", is("malformed_json"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"))
                .body("errors[0].param", is("body"))
                .body("errors[0].code", is("required"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("[1, 2]")
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(400)
                .body("code", is("malformed_json"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.TEXT)
                .body("name=x")
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(415)
                .body("code", is("unsupported_media_type"));
        given().auth()
                .oauth2(admin)
                .accept(ContentType.XML)
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(406)
                .body(containsString("not_acceptable"));
        given().auth()
                .oauth2(admin)
                .when()
                .put("/v1/practice")
                .then()
                .statusCode(405)
                .body("code", is("method_not_allowed"));
    }
}
