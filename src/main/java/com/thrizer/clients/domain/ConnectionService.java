package com.thrizer.clients.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.domain.EstimateService;
import com.thrizer.billing.PaymentType;
import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientRepository;
import com.thrizer.clients.persistence.Connection;
import com.thrizer.clients.persistence.ConnectionRepository;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.Provider;
import com.thrizer.team.domain.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Client-clinician connections: the practice connects a client with a clinician (pending until the client accepts or
 * declines); the payment type of the client's sessions with that clinician lives here. A clinician acts on their
 * own connections only.
 */
@ApplicationScoped
@Transactional
public class ConnectionService {
    public static final String RESOURCE = "CONNECTION";

    private final ConnectionRepository connections;
    private final ClientRepository clients;
    private final TeamService team;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EstimateService estimates;
    private final EventService events;

    ConnectionService(
            ConnectionRepository connections,
            ClientRepository clients,
            TeamService team,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EstimateService estimates,
            EventService events) {
        this.events = events;
        this.estimates = estimates;
        this.connections = connections;
        this.clients = clients;
        this.team = team;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a pending connection for a client the caller just added. */
    Connection open(Client client, Provider clinician, PaymentType paymentType) {
        Connection c = new Connection();
        c.id = UUID.randomUUID();
        c.createdAt = Clocks.now(clock);
        c.updatedAt = c.createdAt;
        c.clientId = client.id;
        c.clinicianId = clinician.id();
        c.paymentType = paymentType;
        c.status = Connection.Status.PENDING;
        connections.persist(c);
        audit.record(AuditAction.CREATE, RESOURCE, c.id);
        events.record(client.practiceId, EventType.CONNECTION_CHANGED, c.id);
        return c;
    }

    public ConnectionView create(UUID clientId, UUID clinicianId, PaymentType paymentType) {
        Client client = clients.getVisibleForUpdate(clientId);
        if (client.isRemoved()) {
            throw new RuleViolationException("client_removed", "This client was removed; their record is read-only.");
        }
        Caller caller = callers.caller();
        if (caller.seesOnlyOwnClients() && !clinicianId.equals(caller.teamMemberId())) {
            throw new AccessDeniedException("forbidden", "Clinicians connect clients with themselves only.");
        }
        Provider clinician = team.activeProvider(clinicianId);
        PaymentType type = paymentType == null ? PaymentType.SELF_PAY : paymentType;
        Connection existing = connections.find(clientId, clinicianId).orElse(null);
        if (existing == null) {
            return ConnectionView.of(open(client, clinician, type), clinician.fullName());
        }
        if (existing.status.isOpen()) {
            throw ConstraintProblems.CONNECTION_EXISTS.exception();
        }
        existing.status = Connection.Status.PENDING;
        existing.paymentType = type;
        existing.respondedAt = null;
        existing.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, existing.id);
        events.record(existing.practiceId, EventType.CONNECTION_CHANGED, existing.id);
        return ConnectionView.of(existing, clinician.fullName());
    }

    /** Changes the payment type, disconnects, or invites again after a decline or disconnection. */
    public ConnectionView update(UUID id, PaymentType paymentType, Connection.Status status) {
        Connection c = connections.getById(id);
        Client client = clients.getVisibleForUpdate(c.clientId);
        Caller caller = callers.caller();
        if (caller.seesOnlyOwnClients() && !c.clinicianId.equals(caller.teamMemberId())) {
            throw new ResourceNotFoundException("connection");
        }
        if (client.isRemoved()) {
            throw new RuleViolationException("client_removed", "This client was removed; their record is read-only.");
        }
        if (status == Connection.Status.PENDING && c.status == Connection.Status.CONNECTED) {
            throw new RuleViolationException("connection_active", "This connection is already active.", "status");
        }
        if (status != null && status != c.status) {
            c.status = status;
            if (status == Connection.Status.PENDING) {
                c.respondedAt = null;
            }
        }
        if (paymentType != null) {
            c.paymentType = paymentType;
        }
        c.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, c.id);
        events.record(c.practiceId, EventType.CONNECTION_CHANGED, c.id);
        return views(List.of(c), team.names(List.of(c.clinicianId))).get(0);
    }

    public Page<ConnectionView> listForClient(UUID clientId, PageRequest page) {
        Client client = clients.getVisible(clientId);
        Page<Connection> result = connections.pageOf(client.practiceId, client.id, page);
        Caller caller = callers.caller();
        Map<UUID, String> names =
                team.names(result.data().stream().map(c -> c.clinicianId).toList());
        audit.recordReads(RESOURCE, result.data().stream().map(c -> c.id).toList());
        return result.map(c -> ConnectionView.of(c, names.getOrDefault(c.clinicianId, "")));
    }

    /** The connections of a page of clients; a clinician sees only their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<UUID, List<ConnectionView>> viewsOf(Collection<UUID> clientIds) {
        Caller caller = callers.caller();
        List<Connection> all = connections.ofClients(clientIds).stream()
                .filter(c -> !caller.seesOnlyOwnClients() || c.clinicianId.equals(caller.teamMemberId()))
                .toList();
        Map<UUID, String> names =
                team.names(all.stream().map(c -> c.clinicianId).collect(Collectors.toSet()));
        return views(all, names).stream()
                .collect(Collectors.groupingBy(v -> v.clientId(), LinkedHashMap::new, Collectors.toList()));
    }

    /** A connection as an event shows it: as a practice admin reads it (404 when not the practice's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConnectionView eventView(UUID practiceId, UUID id) {
        Connection c = EventObjectRenderer.inPractice(connections.findAcrossPractices(id), practiceId);
        return inPracticeViews(practiceId, List.of(c)).get(0);
    }

    /** Every connection of a client of the practice, whoever made them (for events). */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<ConnectionView> eventViewsOfClient(UUID practiceId, UUID clientId) {
        return inPracticeViews(practiceId, connections.ofClientInPractice(practiceId, clientId));
    }

    private List<ConnectionView> inPracticeViews(UUID practiceId, List<Connection> list) {
        Map<UUID, String> names = team.namesInPractice(
                practiceId, list.stream().map(c -> c.clinicianId).collect(Collectors.toSet()));
        return views(list, names);
    }

    private static List<ConnectionView> views(List<Connection> list, Map<UUID, String> names) {
        return list.stream()
                .map(c -> ConnectionView.of(c, names.getOrDefault(c.clinicianId, "")))
                .toList();
    }

    public Page<ConnectionView> listOwn(ClientScope scope, PageRequest page) {
        Page<Connection> result = connections.pageOf(scope.practiceId(), scope.clientId(), page);
        Map<UUID, String> names = team.namesInPractice(
                scope.practiceId(),
                result.data().stream().map(c -> c.clinicianId).toList());
        result.data().forEach(c -> audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, c.id));
        return result.map(c -> ConnectionView.of(c, names.getOrDefault(c.clinicianId, "")));
    }

    /** A connection with the estimates of its clinician's services. */
    public record ConnectionEstimates(ConnectionView connection, EstimateService.Estimates estimates) {}

    /** The estimates of the client's sessions with the clinician of one of their connections. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConnectionEstimates estimatesFor(ClientScope scope, UUID connectionId) {
        ConnectionView view = ownView(scope, connectionId);
        return new ConnectionEstimates(view, estimates.forClinician(scope, view.clinicianId()));
    }

    /** One of the client's own connections, with the clinician's name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConnectionView ownView(ClientScope scope, UUID id) {
        Connection c = connections.getOwn(scope, id);
        String name =
                team.namesInPractice(scope.practiceId(), List.of(c.clinicianId)).getOrDefault(c.clinicianId, "");
        return ConnectionView.of(c, name);
    }

    /** The client answers a pending connection; repeating the same answer changes nothing. */
    public ConnectionView respond(ClientScope scope, UUID id, boolean accept) {
        Connection c = connections.getOwnForUpdate(scope, id);
        Connection.Status target = accept ? Connection.Status.CONNECTED : Connection.Status.DECLINED;
        if (c.status != target) {
            if (c.status != Connection.Status.PENDING) {
                throw new RuleViolationException(
                        "connection_not_pending", "Only a pending connection can be accepted or declined.");
            }
            Instant now = Clocks.now(clock);
            c.status = target;
            c.respondedAt = now;
            c.updatedAt = now;
            audit.record(scope.practiceId(), AuditAction.UPDATE, RESOURCE, c.id);
            events.record(c.practiceId, EventType.CONNECTION_CHANGED, c.id);
        }
        String name =
                team.namesInPractice(scope.practiceId(), List.of(c.clinicianId)).getOrDefault(c.clinicianId, "");
        return ConnectionView.of(c, name);
    }
}
