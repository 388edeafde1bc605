package com.thrizer.team.api;

import com.thrizer.api.generated.ServicesApi;
import com.thrizer.api.generated.model.UpdateServiceRequestDto;
import com.thrizer.shared.security.Scopes;
import com.thrizer.team.domain.ServiceOfferingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

public class ServicesResource implements ServicesApi {
    private final ServiceOfferingService services;
    private final TeamApiMapper mapper;

    ServicesResource(ServiceOfferingService services, TeamApiMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.TEAM_WRITE)
    public Response updateService(UUID serviceId, UpdateServiceRequestDto body) {
        return Response.ok(mapper.toDto(services.update(serviceId, mapper.toInput(body))))
                .build();
    }
}
