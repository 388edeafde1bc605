package com.thrizer.charges.documents;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.ChargeRepository;
import com.thrizer.insurance.InsuranceDetails;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.practices.PracticeDetails;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.Provider;
import com.thrizer.team.domain.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Superbills (DOMAIN.md section 7): a PDF of a client's succeeded Self-Pay sessions over a period, with the provider
 * block (practice, tax id, rendering providers' NPIs), the patient block (name, date of birth, insurance) and one line
 * per session (date, CPT code, diagnoses, fee, paid). Made by the practice (clinicians: their own sessions) or by the
 * client; stored, and never a claim.
 */
@ApplicationScoped
@Transactional
public class SuperbillService {
    public static final String RESOURCE = "SUPERBILL";
    static final int MAX_DAYS = 366;

    /** The services table: amounts aligned on the right, their totals under them. */
    private static final List<PdfWriter.Column> COLUMNS = List.of(
            PdfWriter.Column.left("Date", 72),
            PdfWriter.Column.left("CPT", 132),
            PdfWriter.Column.left("Diagnoses", 186),
            PdfWriter.Column.left("Place", 286),
            PdfWriter.Column.left("NPI", 326),
            PdfWriter.Column.right("Fee", 462),
            PdfWriter.Column.right("Paid", 540));

    private final ChargeRepository charges;
    private final SuperbillRepository superbills;
    private final BenefitsClients clients;
    private final InsuranceService insurance;
    private final PracticeService practices;
    private final TeamService team;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    SuperbillService(
            ChargeRepository charges,
            SuperbillRepository superbills,
            BenefitsClients clients,
            InsuranceService insurance,
            PracticeService practices,
            TeamService team,
            CallerContext callers,
            AuditTrail audit,
            Clock clock) {
        this.charges = charges;
        this.superbills = superbills;
        this.clients = clients;
        this.insurance = insurance;
        this.practices = practices;
        this.team = team;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Practice users: a client they may see; clinicians include the sessions they were provider of record for. */
    public SuperbillView create(UUID clientId, LocalDate from, LocalDate to) {
        ClientFacts client = clients.visible(clientId);
        Caller caller = callers.caller();
        UUID onlyClinician = caller.seesOnlyOwnClients() ? caller.teamMemberId() : null;
        return make(client, from, to, onlyClinician);
    }

    /** The signed-in client: their own Self-Pay payments. */
    public SuperbillView createOwn(ClientScope scope, LocalDate from, LocalDate to) {
        return make(clients.own(scope), from, to, null);
    }

    public byte[] pdf(UUID clientId, UUID superbillId) {
        ClientFacts client = clients.visible(clientId);
        byte[] content = superbills.content(client.practiceId(), client.clientId(), superbillId);
        audit.record(AuditAction.READ, RESOURCE, superbillId);
        return content;
    }

    public byte[] pdfOwn(ClientScope scope, UUID superbillId) {
        byte[] content = superbills.content(scope.practiceId(), scope.clientId(), superbillId);
        audit.record(scope.practiceId(), AuditAction.READ, RESOURCE, superbillId);
        return content;
    }

    private SuperbillView make(ClientFacts client, LocalDate from, LocalDate to, UUID onlyClinician) {
        checkPeriod(from, to);
        List<Charge> sessions = paidSelfPaySessions(client, from, to, onlyClinician);
        Map<UUID, Provider> providers = providers(client, sessions);
        long total = sessions.stream()
                .mapToLong(c -> c.cardAmountCents - c.refundedCents)
                .sum();
        SuperbillView view = new SuperbillView(
                UUID.randomUUID(),
                client.clientId(),
                from,
                to,
                sessions.size(),
                total,
                sessions.get(0).currency,
                Clocks.now(clock));
        byte[] content = render(
                view,
                practices.byId(client.practiceId()),
                client,
                insurance.detailsFor(client.practiceId(), client.clientId()),
                sessions,
                providers);
        Caller caller = callers.caller();
        superbills.insert(client.practiceId(), view, content, caller.actorId());
        audit.record(client.practiceId(), AuditAction.CREATE, RESOURCE, view.id());
        return view;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ValidationException.of("from", "invalid_range", "must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ValidationException.of("to", "invalid_range", "a superbill covers at most a year");
        }
    }

    /** The period's Self-Pay sessions with money still paid on them; 422 when there is none. */
    private List<Charge> paidSelfPaySessions(ClientFacts client, LocalDate from, LocalDate to, UUID onlyClinician) {
        List<Charge> sessions =
                charges.selfPaySessions(client.practiceId(), client.clientId(), onlyClinician, from, to).stream()
                        .filter(c -> c.cardAmountCents - c.refundedCents > 0)
                        .toList();
        if (sessions.isEmpty()) {
            throw new RuleViolationException(
                    "no_self_pay_sessions", "There is no paid Self-Pay session in this period to put on a superbill.");
        }
        return sessions;
    }

    /** The rendering provider of each session's clinician (null when no longer in the practice). */
    private Map<UUID, Provider> providers(ClientFacts client, List<Charge> sessions) {
        Map<UUID, Provider> providers = new HashMap<>();
        for (Charge c : sessions) {
            providers.computeIfAbsent(
                    c.clinicianId,
                    id -> team.inPractice(client.practiceId(), id).orElse(null));
        }
        return providers;
    }

    static byte[] render(
            SuperbillView v,
            PracticeDetails practice,
            ClientFacts client,
            Optional<InsuranceDetails> policy,
            List<Charge> sessions,
            Map<UUID, Provider> providers) {
        String patient = client.firstName() + " " + client.lastName();
        String dateOfBirth =
                client.dateOfBirth() == null ? "" : client.dateOfBirth().toString();
        String tin = practice.tin() == null ? "" : practice.tin();
        try (PdfWriter pdf = new PdfWriter("Superbill")) {
            pdf.onEachPage(List.of(
                    "Superbill " + v.id() + " (continued)",
                    "Provider: " + practice.name() + ", tax id (TIN) " + tin
                            + (practice.groupNpi() == null ? "" : ", group NPI " + practice.groupNpi()),
                    "Patient: " + patient + ", date of birth " + dateOfBirth
                            + policy.map(p -> ", member id " + p.memberId()).orElse("")));
            pdf.row("Statement period", v.from() + " to " + v.to());
            pdf.row("Superbill number", v.id().toString());
            providerSection(pdf, practice, tin, providers);
            patientSection(pdf, patient, dateOfBirth, policy);
            servicesSection(pdf, v, sessions, providers);
            pdf.note("Paid by the patient (Self-Pay). Submit this superbill to your insurer for out-of-network"
                    + " reimbursement.");
            return pdf.bytes();
        }
    }

    private static void providerSection(
            PdfWriter pdf, PracticeDetails practice, String tin, Map<UUID, Provider> providers) {
        pdf.heading("Provider");
        pdf.row("Practice", practice.name());
        String address = address(practice);
        if (!address.isEmpty()) {
            pdf.row("Address", address);
        }
        pdf.row("Tax id (TIN)", tin);
        if (practice.groupNpi() != null) {
            pdf.row("Group NPI", practice.groupNpi());
        }
        if (practice.phone() != null) {
            pdf.row("Phone", practice.phone());
        }
        for (Provider p : providers.values().stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Provider::fullName))
                .collect(Collectors.toList())) {
            pdf.row("Rendering provider", p.fullName() + ", NPI " + (p.npi() == null ? "" : p.npi()));
        }
    }

    private static void patientSection(
            PdfWriter pdf, String patient, String dateOfBirth, Optional<InsuranceDetails> policy) {
        pdf.heading("Patient");
        pdf.row("Name", patient);
        pdf.row("Date of birth", dateOfBirth);
        policy.ifPresent(p -> {
            pdf.row("Insurance", p.insurerName());
            pdf.row("Member id", p.memberId());
        });
    }

    private static void servicesSection(
            PdfWriter pdf, SuperbillView v, List<Charge> sessions, Map<UUID, Provider> providers) {
        pdf.heading("Services");
        List<String[]> lines = new ArrayList<>();
        for (Charge c : sessions) {
            Provider provider = providers.get(c.clinicianId);
            lines.add(new String[] {
                c.appointmentDate.toString(),
                c.cptCode + (c.modifiers.isEmpty() ? "" : " " + c.modifiers.replace(",", " ")),
                String.join(", ", c.diagnosisList()),
                "POS " + c.placeOfService,
                provider == null || provider.npi() == null ? "" : provider.npi(),
                PdfWriter.usd(c.sessionFeeCents, c.currency),
                PdfWriter.usd(c.cardAmountCents - c.refundedCents, c.currency)
            });
        }
        long fees = sessions.stream().mapToLong(c -> c.sessionFeeCents).sum();
        pdf.table(COLUMNS, lines, new String[] {
            "Total", "", "", "", "", PdfWriter.usd(fees, v.currency()), PdfWriter.usd(v.totalCents(), v.currency())
        });
    }

    private static String address(PracticeDetails p) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {p.addressLine1(), p.addressLine2(), p.addressCity()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        String stateZip = ((p.addressState() == null ? "" : p.addressState()) + " "
                        + (p.addressPostalCode() == null ? "" : p.addressPostalCode()))
                .strip();
        if (!stateZip.isEmpty()) {
            parts.add(stateZip);
        }
        return String.join(", ", parts);
    }
}
