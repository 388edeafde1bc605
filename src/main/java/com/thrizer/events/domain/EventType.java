package com.thrizer.events.domain;

import com.thrizer.shared.security.Scopes;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What happened, with the kind of object an event carries and the read scope needed to see it: an API key sees (and
 * its webhook endpoints receive) only the events whose object its scopes could read through the API.
 */
public enum EventType {
    CHARGE_SUCCEEDED("charge.succeeded", ObjectKind.CHARGE),
    CHARGE_FAILED("charge.failed", ObjectKind.CHARGE),
    REFUND_CREATED("refund.created", ObjectKind.REFUND),
    CLAIM_CREATED("claim.created", ObjectKind.CLAIM),
    CLAIM_STATUS_CHANGED("claim.status_changed", ObjectKind.CLAIM),
    CLAIM_ADJUDICATED("claim.adjudicated", ObjectKind.CLAIM),
    REIMBURSEMENT_SENT("reimbursement.sent", ObjectKind.CLAIM),
    PAYOUT_CREATED("payout.created", ObjectKind.PAYOUT),
    PAYOUT_PAID("payout.paid", ObjectKind.PAYOUT),
    PAYOUT_FAILED("payout.failed", ObjectKind.PAYOUT),
    BENEFIT_CHECK_COMPLETED("benefit_check.completed", ObjectKind.BENEFIT_CHECK),
    MANUAL_VERIFICATION_COMPLETED("manual_verification.completed", ObjectKind.MANUAL_VERIFICATION),
    CLIENT_CREATED("client.created", ObjectKind.CLIENT),
    CONNECTION_CHANGED("connection.changed", ObjectKind.CONNECTION);

    /** The type of the test event sent by {@code POST /v1/webhook-endpoints/{id}/test}; never listed. */
    public static final String TEST = "webhook_endpoint.test";

    /** The kinds of object an event carries, each readable with one scope. */
    public enum ObjectKind {
        CHARGE(Scopes.CHARGES_READ),
        REFUND(Scopes.CHARGES_READ),
        CLAIM(Scopes.CLAIMS_READ),
        PAYOUT(Scopes.PAYOUTS_READ),
        BENEFIT_CHECK(Scopes.BENEFITS_READ),
        MANUAL_VERIFICATION(Scopes.BENEFITS_READ),
        CLIENT(Scopes.CLIENTS_READ),
        CONNECTION(Scopes.CLIENTS_READ);

        private final String scope;

        ObjectKind(String scope) {
            this.scope = scope;
        }

        public String scope() {
            return scope;
        }
    }

    private final String wire;
    private final ObjectKind object;

    EventType(String wire, ObjectKind object) {
        this.wire = wire;
        this.object = object;
    }

    public String wire() {
        return wire;
    }

    public ObjectKind object() {
        return object;
    }

    public String scope() {
        return object.scope();
    }

    public static Optional<EventType> ofWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    /** The types whose object one of these scopes can read. */
    public static List<EventType> readableWith(Collection<String> scopes) {
        return Arrays.stream(values()).filter(t -> scopes.contains(t.scope())).toList();
    }
}
