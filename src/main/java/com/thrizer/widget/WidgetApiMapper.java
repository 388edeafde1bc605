package com.thrizer.widget;

import com.thrizer.api.generated.model.PublicWidgetCliniciansInnerDto;
import com.thrizer.api.generated.model.PublicWidgetDto;
import com.thrizer.api.generated.model.PublicWidgetInsurersInnerDto;
import com.thrizer.api.generated.model.PublicWidgetServicesInnerDto;
import com.thrizer.api.generated.model.UpdateWidgetRequestDto;
import com.thrizer.api.generated.model.WidgetAnalyticsDaysInnerDto;
import com.thrizer.api.generated.model.WidgetAnalyticsDto;
import com.thrizer.api.generated.model.WidgetCountsDto;
import com.thrizer.api.generated.model.WidgetDto;
import com.thrizer.api.generated.model.WidgetEstimateDto;
import com.thrizer.api.generated.model.WidgetEstimateProjectionInnerDto;
import com.thrizer.api.generated.model.WidgetEstimateRequestDto;
import com.thrizer.api.generated.model.WidgetLeadDto;
import com.thrizer.api.generated.model.WidgetLeadListDto;
import com.thrizer.benefits.BenefitCheck;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.shared.web.ApiValues;
import com.thrizer.team.Offering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class WidgetApiMapper {
    static final String EXPOSED = "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, X-Request-Id";

    public WidgetUpdate toUpdate(UpdateWidgetRequestDto d) {
        return new WidgetUpdate(
                d.getSlug(),
                d.getDisplayName(),
                d.getAccentColor(),
                d.getWelcomeText(),
                d.getEnabled(),
                d.getLeadCapture(),
                d.getClinicianIds() == null
                        ? null
                        : d.getClinicianIds().stream().toList(),
                d.getServiceIds() == null ? null : d.getServiceIds().stream().toList(),
                d.getAllowedOrigins() == null
                        ? null
                        : d.getAllowedOrigins().stream().toList());
    }

    public WidgetDto toDto(WidgetView v) {
        Widget w = v.widget();
        return new WidgetDto()
                .slug(w.slug)
                .displayName(w.displayName)
                .accentColor(w.accentColor)
                .welcomeText(w.welcomeText)
                .enabled(w.enabled)
                .leadCapture(w.leadCapture)
                .clinicianIds(w.clinicianIdList())
                .serviceIds(w.serviceIdList())
                .allowedOrigins(w.allowedOriginList())
                .usable(v.usable())
                .unusableReason(v.unusableReason())
                .shareUrl(v.shareUrl())
                .embedSnippet(v.embedSnippet())
                .updatedAt(ApiValues.utc(w.updatedAt));
    }

    /** The public answer with its rate-limit headers and, for an allowed origin, CORS headers. */
    public Response toResponse(PublicWidgetView v) {
        Widget w = v.widget();
        Map<UUID, PublicWidgetCliniciansInnerDto> clinicians = new LinkedHashMap<>();
        for (Offering o : v.offerings()) {
            clinicians.computeIfAbsent(
                    o.teamMemberId(),
                    id -> new PublicWidgetCliniciansInnerDto()
                            .id(id)
                            .name(o.memberName())
                            .credentials(o.credentials()));
        }
        PublicWidgetDto dto = new PublicWidgetDto()
                .slug(w.slug)
                .displayName(w.displayName)
                .accentColor(w.accentColor)
                .welcomeText(w.welcomeText)
                .leadCapture(w.leadCapture)
                .clinicians(clinicians.values().stream().toList())
                .services(v.offerings().stream()
                        .map(o -> new PublicWidgetServicesInnerDto()
                                .id(o.serviceId())
                                .clinicianId(o.teamMemberId())
                                .name(o.serviceName())
                                .durationMinutes(o.durationMinutes())
                                .rateAmount(o.rateCents())
                                .currency(o.currency()))
                        .toList())
                .insurers(v.insurers().stream()
                        .map(i -> new PublicWidgetInsurersInnerDto().id(i.id).name(i.name))
                        .toList());
        Response.ResponseBuilder b = Response.ok(dto);
        rateHeaders(b, v.rateLimit());
        cors(b, v.allowedOrigin());
        return b.build();
    }

    public WidgetAnalyticsDto toDto(WidgetAnalytics a) {
        return new WidgetAnalyticsDto()
                .from(a.from())
                .to(a.to())
                .totals(counts(a.totals()))
                .days(a.days().stream()
                        .map(d -> new WidgetAnalyticsDaysInnerDto()
                                .date(d.date())
                                .views(d.counts().views())
                                .estimatesComplete(d.counts().estimatesComplete())
                                .estimatesIncomplete(d.counts().estimatesIncomplete())
                                .estimatesFailed(d.counts().estimatesFailed())
                                .leads(d.counts().leads())
                                .leadsConverted(d.counts().leadsConverted()))
                        .toList());
    }

    private static WidgetCountsDto counts(WidgetAnalytics.Counts c) {
        return new WidgetCountsDto()
                .views(c.views())
                .estimatesComplete(c.estimatesComplete())
                .estimatesIncomplete(c.estimatesIncomplete())
                .estimatesFailed(c.estimatesFailed())
                .leads(c.leads())
                .leadsConverted(c.leadsConverted());
    }

    public WidgetLeadDto toDto(WidgetLead l) {
        return new WidgetLeadDto()
                .id(l.id())
                .firstName(l.firstName())
                .lastName(l.lastName())
                .email(l.email())
                .insurerId(l.insurerId())
                .serviceId(l.serviceId())
                .estimateStatus(l.estimateStatus())
                .createdAt(ApiValues.utc(l.createdAt()))
                .convertedClientId(l.convertedClientId())
                .convertedAt(l.convertedAt() == null ? null : ApiValues.utc(l.convertedAt()));
    }

    public WidgetLeadListDto toLeads(Page<WidgetLead> page) {
        return new WidgetLeadListDto()
                .data(page.data().stream().map(this::toDto).toList())
                .hasMore(page.hasMore())
                .nextCursor(page.nextCursor());
    }

    public WidgetEstimateInput toInput(WidgetEstimateRequestDto d) {
        return new WidgetEstimateInput(
                d.getInsurerId(),
                d.getMemberId(),
                d.getFirstName(),
                d.getLastName(),
                d.getDateOfBirth(),
                d.getServiceId(),
                d.getEmail(),
                Boolean.TRUE.equals(d.getConsent()));
    }

    /** The estimate (never the member id or the payer's rows), with rate-limit and CORS headers. */
    public Response toResponse(WidgetEstimateResult r) {
        BenefitCheck c = r.check().check();
        SessionEstimate e = r.check().estimate();
        boolean complete = c.status == BenefitCheck.Status.COMPLETE;
        WidgetEstimateDto dto = new WidgetEstimateDto()
                .status(WidgetEstimateDto.StatusEnum.valueOf(c.status.name()))
                .isEstimate(true)
                .serviceId(r.service().serviceId())
                .sessionFeeAmount(r.service().rateCents())
                .currency(r.service().currency())
                .oonBenefits(WidgetEstimateDto.OonBenefitsEnum.valueOf(c.oonBenefits.name()))
                .deductibleStatus(
                        c.deductibleRemainingCents == null
                                ? WidgetEstimateDto.DeductibleStatusEnum.UNKNOWN
                                : c.deductibleRemainingCents == 0
                                        ? WidgetEstimateDto.DeductibleStatusEnum.MET
                                        : WidgetEstimateDto.DeductibleStatusEnum.NOT_MET)
                .deductibleRemainingAmount(c.deductibleRemainingCents)
                .coinsuranceBasisPoints(c.coinsuranceBps)
                .reimbursementAmount(e == null ? null : e.reimbursement().cents())
                .outOfPocketAmount(e == null ? null : e.clientCost().cents())
                .projection(r.check().projection().stream()
                        .map(p -> new WidgetEstimateProjectionInnerDto()
                                .session(p.session())
                                .reimbursementAmount(
                                        p.estimate().reimbursement().cents())
                                .outOfPocketAmount(p.estimate().clientCost().cents()))
                        .toList())
                .nextStep(complete ? null : "MANUAL_VERIFICATION")
                .leadCaptured(r.leadCaptured())
                .disclaimer(DISCLAIMER);
        Response.ResponseBuilder b = Response.status(Response.Status.CREATED).entity(dto);
        rateHeaders(b, r.rateLimit());
        cors(b, r.allowedOrigin());
        return b.build();
    }

    static final String DISCLAIMER =
            "This is an estimate, not a guarantee of coverage or payment; your insurer decides.";

    /** A CORS preflight: allowed for the widget's origins only (otherwise no CORS headers: the browser refuses). */
    public Response preflight(String allowedOrigin) {
        Response.ResponseBuilder b = Response.noContent();
        if (allowedOrigin != null) {
            cors(b, allowedOrigin);
            b.header("Access-Control-Allow-Methods", "GET, POST")
                    .header("Access-Control-Allow-Headers", "Content-Type")
                    .header("Access-Control-Max-Age", "600");
        }
        return b.header("Vary", "Origin").build();
    }

    private static void rateHeaders(Response.ResponseBuilder b, RateLimiter.Decision d) {
        b.header("RateLimit-Limit", d.limit())
                .header("RateLimit-Remaining", d.remaining())
                .header("RateLimit-Reset", d.resetSeconds());
    }

    private static void cors(Response.ResponseBuilder b, String origin) {
        b.header("Vary", "Origin");
        if (origin != null) {
            b.header("Access-Control-Allow-Origin", origin).header("Access-Control-Expose-Headers", EXPOSED);
        }
    }
}
