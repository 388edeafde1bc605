package com.thrizer.shared.idempotency;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.CreateBenefitCheckRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review finding 3: stepwise work whose last step inserts a new row (a card, a benefit check) stores its answer in
 * that step's transaction. A failure to store the answer undoes the row too, so a retry with the same key stores
 * one card or check, never a second; concurrent identical requests store one.
 */
@QuarkusTest
class StepwiseAnswerTest {
    private static final String CARDS = "/v1/me/payment-methods";

    @Inject
    TestData data;

    @Inject
    IdempotencyStore store;

    PayingClient p;
    IdempotencyReleaseTest.FaultyStore faults;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Stepwise Answer");
        faults = new IdempotencyReleaseTest.FaultyStore(ClientProxy.unwrap(store));
        QuarkusMock.installMockForType(faults, IdempotencyStore.class);
    }

    private long cards() {
        return data.count("SELECT count(*) FROM payment_methods WHERE client_id = ?1", UUID.fromString(p.clientId));
    }

    private long checks() {
        return data.count("SELECT count(*) FROM benefit_checks WHERE client_id = ?1", UUID.fromString(p.clientId));
    }

    private io.restassured.response.Response addCard(String key) {
        return Api.as(p.client)
                .header("Idempotency-Key", key)
                .body(new CreatePaymentMethodRequestDto().token("tok_mastercard"))
                .when()
                .post(CARDS);
    }

    private io.restassured.response.Response check(String key) {
        return Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(new CreateBenefitCheckRequestDto().cptCode("90837").sessionFeeAmount(20000L))
                .when()
                .post("/v1/clients/" + p.clientId + "/benefit-checks");
    }

    @Test
    void aCardWhoseAnswerCouldNotBeStoredIsNotStoredEither() {
        long before = cards();
        String key = UUID.randomUUID().toString();
        faults.failComplete = true;
        addCard(key).then().statusCode(503);
        assertEquals(before, cards());

        String id = addCard(key)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .extract()
                .path("id");
        addCard(key)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, is("true"))
                .header("Location", is("/v1/me/payment-methods/" + id))
                .body("id", is(id));
        assertEquals(before + 1, cards());
    }

    @Test
    void aCheckWhoseAnswerCouldNotBeStoredIsNotStoredEither() {
        Benefits.diagnose(p.admin, p.clientId);
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6));
        String key = UUID.randomUUID().toString();
        faults.failComplete = true;
        check(key).then().statusCode(503);
        assertEquals(0, checks());
        assertEquals(0, completedEvents());

        String id = check(key)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .extract()
                .path("id");
        check(key)
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, is("true"))
                .header("Location", is("/v1/benefit-checks/" + id))
                .body("id", is(id));
        assertEquals(1, checks());
        assertEquals(1, completedEvents());
    }

    private long completedEvents() {
        return data.count(
                "SELECT count(*) FROM events e JOIN benefit_checks b ON b.id = e.object_id"
                        + " WHERE b.client_id = ?1 AND e.type = 'benefit_check.completed'",
                UUID.fromString(p.clientId));
    }

    @Test
    void concurrentIdenticalRequestsStoreOneCardAndOneCheck() throws Exception {
        long before = cards();
        String cardKey = UUID.randomUUID().toString();
        Map<Integer, Long> cardAnswers = concurrently(6, i -> addCard(cardKey).statusCode());
        assertEquals(before + 1, cards(), cardAnswers.toString());
        assertEquals(6L, cardAnswers.getOrDefault(201, 0L) + cardAnswers.getOrDefault(409, 0L), cardAnswers.toString());

        Benefits.diagnose(p.admin, p.clientId);
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6));
        String checkKey = UUID.randomUUID().toString();
        Map<Integer, Long> checkAnswers = concurrently(6, i -> check(checkKey).statusCode());
        assertEquals(1, checks(), checkAnswers.toString());
        assertEquals(
                6L, checkAnswers.getOrDefault(201, 0L) + checkAnswers.getOrDefault(409, 0L), checkAnswers.toString());
    }

    private static Map<Integer, Long> concurrently(int n, Function<Integer, Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return request.apply(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
