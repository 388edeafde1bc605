package com.thrizer.claims.api;

import com.thrizer.claims.domain.ClaimService;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Claims in events (also for reimbursement.sent: the claim whose money was sent), as the practice API answers them
 * (the service reads, this only maps).
 */
@ApplicationScoped
public class ClaimEventApiMapper implements EventObjectRenderer {
    private final ClaimService claims;
    private final ClaimApiMapper mapper;

    ClaimEventApiMapper(ClaimService claims, ClaimApiMapper mapper) {
        this.claims = claims;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.CLAIM);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        return mapper.toDto(claims.eventView(practiceId, id));
    }
}
