package com.thrizer.apikeys;

import com.thrizer.api.generated.ApiKeysApi;
import com.thrizer.api.generated.model.CreateApiKeyRequestDto;
import com.thrizer.api.generated.model.CreatedApiKeyDto;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Practice admins manage keys; API keys themselves cannot (no key can mint keys). */
@RolesAllowed(Roles.PRACTICE_ADMIN)
public class ApiKeysResource implements ApiKeysApi {
    private final ApiKeyService keys;
    private final ApiKeyApiMapper mapper;
    private final IdempotentRequests idempotency;

    ApiKeysResource(ApiKeyService keys, ApiKeyApiMapper mapper, IdempotentRequests idempotency) {
        this.keys = keys;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    public Response createApiKey(CreateApiKeyRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            CreatedApiKeyDto created = mapper.toDto(keys.create(body.getName(), mapper.toScopes(body.getScopes())));
            return Created.at("/v1/api-keys/" + created.getId()).entity(created).build();
        });
    }

    @Override
    public Response listApiKeys(Integer limit, String cursor) {
        return Response.ok(mapper.toDto(keys.list(PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response revokeApiKey(UUID apiKeyId) {
        return Response.ok(mapper.toDto(keys.revoke(apiKeyId))).build();
    }
}
