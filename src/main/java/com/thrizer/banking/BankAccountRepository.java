package com.thrizer.banking;

import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;

@Singleton
public class BankAccountRepository extends PracticeScopedRepository<BankAccount> {

    BankAccountRepository(EntityManager em, CallerContext caller) {
        super(em, caller, BankAccount.class, "bank account");
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

    void insertForClient(ClientScope scope, BankAccount account) {
        account.clientId = scope.clientId();
        persistIn(scope.practiceId(), account);
    }

    void delete(BankAccount account) {
        em.remove(account);
    }
}
