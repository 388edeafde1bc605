package com.thrizer.clients.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.billing.PaymentType;
import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientRepository;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventService;
import com.thrizer.events.domain.EventType;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.paymentmethods.SavedCard;
import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import com.thrizer.shared.validation.Fields;
import com.thrizer.shared.validation.Icd10;
import com.thrizer.shared.validation.UsStates;
import com.thrizer.team.domain.Provider;
import com.thrizer.team.domain.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The practice's clients. Adding a client invites them by email; clinicians reach only the clients connected to
 * them. Removing keeps the history and ends charging; archived clients must be unarchived before a charge. Every
 * read and change of a client is audited.
 */
@ApplicationScoped
@Transactional
public class ClientService {
    public static final String RESOURCE = "CLIENT";

    private final ClientRepository clients;
    private final ConnectionService connections;
    private final InvitationService invitations;
    private final PaymentMethodService paymentMethods;
    private final TeamService team;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final EventService events;

    ClientService(
            ClientRepository clients,
            ConnectionService connections,
            InvitationService invitations,
            PaymentMethodService paymentMethods,
            TeamService team,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            EventService events) {
        this.events = events;
        this.clients = clients;
        this.connections = connections;
        this.invitations = invitations;
        this.paymentMethods = paymentMethods;
        this.team = team;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a client (INVITED), connects them to a clinician if one is given (a clinician: themselves), invites. */
    public ClientView create(ClientInput input, UUID clinicianId, PaymentType paymentType) {
        validate(input);
        Caller caller = callers.caller();
        if (caller.seesOnlyOwnClients()) {
            if (clinicianId != null && !clinicianId.equals(caller.teamMemberId())) {
                throw new AccessDeniedException("forbidden", "Clinicians add clients to their own caseload.");
            }
            clinicianId = caller.teamMemberId();
        }
        Provider clinician = clinicianId == null ? null : team.activeProvider(clinicianId);
        String email = input.email().trim().toLowerCase(Locale.ROOT);
        Client client = new Client();
        client.id = UUID.randomUUID();
        if (clients.emailTaken(email, client.id)) {
            throw ConstraintProblems.CLIENT_EXISTS.exception();
        }
        client.createdAt = Clocks.now(clock);
        client.updatedAt = client.createdAt;
        client.email = email;
        client.status = Client.Status.INVITED;
        client.diagnoses = "";
        client.createdBy = caller.actorId();
        apply(client, input);
        clients.persist(client);
        audit.record(AuditAction.CREATE, RESOURCE, client.id);
        if (clinician != null) {
            connections.open(client, clinician, paymentType == null ? PaymentType.SELF_PAY : paymentType);
        }
        invitations.invite(client);
        events.record(client.practiceId, EventType.CLIENT_CREATED, client.id);
        return view(client);
    }

    public ClientView get(UUID id) {
        Client client = clients.getVisible(id);
        audit.record(AuditAction.READ, RESOURCE, client.id);
        return view(client);
    }

    /** A client the caller may see, without recording a read (the caller records what it reads). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Client visible(UUID id) {
        return clients.getVisible(id);
    }

    /** A client as an event shows it: as a practice admin reads it, every connection (404 when not the practice's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientView eventView(UUID practiceId, UUID id) {
        Client client = EventObjectRenderer.inPractice(clients.findAcrossPractices(id), practiceId);
        return ClientView.of(
                client,
                connections.eventViewsOfClient(practiceId, client.id),
                paymentMethods.defaultOf(practiceId, client.id));
    }

    public Page<ClientView> list(ClientFilter filter, PageRequest page) {
        Page<Client> result = clients.list(filter, page);
        List<UUID> ids = result.data().stream().map(c -> c.id).toList();
        audit.recordReads(RESOURCE, ids);
        Map<UUID, List<ConnectionView>> byClient = connections.viewsOf(ids);
        Map<UUID, SavedCard> cards = paymentMethods.defaultsOf(ids);
        return result.map(c -> ClientView.of(c, byClient.getOrDefault(c.id, List.of()), cards.get(c.id)));
    }

    public ClientView update(UUID id, ClientInput input) {
        validate(input);
        Client client = changeable(id);
        if (input.email() != null) {
            String email = input.email().trim().toLowerCase(Locale.ROOT);
            if (!email.equals(client.email)) {
                if (client.userId != null) {
                    throw new RuleViolationException(
                            "email_locked", "The email cannot change after the client signed in.", "email");
                }
                if (clients.emailTaken(email, client.id)) {
                    throw ConstraintProblems.CLIENT_EXISTS.exception();
                }
                client.email = email;
            }
        }
        apply(client, input);
        return changed(client);
    }

    /** Removes: history kept, no further charges or claims. Removing a removed client changes nothing. */
    public ClientView remove(UUID id) {
        Client client = clients.getVisibleForUpdate(id);
        if (!client.isRemoved()) {
            client.status = Client.Status.REMOVED;
            client.removedAt = Clocks.now(clock);
            client.pinned = false;
            client.updatedAt = client.removedAt;
            audit.record(AuditAction.DELETE, RESOURCE, client.id);
        }
        return view(client);
    }

    public ClientView archive(UUID id) {
        Client client = changeable(id);
        if (client.status != Client.Status.ARCHIVED) {
            client.status = Client.Status.ARCHIVED;
            return changed(client);
        }
        return view(client);
    }

    public ClientView unarchive(UUID id) {
        Client client = changeable(id);
        if (client.status == Client.Status.ARCHIVED) {
            client.status = client.userId == null ? Client.Status.INVITED : Client.Status.ACTIVE;
            return changed(client);
        }
        return view(client);
    }

    public ClientView pin(UUID id, boolean pinned) {
        Client client = changeable(id);
        if (client.pinned != pinned) {
            client.pinned = pinned;
            return changed(client);
        }
        return view(client);
    }

    /** Replaces the diagnoses (ICD-10-CM, primary first); codes are normalised ({@code f411} is {@code F41.1}). */
    public ClientView setDiagnoses(UUID id, List<String> codes) {
        List<String> normalized = Icd10.normalizeAll(codes, "codes");
        Client client = changeable(id);
        client.diagnoses = String.join("|", normalized);
        return changed(client);
    }

    /** The signed-in client's own record. */
    public ClientProfile profile(ClientScope scope) {
        Client client = clients.getOwn(scope);
        audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, client.id);
        return ClientProfile.of(client);
    }

    public ClientProfile updateProfile(ClientScope scope, ClientInput input) {
        validate(input);
        Client client = clients.getOwn(scope);
        apply(client, input);
        client.updatedAt = Clocks.now(clock);
        audit.record(scope.practiceId(), AuditAction.UPDATE, RESOURCE, client.id);
        return ClientProfile.of(client);
    }

    private Client changeable(UUID id) {
        Client client = clients.getVisibleForUpdate(id);
        if (client.isRemoved()) {
            throw new RuleViolationException("client_removed", "This client was removed; their record is read-only.");
        }
        return client;
    }

    private ClientView changed(Client client) {
        client.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, client.id);
        return view(client);
    }

    private ClientView view(Client client) {
        List<ConnectionView> views = connections.viewsOf(List.of(client.id)).getOrDefault(client.id, List.of());
        SavedCard card = paymentMethods.defaultsOf(List.of(client.id)).get(client.id);
        return ClientView.of(client, views, card);
    }

    private static void apply(Client client, ClientInput input) {
        set(input.firstName(), v -> client.firstName = v.trim());
        set(input.lastName(), v -> client.lastName = v.trim());
        set(input.phone(), v -> client.phone = v);
        set(input.dateOfBirth(), v -> client.dateOfBirth = v);
        set(input.address(), a -> {
            client.addressLine1 = a.line1().trim();
            client.addressLine2 =
                    a.line2() == null || a.line2().isBlank() ? null : a.line2().trim();
            client.addressCity = a.city().trim();
            client.addressState = a.state();
            client.addressPostalCode = a.postalCode();
        });
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private void validate(ClientInput input) {
        List<FieldError> errors = new ArrayList<>();
        Fields.notBlank(input.firstName(), "firstName", errors);
        Fields.notBlank(input.lastName(), "lastName", errors);
        if (input.dateOfBirth() != null
                && (input.dateOfBirth().isAfter(LocalDate.now(clock))
                        || input.dateOfBirth().getYear() < 1900)) {
            errors.add(new FieldError("dateOfBirth", "invalid_value", "must be a past date after 1900"));
        }
        if (input.address() != null) {
            if (!UsStates.isValid(input.address().state())) {
                errors.add(new FieldError("address.state", "invalid_value", "must be a USPS state or territory code"));
            }
            Fields.notBlank(input.address().line1(), "address.line1", errors);
            Fields.notBlank(input.address().city(), "address.city", errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
