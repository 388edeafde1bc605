package com.thrizer.catalog;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {
    @Inject
    TestData data;

    TestPractice practice;

    @BeforeEach
    void setUp() {
        practice = data.practice("Catalog Practice");
    }

    @Test
    void listsTheTwelveSupportedInsurers() {
        Api.as(practice.clientToken())
                .when()
                .get("/v1/insurers")
                .then()
                .statusCode(200)
                .body("data.size()", is(12))
                .body("matchStatus", nullValue())
                .body("hasMore", is(false))
                .body("data.id", hasItems("aetna", "united-healthcare", "umr", "kaiser-permanente"))
                .body("data.find { it.id == 'kaiser-permanente' }.needsReview", is(true))
                .body("data.find { it.id == 'united-healthcare' }.aliases", hasItem("UHC"));
    }

    @Test
    void matchesNamesAndAliasesCaseInsensitively() {
        expectMatch("uhc", "MATCHED", List.of("united-healthcare"));
        expectMatch("UnitedHealthcare", "MATCHED", List.of("united-healthcare"));
        expectMatch("ghi", "MATCHED", List.of("emblem-health"));
        expectMatch("Aetna Choice POS II", "MATCHED", List.of("aetna"));
        expectMatch("Anthem Blue Cross Blue Shield of California", "MATCHED", List.of("anthem-bcbs"));
        expectMatch("blue cross", "AMBIGUOUS", List.of("anthem-bcbs", "bcbs"));
        expectMatch("Acme Health Plan", "NO_MATCH", List.of());
    }

    private void expectMatch(String q, String status, List<String> ids) {
        Api.as(practice.adminToken())
                .queryParam("q", q)
                .when()
                .get("/v1/insurers")
                .then()
                .statusCode(200)
                .body("matchStatus", is(status))
                .body("data.id", is(ids));
    }

    @Test
    void listsCptCodesWithAddOnsAndSupportLevels() {
        String key = ApiKeys.create(practice.adminToken(), "clients:read");
        RestAssured.given()
                .header("X-Api-Key", key)
                .when()
                .get("/v1/cpt-codes")
                .then()
                .statusCode(200)
                .body(
                        "data.code",
                        hasItems("90791", "90832", "90834", "90837", "90839", "90840", "90845", "90846", "90847"))
                .body("data.find { it.code == '90837' }.addOn", is(false))
                .body("data.find { it.code == '90837' }.supportLevel", is("SUPPORTED"))
                .body("data.find { it.code == '90840' }.addOn", is(true))
                .body("data.find { it.code == '90853' }.supportLevel", is("NEEDS_REVIEW"));
    }

    @Test
    void requiresCredentialsAndValidQueries() {
        Api.anonymous().when().get("/v1/insurers").then().statusCode(401);
        Api.anonymous().when().get("/v1/cpt-codes").then().statusCode(401);
        Api.as(practice.adminToken())
                .queryParam("q", "x".repeat(101))
                .when()
                .get("/v1/insurers")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("q"));
    }
}
