package com.thrizer.support;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.charges.domain.ChargeService;
import com.thrizer.claims.domain.ClaimService;
import com.thrizer.notifications.Notifications;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Clients' requests to Thrizer support (claim corrections, payment questions...). Support is told by email. */
@ApplicationScoped
@Transactional
public class SupportService {
    public static final String RESOURCE = "SUPPORT_REQUEST";

    private final SupportRequestRepository requests;
    private final ClaimService claims;
    private final ChargeService charges;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    SupportService(
            SupportRequestRepository requests,
            ClaimService claims,
            ChargeService charges,
            Notifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.requests = requests;
        this.claims = claims;
        this.charges = charges;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public SupportRequestView create(ClientScope scope, SupportRequestInput input) {
        if (input.message().isBlank()) {
            throw ValidationException.of("message", "required", "must not be blank");
        }
        // a request may only point at the client's own claims and payments (support acts on what it points at)
        if (input.relatedClaimId() != null && !claims.isOwn(scope, input.relatedClaimId())) {
            throw new RuleViolationException(
                    "related_claim_not_found", "relatedClaimId is not one of your claims.", "relatedClaimId");
        }
        if (input.relatedChargeId() != null && !charges.isOwn(scope, input.relatedChargeId())) {
            throw new RuleViolationException(
                    "related_charge_not_found", "relatedChargeId is not one of your payments.", "relatedChargeId");
        }
        SupportRequest request = new SupportRequest();
        request.id = UUID.randomUUID();
        request.createdAt = Clocks.now(clock);
        request.topic = input.topic();
        request.message = input.message().trim();
        request.relatedClaimId = input.relatedClaimId();
        request.relatedChargeId = input.relatedChargeId();
        request.status = SupportRequest.Status.OPEN;
        requests.persistOwn(scope, request);
        audit.record(scope.practiceId(), AuditAction.CREATE, RESOURCE, request.id);
        notifications.supportRequest(request.id.toString(), request.topic.name());
        return SupportRequestView.of(request);
    }
}
