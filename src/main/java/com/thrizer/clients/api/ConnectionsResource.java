package com.thrizer.clients.api;

import com.thrizer.api.generated.ConnectionsApi;
import com.thrizer.api.generated.model.UpdateConnectionRequestDto;
import com.thrizer.clients.domain.ConnectionService;
import com.thrizer.shared.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

public class ConnectionsResource implements ConnectionsApi {
    private final ConnectionService connections;
    private final ClientApiMapper mapper;

    ConnectionsResource(ConnectionService connections, ClientApiMapper mapper) {
        this.connections = connections;
        this.mapper = mapper;
    }

    @Override
    @RolesAllowed(Scopes.CLIENTS_WRITE)
    public Response updateConnection(UUID connectionId, UpdateConnectionRequestDto body) {
        return Response.ok(mapper.toDto(connections.update(
                        connectionId, mapper.paymentType(body.getPaymentType()), mapper.status(body.getStatus()))))
                .build();
    }
}
