package com.thrizer.practices;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.money.Money;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.time.Clocks;
import com.thrizer.shared.validation.Npi;
import com.thrizer.shared.validation.UsStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The caller's practice: its identity on claims (name, address, TIN, group NPI) and contact details. */
@ApplicationScoped
@Transactional
public class PracticeService {
    public static final String RESOURCE = "PRACTICE";

    private final PracticeRepository practices;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    PracticeService(PracticeRepository practices, CallerContext callers, AuditTrail audit, Clock clock) {
        this.practices = practices;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeDetails current() {
        return PracticeDetails.of(currentRow());
    }

    private Practice currentRow() {
        Practice practice = practices.findById(callers.practiceId());
        if (practice == null) {
            throw new ResourceNotFoundException("practice");
        }
        return practice;
    }

    /**
     * Creates a practice for a user who is founding it (onboarding), with the referral credit, if any. The caller is
     * not yet a member, so this is the one write that is not scoped to the caller's practice.
     */
    public PracticeDetails create(String name, UUID referralCodeId, long feeWaiverCents) {
        Practice practice = new Practice();
        practice.id = UUID.randomUUID();
        practice.name = name.trim();
        practice.referralCodeId = referralCodeId;
        practice.feeWaiverRemainingCents = feeWaiverCents;
        practice.currency = Money.USD;
        practice.createdAt = Clocks.now(clock);
        practice.updatedAt = practice.createdAt;
        practices.persist(practice);
        audit.record(practice.id, AuditAction.CREATE, RESOURCE, practice.id);
        return PracticeDetails.of(practice);
    }

    /** A practice's name (receipts of its clients). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(UUID practiceId) {
        Practice practice = practices.findById(practiceId);
        return practice == null ? "" : practice.name;
    }

    /** A practice by id (documents of its clients: superbills), or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PracticeDetails byId(UUID practiceId) {
        Practice practice = practices.findById(practiceId);
        if (practice == null) {
            throw new ResourceNotFoundException("practice");
        }
        return PracticeDetails.of(practice);
    }

    /** A practice's tax id (TIN), or null when none is set (claims need one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String tinOf(UUID practiceId) {
        Practice practice = practices.findById(practiceId);
        return practice == null ? null : practice.tin;
    }

    /**
     * Reserves the referral credit for a session fee (row-locked: concurrent charges never spend it twice); returns the
     * part of the fee it covers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserveFeeWaiver(long sessionFeeCents) {
        Practice practice = practices.findById(callers.practiceId());
        if (practice.feeWaiverRemainingCents <= 0) {
            return 0; // most practices: no credit, so no lock (one practice's charges do not wait for each other)
        }
        // re-read under the row lock: concurrent charges never spend the credit twice
        practices.getEntityManager().refresh(practice, LockModeType.PESSIMISTIC_WRITE);
        long waived = Math.min(practice.feeWaiverRemainingCents, sessionFeeCents);
        practice.feeWaiverRemainingCents -= waived;
        return waived;
    }

    /** Gives back referral credit reserved by a charge that did not go through. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseFeeWaiver(UUID practiceId, long cents) {
        if (cents > 0) {
            Practice practice = practices.findById(practiceId, LockModeType.PESSIMISTIC_WRITE);
            practice.feeWaiverRemainingCents += cents;
        }
    }

    /** Applies the fields sent; NPI checked with its Luhn digit, state against USPS codes. Audited. */
    public PracticeDetails update(PracticeUpdate update) {
        validate(update);
        Practice practice = currentRow();
        if (update.name() != null) {
            practice.name = update.name().trim();
        }
        if (update.address() != null) {
            PracticeUpdate.PostalAddress a = update.address();
            practice.addressLine1 = a.line1().trim();
            practice.addressLine2 =
                    a.line2() == null || a.line2().isBlank() ? null : a.line2().trim();
            practice.addressCity = a.city().trim();
            practice.addressState = a.state();
            practice.addressPostalCode = a.postalCode();
        }
        if (update.tin() != null) {
            practice.tin = update.tin().replace("-", "");
        }
        if (update.groupNpi() != null) {
            practice.groupNpi = update.groupNpi();
        }
        if (update.phone() != null) {
            practice.phone = update.phone();
        }
        practice.updatedAt = Clocks.now(clock);
        audit.record(AuditAction.UPDATE, RESOURCE, practice.id);
        return PracticeDetails.of(practice);
    }

    private static void validate(PracticeUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        if (update.name() != null && update.name().isBlank()) {
            errors.add(new FieldError("name", "required", "must not be blank"));
        }
        if (update.groupNpi() != null && !Npi.isValid(update.groupNpi())) {
            errors.add(new FieldError("groupNpi", "invalid_npi", "must be a 10-digit NPI with a valid check digit"));
        }
        if (update.address() != null) {
            if (!UsStates.isValid(update.address().state())) {
                errors.add(new FieldError("address.state", "invalid_value", "must be a USPS state or territory code"));
            }
            if (update.address().line1().isBlank()) {
                errors.add(new FieldError("address.line1", "required", "must not be blank"));
            }
            if (update.address().city().isBlank()) {
                errors.add(new FieldError("address.city", "required", "must not be blank"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
