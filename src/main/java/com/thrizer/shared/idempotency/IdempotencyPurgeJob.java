package com.thrizer.shared.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes stored answers past their 24-hour retention, and releases the keys whose release failed while the database
 * was unreachable. Safe on several instances at once (plain DELETEs).
 */
@ApplicationScoped
public class IdempotencyPurgeJob {
    private final IdempotencyStore store;
    private final IdempotentRequests requests;

    IdempotencyPurgeJob(IdempotencyStore store, IdempotentRequests requests) {
        this.store = store;
        this.requests = requests;
    }

    @Scheduled(
            every = "${thrizer.idempotency.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        store.purgeExpired();
    }

    @Scheduled(
            every = "${thrizer.idempotency.release-retry-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryReleases() {
        requests.retryPendingReleases();
    }
}
