package com.thrizer.support;

import com.thrizer.api.generated.MeSupportApi;
import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

/** The signed-in client's requests to Thrizer support. */
@RolesAllowed(Roles.CLIENT)
public class MeSupportResource implements MeSupportApi {
    private final CallerContext callers;
    private final SupportService support;
    private final SupportApiMapper mapper;
    private final IdempotentRequests idempotency;

    MeSupportResource(
            CallerContext callers, SupportService support, SupportApiMapper mapper, IdempotentRequests idempotency) {
        this.callers = callers;
        this.support = support;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    public Response createSupportRequest(CreateSupportRequestDto body, String idempotencyKey) {
        return idempotency.execute(
                idempotencyKey,
                body,
                () -> Response.status(Response.Status.CREATED)
                        .entity(mapper.toDto(support.create(callers.clientScope(), mapper.toInput(body))))
                        .build());
    }
}
