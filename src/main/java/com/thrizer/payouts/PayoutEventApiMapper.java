package com.thrizer.payouts;

import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Payouts in events, as the practice API answers them (the service reads, this only maps). */
@ApplicationScoped
public class PayoutEventApiMapper implements EventObjectRenderer {
    private final PayoutService payouts;
    private final PayoutApiMapper mapper;

    PayoutEventApiMapper(PayoutService payouts, PayoutApiMapper mapper) {
        this.payouts = payouts;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.PAYOUT);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        return mapper.toDto(payouts.eventView(practiceId, id));
    }
}
