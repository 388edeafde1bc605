package com.thrizer.team.domain;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.catalog.CatalogService;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.time.Clocks;
import com.thrizer.shared.validation.Fields;
import com.thrizer.team.persistence.ServiceOffering;
import com.thrizer.team.persistence.ServiceOfferingRepository;
import com.thrizer.team.persistence.TeamMember;
import com.thrizer.team.persistence.TeamMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Clinicians' services: a primary CPT code from the catalogue, a duration and a session fee in cents. */
@ApplicationScoped
@Transactional
public class ServiceOfferingService {
    public static final String RESOURCE = "SERVICE";

    private final ServiceOfferingRepository services;
    private final TeamMemberRepository members;
    private final CatalogService catalog;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceOfferingService(
            ServiceOfferingRepository services,
            TeamMemberRepository members,
            CatalogService catalog,
            AuditTrail audit,
            Clock clock) {
        this.services = services;
        this.members = members;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OfferedService> list(UUID teamMemberId, Boolean active, PageRequest page) {
        members.getById(teamMemberId);
        return services.list(teamMemberId, active, page).map(OfferedService::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferedService get(UUID id) {
        return OfferedService.of(services.getById(id));
    }

    /** The active services of a clinician of an explicit practice (a client's estimates). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferedService> activeOf(UUID practiceId, UUID teamMemberId) {
        return services.activeOfMemberInPractice(practiceId, teamMemberId).stream()
                .map(OfferedService::of)
                .toList();
    }

    public OfferedService create(UUID teamMemberId, ServiceInput input) {
        TeamMember member = members.getById(teamMemberId);
        if (!member.canProvideCare()) {
            throw new RuleViolationException(
                    "not_a_provider", "Staff members cannot offer services; choose a clinician or an admin.");
        }
        validate(input);
        ServiceOffering service = new ServiceOffering();
        service.id = UUID.randomUUID();
        service.createdAt = Clocks.now(clock);
        service.updatedAt = service.createdAt;
        service.teamMemberId = member.id;
        service.name = input.name().trim();
        service.cptCode = input.cptCode();
        service.durationMinutes = input.durationMinutes();
        service.rateCents = input.rateCents();
        service.currency = Money.USD;
        service.active = input.active() == null || input.active();
        services.persist(service);
        audit.record(AuditAction.CREATE, RESOURCE, service.id);
        return OfferedService.of(service);
    }

    public OfferedService update(UUID id, ServiceInput input) {
        ServiceOffering service = services.getById(id);
        validate(input);
        Optional.ofNullable(input.name()).ifPresent(v -> service.name = v.trim());
        Optional.ofNullable(input.cptCode()).ifPresent(v -> service.cptCode = v);
        Optional.ofNullable(input.durationMinutes()).ifPresent(v -> service.durationMinutes = v);
        Optional.ofNullable(input.rateCents()).ifPresent(v -> service.rateCents = v);
        Optional.ofNullable(input.active()).ifPresent(v -> service.active = v);
        service.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, service.id);
        return OfferedService.of(service);
    }

    private void validate(ServiceInput input) {
        List<FieldError> errors = new ArrayList<>();
        Fields.notBlank(input.name(), "name", errors);
        if (input.cptCode() != null) {
            catalog.checkPrimaryCode(input.cptCode(), "cptCode", errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The practice's bookable services (no caller: the public widget). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offering> bookableInPractice(UUID practiceId) {
        return services.bookableInPractice(practiceId).stream()
                .map(r -> {
                    ServiceOffering s = (ServiceOffering) r[0];
                    TeamMember m = (TeamMember) r[1];
                    return new Offering(
                            s.id,
                            m.id,
                            m.fullName(),
                            m.credentials,
                            s.name,
                            s.cptCode,
                            s.durationMinutes,
                            s.rateCents,
                            s.currency);
                })
                .toList();
    }
}
