package com.thrizer.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {
    @Inject
    TestData data;

    TestPractice practice;

    @BeforeEach
    void setUp() {
        practice = data.practice("Auth Practice");
    }

    @Test
    void answers401ProblemWithoutCredentials() {
        given().when()
                .get("/v1/whoami")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("code", is("unauthenticated"))
                .body("status", is(401))
                .body("traceId", notNullValue())
                .body("instance", is("/v1/whoami"));
    }

    @Test
    void rejectsMalformedForgedAndExpiredTokens() throws Exception {
        given().auth()
                .oauth2("not-a-jwt")
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(401)
                .body("code", is("unauthenticated"));

        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        String forged = Tokens.custom()
                .subject("dev|" + practice.adminEmail())
                .claim("email", practice.adminEmail())
                .claim("email_verified", true)
                .groups(Set.of("operator"))
                .sign(otherKey.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).when().get("/v1/whoami").then().statusCode(401);

        String expired = Tokens.custom()
                .subject("dev|" + practice.adminEmail())
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        given().auth().oauth2(expired).when().get("/v1/whoami").then().statusCode(401);

        String wrongIssuer = Jwt.issuer("https://evil.example")
                .audience(Tokens.AUDIENCE)
                .subject("x")
                .sign();
        given().auth().oauth2(wrongIssuer).when().get("/v1/whoami").then().statusCode(401);
    }

    @Test
    void rejectsTokensIssuedForAnotherAudienceOrForNone() {
        // a token of the right issuer and key, for a verified operator: only its audience differs
        var forAnotherClient =
                Jwt.issuer(Tokens.ISSUER).audience("thrizer-dashboard").claim("azp", "thrizer-dashboard");
        var withoutAudience = Jwt.issuer(Tokens.ISSUER).claim("azp", "thrizer-dashboard");
        for (var claims : List.of(forAnotherClient, withoutAudience)) {
            String token = claims.subject("dev|" + practice.adminEmail())
                    .claim("email", practice.adminEmail())
                    .claim("email_verified", true)
                    .groups(Set.of("operator"))
                    .sign();
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/v1/whoami")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("code", is("unauthenticated"))
                    .body("status", is(401));
        }
        String forThisApi = Tokens.custom()
                .audience(Set.of("thrizer-dashboard", Tokens.AUDIENCE))
                .subject("dev|" + practice.adminEmail())
                .claim("email", practice.adminEmail())
                .claim("email_verified", true)
                .sign();
        given().auth()
                .oauth2(forThisApi)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("email", is(practice.adminEmail()));
    }

    @Test
    void describesAPracticeAdminFromARealSignedToken() {
        given().auth()
                .oauth2(practice.adminToken())
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("callerType", is("USER"))
                .body("email", is(practice.adminEmail()))
                .body("roles", is(List.of("PRACTICE_ADMIN")))
                .body("practiceId", is(practice.id().toString()))
                .body("clientId", nullValue())
                .body("userId", notNullValue())
                .body("scopes", hasItem("practice:write"));
    }

    @Test
    void givesCliniciansAndStaffTheirRoleScopesOnly() {
        given().auth()
                .oauth2(practice.clinicianToken())
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("roles", is(List.of("CLINICIAN")))
                .body("scopes", hasItem("clients:read"))
                .body("scopes", not(hasItem("practice:write")));
        given().auth()
                .oauth2(practice.staffToken())
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("roles", is(List.of("STAFF_MEMBER")))
                .body("scopes", not(hasItem("refunds:write")))
                .body("scopes", not(hasItem("payouts:read")));
    }

    @Test
    void linksAClientByVerifiedEmailOnFirstSignIn() {
        given().auth()
                .oauth2(practice.clientToken())
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("roles", is(List.of("CLIENT")))
                .body("clientId", is(practice.clientId().toString()))
                .body("practiceId", nullValue())
                .body("scopes", empty());
        Object linked = data.scalar(
                "SELECT count(*) FROM clients c JOIN users u ON u.id = c.user_id"
                        + " WHERE c.id = ?1 AND u.oidc_subject = ?2",
                practice.clientId(),
                "dev|" + practice.clientEmail());
        assertEquals(1L, ((Number) linked).longValue());
    }

    @Test
    void doesNotLinkRecordsByAnUnverifiedEmail() {
        String token = Tokens.custom()
                .subject("dev|unverified-" + practice.adminEmail())
                .claim("email", practice.adminEmail())
                .claim("email_verified", false)
                .sign();
        given().auth()
                .oauth2(token)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("roles", empty())
                .body("practiceId", nullValue())
                .body("email", nullValue());
        given().auth().oauth2(token).when().get("/v1/practice").then().statusCode(403);
    }

    @Test
    void takesTheOperatorRoleFromTheTokenClaimButPracticeRolesFromOurRecords() {
        String stranger = TestData.uniqueEmail("stranger");
        String claimsAdmin = Tokens.custom()
                .subject("dev|" + stranger)
                .claim("email", stranger)
                .claim("email_verified", true)
                .groups(Set.of("practice_admin", "operator"))
                .sign();
        given().auth()
                .oauth2(claimsAdmin)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("roles", is(List.of("OPERATOR")))
                .body("practiceId", nullValue());
        given().auth()
                .oauth2(claimsAdmin)
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
    }

    @Test
    void givesADeactivatedTeamMemberNoPracticeAccess() {
        String former = data.member(practice.id(), "CLINICIAN", false);
        String token = Tokens.of(former);
        given().auth()
                .oauth2(token)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("roles", empty());
        given().auth().oauth2(token).when().get("/v1/practice").then().statusCode(403);
    }

    @Test
    void authenticatesApiKeysInEitherHeaderAndRefusesThemAfterRevocation() {
        String admin = practice.adminToken();
        String secret = ApiKeys.create(admin, "practice:read");
        String keyId = given().header("X-Api-Key", secret)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("callerType", is("API_KEY"))
                .body("practiceId", is(practice.id().toString()))
                .body("roles", empty())
                .body("scopes", is(List.of("practice:read")))
                .extract()
                .path("apiKeyId");
        given().auth()
                .oauth2(secret)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("apiKeyId", is(keyId));
        Object lastUsed = data.scalar("SELECT last_used_at FROM api_keys WHERE id = CAST(?1 AS uuid)", keyId);
        assertNotNull(lastUsed);

        given().auth()
                .oauth2(admin)
                .when()
                .delete("/v1/api-keys/" + keyId)
                .then()
                .statusCode(200);

        given().header("X-Api-Key", secret)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(401)
                .body("code", is("unauthenticated"));
        given().auth().oauth2(secret).when().get("/v1/whoami").then().statusCode(401);
    }

    @Test
    void refusesUnknownApiKeys() {
        given().header("X-Api-Key", "thz_test_" + "A".repeat(43))
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(401);
        given().header("X-Api-Key", "garbage").when().get("/v1/whoami").then().statusCode(401);
        given().auth()
                .oauth2("thz_live_nothing")
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(401);
    }
}
