package com.thrizer.charges.documents;

import com.thrizer.shared.error.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** Stored superbill PDFs; every read names the practice and client it must belong to. */
@ApplicationScoped
public class SuperbillRepository {
    private final EntityManager em;

    SuperbillRepository(EntityManager em) {
        this.em = em;
    }

    void insert(UUID practiceId, SuperbillView v, byte[] content, UUID createdBy) {
        em.createNativeQuery("INSERT INTO superbills (id, practice_id, client_id, period_from, period_to, line_count,"
                        + " total_cents, currency, content, created_by, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, v.id())
                .setParameter(2, practiceId)
                .setParameter(3, v.clientId())
                .setParameter(4, Date.valueOf(v.from()))
                .setParameter(5, Date.valueOf(v.to()))
                .setParameter(6, v.lineCount())
                .setParameter(7, v.totalCents())
                .setParameter(8, v.currency())
                .setParameter(9, content)
                .setParameter(10, createdBy)
                .setParameter(11, Timestamp.from(v.createdAt()))
                .executeUpdate();
    }

    /** The PDF of a superbill of this practice's client, or 404. */
    byte[] content(UUID practiceId, UUID clientId, UUID id) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery(
                        "SELECT content FROM superbills WHERE id = ?1 AND practice_id = ?2 AND client_id = ?3")
                .setParameter(1, id)
                .setParameter(2, practiceId)
                .setParameter(3, clientId)
                .getResultList();
        return rows.stream().findFirst().orElseThrow(() -> new ResourceNotFoundException("superbill"));
    }
}
