package com.thrizer.clients.api;

import com.thrizer.api.generated.InvitationsApi;
import com.thrizer.clients.domain.InvitationService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;

public class InvitationsResource implements InvitationsApi {
    private final InvitationService invitations;
    private final ClientApiMapper mapper;

    InvitationsResource(InvitationService invitations, ClientApiMapper mapper) {
        this.invitations = invitations;
        this.mapper = mapper;
    }

    @Override
    @Authenticated
    public Response acceptInvitation(String token) {
        return Response.ok(mapper.toProfile(invitations.accept(token))).build();
    }
}
