package com.thrizer.ledger;

import com.thrizer.shared.error.AccessDeniedException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The practice's balance and its transactions: practice admins and API keys with {@code payouts:read} (clinicians
 * see their own payout attribution, not the practice's balance).
 */
@ApplicationScoped
public class BalanceAccess {
    private final LedgerService ledger;
    private final CallerContext callers;

    BalanceAccess(LedgerService ledger, CallerContext callers) {
        this.ledger = ledger;
        this.callers = callers;
    }

    private UUID practiceOfAdminOrKey() {
        Caller caller = callers.caller();
        if (caller.type() == Caller.Type.USER && !caller.hasRole(Roles.PRACTICE_ADMIN)) {
            throw new AccessDeniedException("forbidden", "Only practice admins see the practice's balance.");
        }
        return callers.practiceId();
    }

    public LedgerService.Balance balance() {
        return ledger.balance(practiceOfAdminOrKey());
    }

    public Page<BalanceTransaction> transactions(
            String type, UUID chargeId, LocalDate from, LocalDate to, PageRequest page) {
        Posting.Kind kind;
        try {
            kind = type == null ? null : Posting.Kind.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("type", "invalid_value", "is not one of the allowed values");
        }
        return ledger.transactions(practiceOfAdminOrKey(), kind, chargeId, from, to, page);
    }
}
