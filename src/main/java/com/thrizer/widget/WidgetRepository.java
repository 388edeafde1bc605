package com.thrizer.widget;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Widgets by practice (the caller's, resolved by the service) or by slug (the public side), and their daily
 * statistics.
 */
@ApplicationScoped
public class WidgetRepository {
    private final EntityManager em;

    WidgetRepository(EntityManager em) {
        this.em = em;
    }

    Optional<Widget> ofPractice(UUID practiceId) {
        return Optional.ofNullable(em.find(Widget.class, practiceId));
    }

    Optional<Widget> ofPracticeForUpdate(UUID practiceId) {
        return Optional.ofNullable(em.find(Widget.class, practiceId, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<Widget> bySlug(String slug) {
        return em.createQuery("select w from Widget w where w.slug = :slug", Widget.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Inserts the practice's widget unless another request just did; the row is read back either way. */
    boolean insertIfAbsent(Widget w) {
        return em.createNativeQuery("INSERT INTO widgets (practice_id, slug, display_name, enabled, lead_capture,"
                                + " created_at, updated_at) VALUES (?1, ?2, ?3, FALSE, TRUE, ?4, ?4)"
                                + " ON CONFLICT DO NOTHING")
                        .setParameter(1, w.practiceId)
                        .setParameter(2, w.slug)
                        .setParameter(3, w.displayName)
                        .setParameter(4, Timestamp.from(w.createdAt))
                        .executeUpdate()
                == 1;
    }

    boolean slugTaken(String slug, UUID exceptPractice) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM widgets WHERE slug = ?1 AND practice_id <> ?2")
                                .setParameter(1, slug)
                                .setParameter(2, exceptPractice)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    void countView(UUID practiceId, LocalDate day) {
        em.createNativeQuery("INSERT INTO widget_daily_stats (practice_id, day, views) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (practice_id, day) DO UPDATE SET views = widget_daily_stats.views + 1")
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(day))
                .executeUpdate();
    }

    /** Counts an estimate by its outcome ({@code complete}, {@code incomplete} or {@code failed}). */
    void countEstimate(UUID practiceId, LocalDate day, String outcome) {
        String column = switch (outcome) {
            case "complete" -> "estimates_complete";
            case "incomplete" -> "estimates_incomplete";
            default -> "estimates_failed";
        };
        em.createNativeQuery("INSERT INTO widget_daily_stats (practice_id, day, " + column + ") VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (practice_id, day) DO UPDATE SET " + column + " = widget_daily_stats." + column
                        + " + 1")
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(day))
                .executeUpdate();
    }

    void insertLead(UUID practiceId, WidgetEstimateInput in, UUID checkId, String status, Instant now) {
        em.createNativeQuery("INSERT INTO widget_leads (id, practice_id, first_name, last_name, email, insurer_id,"
                        + " service_id, benefit_check_id, estimate_status, consented_at, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, practiceId)
                .setParameter(3, in.firstName().strip())
                .setParameter(4, in.lastName().strip())
                .setParameter(5, in.email().strip().toLowerCase(Locale.ROOT))
                .setParameter(6, in.insurerId())
                .setParameter(7, in.serviceId())
                .setParameter(8, checkId)
                .setParameter(9, status)
                .setParameter(10, Timestamp.from(now))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO widget_daily_stats (practice_id, day, leads) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (practice_id, day) DO UPDATE SET leads = widget_daily_stats.leads + 1")
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .executeUpdate();
    }

    private static final String LEAD_COLUMNS = "SELECT id, first_name, last_name, email, insurer_id, service_id,"
            + " estimate_status, created_at, converted_client_id, converted_at FROM widget_leads";

    /** The practice's leads, newest first (keyset on created_at, id). */
    @SuppressWarnings("unchecked")
    Page<WidgetLead> leads(UUID practiceId, PageRequest page) {
        StringBuilder sql = new StringBuilder(LEAD_COLUMNS + " WHERE practice_id = :p");
        if (page.after() != null) {
            sql.append(" AND (created_at < :at OR (created_at = :at AND id < :id))");
        }
        sql.append(" ORDER BY created_at DESC, id DESC");
        var q = em.createNativeQuery(sql.toString())
                .setParameter("p", practiceId)
                .setMaxResults(page.limit() + 1);
        if (page.after() != null) {
            q.setParameter("at", Timestamp.from(page.after().at()))
                    .setParameter("id", page.after().id());
        }
        List<WidgetLead> rows = ((List<Object[]>) q.getResultList())
                .stream().map(WidgetRepository::lead).toList();
        return Page.of(rows, page.limit(), WidgetLead::createdAt, WidgetLead::id);
    }

    /** One of the practice's leads, row-locked, or empty. */
    @SuppressWarnings("unchecked")
    Optional<WidgetLead> leadForUpdate(UUID practiceId, UUID id) {
        List<Object[]> rows = em.createNativeQuery(LEAD_COLUMNS + " WHERE practice_id = ?1 AND id = ?2 FOR UPDATE")
                .setParameter(1, practiceId)
                .setParameter(2, id)
                .getResultList();
        return rows.stream().findFirst().map(WidgetRepository::lead);
    }

    void markConverted(UUID practiceId, UUID leadId, UUID clientId, Instant now) {
        em.createNativeQuery("UPDATE widget_leads SET converted_client_id = ?3, converted_at = ?4"
                        + " WHERE practice_id = ?1 AND id = ?2")
                .setParameter(1, practiceId)
                .setParameter(2, leadId)
                .setParameter(3, clientId)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO widget_daily_stats (practice_id, day, leads_converted) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (practice_id, day) DO UPDATE SET"
                        + " leads_converted = widget_daily_stats.leads_converted + 1")
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .executeUpdate();
    }

    /** The days of a period that have counts. */
    @SuppressWarnings("unchecked")
    Map<LocalDate, WidgetAnalytics.Counts> stats(UUID practiceId, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("SELECT day, views, estimates_complete, estimates_incomplete,"
                        + " estimates_failed, leads, leads_converted FROM widget_daily_stats"
                        + " WHERE practice_id = ?1 AND day BETWEEN ?2 AND ?3")
                .setParameter(1, practiceId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getResultList();
        Map<LocalDate, WidgetAnalytics.Counts> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(
                    SqlValues.localDate(r[0]),
                    new WidgetAnalytics.Counts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return out;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static WidgetLead lead(Object[] r) {
        return new WidgetLead(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (UUID) r[5],
                (String) r[6],
                SqlValues.instant(r[7]),
                (UUID) r[8],
                r[9] == null ? null : SqlValues.instant(r[9]));
    }
}
