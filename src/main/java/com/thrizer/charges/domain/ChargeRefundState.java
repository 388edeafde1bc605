package com.thrizer.charges.domain;

import com.thrizer.charges.persistence.ChargeRepository;
import com.thrizer.claims.domain.ChargeRefunds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells claims whether their charge is being (or was) refunded in full. */
@ApplicationScoped
class ChargeRefundState implements ChargeRefunds {
    private final ChargeRepository charges;

    ChargeRefundState(ChargeRepository charges) {
        this.charges = charges;
    }

    @Override
    public boolean fullRefundReserved(UUID chargeId) {
        return charges.fullRefundReserved(chargeId);
    }
}
