package com.thrizer.billing;

/** How a session is paid (DOMAIN.md section 4). */
public enum PaymentType {
    SELF_PAY,
    OON_PAY,
    THRIZER_PAY
}
