package com.thrizer.onboarding;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.CreatePracticeRequestAdminDto;
import com.thrizer.api.generated.model.CreatePracticeRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Replays;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnboardingResourceTest {
    @Inject
    TestData data;

    private static CreatePracticeRequestDto body(String name, String referralCode) {
        return new CreatePracticeRequestDto()
                .name(name)
                .referralCode(referralCode)
                .admin(new CreatePracticeRequestAdminDto()
                        .firstName("Ada")
                        .lastName("Founder")
                        .npi("1245319599")
                        .credentials("LCSW"));
    }

    @Test
    void createsAPracticeAndMakesTheCallerItsAdmin() {
        String email = TestData.uniqueEmail("founder");
        String token = Tokens.of(email);
        String practiceId = Api.as(token)
                .body(body("Founders Therapy", null))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(201)
                .body("name", is("Founders Therapy"))
                .body("referralCodeApplied", is(false))
                .body("processingFeeWaiverRemainingAmount", is(0))
                .body("currency", is("USD"))
                .extract()
                .path("id");
        Api.as(token)
                .when()
                .get("/v1/whoami")
                .then()
                .body("roles", is(List.of("PRACTICE_ADMIN")))
                .body("practiceId", is(practiceId))
                .body("teamMemberId", notNullValue());
        Api.as(token)
                .when()
                .get("/v1/team-members")
                .then()
                .body("data[0].email", is(email))
                .body("data[0].npi", is("1245319599"))
                .body("data[0].signedIn", is(true));
        Api.as(token)
                .queryParam("resourceType", "PRACTICE")
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data[0].action", is("CREATE"));

        Api.as(token)
                .body(body("Second Practice", null))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(409)
                .body("code", is("already_in_practice"));
    }

    @Test
    void appliesAReferralCodeOnceAndCaseInsensitively() {
        String code = "WELCOME" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        data.referralCode(code, 1, null, true);
        Api.as(Tokens.of(TestData.uniqueEmail("referred")))
                .body(body("Referred Practice", code.toLowerCase()))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(201)
                .body("referralCodeApplied", is(true))
                .body("processingFeeWaiverRemainingAmount", is(250000));
        Api.as(Tokens.of(TestData.uniqueEmail("late")))
                .body(body("Late Practice", code))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(422)
                .body("code", is("invalid_referral_code"))
                .body("param", is("referralCode"));
    }

    @Test
    void refusesUnknownExpiredAndInactiveCodesAndCreatesNothing() {
        String expired = "OLD" + UUID.randomUUID().toString().substring(0, 6);
        String inactive = "OFF" + UUID.randomUUID().toString().substring(0, 6);
        data.referralCode(expired, null, Instant.now().minusSeconds(60), true);
        data.referralCode(inactive, null, null, false);
        String email = TestData.uniqueEmail("unlucky");
        String token = Tokens.of(email);
        for (String code : new String[] {"NOPE-" + UUID.randomUUID().toString().substring(0, 8), expired, inactive}) {
            Api.as(token)
                    .body(body("Unlucky Practice", code))
                    .when()
                    .post("/v1/practices")
                    .then()
                    .statusCode(422)
                    .body("code", is("invalid_referral_code"));
        }
        Object practices = data.scalar("SELECT count(*) FROM team_members WHERE email = ?1", email);
        assertEquals(0L, ((Number) practices).longValue());
        Api.as(token).when().get("/v1/whoami").then().body("practiceId", nullValue());
    }

    @Test
    void validatesTheRequest() {
        String token = Tokens.of(TestData.uniqueEmail("sloppy"));
        Api.as(token)
                .body(new CreatePracticeRequestDto()
                        .admin(new CreatePracticeRequestAdminDto()
                                .firstName("A")
                                .lastName("B")))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("name"))
                .body("errors[0].code", is("required"));
        Api.as(token)
                .body(new CreatePracticeRequestDto()
                        .name("X")
                        .admin(new CreatePracticeRequestAdminDto()
                                .firstName("A")
                                .lastName("B")
                                .npi("1234567890")))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("npi"))
                .body("errors[0].code", is("invalid_npi"));
        Api.as(token)
                .body(new CreatePracticeRequestDto()
                        .name("X")
                        .referralCode("bad code!")
                        .admin(new CreatePracticeRequestAdminDto()
                                .firstName("A")
                                .lastName("B")))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("referralCode"));
    }

    @Test
    void requiresASignedInPersonWithAVerifiedEmail() {
        Api.anonymous()
                .body(body("Nobody", null))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(401);
        TestPractice existing = data.practice("Key Owner");
        String key = ApiKeys.create(existing.adminToken(), "practice:write");
        Api.as(key)
                .body(body("By key", null))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
        String unverified = Tokens.custom()
                .subject("dev|unverified-" + UUID.randomUUID())
                .claim("email", TestData.uniqueEmail("unverified"))
                .claim("email_verified", false)
                .sign();
        Api.as(unverified)
                .body(body("Unverified", null))
                .when()
                .post("/v1/practices")
                .then()
                .statusCode(422)
                .body("code", is("verified_email_required"));
    }

    @Test
    void replaysAnIdempotentOnboarding() {
        String token = Tokens.of(TestData.uniqueEmail("retrying"));
        Replays.createdOnceByTwoPosts(token, "/v1/practices", body("Retry Practice", null));
    }
}
