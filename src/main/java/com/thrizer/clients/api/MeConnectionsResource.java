package com.thrizer.clients.api;

import com.thrizer.api.generated.MeConnectionsApi;
import com.thrizer.api.generated.model.ClinicianInvitationDto;
import com.thrizer.api.generated.model.CreateClinicianInvitationRequestDto;
import com.thrizer.clients.domain.ClinicianInvitationService;
import com.thrizer.clients.domain.ConnectionService;
import com.thrizer.shared.idempotency.IdempotentRequests;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The signed-in client's connections with clinicians, their invitations of a clinician and their estimates. */
@RolesAllowed(Roles.CLIENT)
public class MeConnectionsResource implements MeConnectionsApi {
    private final CallerContext callers;
    private final ConnectionService connections;
    private final ClinicianInvitationService clinicianInvitations;
    private final ClientApiMapper mapper;
    private final IdempotentRequests idempotency;

    MeConnectionsResource(
            CallerContext callers,
            ConnectionService connections,
            ClinicianInvitationService clinicianInvitations,
            ClientApiMapper mapper,
            IdempotentRequests idempotency) {
        this.callers = callers;
        this.connections = connections;
        this.clinicianInvitations = clinicianInvitations;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @Override
    public Response listMyConnections(Integer limit, String cursor) {
        return Response.ok(mapper.toConnectionList(
                        connections.listOwn(callers.clientScope(), PageRequest.of(limit, cursor))))
                .build();
    }

    @Override
    public Response acceptConnection(UUID connectionId, String idempotencyKey) {
        return respond(connectionId, idempotencyKey, true);
    }

    @Override
    public Response declineConnection(UUID connectionId, String idempotencyKey) {
        return respond(connectionId, idempotencyKey, false);
    }

    private Response respond(UUID connectionId, String idempotencyKey, boolean accept) {
        return idempotency.execute(
                idempotencyKey,
                connectionId,
                () -> Response.ok(mapper.toDto(connections.respond(callers.clientScope(), connectionId, accept)))
                        .build());
    }

    @Override
    public Response inviteClinician(CreateClinicianInvitationRequestDto body, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, body, () -> {
            ClinicianInvitationDto sent = mapper.toDto(clinicianInvitations.invite(
                    callers.clientScope(), body.getFirstName(), body.getLastName(), body.getEmail()));
            return Response.status(Response.Status.CREATED).entity(sent).build();
        });
    }

    @Override
    public Response getMyEstimates(UUID connectionId) {
        return Response.ok(mapper.toEstimates(connections.estimatesFor(callers.clientScope(), connectionId)))
                .build();
    }
}
