package com.thrizer.charges.api;

import com.thrizer.charges.domain.ChargeService;
import com.thrizer.charges.domain.RefundService;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Charges and refunds in events, as the practice API answers them (the services read, this only maps). */
@ApplicationScoped
public class ChargeEventApiMapper implements EventObjectRenderer {
    private final ChargeService charges;
    private final RefundService refunds;
    private final ChargeApiMapper mapper;

    ChargeEventApiMapper(ChargeService charges, RefundService refunds, ChargeApiMapper mapper) {
        this.charges = charges;
        this.refunds = refunds;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.CHARGE, EventType.ObjectKind.REFUND);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        if (kind == EventType.ObjectKind.REFUND) {
            return mapper.toDto(refunds.eventView(practiceId, id));
        }
        return mapper.toDto(charges.eventView(practiceId, id));
    }
}
