package com.thrizer.shared;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import com.thrizer.api.generated.model.CreateApiKeyRequestDto;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.ScopeDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: a {@code Location} is a relative reference, never built from the request's {@code Host}. Every
 * operation that answers one is covered by {@code IdempotentReplayGuardTest}, which sends a forged {@code Host}.
 */
@QuarkusTest
class LocationHeaderTest {
    @Inject
    TestData data;

    private static ValidatableResponse createKeyFromForgedHost(
            TestPractice practice, String key, CreateApiKeyRequestDto body) {
        return Api.as(practice.adminToken())
                .header("Host", "evil.example")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/api-keys")
                .then();
    }

    @Test
    void aForgedHostNeverReachesTheLocation() {
        TestPractice practice = data.practice("Location Practice");
        String key = UUID.randomUUID().toString();
        CreateApiKeyRequestDto body = new CreateApiKeyRequestDto()
                .name("EHR sync")
                .scopes(new LinkedHashSet<>(List.of(ScopeDto.CLIENTS_READ)));
        String id = createKeyFromForgedHost(practice, key, body)
                .statusCode(201)
                .header("Location", matchesPattern("/v1/api-keys/[0-9a-f-]{36}"))
                .extract()
                .path("id");
        createKeyFromForgedHost(practice, key, body)
                .statusCode(201)
                .header("Idempotent-Replayed", is("true"))
                .header("Location", is("/v1/api-keys/" + id));
        Api.as(practice.adminToken())
                .header("Host", "evil.example:8443")
                .body(new CreateClientRequestDto()
                        .firstName("Cleo")
                        .lastName("Client")
                        .email(TestData.uniqueEmail("l")))
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("/v1/clients/[0-9a-f-]{36}"));
    }
}
