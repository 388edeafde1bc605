package com.thrizer.clients;

import com.thrizer.events.EventObjectRenderer;
import com.thrizer.events.EventType;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Clients and connections in events: as a practice admin reads them (every connection, whoever made the change). */
@ApplicationScoped
public class ClientEventApiMapper implements EventObjectRenderer {
    private final ClientRepository clients;
    private final ConnectionRepository connections;
    private final PaymentMethodService paymentMethods;
    private final TeamService team;
    private final ClientApiMapper mapper;

    ClientEventApiMapper(
            ClientRepository clients,
            ConnectionRepository connections,
            PaymentMethodService paymentMethods,
            TeamService team,
            ClientApiMapper mapper) {
        this.clients = clients;
        this.connections = connections;
        this.paymentMethods = paymentMethods;
        this.team = team;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.CLIENT, EventType.ObjectKind.CONNECTION);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        if (kind == EventType.ObjectKind.CONNECTION) {
            Connection c = EventObjectRenderer.inPractice(connections.findAcrossPractices(id), practiceId);
            return mapper.toDto(views(practiceId, List.of(c)).get(0));
        }
        Client client = EventObjectRenderer.inPractice(clients.findAcrossPractices(id), practiceId);
        List<ConnectionView> views = views(practiceId, connections.ofClientInPractice(practiceId, client.id));
        return mapper.toDto(ClientView.of(client, views, paymentMethods.defaultOf(practiceId, client.id)));
    }

    private List<ConnectionView> views(UUID practiceId, List<Connection> list) {
        Map<UUID, String> names = team.namesInPractice(
                practiceId, list.stream().map(c -> c.clinicianId).collect(Collectors.toSet()));
        return list.stream()
                .map(c -> ConnectionView.of(c, names.getOrDefault(c.clinicianId, "")))
                .toList();
    }
}
