package com.thrizer.widget;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.domain.ProspectAnswer;
import com.thrizer.benefits.domain.ProspectEstimate;
import com.thrizer.benefits.domain.ProspectInquiry;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.catalog.CatalogService;
import com.thrizer.catalog.KnownInsurer;
import com.thrizer.clients.domain.ClientInput;
import com.thrizer.clients.domain.ClientService;
import com.thrizer.practices.PracticeService;
import com.thrizer.shared.error.ConflictException;
import com.thrizer.shared.error.ConstraintProblems;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.Offering;
import com.thrizer.team.domain.ServiceOfferingService;
import com.thrizer.team.domain.TeamService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The benefits-estimate widget (DOMAIN.md section 9): its configuration by the practice, and its public side keyed by
 * slug. Usable only when at least one active clinician has an active service with a rate (among those it shows).
 * The public side is rate limited per IP and per widget in PostgreSQL (every instance counts the same hits), answers
 * 404 alike for unknown, disabled and unusable widgets, and allows CORS only from the practice's own origins.
 */
@ApplicationScoped
@Transactional
public class WidgetService {
    public static final String RESOURCE = "WIDGET";
    public static final String LEAD_RESOURCE = "WIDGET_LEAD";
    static final String NO_ACTIVE_PRICED_SERVICE = "no_active_priced_service";
    static final int PROJECTED_SESSIONS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WidgetRepository widgets;
    private final BenefitCheckService benefits;
    private final ServiceOfferingService services;
    private final ClientService clients;
    private final TeamService team;
    private final PracticeService practices;
    private final CatalogService catalog;
    private final RateLimiter limiter;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;
    private final int perIpPerMinute;
    private final int perWidgetPerMinute;

    WidgetService(
            WidgetRepository widgets,
            BenefitCheckService benefits,
            ServiceOfferingService services,
            ClientService clients,
            TeamService team,
            PracticeService practices,
            CatalogService catalog,
            RateLimiter limiter,
            CallerContext callers,
            AuditTrail audit,
            Clock clock,
            @ConfigProperty(name = "thrizer.widget.public-url") String publicUrl,
            @ConfigProperty(name = "thrizer.widget.rate-limit.per-ip-per-minute", defaultValue = "60")
                    int perIpPerMinute,
            @ConfigProperty(name = "thrizer.widget.rate-limit.per-widget-per-minute", defaultValue = "600")
                    int perWidgetPerMinute) {
        this.widgets = widgets;
        this.benefits = benefits;
        this.services = services;
        this.clients = clients;
        this.team = team;
        this.practices = practices;
        this.catalog = catalog;
        this.limiter = limiter;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.perIpPerMinute = perIpPerMinute;
        this.perWidgetPerMinute = perWidgetPerMinute;
    }

    /** The practice's widget; made (disabled, slug from the practice's name) the first time. */
    public WidgetView get() {
        Widget w = provision(callers.practiceId());
        audit.record(AuditAction.READ, RESOURCE, w.practiceId);
        return view(w);
    }

    public WidgetView update(WidgetUpdate u) {
        UUID practiceId = callers.practiceId();
        provision(practiceId);
        Widget w = widgets.ofPracticeForUpdate(practiceId).orElseThrow();
        List<String> origins = validate(u, practiceId);
        apply(w, u, origins, practiceId);
        w.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, w.practiceId);
        return view(w);
    }

    /** 400 for the request's shape, then 422 for clinicians and services the practice does not have; the origins. */
    private List<String> validate(WidgetUpdate u, UUID practiceId) {
        WidgetUpdateRules.Shape shape = WidgetUpdateRules.shape(u);
        if (!shape.errors().isEmpty()) {
            throw new ValidationException(shape.errors());
        }
        List<Offering> bookable = services.bookableInPractice(practiceId);
        Set<UUID> knownClinicians = u.clinicianIds() == null
                ? Set.of()
                : new HashSet<>(team.names(u.clinicianIds()).keySet());
        Set<UUID> knownServices =
                new HashSet<>(bookable.stream().map(Offering::serviceId).toList());
        List<FieldError> errors = WidgetUpdateRules.selectionErrors(u, knownClinicians, knownServices);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(
                    "widget_selection_invalid",
                    "Show only this practice's clinicians and active priced services; see errors[].",
                    errors);
        }
        return shape.origins();
    }

    private void apply(Widget w, WidgetUpdate u, List<String> origins, UUID practiceId) {
        if (u.slug() != null && !u.slug().equals(w.slug)) {
            if (widgets.slugTaken(u.slug(), practiceId)) {
                throw ConstraintProblems.WIDGET_SLUG_TAKEN.exception();
            }
            w.slug = u.slug();
        }
        if (u.displayName() != null) {
            w.displayName = u.displayName().strip();
        }
        if (u.accentColor() != null) {
            w.accentColor = u.accentColor().toUpperCase(Locale.ROOT);
        }
        if (u.welcomeText() != null) {
            w.welcomeText = u.welcomeText().isBlank() ? null : u.welcomeText().strip();
        }
        if (u.enabled() != null) {
            w.enabled = u.enabled();
        }
        if (u.leadCapture() != null) {
            w.leadCapture = u.leadCapture();
        }
        if (u.clinicianIds() != null) {
            w.clinicianIds = Widget.join(u.clinicianIds());
        }
        if (u.serviceIds() != null) {
            w.serviceIds = Widget.join(u.serviceIds());
        }
        if (origins != null) {
            w.allowedOrigins = Widget.join(origins);
        }
    }

    /** Views, estimates by outcome, leads and conversions per day (every day of the period, zeros included). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WidgetAnalytics analytics(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ValidationException.of("from", "invalid_range", "must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= 366) {
            throw ValidationException.of("to", "invalid_range", "analytics cover at most a year");
        }
        var stats = widgets.stats(callers.practiceId(), from, to);
        WidgetAnalytics.Counts zero = new WidgetAnalytics.Counts(0, 0, 0, 0, 0, 0);
        WidgetAnalytics.Counts total = zero;
        List<WidgetAnalytics.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            WidgetAnalytics.Counts c = stats.getOrDefault(d, zero);
            days.add(new WidgetAnalytics.Day(d, c));
            total = total.plus(c);
        }
        return new WidgetAnalytics(from, to, total, days);
    }

    /** The practice's leads, newest first (each read audited: they are personal data). */
    public Page<WidgetLead> leads(PageRequest page) {
        var result = widgets.leads(callers.practiceId(), page);
        audit.recordReads(
                LEAD_RESOURCE, result.data().stream().map(WidgetLead::id).toList());
        return result;
    }

    /**
     * Makes a lead a client, as adding a client does (invitation email), connected to the clinician of the service
     * they asked about when that clinician is still active. Once per lead (row lock).
     */
    public WidgetLead convert(UUID leadId) {
        UUID practiceId = callers.practiceId();
        WidgetLead lead =
                widgets.leadForUpdate(practiceId, leadId).orElseThrow(() -> new ResourceNotFoundException("lead"));
        if (lead.convertedClientId() != null) {
            throw new ConflictException("lead_already_converted", "This lead is already a client.");
        }
        UUID clinician = lead.serviceId() == null
                ? null
                : services.bookableInPractice(practiceId).stream()
                        .filter(o -> o.serviceId().equals(lead.serviceId()))
                        .map(Offering::teamMemberId)
                        .findFirst()
                        .orElse(null);
        UUID clientId = clients.create(
                        new ClientInput(lead.firstName(), lead.lastName(), lead.email(), null, null, null),
                        clinician,
                        null)
                .id();
        Instant now = Clocks.now(clock);
        widgets.markConverted(practiceId, leadId, clientId, now);
        audit.record(AuditAction.UPDATE, LEAD_RESOURCE, leadId);
        return new WidgetLead(
                lead.id(),
                lead.firstName(),
                lead.lastName(),
                lead.email(),
                lead.insurerId(),
                lead.serviceId(),
                lead.estimateStatus(),
                lead.createdAt(),
                clientId,
                now);
    }

    /** The public side: rate limited, then the widget if enabled and usable (404 otherwise); counts a view. */
    public PublicWidgetView publicView(String slug, String ip, String origin) {
        RateLimiter.Decision rate = limit(slug, ip);
        Usable u = usableWidget(slug);
        widgets.countView(u.widget().practiceId, LocalDate.ofInstant(Clocks.now(clock), ZoneOffset.UTC));
        List<KnownInsurer> insurers =
                catalog.insurers().stream().filter(i -> !i.needsReview()).toList();
        return PublicWidgetView.of(u.widget(), u.shown(), insurers, rate, allowed(u.widget(), origin));
    }

    /**
     * A prospect's estimate: rate limited, the widget must be enabled and show the service, then a benefit check
     * through the same engine (stored without a client record), counted by outcome; with an email and consent (and
     * lead capture on), a lead for the practice. The widget is read in a short transaction, the payer asked with none
     * open, and the check stored with its counts and lead in a transaction of its own.
     */
    @Transactional(Transactional.TxType.NEVER)
    public WidgetEstimateResult estimate(String slug, String ip, String origin, WidgetEstimateInput in) {
        RateLimiter.Decision rate = limit(slug, ip);
        Asking asking = QuarkusTransaction.requiringNew().call(() -> asking(slug, in));
        ProspectAnswer answer = benefits.askProspect(asking.inquiry());
        return QuarkusTransaction.requiringNew().call(() -> recordEstimate(asking, answer, in, rate, origin));
    }

    /** A usable widget, the shown service the prospect asked about, and what the payer is asked. */
    private record Asking(Widget widget, Offering service, ProspectInquiry inquiry) {}

    private Asking asking(String slug, WidgetEstimateInput in) {
        Usable u = usableWidget(slug);
        Widget w = u.widget();
        Offering service = offeredService(u, in);
        return new Asking(
                w,
                service,
                new ProspectInquiry(
                        w.practiceId,
                        in.insurerId(),
                        in.memberId().strip(),
                        in.firstName().strip(),
                        in.lastName().strip(),
                        in.dateOfBirth(),
                        service.cptCode(),
                        Money.of(service.rateCents(), service.currency())));
    }

    private WidgetEstimateResult recordEstimate(
            Asking asking, ProspectAnswer answer, WidgetEstimateInput in, RateLimiter.Decision rate, String origin) {
        Widget w = asking.widget();
        ProspectEstimate estimate = benefits.recordProspect(answer, PROJECTED_SESSIONS);
        Instant now = Clocks.now(clock);
        BenefitCheck.Status status = estimate.view().check().status();
        widgets.countEstimate(w.practiceId, LocalDate.ofInstant(now, ZoneOffset.UTC), outcome(status));
        boolean lead = w.leadCapture
                && in.consent()
                && in.email() != null
                && !in.email().isBlank();
        if (lead) {
            widgets.insertLead(w.practiceId, in, estimate.benefitCheckId(), status.name(), now);
        }
        audit.recordSystemOrCaller(
                w.practiceId, AuditAction.CREATE, BenefitCheckService.RESOURCE, estimate.benefitCheckId());
        return new WidgetEstimateResult(estimate.view(), asking.service(), lead, rate, allowed(w, origin));
    }

    /** The shown service the prospect asked about, with an insurer of the widget's list; 422 otherwise. */
    private Offering offeredService(Usable u, WidgetEstimateInput in) {
        Offering service = u.shown().stream()
                .filter(o -> o.serviceId().equals(in.serviceId()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "service_not_offered", "This widget does not offer that service.", "serviceId"));
        if (catalog.insurer(in.insurerId()).isEmpty()) {
            throw new RuleViolationException(
                    "insurer_not_listed", "Choose an insurer from the widget's list.", "insurerId");
        }
        return service;
    }

    /** The outcome an estimate is counted under in the analytics. */
    private static String outcome(BenefitCheck.Status status) {
        return switch (status) {
            case COMPLETE -> "complete";
            case FAILED -> "failed";
            default -> "incomplete";
        };
    }

    private RateLimiter.Decision limit(String slug, String ip) {
        return limiter.hit(List.of(
                new RateLimiter.Limit(
                        "widget-ip:" + (ip == null ? "unknown" : ip), perIpPerMinute, Duration.ofMinutes(1)),
                new RateLimiter.Limit("widget:" + slug, perWidgetPerMinute, Duration.ofMinutes(1))));
    }

    /** A widget that can answer, with what it shows. */
    private record Usable(Widget widget, List<Offering> shown) {}

    /** The widget of a slug when it is enabled and has something to show; else 404 (alike for every reason). */
    private Usable usableWidget(String slug) {
        Widget w = widgets.bySlug(slug).filter(x -> x.enabled).orElse(null);
        List<Offering> shown = w == null ? List.of() : shown(w);
        if (shown.isEmpty()) {
            throw new ResourceNotFoundException("widget_not_found", "No such widget.");
        }
        return new Usable(w, shown);
    }

    private static String allowed(Widget w, String origin) {
        return origin != null && w.allowedOriginList().contains(origin.toLowerCase(Locale.ROOT)) ? origin : null;
    }

    /** CORS preflight: the origin to allow for this widget, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String allowedOrigin(String slug, String origin) {
        if (origin == null) {
            return null;
        }
        return widgets.bySlug(slug)
                .filter(w -> w.allowedOriginList().contains(origin.toLowerCase(Locale.ROOT)))
                .map(w -> origin)
                .orElse(null);
    }

    private List<Offering> shown(Widget w) {
        List<UUID> clinicians = w.clinicianIdList();
        List<UUID> chosen = w.serviceIdList();
        return services.bookableInPractice(w.practiceId).stream()
                .filter(o -> clinicians.isEmpty() || clinicians.contains(o.teamMemberId()))
                .filter(o -> chosen.isEmpty() || chosen.contains(o.serviceId()))
                .toList();
    }

    private WidgetView view(Widget w) {
        boolean usable = !shown(w).isEmpty();
        String share = publicUrl + "/w/" + w.slug;
        String embed = "<iframe src=\"" + share + "\" title=\"" + htmlEscape(w.displayName)
                + " benefits estimate\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>";
        return WidgetView.of(w, usable, usable ? null : NO_ACTIVE_PRICED_SERVICE, share, embed);
    }

    private Widget provision(UUID practiceId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var existing = widgets.ofPractice(practiceId);
            if (existing.isPresent()) {
                return existing.get();
            }
            Widget w = new Widget();
            w.practiceId = practiceId;
            w.displayName = practices.nameOf(practiceId);
            w.slug = slugFrom(w.displayName);
            w.createdAt = Clocks.now(clock);
            w.updatedAt = w.createdAt;
            widgets.insertIfAbsent(w);
        }
        throw new IllegalStateException("could not provision a widget");
    }

    /** "Calm Minds Therapy" -> "calm-minds-therapy-4f2a": ASCII, hyphens, a random suffix. */
    static String slugFrom(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 40) {
            ascii = ascii.substring(0, 40).replaceAll("-+$", "");
        }
        String suffix = String.format("%04x", RANDOM.nextInt(0x10000));
        return ascii.isEmpty() ? "widget-" + suffix : ascii + "-" + suffix;
    }

    private static String htmlEscape(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
