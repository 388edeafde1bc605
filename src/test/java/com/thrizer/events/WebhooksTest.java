package com.thrizer.events;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.CreateWebhookEndpointRequestDto;
import com.thrizer.api.generated.model.UpdateWebhookEndpointRequestDto;
import com.thrizer.events.domain.WebhookDispatcher;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Clients;
import com.thrizer.testing.Replays;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.WebhookReceiver;
import com.thrizer.testing.WebhookTls;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook endpoints and delivery through HTTP, against a real local receiver: signatures checked with this test's own
 * HMAC code, retries after 500s, redirects and timeouts, disabling after the retry window (the dispatcher's clock is
 * a parameter), secret rotation, SSRF refusals, two dispatchers at once, roles, scopes and other practices.
 */
@QuarkusTest
@QuarkusTestResource(WebhookTls.class) // global (no restart): the TLS receivers' certificates, trusted in tests only
class WebhooksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestData data;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    TestPractice practice;
    String admin;
    WebhookReceiver receiver;
    Instant now;

    @BeforeEach
    void setUp() {
        practice = data.practice("Webhooks Practice");
        admin = practice.adminToken();
        receiver = new WebhookReceiver();
        now = Instant.now().plusSeconds(5); // the dispatcher runs "now": after the events the test makes
    }

    /**
     * Isolation per test: each test has its own practice, receiver and endpoints, and asserts only on its own endpoints'
     * deliveries (the dispatcher also sends whatever else is due). At the end its endpoints are deleted through the
     * API, their deliveries with them, so nothing of this test is left due for another test's dispatcher runs.
     */
    @AfterEach
    void tearDown() {
        receiver.close();
        List<String> ids = Api.as(admin)
                .queryParam("limit", 100)
                .when()
                .get("/v1/webhook-endpoints")
                .then()
                .statusCode(200)
                .extract()
                .path("data.id");
        for (String id : ids) {
            Api.as(admin).when().delete("/v1/webhook-endpoints/" + id).then().statusCode(204);
        }
    }

    /** A new endpoint's body: this URL, these event types. */
    static CreateWebhookEndpointRequestDto endpointBody(String url, String... events) {
        Set<CreateWebhookEndpointRequestDto.EnabledEventsEnum> types = new LinkedHashSet<>();
        for (String e : events) {
            types.add(CreateWebhookEndpointRequestDto.EnabledEventsEnum.fromValue(e));
        }
        return new CreateWebhookEndpointRequestDto().url(url).enabledEvents(types);
    }

    private JsonPath create(String token, String url, String... events) {
        return Api.as(token)
                .body(endpointBody(url, events).description("EHR sync"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("status", is("ENABLED"))
                .extract()
                .jsonPath();
    }

    /** The endpoint as its owner reads it. */
    private ValidatableResponse endpoint(String id) {
        return Api.as(admin).when().get("/v1/webhook-endpoints/" + id).then().statusCode(200);
    }

    /** A client added by the admin (client.created, and connection.changed for its clinician). */
    private String addClient() {
        return Clients.add(
                admin,
                TestData.uniqueEmail("hooked"),
                practice.clinicianMemberId().toString(),
                null);
    }

    private List<JsonPath> deliveries(String endpointId) {
        JsonPath page = Api.as(admin)
                .queryParam("limit", 100)
                .when()
                .get("/v1/webhook-endpoints/" + endpointId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<JsonPath> out = new ArrayList<>();
        for (int i = 0; i < page.getList("data").size(); i++) {
            out.add(new JsonPath(
                    JSON.valueToTree(page.getMap("data[" + i + "]")).toString()));
        }
        return out;
    }

    /** Standard Webhooks verification, written here from the specification (not the service's code). */
    static boolean verify(String secret, WebhookReceiver.Received r, Instant receivedAt) throws Exception {
        String id = r.header("webhook-id");
        long timestamp = Long.parseLong(r.header("webhook-timestamp"));
        if (Math.abs(receivedAt.getEpochSecond() - timestamp) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        for (String candidate : r.header("webhook-signature").split(" ")) {
            String[] parts = candidate.split(",", 2);
            if (parts[0].equals("v1")
                    && MessageDigest.isEqual(
                            parts[1].getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eventsAreDeliveredSignedWithTheDocumentTheApiLists() throws Exception {
        JsonPath endpoint = create(admin, receiver.url() + "/hooks", "client.created", "connection.changed");
        String secret = endpoint.getString("secret");
        String clientId = addClient();

        dispatch(now);
        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(2, got.size());
        for (WebhookReceiver.Received r : got) {
            assertEquals("/hooks", r.path());
            assertTrue(verify(secret, r, Instant.now()), "signature");
            assertFalse(verify(secret.substring(0, secret.length() - 4) + "AAA=", r, Instant.now()), "wrong secret");
            assertEquals("application/json", r.header("content-type"));
            JsonNode body = JSON.readTree(r.body());
            assertEquals(r.header("webhook-id"), body.get("id").asText());
            assertEquals(practice.id().toString(), body.get("practiceId").asText());
            // the body is the event as GET /v1/events/{id} lists it
            String listed = Api.as(admin)
                    .when()
                    .get("/v1/events/" + body.get("id").asText())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertEquals(JSON.readTree(listed), body);
        }
        JsonNode created = got.stream()
                .map(r -> readTree(r.body()))
                .filter(b -> b.get("type").asText().equals("client.created"))
                .findFirst()
                .orElseThrow();
        assertEquals(clientId, created.at("/data/object/id").asText());
        assertEquals("INVITED", created.at("/data/object/status").asText());

        List<JsonPath> log = deliveries(endpoint.getString("id"));
        assertEquals(2, log.size());
        for (JsonPath d : log) {
            assertEquals("SUCCEEDED", d.getString("status"));
            assertEquals(1, d.getInt("attemptCount"));
            assertEquals(200, d.getInt("attempts[0].statusCode"));
            assertTrue(d.getBoolean("attempts[0].succeeded"));
            assertNull(d.get("attempts[0].error"));
        }
        dispatch(now.plusSeconds(3600)); // delivered once: nothing more to send
        assertEquals(2, receiver.received().size());
        for (JsonPath d : deliveries(endpoint.getString("id"))) {
            assertEquals(1, d.getInt("attemptCount"));
        }
    }

    /** Runs the dispatcher at this time (it sends everything due; the tests look at their own endpoints only). */
    private void dispatch(Instant at) {
        dispatcher.run(at);
    }

    private static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void failedAttemptsAreRetriedWithBackoffAfter500sRedirectsAndTimeouts() {
        JsonPath endpoint = create(admin, receiver.url() + "/hooks", "client.created");
        String endpointId = endpoint.getString("id");
        addClient();

        receiver.answer(500);
        dispatch(now);
        JsonPath d = deliveries(endpointId).get(0);
        assertEquals("PENDING", d.getString("status"));
        assertEquals(1, d.getInt("attemptCount"));
        assertEquals(500, d.getInt("attempts[0].statusCode"));
        assertEquals("http_status", d.getString("attempts[0].error"));
        Instant next = OffsetDateTime.parse(d.getString("nextAttemptAt")).toInstant();
        // one minute, with jitter between 75% and 125%
        assertTrue(!next.isBefore(now.plusSeconds(44)) && !next.isAfter(now.plusSeconds(76)), "next " + next);
        endpoint(endpointId).body("failingSince", notNullValue());

        dispatch(now.plusSeconds(30)); // not due yet
        assertEquals(1, deliveries(endpointId).get(0).getInt("attemptCount"));
        assertEquals(1, receiver.received().size());

        receiver.answer(302); // a redirect is not followed: a failed attempt
        dispatch(now.plusSeconds(80));
        receiver.hang();
        dispatch(now.plusSeconds(600));
        receiver.answer(204);
        dispatch(now.plusSeconds(7200));

        d = deliveries(endpointId).get(0);
        assertEquals("SUCCEEDED", d.getString("status"));
        assertEquals(4, d.getInt("attemptCount"));
        assertEquals(302, d.getInt("attempts[1].statusCode"));
        assertEquals("http_status", d.getString("attempts[1].error"));
        assertNull(d.get("attempts[2].statusCode"));
        assertEquals("timeout", d.getString("attempts[2].error"));
        assertEquals(204, d.getInt("attempts[3].statusCode"));
        List<WebhookReceiver.Received> got = receiver.received();
        assertEquals(4, got.size()); // the redirect's target was never called
        assertTrue(got.stream().noneMatch(r -> r.path().equals("/hooks/redirected")));
        assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count()); // same id on retries
        endpoint(endpointId).body("failingSince", nullValue()).body("status", is("ENABLED"));
    }

    @Test
    void anEndpointFailingForThreeDaysIsDisabledAndTheAdminsEmailed() {
        JsonPath endpoint = create(admin, receiver.url() + "/hooks", "*");
        String endpointId = endpoint.getString("id");
        addClient();
        receiver.answer(503);
        dispatch(now);
        dispatch(now.plus(Duration.ofDays(3)).plusSeconds(60));

        endpoint(endpointId).body("status", is("DISABLED")).body("disabledReason", is("failing"));
        for (JsonPath d : deliveries(endpointId)) {
            assertEquals("FAILED", d.getString("status"));
            assertNull(d.get("nextAttemptAt"));
        }
        var mails = mailbox.sentTo(practice.adminEmail());
        assertTrue(mails.stream()
                .anyMatch(m -> m.subject().equals("A webhook endpoint was disabled")
                        && m.text().contains(endpointId)));

        long before = data.count(
                "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?1", UUID.fromString(endpointId));
        addClient(); // a disabled endpoint gets nothing queued
        assertEquals(
                before,
                data.count(
                        "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?1", UUID.fromString(endpointId)));

        Api.as(admin)
                .body(new UpdateWebhookEndpointRequestDto().enabled(true))
                .when()
                .patch("/v1/webhook-endpoints/" + endpointId)
                .then()
                .statusCode(200)
                .body("status", is("ENABLED"))
                .body("disabledReason", nullValue())
                .body("failingSince", nullValue());
    }

    @Test
    void aRotatedSecretKeepsTheOldOneSigningFor24Hours() throws Exception {
        JsonPath endpoint = create(admin, receiver.url() + "/hooks", "client.created");
        String endpointId = endpoint.getString("id");
        String oldSecret = endpoint.getString("secret");
        JsonPath rotated = Api.as(admin)
                .when()
                .post("/v1/webhook-endpoints/" + endpointId + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body("secret", not(is(oldSecret)))
                .extract()
                .jsonPath();
        String newSecret = rotated.getString("secret");
        Instant expires = OffsetDateTime.parse(rotated.getString("previousSecretExpiresAt"))
                .toInstant();
        assertTrue(Math.abs(Duration.between(Instant.now().plus(Duration.ofHours(24)), expires)
                        .toSeconds())
                < 60);

        addClient();
        dispatch(now);
        WebhookReceiver.Received first = receiver.received().get(0);
        assertEquals(2, first.header("webhook-signature").split(" ").length);
        assertTrue(verify(oldSecret, first, Instant.now()));
        assertTrue(verify(newSecret, first, Instant.now()));

        // 24 hours later the previous secret no longer signs
        data.update(
                "UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = ?1",
                UUID.fromString(endpointId));
        addClient();
        dispatch(now);
        WebhookReceiver.Received second = receiver.received().get(1);
        assertEquals(1, second.header("webhook-signature").split(" ").length);
        assertTrue(verify(newSecret, second, Instant.now()));
        assertFalse(verify(oldSecret, second, Instant.now()));
    }

    @Test
    void twoDispatchersAtOnceNeverSendTheSameDeliveryTwice() throws Exception {
        String a = create(admin, receiver.url() + "/a", "*").getString("id");
        String b = create(admin, receiver.url() + "/b", "client.created").getString("id");
        for (int i = 0; i < 6; i++) {
            addClient(); // 6 x (client.created + connection.changed) to /a, 6 x client.created to /b
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<WebhookDispatcher.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> dispatcher.run(now)));
            }
            for (Future<WebhookDispatcher.Result> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> perDelivery = new HashMap<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            perDelivery.merge(r.path() + " " + r.header("webhook-id"), 1, Integer::sum);
        }
        assertEquals(18, perDelivery.size());
        assertTrue(perDelivery.values().stream().allMatch(n -> n == 1), perDelivery.toString());
        assertEquals(18, receiver.received().size());
        List<JsonPath> sent = new ArrayList<>(deliveries(a));
        assertEquals(12, sent.size());
        sent.addAll(deliveries(b));
        assertEquals(18, sent.size());
        for (JsonPath d : sent) {
            assertEquals("SUCCEEDED", d.getString("status"));
            assertEquals(1, d.getInt("attemptCount")); // each attempted once, by one of the two dispatchers
        }
    }

    @Test
    void theTestEventIsSentAtOnceSignedAndNotListed() throws Exception {
        JsonPath endpoint = create(admin, receiver.url() + "/hooks", "charge.succeeded");
        String endpointId = endpoint.getString("id");
        Api.as(admin)
                .when()
                .post("/v1/webhook-endpoints/" + endpointId + "/test")
                .then()
                .statusCode(200)
                .body("eventType", is("webhook_endpoint.test"))
                .body("status", is("SUCCEEDED"))
                .body("attemptCount", is(1))
                .body("attempts[0].statusCode", is(200));
        WebhookReceiver.Received r = receiver.received().get(0);
        assertTrue(verify(endpoint.getString("secret"), r, Instant.now()));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("webhook_endpoint.test", body.get("type").asText());
        assertEquals(endpointId, body.at("/data/object/id").asText());
        assertFalse(body.at("/data/object").has("secret"));
        Api.as(admin).when().get("/v1/events/" + body.get("id").asText()).then().statusCode(404);

        receiver.answer(500);
        Api.as(admin)
                .when()
                .post("/v1/webhook-endpoints/" + endpointId + "/test")
                .then()
                .statusCode(200)
                .body("status", is("FAILED"))
                .body("attempts[0].statusCode", is(500))
                .body("attempts[0].error", is("http_status"));
        // a test does not count toward the endpoint's health
        endpoint(endpointId).body("failingSince", nullValue());
    }

    @Test
    void urlsToPrivateAddressesOrWithoutHttpsAreRefused() {
        for (String url : List.of(
                "https://10.0.0.5/hooks",
                "https://169.254.169.254/latest/meta-data",
                "https://192.168.1.20/hooks",
                "https://172.16.4.4/hooks",
                "https://[fd00::1]/hooks",
                "https://0.0.0.0/hooks",
                "https://100.64.0.1/hooks",
                "https://198.18.0.1/hooks", // benchmarking
                "https://192.0.2.1/hooks", // documentation
                "https://[2001:db8::1]/hooks", // documentation
                "https://[64:ff9b::a9fe:a9fe]/hooks", // NAT64 form of the metadata address
                "https://[2002:a9fe:a9fe::1]/hooks", // 6to4 form of it
                "https://240.0.0.1/hooks")) {
            Api.as(admin)
                    .body(endpointBody(url, "*"))
                    .when()
                    .post("/v1/webhook-endpoints")
                    .then()
                    .statusCode(422)
                    .body("code", is("webhook_url_not_allowed"))
                    .body("param", is("url"));
        }
        for (String url : List.of(
                "http://hooks.example.com/x",
                "ftp://hooks.example.com/x",
                "https://user:pw@hooks.example.com/x",
                "/relative/path/only",
                "https://hooks.example.com/x#frag")) {
            Api.as(admin)
                    .body(endpointBody(url, "*"))
                    .when()
                    .post("/v1/webhook-endpoints")
                    .then()
                    .statusCode(400)
                    .body("errors.code", hasItem("invalid_webhook_url"));
        }
        String id = create(admin, receiver.url() + "/hooks", "*").getString("id");
        Api.as(admin)
                .body(new UpdateWebhookEndpointRequestDto().url("https://10.1.2.3/hooks"))
                .when()
                .patch("/v1/webhook-endpoints/" + id)
                .then()
                .statusCode(422)
                .body("code", is("webhook_url_not_allowed"));
        assertEquals(
                0,
                data.count(
                        "SELECT count(*) FROM webhook_endpoints WHERE practice_id = ?1 AND url LIKE 'https://10.%'",
                        practice.id()));
    }

    @Test
    void badInputIsRefusedWithItsCode() {
        Api.as(admin)
                .body(Api.rawJson(
                        "{\"url\": \"https://hooks.example.com/x\", \"enabledEvents\": [\"charge.exploded\"]}"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(400);
        Api.as(admin)
                .body(Api.rawJson("{\"url\": \"https://hooks.example.com/x\", \"enabledEvents\": []}"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(400);
        Api.as(admin)
                .body(endpointBody("https://hooks.example.com/x", "*", "charge.failed"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(400)
                .body("errors.code", hasItem("wildcard_not_alone"));
        Api.as(admin)
                .body(Api.rawJson(
                        "{\"url\": \"https://hooks.example.com/x\", \"enabledEvents\": [\"*\"], \"secret\": \"mine\"}"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(400);
        Api.as(admin)
                .body(endpointBody(null, "*"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(400);
        Api.as(admin)
                .queryParam("type", "charge.exploded")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(400);
        Api.as(admin)
                .queryParam("createdFrom", "2026-11-27T00:00:00Z")
                .queryParam("createdTo", "2026-11-26T00:00:00Z")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        Api.as(admin)
                .queryParam("status", "LOST")
                .when()
                .get("/v1/webhook-endpoints/" + UUID.randomUUID() + "/deliveries")
                .then()
                .statusCode(400);
    }

    @Test
    void rolesScopesAndOtherPracticesAreEnforced() {
        String id = create(admin, receiver.url() + "/hooks", "*").getString("id");
        addClient();
        String eventId = Api.as(admin)
                .queryParam("type", "client.created")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .body("data[0].type", is("client.created"))
                .extract()
                .path("data[0].id");

        // no credentials
        Api.anonymous().when().get("/v1/events").then().statusCode(401);
        Api.anonymous().when().get("/v1/webhook-endpoints").then().statusCode(401);
        Api.anonymous()
                .body(endpointBody("https://hooks.example.com/x", "*"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(401);
        // clinicians, staff and clients have no events or webhooks
        for (String token : List.of(practice.clinicianToken(), practice.staffToken(), practice.clientToken())) {
            Api.as(token).when().get("/v1/events").then().statusCode(403);
            Api.as(token).when().get("/v1/webhook-endpoints/" + id).then().statusCode(403);
            Api.as(token).when().delete("/v1/webhook-endpoints/" + id).then().statusCode(403);
        }
        // keys: events:read with charges:read sees no client events; without events:read, nothing
        String chargesKey = ApiKeys.create(admin, "events:read", "charges:read", "webhooks:read", "webhooks:write");
        Api.as(chargesKey)
                .queryParam("limit", 100)
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .body("data.type", not(hasItem("client.created")));
        Api.as(chargesKey).when().get("/v1/events/" + eventId).then().statusCode(404);
        Api.as(chargesKey)
                .queryParam("type", "client.created")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .body("data.size()", is(0));
        Api.as(chargesKey)
                .body(endpointBody("https://hooks.example.com/x", "charge.failed", "client.created"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(422)
                .body("code", is("event_type_not_permitted"))
                .body("errors[0].param", is("enabledEvents[1]"));
        String clientsKey = ApiKeys.create(admin, "events:read", "clients:read");
        Api.as(clientsKey).when().get("/v1/events/" + eventId).then().statusCode(200);
        Api.as(clientsKey).when().get("/v1/webhook-endpoints").then().statusCode(403);
        Api.as(clientsKey)
                .body(endpointBody("https://hooks.example.com/x", "*"))
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(403);
        String readOnly = ApiKeys.create(admin, "clients:read");
        Api.as(readOnly).when().get("/v1/events").then().statusCode(403);

        // a key's "*" endpoint only ever gets what the key could read
        String keyEndpoint = create(chargesKey, receiver.url() + "/key", "*").getString("id");
        addClient();
        assertEquals(
                0,
                data.count(
                        "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?1",
                        UUID.fromString(keyEndpoint)));

        // another practice: its ids are unknown here
        TestPractice other = data.practice("Other Webhooks Practice");
        String otherAdmin = other.adminToken();
        Api.as(otherAdmin).when().get("/v1/events/" + eventId).then().statusCode(404);
        Api.as(otherAdmin).when().get("/v1/webhook-endpoints/" + id).then().statusCode(404);
        Api.as(otherAdmin)
                .body(new UpdateWebhookEndpointRequestDto().enabled(false))
                .when()
                .patch("/v1/webhook-endpoints/" + id)
                .then()
                .statusCode(404);
        Api.as(otherAdmin)
                .when()
                .post("/v1/webhook-endpoints/" + id + "/rotate-secret")
                .then()
                .statusCode(404);
        Api.as(otherAdmin)
                .when()
                .post("/v1/webhook-endpoints/" + id + "/test")
                .then()
                .statusCode(404);
        Api.as(otherAdmin)
                .when()
                .get("/v1/webhook-endpoints/" + id + "/deliveries")
                .then()
                .statusCode(404);
        Api.as(otherAdmin).when().delete("/v1/webhook-endpoints/" + id).then().statusCode(404);
        Api.as(otherAdmin)
                .queryParam("limit", 100)
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .body("data.id", not(hasItem(eventId)));
        Api.as(otherAdmin)
                .when()
                .get("/v1/webhook-endpoints")
                .then()
                .statusCode(200)
                .body("data.id", not(hasItem(id)));

        // disable by the owner: pending deliveries are given up; delete: gone
        Api.as(admin)
                .body(new UpdateWebhookEndpointRequestDto().enabled(false))
                .when()
                .patch("/v1/webhook-endpoints/" + id)
                .then()
                .statusCode(200)
                .body("status", is("DISABLED"))
                .body("disabledReason", is("disabled_by_user"));
        assertEquals(
                0,
                data.count(
                        "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?1 AND status = 'PENDING'",
                        UUID.fromString(id)));
        Api.as(admin).when().delete("/v1/webhook-endpoints/" + id).then().statusCode(204);
        Api.as(admin).when().get("/v1/webhook-endpoints/" + id).then().statusCode(404);
        assertEquals(
                0, data.count("SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?1", UUID.fromString(id)));
    }

    @Test
    void aRetriedCreationWithTheSameKeyMakesOneEndpoint() {
        CreateWebhookEndpointRequestDto body = endpointBody(receiver.url() + "/hooks", "*");
        Replays.createdOnceByTwoPosts(admin, "/v1/webhook-endpoints", body);
        assertEquals(1, data.count("SELECT count(*) FROM webhook_endpoints WHERE practice_id = ?1", practice.id()));
    }

    @Test
    void aHostThatNowResolvesToAPrivateAddressIsNotCalled() {
        String id = create(admin, receiver.url() + "/hooks", "client.created").getString("id");
        // as if its DNS changed after it was saved (the API refuses such a URL): checked again before each attempt
        data.update(
                "UPDATE webhook_endpoints SET url = 'https://10.20.30.40/hooks' WHERE id = ?1", UUID.fromString(id));
        addClient();
        dispatch(now);
        JsonPath d = deliveries(id).get(0);
        assertEquals("PENDING", d.getString("status"));
        assertEquals("address_not_allowed", d.getString("attempts[0].error"));
        assertNull(d.get("attempts[0].statusCode"));
        assertEquals(0, receiver.received().size());
    }

    @Test
    void eventsGoOverTlsToTheCheckedAddressWithTheHostNameForSniAndTheCertificate() {
        WebhookReceiver tls = WebhookReceiver.https("localhost"); // self-signed, trusted through test configuration
        WebhookReceiver wrongName = WebhookReceiver.https(WebhookTls.OTHER_NAME); // trusted, for another name
        try {
            String good = create(admin, tls.url() + "/hooks", "client.created").getString("id");
            String bad =
                    create(admin, wrongName.url() + "/hooks", "client.created").getString("id");
            addClient();
            dispatch(now);
            JsonPath delivered = deliveries(good).get(0);
            assertEquals("SUCCEEDED", delivered.getString("status"), delivered.prettify()); // the attempts say why
            assertEquals(200, delivered.getInt("attempts[0].statusCode"));
            assertEquals(1, tls.received().size());
            assertEquals("localhost:" + tls.port(), tls.received().get(0).header("host"));
            assertEquals(List.of("localhost"), tls.serverNames());

            JsonPath refused = deliveries(bad).get(0);
            assertEquals("PENDING", refused.getString("status"));
            assertEquals("connection_failed", refused.getString("attempts[0].error"));
            assertNull(refused.get("attempts[0].statusCode"));
            assertEquals(0, wrongName.received().size());
        } finally {
            tls.close();
            wrongName.close();
        }
    }
}
