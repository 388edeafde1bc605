package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.UpdateClientRequestDto;
import com.thrizer.api.generated.model.WidgetEstimateRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14, items 7, 15 and 16: path, query and body values are checked against the contract before any work. */
@QuarkusTest
class StrictInputTest {
    @Inject
    TestData data;

    TestPractice practice;

    @BeforeEach
    void setUp() {
        practice = data.practice("Strict Input Practice");
    }

    // item 7

    @Test
    void refusesAControlCharacterInAPathParameterBeforeAnyWork() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/v1/public/widgets/%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation_failed"))
                .body("param", is("slug"))
                .body("errors[0].code", is("invalid_characters"));
        Api.json()
                .urlEncodingEnabled(false)
                .contentType("application/json")
                .body(new WidgetEstimateRequestDto())
                .when()
                .post("/v1/public/widgets/a%00b/estimates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("param", is("slug"))
                .body("errors[0].code", is("invalid_characters"));
        given().urlEncodingEnabled(false)
                .header("Origin", "https://example.com")
                .when()
                .options("/v1/public/widgets/%00")
                .then()
                .statusCode(400)
                .body("param", is("slug"));
    }

    @Test
    void refusesAPathParameterThatDoesNotMatchItsContractPattern() {
        for (String slug : List.of("Calm-Minds", "-calm", "ab", "a_b", "x".repeat(51))) {
            given().when()
                    .get("/v1/public/widgets/" + slug)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", is("validation_failed"))
                    .body("param", is("slug"));
        }
        given().when()
                .get("/v1/public/widgets/no-such-widget")
                .then()
                .statusCode(404)
                .body("code", is("widget_not_found"));
    }

    // item 16

    @Test
    void answers400NamingTheParameterForAMalformedDateInAQuery() {
        String admin = practice.adminToken();
        String client = practice.clientToken();
        List<String[]> cases = List.of(
                new String[] {admin, "/v1/charges", "from"},
                new String[] {admin, "/v1/charges", "to"},
                new String[] {admin, "/v1/balance-transactions", "from"},
                new String[] {client, "/v1/me/payments", "to"},
                new String[] {admin, "/v1/claims", "from"},
                new String[] {admin, "/v1/claims", "filedFrom"},
                new String[] {admin, "/v1/claims", "filedTo"},
                new String[] {client, "/v1/me/claims", "from"},
                new String[] {admin, "/v1/payouts", "from"},
                new String[] {admin, "/v1/payouts/summary", "to"},
                new String[] {admin, "/v1/widget/analytics", "from"},
                new String[] {admin, "/v1/audit-events", "from"});
        for (String[] c : cases) {
            for (String value : List.of("2026-13-45", "not-a-date", "20261201")) {
                Api.as(c[0])
                        .queryParam(c[2], value)
                        .when()
                        .get(c[1])
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", is("validation_failed"))
                        .body("param", is(c[2]))
                        .body("errors[0].code", is("invalid_value"));
            }
        }
    }

    @Test
    void answers400ForEveryOtherMalformedQueryValue() {
        String admin = practice.adminToken();
        expectQuery400(admin, "/v1/charges", "clientId", "not-a-uuid", "invalid_value");
        expectQuery400(admin, "/v1/charges", "status", "NOT_A_STATUS", "invalid_value");
        expectQuery400(admin, "/v1/charges", "limit", "ten", "invalid_value");
        expectQuery400(admin, "/v1/team-members", "active", "maybe", "invalid_value");
        expectQuery400(admin, "/v1/clients", "q", "a\u0000b", "invalid_characters");
        expectQuery400(admin, "/v1/clients", "cursor", "", "invalid_value");
        expectQuery400(admin, "/v1/balance-transactions", "type", "", "invalid_value");
        Api.as(admin)
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .when()
                .get("/v1/charges")
                .then()
                .statusCode(200);
    }

    private static void expectQuery400(String token, String path, String param, String value, String code) {
        Api.as(token)
                .queryParam(param, value)
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"))
                .body("param", is(param))
                .body("errors[0].code", is(code));
    }

    // item 15

    @Test
    void refusesNumbersAndArraysAsDatesNamingTheField() {
        String client = practice.clientToken();
        for (String value : List.of("12345", "[2001,2,3]", "true", "12.5", "{}")) {
            Api.as(client)
                    .body(Api.rawJson("{\"dateOfBirth\": " + value + "}"))
                    .when()
                    .patch("/v1/me")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", is("validation_failed"))
                    .body("param", is("dateOfBirth"))
                    .body("errors[0].code", is("invalid_type"));
        }
        Api.as(client).when().get("/v1/me").then().statusCode(200).body("dateOfBirth", is((Object) null));
        String admin = practice.adminToken();
        Api.as(admin)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Api.rawJson("{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \""
                        + TestData.uniqueEmail("strict") + "\", \"dateOfBirth\": [2001, 2, 3]}"))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(400)
                .body("param", is("dateOfBirth"))
                .body("errors[0].code", is("invalid_type"));
        Api.as(admin)
                .body(Api.rawJson("{\"firstName\": 12}"))
                .when()
                .patch("/v1/clients/" + practice.clientId())
                .then()
                .statusCode(400)
                .body("param", is("firstName"))
                .body("errors[0].code", is("invalid_type"));
    }

    @Test
    void refusesNumbersAndArraysAsDatesInClaimsChargesEstimatesAndAdjudications() {
        String client = practice.clientToken();
        String admin = practice.adminToken();
        String operator = Tokens.of("operator@demo.test");
        List<String[]> cases = List.of(
                new String[] {client, "/v1/me/claims", "serviceDate"},
                new String[] {admin, "/v1/charges", "appointmentDate"},
                new String[] {null, "/v1/public/widgets/strict-input-widget/estimates", "dateOfBirth"},
                new String[] {operator, "/v1/admin/claims/" + UUID.randomUUID() + "/adjudication", "decisionDate"});
        for (String[] c : cases) {
            for (String value : List.of("20261102", "[2026,11,2]", "1.5e9")) {
                (c[0] == null ? Api.anonymous() : Api.as(c[0]))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Api.rawJson("{\"" + c[2] + "\": " + value + "}"))
                        .when()
                        .post(c[1])
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", is("validation_failed"))
                        .body("param", is(c[2]))
                        .body("errors[0].code", is("invalid_type"));
            }
        }
    }

    @Test
    void reportsEveryMissingRequiredFieldAtOnce() {
        Api.as(practice.adminToken())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new CreateClientRequestDto().phone("+12125550100"))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation_failed"))
                .body("errors.param", is(List.of("email", "firstName", "lastName")))
                .body("errors.code", is(List.of("required", "required", "required")));
    }

    @Test
    void refusesARepeatedElementOfAUniqueItemsArray() {
        Api.as(practice.adminToken())
                .body(Api.rawJson(
                        "{\"name\": \"dup\", \"scopes\": [\"clients:read\", \"charges:read\", \"clients:read\"]}"))
                .when()
                .post("/v1/api-keys")
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"))
                .body("param", is("scopes[2]"))
                .body("errors[0].code", is("duplicate"));
    }

    @Test
    void refusesControlCharactersInBodyStrings() {
        Api.as(practice.adminToken())
                .body(new UpdateClientRequestDto().firstName("Ja\u0000ne"))
                .when()
                .patch("/v1/clients/" + practice.clientId())
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"))
                .body("param", is("firstName"))
                .body("errors[0].code", is("invalid_characters"));
    }
}
