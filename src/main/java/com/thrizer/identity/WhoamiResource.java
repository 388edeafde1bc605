package com.thrizer.identity;

import com.thrizer.api.generated.IdentityApi;
import com.thrizer.api.generated.model.CallerTypeDto;
import com.thrizer.api.generated.model.RoleDto;
import com.thrizer.api.generated.model.ScopeDto;
import com.thrizer.api.generated.model.WhoamiDto;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.web.ApiValues;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;

public class WhoamiResource implements IdentityApi {
    private final CallerContext callers;

    WhoamiResource(CallerContext callers) {
        this.callers = callers;
    }

    @Override
    @Authenticated
    public Response getWhoami() {
        return Response.ok(toDto(callers.caller())).build();
    }

    static WhoamiDto toDto(Caller c) {
        return new WhoamiDto()
                .callerType(CallerTypeDto.valueOf(c.type().name()))
                .userId(c.userId())
                .email(c.email())
                .apiKeyId(c.apiKeyId())
                .roles(c.roles().stream()
                        .filter(r -> !r.equals(Roles.API_KEY))
                        .sorted()
                        .map(r -> RoleDto.fromValue(ApiValues.roleToWire(r)))
                        .toList())
                .practiceId(c.practiceId())
                .teamMemberId(c.teamMemberId())
                .clientId(c.clientId())
                .scopes(c.scopes().stream().map(ScopeDto::fromValue).toList());
    }
}
