package com.thrizer.shared.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes stored answers past their 24-hour retention. Safe on several instances at once (a plain DELETE). */
@ApplicationScoped
public class IdempotencyPurgeJob {
    private final IdempotencyStore store;

    IdempotencyPurgeJob(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(
            every = "${thrizer.idempotency.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        store.purgeExpired();
    }
}
