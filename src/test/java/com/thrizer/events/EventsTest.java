package com.thrizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.claims.domain.ClaimsJob;
import com.thrizer.payouts.PayoutJob;
import com.thrizer.testing.Api;
import com.thrizer.testing.BankAccounts;
import com.thrizer.testing.Charges;
import com.thrizer.testing.ContractSchemas;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every event type appears when its action runs, in the transaction of the change, with a document that conforms to
 * the contract: the Event schema, and the object's own schema for its type. Listing filters and pagination.
 */
@QuarkusTest
class EventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> OBJECT_SCHEMA = Map.ofEntries(
            Map.entry("charge.succeeded", "Charge"),
            Map.entry("charge.failed", "Charge"),
            Map.entry("refund.created", "Refund"),
            Map.entry("claim.created", "Claim"),
            Map.entry("claim.status_changed", "Claim"),
            Map.entry("claim.adjudicated", "Claim"),
            Map.entry("reimbursement.sent", "Claim"),
            Map.entry("payout.created", "Payout"),
            Map.entry("payout.paid", "Payout"),
            Map.entry("payout.failed", "Payout"),
            Map.entry("benefit_check.completed", "BenefitCheck"),
            Map.entry("manual_verification.completed", "ManualVerification"),
            Map.entry("client.created", "Client"),
            Map.entry("connection.changed", "Connection"));

    @Inject
    TestData data;

    @Inject
    ClaimsJob claimsJob;

    @Inject
    PayoutJob payoutJob;

    private List<JsonNode> events(String token) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(token).queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = JSON.readTree(request.when()
                    .get("/v1/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertEquals(List.of(), ContractSchemas.violations("EventList", page));
            page.get("data").forEach(out::add);
            cursor = page.get("hasMore").asBoolean() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return out;
    }

    @Test
    void everyTypeAppearsWhenItsActionRunsWithAPayloadOfTheContract() throws Exception {
        PayingClient p = PayingClient.of(data, "Events Practice"); // client.created, connection.changed
        p.verified("SBX-DEDMET-", 0, 2000, 12000); // benefit_check.completed, manual_verification.completed
        String charge = p.charge("OON_PAY", 20000); // charge.succeeded, claim.created
        String declining = Charges.card(p.client, "tok_chargeDeclined");
        Charges.create(p.admin, Charges.body(p.clientId, p.clinicianId, declining, "SELF_PAY", "SESSION", 15000))
                .then()
                .statusCode(201); // charge.failed
        String selfPay = p.charge("SELF_PAY", 10000);
        Charges.refund(p.admin, selfPay, 2500L).then().statusCode(201); // refund.created
        BankAccounts.reimbursementAccount(p.client);
        claimsJob.run(Instant.now()); // claim.status_changed, claim.adjudicated, reimbursement.sent
        claimsJob.run(Instant.now());
        BankAccounts.payoutAccount(p.admin, "000123450002");
        Instant later = Instant.now().plus(Duration.ofDays(5));
        payoutJob.run(later); // payout.created, payout.failed (the sandbox's closed account)
        BankAccounts.payoutAccount(p.admin, "000123456789");
        payoutJob.run(later.plus(Duration.ofDays(1))); // payout.created, payout.paid

        List<JsonNode> events = events(p.admin);
        Set<String> types = new TreeSet<>();
        for (JsonNode e : events) {
            String type = e.get("type").asText();
            types.add(type);
            assertEquals(List.of(), ContractSchemas.violations("Event", e), type);
            assertEquals(List.of(), ContractSchemas.violations(OBJECT_SCHEMA.get(type), e.at("/data/object")), type);
            assertEquals(p.practice.id().toString(), e.get("practiceId").asText());
        }
        assertEquals(new TreeSet<>(OBJECT_SCHEMA.keySet()), types);

        // a snapshot of the object as the API answers it
        JsonNode succeeded = events.stream()
                .filter(e -> e.get("type").asText().equals("charge.succeeded")
                        && e.at("/data/object/id").asText().equals(charge))
                .findFirst()
                .orElseThrow();
        JsonNode current = JSON.readTree(Api.as(p.admin)
                .when()
                .get("/v1/charges/" + charge)
                .then()
                .extract()
                .asString());
        assertEquals(current, succeeded.at("/data/object"));
        JsonNode adjudicated = events.stream()
                .filter(e -> e.get("type").asText().equals("claim.adjudicated"))
                .findFirst()
                .orElseThrow();
        assertEquals("APPROVED", adjudicated.at("/data/object/status").asText());
        assertEquals(charge, adjudicated.at("/data/object/chargeId").asText());

        // filters: type and created range
        JsonNode onlyPayouts = JSON.readTree(Api.as(p.admin)
                .queryParam("type", "payout.created")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(2, onlyPayouts.get("data").size());
        JsonNode none = JSON.readTree(Api.as(p.admin)
                .queryParam(
                        "createdFrom", Instant.now().plus(Duration.ofHours(1)).toString())
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(0, none.get("data").size());
        // newest first
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1)
                            .get("createdAt")
                            .asText()
                            .compareTo(events.get(i).get("createdAt").asText())
                    >= 0);
        }
    }

    @Test
    void nothingIsRecordedWhenTheChangeIsRefused() {
        PayingClient p = PayingClient.of(data, "Events Refused Practice");
        long before = data.count("SELECT count(*) FROM events WHERE practice_id = ?1", p.practice.id());
        // OON Pay without insurance: refused before any money moves, and no event either
        Charges.create(p.admin, p.body("OON_PAY", "SESSION", 20000)).then().statusCode(422);
        assertEquals(before, data.count("SELECT count(*) FROM events WHERE practice_id = ?1", p.practice.id()));
    }
}
