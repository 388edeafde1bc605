package com.thrizer.apikeys;

import com.thrizer.api.generated.model.ApiKeyDto;
import com.thrizer.api.generated.model.ApiKeyListDto;
import com.thrizer.api.generated.model.ApiKeyModeDto;
import com.thrizer.api.generated.model.ApiKeyStatusDto;
import com.thrizer.api.generated.model.CreatedApiKeyDto;
import com.thrizer.api.generated.model.ScopeDto;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class, imports = ApiKeyStatusDto.class)
public abstract class ApiKeyApiMapper {

    /** By hand: scopes travel as their wire values ({@code clients:read}), not as enum constant names. */
    Set<String> toScopes(Set<ScopeDto> scopes) {
        return scopes.stream().map(ScopeDto::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** By hand: the stored scopes are wire values. */
    List<ScopeDto> scopes(Set<String> scopes) {
        return scopes.stream().map(ScopeDto::fromValue).toList();
    }

    abstract ApiKeyModeDto toDto(ApiKey.Mode mode);

    @Mapping(target = "removeScopesItem", ignore = true)
    @Mapping(target = "redactedKey", expression = "java(k.redacted())")
    @Mapping(target = "scopes", expression = "java(scopes(k.scopeSet()))")
    @Mapping(target = "status", expression = "java(k.isRevoked() ? ApiKeyStatusDto.REVOKED : ApiKeyStatusDto.ACTIVE)")
    abstract ApiKeyDto toDto(ApiKey k);

    @Mapping(target = ".", source = "key")
    @Mapping(target = "removeScopesItem", ignore = true)
    @Mapping(target = "redactedKey", expression = "java(created.key().redacted())")
    @Mapping(target = "scopes", expression = "java(scopes(created.key().scopeSet()))")
    @Mapping(target = "status", constant = "ACTIVE") // a key just created
    @Mapping(target = "lastUsedAt", ignore = true) // never used yet
    @Mapping(target = "revokedAt", ignore = true) // not revoked
    abstract CreatedApiKeyDto toDto(ApiKeyService.CreatedKey created);

    @ListPageMapping
    abstract ApiKeyListDto toDto(Page<ApiKey> page);
}
