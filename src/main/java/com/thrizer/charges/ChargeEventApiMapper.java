package com.thrizer.charges;

import com.thrizer.events.EventObjectRenderer;
import com.thrizer.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Charges and refunds in events, as the practice API answers them. */
@ApplicationScoped
public class ChargeEventApiMapper implements EventObjectRenderer {
    private final ChargeRepository charges;
    private final RefundRepository refunds;
    private final ChargeService service;
    private final ChargeApiMapper mapper;

    ChargeEventApiMapper(
            ChargeRepository charges, RefundRepository refunds, ChargeService service, ChargeApiMapper mapper) {
        this.charges = charges;
        this.refunds = refunds;
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.CHARGE, EventType.ObjectKind.REFUND);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        if (kind == EventType.ObjectKind.REFUND) {
            return mapper.toDto(
                    new RefundView(EventObjectRenderer.inPractice(refunds.findAcrossPractices(id), practiceId)));
        }
        return mapper.toDto(service.view(EventObjectRenderer.inPractice(charges.findAcrossPractices(id), practiceId)));
    }
}
