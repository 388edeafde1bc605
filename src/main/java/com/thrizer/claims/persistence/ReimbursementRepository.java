package com.thrizer.claims.persistence;

import com.thrizer.shared.outbound.WorkQueue;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ReimbursementRepository extends ClientOwnedRepository<Reimbursement> {

    ReimbursementRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Reimbursement.class, "reimbursement");
    }

    public void insert(UUID practiceId, Reimbursement r) {
        persistIn(practiceId, r);
    }

    public Page<Reimbursement> listOwn(ClientScope scope, Reimbursement.Status status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = "1 = 1";
        if (status != null) {
            where = "e.status = :status";
            params.put("status", status);
        }
        return pageForClient(scope.practiceId(), scope.clientId(), where, params, page);
    }

    /** Reimbursements of a client held for a bank account: now it exists, they are queued. */
    public int releaseAwaiting(UUID practiceId, UUID clientId, Instant now) {
        return em.createNativeQuery("UPDATE reimbursements SET status = 'PENDING', updated_at = ?3"
                        + " WHERE practice_id = ?1 AND client_id = ?2 AND status = 'AWAITING_BANK_ACCOUNT'")
                .setParameter(1, practiceId)
                .setParameter(2, clientId)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * The disbursement job: one pending reimbursement due by {@code now} (its {@code updated_at}, which is a lease's end
     * while a run holds it, not after {@code now}), claimed (rows another instance holds are skipped) and leased until
     * {@code leaseUntil} (its {@code updated_at}, the lease's token: no other run takes it until then).
     */
    public Optional<UUID> claimPending(Instant now, Instant leaseUntil) {
        return PENDING.claimNext(em, Timestamp.from(now), Timestamp.from(leaseUntil));
    }

    private static final WorkQueue PENDING = new WorkQueue(
            "reimbursements", "status = 'PENDING' AND updated_at <= ?1", "updated_at, id", "updated_at = ?2");

    public Reimbursement lock(UUID id) {
        return em.find(Reimbursement.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
