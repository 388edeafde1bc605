package com.thrizer.claims;

import com.thrizer.events.EventObjectRenderer;
import com.thrizer.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Claims in events (also for reimbursement.sent: the claim whose money was sent), as the practice API answers them. */
@ApplicationScoped
public class ClaimEventApiMapper implements EventObjectRenderer {
    private final ClaimRepository claims;
    private final ClaimService service;
    private final ClaimApiMapper mapper;

    ClaimEventApiMapper(ClaimRepository claims, ClaimService service, ClaimApiMapper mapper) {
        this.claims = claims;
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.CLAIM);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        return mapper.toDto(
                service.withHistory(EventObjectRenderer.inPractice(claims.findAcrossPractices(id), practiceId)));
    }
}
