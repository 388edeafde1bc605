package com.thrizer.testing;

import com.thrizer.api.generated.model.CreateApiKeyRequestDto;
import com.thrizer.api.generated.model.ScopeDto;
import java.util.LinkedHashSet;
import java.util.Set;

/** Creates API keys through the API, as a practice admin would. */
public final class ApiKeys {
    private ApiKeys() {}

    /** The secret of a new key with these scopes. */
    public static String create(String adminToken, String... scopes) {
        Set<ScopeDto> wanted = new LinkedHashSet<>();
        for (String scope : scopes) {
            wanted.add(ScopeDto.fromValue(scope));
        }
        return Api.as(adminToken)
                .body(new CreateApiKeyRequestDto().name("test key").scopes(wanted))
                .when()
                .post("/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }
}
