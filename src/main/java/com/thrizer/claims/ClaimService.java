package com.thrizer.claims;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Claims filed from charges. This is the hand-off the charges make (one claim per OON Pay or Thrizer Pay session,
 * status PROCESSING); submission and the lifecycle to a decision build on it.
 */
@ApplicationScoped
@Transactional
public class ClaimService {
    public static final String RESOURCE = "CLAIM";

    private final ClaimRepository claims;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimService(ClaimRepository claims, AuditTrail audit, Clock clock) {
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files the claim of a succeeded charge, in the charge's transaction (exactly one per charge). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim fileForCharge(ClaimFiling f) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.createdAt = Clocks.now(clock);
        claim.updatedAt = claim.createdAt;
        claim.clientId = f.clientId();
        claim.chargeId = f.chargeId();
        claim.source = Claim.Source.CHARGE;
        claim.status = Claim.Status.PROCESSING;
        claim.paymentType = f.paymentType();
        claim.providerId = f.providerId();
        claim.serviceDate = f.serviceDate();
        claim.cptCode = f.cptCode();
        claim.diagnoses = f.diagnoses();
        claim.billedCents = f.billedCents();
        claim.currency = f.currency();
        claim.estimatedAllowedCents = f.estimatedAllowedCents();
        claim.estimatedReimbursementCents = f.estimatedReimbursementCents();
        claims.insert(f.practiceId(), claim);
        audit.recordSystemOrCaller(f.practiceId(), AuditAction.CREATE, RESOURCE, claim.id);
        return claim;
    }

    /** Claim ids by charge id, for a page of charges the caller reached. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<UUID, UUID> claimIdsOfCharges(java.util.Collection<UUID> chargeIds) {
        return claims.ofCharges(chargeIds).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.chargeId, c -> c.id));
    }

    /** A full refund before a decision voids the claim; a decided claim stays as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voidForChargeIfUndecided(UUID chargeId) {
        claims.ofCharge(chargeId)
                .filter(c -> c.status == Claim.Status.PROCESSING || c.status == Claim.Status.INVESTIGATING)
                .ifPresent(c -> {
                    c.status = Claim.Status.VOIDED;
                    c.updatedAt = Clocks.now(clock);
                    audit.recordSystemOrCaller(c.practiceId, AuditAction.UPDATE, RESOURCE, c.id);
                });
    }
}
