package com.thrizer.apikeys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.thrizer.api.generated.model.CreateApiKeyRequestDto;
import com.thrizer.api.generated.model.ScopeDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeysResourceTest {
    private static final CreateApiKeyRequestDto BODY = key("EHR sync", ScopeDto.CLIENTS_READ, ScopeDto.CHARGES_READ);

    private static CreateApiKeyRequestDto key(String name, ScopeDto... scopes) {
        return new CreateApiKeyRequestDto().name(name).scopes(new LinkedHashSet<>(List.of(scopes)));
    }

    @Inject
    TestData data;

    TestPractice practice;
    String admin;

    @BeforeEach
    void setUp() {
        practice = data.practice("Keys Practice");
        admin = practice.adminToken();
    }

    private Response create(String token, String idempotencyKey, Object body) {
        var spec = Api.as(token).body(body);
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey);
        }
        return spec.when().post("/v1/api-keys");
    }

    @Test
    void createsAKeyShowingItsSecretOnceAndStoringOnlyItsHash() {
        Response created = create(admin, null, BODY);
        created.then()
                .statusCode(201)
                .header("Location", endsWith("/v1/api-keys/" + created.path("id")))
                .body("secret", startsWith("thz_test_"))
                .body("name", is("EHR sync"))
                .body("mode", is("TEST"))
                .body("status", is("ACTIVE"))
                .body("scopes", is(List.of("clients:read", "charges:read")))
                .body("lastUsedAt", nullValue())
                .body("createdBy", notNullValue());
        String secret = created.path("secret");
        assertEquals(52, secret.length(), "prefix + 43 characters of 32 random bytes");
        created.then().body("redactedKey", is("thz_test_…" + secret.substring(secret.length() - 4)));

        String id = created.path("id");
        Object stored = data.scalar("SELECT key_hash FROM api_keys WHERE id = CAST(?1 AS uuid)", id);
        assertEquals(64, stored.toString().length());
        assertFalse(stored.toString().contains(secret));

        given().auth()
                .oauth2(admin)
                .when()
                .get("/v1/api-keys")
                .then()
                .statusCode(200)
                .body("data[0].id", is(id))
                .body("data[0]", not(hasKey("secret")))
                .body("hasMore", is(false))
                .body("nextCursor", nullValue());
    }

    @Test
    void pagesNewestFirstWithACursor() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, create(admin, null, key("k" + i, ScopeDto.EVENTS_READ)).path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var spec = given().auth().oauth2(admin).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get("/v1/api-keys");
            page.then().statusCode(200);
            seen.addAll(page.path("data.id"));
            cursor = page.path("nextCursor");
            assertEquals(cursor != null, (Boolean) page.path("hasMore"));
        } while (cursor != null);
        assertEquals(ids, seen);
    }

    private ValidatableResponse listWith(String param, Object value) {
        return given().auth()
                .oauth2(admin)
                .queryParam(param, value)
                .when()
                .get("/v1/api-keys")
                .then();
    }

    @Test
    void rejectsBadPagingParameters() {
        listWith("limit", 0)
                .statusCode(400)
                .body("errors[0].param", is("limit"))
                .body("errors[0].code", is("out_of_range"));
        listWith("limit", 101).statusCode(400);
        listWith("limit", "ten").statusCode(400);
        listWith("cursor", "bm90LWEtY3Vyc29y")
                .statusCode(400)
                .body("errors[0].param", is("cursor"))
                .body("errors[0].code", is("invalid_cursor"));
    }

    @Test
    void validatesTheNewKey() {
        create(admin, null, Api.rawJson("{\"name\": \"k\", \"scopes\": [\"everything\"]}"))
                .then()
                .statusCode(400)
                .body("errors[0].param", is("scopes[0]"))
                .body("errors[0].code", is("invalid_value"));
        create(admin, null, Api.rawJson("{\"name\": \"k\", \"scopes\": []}"))
                .then()
                .statusCode(400)
                .body("errors[0].param", is("scopes"));
        create(admin, null, key(null, ScopeDto.CLIENTS_READ))
                .then()
                .statusCode(400)
                .body("errors[0].param", is("name"))
                .body("errors[0].code", is("required"));
        create(admin, null, key("x".repeat(101), ScopeDto.CLIENTS_READ))
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_length"));
        create(admin, "x".repeat(256), BODY).then().statusCode(400).body("errors[0].param", is("Idempotency-Key"));
    }

    @Test
    void letsOnlyPracticeAdminsManageKeys() {
        String key = ApiKeys.create(admin, "clients:read", "clients:write");
        for (String token : new String[] {practice.clinicianToken(), practice.staffToken(), practice.clientToken()}) {
            create(token, null, BODY).then().statusCode(403).body("code", is("forbidden"));
            given().auth().oauth2(token).when().get("/v1/api-keys").then().statusCode(403);
        }
        Api.anonymous()
                .header("X-Api-Key", key)
                .body(BODY)
                .when()
                .post("/v1/api-keys")
                .then()
                .statusCode(403);
        given().when().get("/v1/api-keys").then().statusCode(401);
        given().when().delete("/v1/api-keys/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void answers404ForAnotherPracticesKeyAndUnknownIds() {
        TestPractice other = data.practice("Other Keys Practice");
        String otherKeyId = create(other.adminToken(), null, BODY).path("id");
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/v1/api-keys/" + otherKeyId)
                .then()
                .statusCode(404)
                .body("code", is("not_found"));
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/v1/api-keys/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/v1/api-keys/not-a-uuid")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other.adminToken())
                .when()
                .get("/v1/api-keys")
                .then()
                .body("data.id", is(List.of(otherKeyId)));
    }

    @Test
    void revokesIdempotently() {
        String id = create(admin, null, BODY).path("id");
        String revokedAt = given().auth()
                .oauth2(admin)
                .when()
                .delete("/v1/api-keys/" + id)
                .then()
                .statusCode(200)
                .body("status", is("REVOKED"))
                .body("revokedAt", notNullValue())
                .extract()
                .path("revokedAt");
        given().auth()
                .oauth2(admin)
                .when()
                .delete("/v1/api-keys/" + id)
                .then()
                .statusCode(200)
                .body("revokedAt", is(revokedAt));
    }

    @Test
    void replaysTheFirstAnswerForTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        Response first = create(admin, key, BODY);
        first.then().statusCode(201);
        Response again = create(admin, key, BODY);
        again.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", is(first.header("Location")))
                .body("id", is((String) first.path("id")))
                .body("secret", is((String) first.path("secret")));
        Object count = data.scalar("SELECT count(*) FROM api_keys WHERE practice_id = ?1", practice.id());
        assertEquals(1L, ((Number) count).longValue());
        Object stored = data.scalar("SELECT response_body FROM idempotency_keys WHERE idempotency_key = ?1", key);
        assertFalse(stored.toString().contains((String) first.path("secret")), "stored answers are encrypted");
    }

    @Test
    void refusesAKeyReusedWithADifferentBody() {
        String key = UUID.randomUUID().toString();
        create(admin, key, BODY).then().statusCode(201);
        create(admin, key, key("Other", ScopeDto.CLIENTS_READ))
                .then()
                .statusCode(422)
                .body("code", is("idempotency_key_reused"));
    }

    @Test
    void scopesKeysToThePractice() {
        String key = UUID.randomUUID().toString();
        TestPractice other = data.practice("Idempotency Other");
        String mine = create(admin, key, BODY).path("id");
        create(other.adminToken(), key, BODY).then().statusCode(201).body("id", not(is(mine)));
    }

    @Test
    void answers409WhileTheSameKeyIsInFlightAndTakesOverAnAbandonedOne() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(admin).when().get("/v1/practice").then().statusCode(200);
        Object adminUser = data.scalar("SELECT id FROM users WHERE email = ?1", practice.adminEmail());
        // the same request made once under another key gives its fingerprint (a dead run is taken over only by the
        // same request); keys are scoped to the caller: the admin, in their practice
        String sameRequest = UUID.randomUUID().toString();
        create(admin, sameRequest, BODY).then().statusCode(201);
        data.update(
                "INSERT INTO idempotency_keys (id, scope, idempotency_key, fingerprint, state, locked_until,"
                        + " created_at, expires_at) SELECT ?1, ?2, ?3, fingerprint, 'IN_FLIGHT',"
                        + " now() + interval '1 minute', now(), now() + interval '1 day'"
                        + " FROM idempotency_keys WHERE idempotency_key = ?4",
                UUID.randomUUID(),
                "practice:" + practice.id() + "/user:" + adminUser,
                key,
                sameRequest);
        create(admin, key, BODY)
                .then()
                .statusCode(409)
                .header("Retry-After", notNullValue())
                .body("code", is("idempotency_key_in_use"));

        data.update(
                "UPDATE idempotency_keys SET locked_until = now() - interval '1 second' WHERE idempotency_key = ?1",
                key);
        create(admin, key, BODY).then().statusCode(201);
        create(admin, key, BODY).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void releasesTheKeyWhenTheRequestFails() {
        String key = UUID.randomUUID().toString();
        create(admin, key, key("   ", ScopeDto.CLIENTS_READ))
                .then()
                .statusCode(400)
                .body("errors[0].param", is("name"));
        Object left = data.scalar("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?1", key);
        assertEquals(0L, ((Number) left).longValue());
        create(admin, key, key("fixed", ScopeDto.CLIENTS_READ)).then().statusCode(201);
    }
}
