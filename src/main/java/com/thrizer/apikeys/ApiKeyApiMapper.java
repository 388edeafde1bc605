package com.thrizer.apikeys;

import com.thrizer.api.generated.model.ApiKeyDto;
import com.thrizer.api.generated.model.ApiKeyListDto;
import com.thrizer.api.generated.model.ApiKeyModeDto;
import com.thrizer.api.generated.model.ApiKeyStatusDto;
import com.thrizer.api.generated.model.CreatedApiKeyDto;
import com.thrizer.api.generated.model.ScopeDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ApiValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ApiKeyApiMapper {

    Set<String> toScopes(Set<ScopeDto> scopes) {
        return scopes.stream().map(ScopeDto::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    ApiKeyDto toDto(ApiKey k) {
        return new ApiKeyDto()
                .id(k.id)
                .name(k.name)
                .mode(ApiKeyModeDto.valueOf(k.mode.name()))
                .redactedKey(k.redacted())
                .scopes(k.scopeSet().stream().map(ScopeDto::fromValue).toList())
                .status(k.isRevoked() ? ApiKeyStatusDto.REVOKED : ApiKeyStatusDto.ACTIVE)
                .createdAt(ApiValues.utc(k.createdAt))
                .createdBy(k.createdBy)
                .lastUsedAt(ApiValues.utc(k.lastUsedAt))
                .revokedAt(ApiValues.utc(k.revokedAt));
    }

    CreatedApiKeyDto toDto(ApiKeyService.CreatedKey created) {
        ApiKey k = created.key();
        return new CreatedApiKeyDto()
                .id(k.id)
                .name(k.name)
                .mode(ApiKeyModeDto.valueOf(k.mode.name()))
                .redactedKey(k.redacted())
                .scopes(k.scopeSet().stream().map(ScopeDto::fromValue).toList())
                .status(ApiKeyStatusDto.ACTIVE)
                .createdAt(ApiValues.utc(k.createdAt))
                .createdBy(k.createdBy)
                .lastUsedAt(null)
                .revokedAt(null)
                .secret(created.secret());
    }

    ApiKeyListDto toDto(Page<ApiKey> page) {
        return new ApiKeyListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }
}
