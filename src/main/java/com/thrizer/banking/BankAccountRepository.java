package com.thrizer.banking;

import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class BankAccountRepository extends PracticeScopedRepository<BankAccount> {

    BankAccountRepository(EntityManager em, CallerContext caller) {
        super(em, caller, BankAccount.class, "bank account");
    }

    /** Serializes the setting of the caller's practice's payout account (one per practice), on every instance. */
    void lockPayoutAccount() {
        lockName("payout_account:" + caller.practiceId());
    }

    Optional<BankAccount> payoutAccount() {
        return where("e.purpose = :p", Map.of("p", BankAccount.Purpose.PAYOUT))
                .getResultStream()
                .findFirst();
    }

    /** A client's own reimbursement account (the client's scope, not the caller's practice). */
    Optional<BankAccount> reimbursementAccount(ClientScope scope) {
        return em.createQuery(
                        "select b from BankAccount b where b.practiceId = :p and b.clientId = :c and b.purpose = :purpose",
                        BankAccount.class)
                .setParameter("p", scope.practiceId())
                .setParameter("c", scope.clientId())
                .setParameter("purpose", BankAccount.Purpose.REIMBURSEMENT)
                .getResultStream()
                .findFirst();
    }

    /** A practice's payout account (jobs: no caller). */
    Optional<BankAccount> payoutAccountOf(UUID practiceId) {
        return em.createQuery(
                        "select b from BankAccount b where b.practiceId = :p and b.purpose = :purpose",
                        BankAccount.class)
                .setParameter("p", practiceId)
                .setParameter("purpose", BankAccount.Purpose.PAYOUT)
                .getResultStream()
                .findFirst();
    }

    /** Every practice with a payout account (the payout job). */
    List<UUID> practicesWithPayoutAccount() {
        return em.createQuery(
                        "select b.practiceId from BankAccount b where b.purpose = :purpose order by b.practiceId",
                        UUID.class)
                .setParameter("purpose", BankAccount.Purpose.PAYOUT)
                .getResultList();
    }

    void insertForClient(ClientScope scope, BankAccount account) {
        account.clientId = scope.clientId();
        persistIn(scope.practiceId(), account);
    }

    void delete(BankAccount account) {
        em.remove(account);
    }
}
