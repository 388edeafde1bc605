package com.thrizer.benefits.api;

import com.thrizer.benefits.domain.BenefitCheckService;
import com.thrizer.benefits.verification.ManualVerificationService;
import com.thrizer.events.domain.EventObjectRenderer;
import com.thrizer.events.domain.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Benefit checks and manual verifications in events, as the practice API answers them. */
@ApplicationScoped
public class BenefitEventApiMapper implements EventObjectRenderer {
    private final BenefitCheckService checks;
    private final ManualVerificationService verifications;
    private final BenefitApiMapper mapper;

    BenefitEventApiMapper(
            BenefitCheckService checks, ManualVerificationService verifications, BenefitApiMapper mapper) {
        this.checks = checks;
        this.verifications = verifications;
        this.mapper = mapper;
    }

    @Override
    public Set<EventType.ObjectKind> kinds() {
        return Set.of(EventType.ObjectKind.BENEFIT_CHECK, EventType.ObjectKind.MANUAL_VERIFICATION);
    }

    @Override
    public Object render(EventType.ObjectKind kind, UUID practiceId, UUID id) {
        if (kind == EventType.ObjectKind.MANUAL_VERIFICATION) {
            return mapper.toDto(verifications.eventView(practiceId, id));
        }
        return mapper.toDto(checks.practiceView(practiceId, id));
    }
}
