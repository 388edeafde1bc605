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
import com.thrizer.benefits.domain.BenefitCheckFacts;
import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.billing.ProjectedSession;
import com.thrizer.billing.SessionEstimate;
import com.thrizer.catalog.KnownInsurer;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.ratelimit.RateLimiter;
import com.thrizer.shared.web.ListPageMapping;
import com.thrizer.shared.web.MappingDefaults;
import com.thrizer.team.domain.Offering;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = MappingDefaults.class)
public abstract class WidgetApiMapper {
    static final String EXPOSED = "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, X-Request-Id";

    public abstract WidgetUpdate toUpdate(UpdateWidgetRequestDto d);

    @Mapping(target = "removeClinicianIdsItem", ignore = true)
    @Mapping(target = "removeServiceIdsItem", ignore = true)
    @Mapping(target = "removeAllowedOriginsItem", ignore = true)
    public abstract WidgetDto toDto(WidgetView v);

    /**
     * The public answer with its rate-limit headers and, for an allowed origin, CORS headers. By hand: each clinician
     * once, in the order of their first service, and the answer carries headers.
     */
    public Response toResponse(PublicWidgetView v) {
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
                .slug(v.slug())
                .displayName(v.displayName())
                .accentColor(v.accentColor())
                .welcomeText(v.welcomeText())
                .leadCapture(v.leadCapture())
                .clinicians(clinicians.values().stream().toList())
                .services(services(v.offerings()))
                .insurers(insurers(v.insurers()));
        Response.ResponseBuilder b = Response.ok(dto);
        rateHeaders(b, v.rateLimit());
        cors(b, v.allowedOrigin());
        return b.build();
    }

    @Mapping(target = "id", source = "serviceId")
    @Mapping(target = "clinicianId", source = "teamMemberId")
    @Mapping(target = "name", source = "serviceName")
    @Mapping(target = "rateAmount", source = "rateCents")
    abstract PublicWidgetServicesInnerDto service(Offering o);

    abstract List<PublicWidgetServicesInnerDto> services(List<Offering> offerings);

    abstract PublicWidgetInsurersInnerDto insurer(KnownInsurer i);

    abstract List<PublicWidgetInsurersInnerDto> insurers(List<KnownInsurer> insurers);

    @Mapping(target = "removeDaysItem", ignore = true)
    public abstract WidgetAnalyticsDto toDto(WidgetAnalytics a);

    @Mapping(target = ".", source = "counts")
    abstract WidgetAnalyticsDaysInnerDto day(WidgetAnalytics.Day d);

    abstract WidgetCountsDto counts(WidgetAnalytics.Counts c);

    public abstract WidgetLeadDto toDto(WidgetLead l);

    @ListPageMapping
    public abstract WidgetLeadListDto toLeads(Page<WidgetLead> page);

    @Mapping(target = "consent", expression = "java(Boolean.TRUE.equals(d.getConsent()))") // absent is no consent
    public abstract WidgetEstimateInput toInput(WidgetEstimateRequestDto d);

    abstract WidgetEstimateDto.StatusEnum status(BenefitCheck.Status status);

    abstract WidgetEstimateDto.OonBenefitsEnum oonBenefits(BenefitCheck.Oon oon);

    @Mapping(target = "reimbursementAmount", source = "estimate.reimbursement.cents")
    @Mapping(target = "outOfPocketAmount", source = "estimate.clientCost.cents")
    abstract WidgetEstimateProjectionInnerDto projection(ProjectedSession p);

    abstract List<WidgetEstimateProjectionInnerDto> projection(List<ProjectedSession> sessions);

    /**
     * The estimate (never the member id or the payer's rows), with rate-limit and CORS headers. By hand: the deductible
     * status and the next step are rules over the check, and the answer carries headers.
     */
    public Response toResponse(WidgetEstimateResult r) {
        BenefitCheckFacts c = r.check().check();
        SessionEstimate e = r.check().estimate();
        boolean complete = c.isComplete();
        WidgetEstimateDto dto = new WidgetEstimateDto()
                .status(status(c.status()))
                .isEstimate(true)
                .serviceId(r.service().serviceId())
                .sessionFeeAmount(r.service().rateCents())
                .currency(r.service().currency())
                .oonBenefits(oonBenefits(c.oonBenefits()))
                .deductibleStatus(
                        c.deductibleRemainingCents() == null
                                ? WidgetEstimateDto.DeductibleStatusEnum.UNKNOWN
                                : c.deductibleRemainingCents() == 0
                                        ? WidgetEstimateDto.DeductibleStatusEnum.MET
                                        : WidgetEstimateDto.DeductibleStatusEnum.NOT_MET)
                .deductibleRemainingAmount(c.deductibleRemainingCents())
                .coinsuranceBasisPoints(c.coinsuranceBps())
                .reimbursementAmount(e == null ? null : e.reimbursement().cents())
                .outOfPocketAmount(e == null ? null : e.clientCost().cents())
                .projection(projection(r.check().projection()))
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
