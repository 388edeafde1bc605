package com.thrizer.clients.api;

import com.thrizer.api.generated.MeProfileApi;
import com.thrizer.api.generated.model.UpdateProfileRequestDto;
import com.thrizer.clients.domain.ClientService;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

/** The signed-in client's own profile (their client record). */
@RolesAllowed(Roles.CLIENT)
public class MeProfileResource implements MeProfileApi {
    private final CallerContext callers;
    private final ClientService clients;
    private final ClientApiMapper mapper;

    MeProfileResource(CallerContext callers, ClientService clients, ClientApiMapper mapper) {
        this.callers = callers;
        this.clients = clients;
        this.mapper = mapper;
    }

    @Override
    public Response getProfile() {
        return Response.ok(mapper.toProfile(clients.profile(callers.clientScope())))
                .build();
    }

    @Override
    public Response updateProfile(UpdateProfileRequestDto body) {
        return Response.ok(mapper.toProfile(clients.updateProfile(callers.clientScope(), mapper.toInput(body))))
                .build();
    }
}
