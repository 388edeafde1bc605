package com.thrizer.support;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.notifications.Notifications;
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
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    SupportService(SupportRequestRepository requests, Notifications notifications, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public SupportRequest create(
            ClientScope scope, SupportRequest.Topic topic, String message, UUID relatedClaimId, UUID relatedChargeId) {
        if (message.isBlank()) {
            throw ValidationException.of("message", "required", "must not be blank");
        }
        SupportRequest request = new SupportRequest();
        request.id = UUID.randomUUID();
        request.createdAt = Clocks.now(clock);
        request.topic = topic;
        request.message = message.trim();
        request.relatedClaimId = relatedClaimId;
        request.relatedChargeId = relatedChargeId;
        request.status = SupportRequest.Status.OPEN;
        requests.persistOwn(scope, request);
        audit.record(scope.practiceId(), AuditAction.CREATE, RESOURCE, request.id);
        notifications.supportRequest(request.id.toString(), topic.name());
        return request;
    }
}
