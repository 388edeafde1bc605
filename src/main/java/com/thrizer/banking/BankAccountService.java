package com.thrizer.banking;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.error.RuleViolationException;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.security.ClientScope;
import com.thrizer.shared.time.Clocks;
import com.thrizer.shared.validation.AbaRoutingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bank accounts money is sent to: the practice's payout account (US checking) and each client's reimbursement
 * account. Numbers are validated (ABA checksum, 4-17 digits), encrypted at rest and shown masked.
 */
@ApplicationScoped
@Transactional
public class BankAccountService {
    public static final String PAYOUT_RESOURCE = "PAYOUT_ACCOUNT";
    public static final String REIMBURSEMENT_RESOURCE = "REIMBURSEMENT_ACCOUNT";

    private final BankAccountRepository accounts;
    private final DataEncryptor encryptor;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<ReimbursementAccountSet> accountSet;

    BankAccountService(
            BankAccountRepository accounts,
            DataEncryptor encryptor,
            AuditTrail audit,
            Clock clock,
            Event<ReimbursementAccountSet> accountSet) {
        this.accounts = accounts;
        this.encryptor = encryptor;
        this.audit = audit;
        this.clock = clock;
        this.accountSet = accountSet;
    }

    /** Fired (in the transaction) when a client sets a reimbursement account: money held for them can go out. */
    public record ReimbursementAccountSet(UUID practiceId, UUID clientId) {}

    /** Where a client's reimbursements go: the account's id and masked number, if one is set (jobs; no caller). */
    public record Destination(UUID accountId, String last4) {}

    /** Where a practice's payouts go, if it set an account (jobs; no caller). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Destination> payoutDestination(UUID practiceId) {
        return accounts.payoutAccountOf(practiceId).map(a -> new Destination(a.id, a.accountNumberLast4));
    }

    /** Every practice that set a payout account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> practicesWithPayoutAccount() {
        return accounts.practicesWithPayoutAccount();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Destination> reimbursementDestination(UUID practiceId, UUID clientId) {
        return accounts.reimbursementAccount(new ClientScope(practiceId, clientId))
                .map(a -> new Destination(a.id, a.accountNumberLast4));
    }

    public BankAccountView payoutAccount() {
        BankAccount account = accounts.payoutAccount()
                .orElseThrow(
                        () -> new ResourceNotFoundException("payout_account_not_found", "No payout account is set."));
        audit.record(AuditAction.READ, PAYOUT_RESOURCE, account.id);
        return BankAccountView.of(account);
    }

    /** Sets (or replaces) the practice's payout account: US checking only. */
    public BankAccountView setPayoutAccount(BankAccountInput input) {
        validate(input);
        if (input.type() != BankAccount.Type.CHECKING) {
            throw new RuleViolationException(
                    "checking_account_required", "Payouts go to a US checking account.", "accountType");
        }
        // one payout account per practice: concurrent first settings are serialized, the later one replaces
        accounts.lockPayoutAccount();
        BankAccount account = accounts.payoutAccount().orElse(null);
        boolean created = account == null;
        if (created) {
            account = newAccount(BankAccount.Purpose.PAYOUT);
        }
        fill(account, input);
        if (created) {
            accounts.persist(account);
        }
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, PAYOUT_RESOURCE, account.id);
        return BankAccountView.of(account);
    }

    public BankAccountView reimbursementAccount(ClientScope scope) {
        BankAccount account = accounts.reimbursementAccount(scope)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "reimbursement_account_not_found", "No reimbursement account is set."));
        audit.record(scope.practiceId(), AuditAction.READ, REIMBURSEMENT_RESOURCE, account.id);
        return BankAccountView.of(account);
    }

    public BankAccountView setReimbursementAccount(ClientScope scope, BankAccountInput input) {
        validate(input);
        accounts.lockName("reimbursement_account:" + scope.clientId());
        BankAccount account = accounts.reimbursementAccount(scope).orElse(null);
        boolean created = account == null;
        if (created) {
            account = newAccount(BankAccount.Purpose.REIMBURSEMENT);
        }
        fill(account, input);
        if (created) {
            accounts.insertForClient(scope, account);
        }
        audit.record(
                scope.practiceId(),
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                REIMBURSEMENT_RESOURCE,
                account.id);
        accountSet.fire(new ReimbursementAccountSet(scope.practiceId(), scope.clientId()));
        return BankAccountView.of(account);
    }

    /** Later reimbursements wait (awaiting a bank account) until a new one is set. */
    public void deleteReimbursementAccount(ClientScope scope) {
        BankAccount account = accounts.reimbursementAccount(scope)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "reimbursement_account_not_found", "No reimbursement account is set."));
        audit.record(scope.practiceId(), AuditAction.DELETE, REIMBURSEMENT_RESOURCE, account.id);
        accounts.delete(account);
    }

    private BankAccount newAccount(BankAccount.Purpose purpose) {
        BankAccount account = new BankAccount();
        account.id = UUID.randomUUID();
        account.purpose = purpose;
        account.createdAt = Clocks.now(clock);
        return account;
    }

    private void fill(BankAccount account, BankAccountInput input) {
        account.holderName = input.holderName().trim();
        account.accountType = input.type();
        account.routingNumberEncrypted = encryptor.encrypt(input.routingNumber());
        account.routingNumberLast4 = last4(input.routingNumber());
        account.accountNumberEncrypted = encryptor.encrypt(input.accountNumber());
        account.accountNumberLast4 = last4(input.accountNumber());
        account.updatedAt = Clocks.now(clock);
    }

    private static String last4(String digits) {
        return digits.substring(digits.length() - 4);
    }

    private static void validate(BankAccountInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.holderName().isBlank()) {
            errors.add(new FieldError("holderName", "required", "must not be blank"));
        }
        if (!AbaRoutingNumber.isValid(input.routingNumber())) {
            errors.add(new FieldError(
                    "routingNumber",
                    "invalid_routing_number",
                    "must be a 9-digit ABA routing number with a valid checksum"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
