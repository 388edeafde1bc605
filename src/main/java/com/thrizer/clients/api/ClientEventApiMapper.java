package com.thrizer.clients.api;

import com.thrizer.clients.domain.ClientService;
import com.thrizer.clients.domain.ConnectionService;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Clients and connections in events: as a practice admin reads them (the services read, this only maps). */
@ApplicationScoped
public class ClientEventApiMapper implements EventObjectRenderer {
    private final ClientService clients;
    private final ConnectionService connections;
    private final ClientApiMapper mapper;

    ClientEventApiMapper(ClientService clients, ConnectionService connections, ClientApiMapper mapper) {
        this.clients = clients;
        this.connections = connections;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.CLIENT, EventType.ObjectKind.CONNECTION);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        if (kind == EventType.ObjectKind.CONNECTION) {
            return mapper.toDto(connections.eventView(practiceId, id));
        }
        return mapper.toDto(clients.eventView(practiceId, id));
    }
}
