package com.thrizer.shared.idempotency;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14, item 1: a stored answer is replayed only to the caller who made the request. */
@QuarkusTest
class IdempotencyScopeTest {
    @Inject
    TestData data;

    PayingClient p;
    String otherClinician;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Idempotency Scope");
        otherClinician = Tokens.of(data.member(p.practice.id(), "CLINICIAN", true));
    }

    private static Response post(String token, String key, String path, Object body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).when().post(path);
    }

    @Test
    void aChargeIsNotReplayedToAClinicianWhoCannotSeeIt() {
        String key = UUID.randomUUID().toString();
        var body = p.body("SELF_PAY", "SESSION", 15000);
        String id = Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Response replay = Charges.create(otherClinician, key, body);
        Response fresh = Charges.create(otherClinician, UUID.randomUUID().toString(), body);
        assertEquals(404, fresh.statusCode());
        assertEquals(fresh.statusCode(), replay.statusCode());
        assertEquals(fresh.<String>path("code"), replay.<String>path("code"));
        assertNull(replay.header(IdempotentRequests.REPLAYED_HEADER));
        assertNull(replay.<String>path("cptCode"));

        // the caller who made it still gets its answer
        Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, is("true"))
                .body("id", is(id));
    }

    @Test
    void anotherCallerWithTheSameKeyMakesTheirOwnRequest() {
        String key = UUID.randomUUID().toString();
        var body = p.body("SELF_PAY", "SESSION", 12000);
        String id = Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the clinician of record may charge for their client: the same key makes their own charge, not a replay
        Response theirs = Charges.create(p.practice.clinicianToken(), key, body);
        theirs.then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        assertNotEquals(id, theirs.path("id"));
        // so does an API key of the practice
        String apiKey = ApiKeys.create(p.admin, "charges:write", "charges:read");
        Charges.create(apiKey, key, body)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .body("id", not(is(id)));
        assertEquals(
                3,
                data.count(
                        "SELECT count(*) FROM charges WHERE idempotency_key = ?1 AND client_id = ?2",
                        key,
                        UUID.fromString(p.clientId)));
    }

    @Test
    void aSuperbillIsNotReplayedToAClinicianWhoCannotSeeTheClient() {
        data.update(
                "UPDATE practices SET address_line1 = '12 Main St', address_city = 'Springfield', address_state = 'IL',"
                        + " address_postal_code = '62701' WHERE id = ?1",
                p.practice.id());
        p.charge("SELF_PAY", 20000);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CreateSuperbillRequestDto period =
                new CreateSuperbillRequestDto().from(today.minusDays(30)).to(today);
        String path = "/v1/clients/" + p.clientId + "/superbills";
        String key = UUID.randomUUID().toString();
        post(p.admin, key, path, period).then().statusCode(201);

        Response replay = post(otherClinician, key, path, period);
        Response fresh = post(otherClinician, UUID.randomUUID().toString(), path, period);
        assertEquals(404, fresh.statusCode());
        assertEquals(fresh.statusCode(), replay.statusCode());
        assertNull(replay.header(IdempotentRequests.REPLAYED_HEADER));
        // nor to another practice
        String stranger = PayingClient.of(data, "Stranger Practice").admin;
        assertEquals(404, post(stranger, key, path, period).statusCode());
    }
}
