package com.thrizer.shared.idempotency;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 10: every failure the service sees frees the key at once; a claim left by a request that died with
 * its instance blocks retries only for the short in-flight lease. Failures are injected in front of the store.
 */
@QuarkusTest
class IdempotencyReleaseTest {
    @Inject
    TestData data;

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencyConfig config;

    PayingClient p;
    FaultyStore faults;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Idempotency Release");
        faults = new FaultyStore(ClientProxy.unwrap(store));
        QuarkusMock.installMockForType(faults, IdempotencyStore.class);
    }

    private void leftInFlight(String key, long secondsAgo) {
        InFlightKeys.leftInFlight(data, config.inFlightTimeout(), key, secondsAgo);
    }

    @Test
    void aKeyLeftInFlightByACrashIsFreeWithinSeconds() {
        String key = UUID.randomUUID().toString();
        var body = p.body("SELF_PAY", "SESSION", 15000);
        String id = Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // the instance died 11 seconds ago, after charging and before storing the answer
        leftInFlight(key, 11);
        Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .body("id", is(id));
        assertEquals(1, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1", key));

        // within its lease, a claim still keeps concurrent retries out
        leftInFlight(key, 1);
        Charges.create(p.admin, key, body)
                .then()
                .statusCode(409)
                .header("Retry-After", is("1"))
                .body("code", is("idempotency_key_in_use"));
    }

    @Test
    void aFailureWhileStoringTheAnswerOfAChargeFreesTheKey() {
        String key = UUID.randomUUID().toString();
        var body = p.body("SELF_PAY", "SESSION", 15000);
        faults.failComplete = true;
        Charges.create(p.admin, key, body).then().statusCode(503);

        // the retry finds the charge of the first run and answers it
        Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .body("status", is("SUCCEEDED"));
        assertEquals(1, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1", key));
        Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, is("true"));
    }

    @Test
    void aFailureWhileStoringAnAnswerInTheWorksTransactionFreesTheKey() {
        String key = UUID.randomUUID().toString();
        CreateClientRequestDto body = new CreateClientRequestDto()
                .firstName("Cleo")
                .lastName("Client")
                .email(TestData.uniqueEmail("c"));
        faults.failComplete = true;
        Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(503);
        Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue());
    }

    @Test
    void aReleaseThatFailedIsDoneBeforeTheRetry() {
        String key = UUID.randomUUID().toString();
        String email = TestData.uniqueEmail("dup");
        CreateClientRequestDto body = new CreateClientRequestDto()
                .firstName("Cleo")
                .lastName("Client")
                .email(email);
        Api.as(p.admin).body(body).when().post("/v1/clients").then().statusCode(201);

        // the request fails (a duplicate), and the database is gone when the key is to be given up
        faults.failRelease = true;
        Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(409)
                .body("code", is("client_exists"));
        // once it is back, the retry gets what the request gets, not a key held in flight
        Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(409)
                .body("code", is("client_exists"))
                .body("code", not(is("idempotency_key_in_use")));
    }

    /** The real store, with one injectable outage on storing an answer or on releasing a key. */
    static class FaultyStore extends IdempotencyStore {
        private final IdempotencyStore real;
        volatile boolean failComplete;
        volatile boolean failRelease;

        FaultyStore(IdempotencyStore real) {
            super(null, null, null, null);
            this.real = real;
        }

        private static RuntimeException outage() {
            return new JDBCConnectionException("simulated outage", new SQLTransientConnectionException("down"));
        }

        @Override
        public Claim claim(String scope, String key, String fingerprint) {
            return real.claim(scope, key, fingerprint);
        }

        @Override
        public boolean complete(UUID recordId, StoredResponse response) {
            if (failComplete) {
                failComplete = false;
                throw outage();
            }
            return real.complete(recordId, response);
        }

        @Override
        public void release(UUID recordId) {
            if (failRelease) {
                failRelease = false;
                throw outage();
            }
            real.release(recordId);
        }

        @Override
        public boolean renew(UUID recordId) {
            return real.renew(recordId);
        }

        @Override
        public int purgeExpired() {
            return real.purgeExpired();
        }
    }
}
