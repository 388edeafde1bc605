package com.thrizer.charges;

import com.thrizer.claims.ChargeRefunds;
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
