package com.thrizer.charges.domain;

import com.thrizer.charges.persistence.ChargeRepository;
import com.thrizer.charges.persistence.RefundRepository;
import com.thrizer.shared.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds charge attempts and refunds left between the processor call and their settlement (a crash, a lost answer)
 * and asks the processor again with the same idempotency key, which answers the first outcome and never moves money
 * twice. Safe on any number of instances: each batch is claimed with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class ChargeRecoveryJob {
    private static final int BATCH = 50;

    private final ChargeRepository charges;
    private final RefundRepository refunds;
    private final ChargeSettlement settlement;
    private final RefundService refundService;
    private final Clock clock;
    private final Duration staleAfter;

    ChargeRecoveryJob(
            ChargeRepository charges,
            RefundRepository refunds,
            ChargeSettlement settlement,
            RefundService refundService,
            Clock clock,
            @ConfigProperty(name = "thrizer.charges.recovery.stale-after", defaultValue = "PT2M") Duration staleAfter) {
        this.charges = charges;
        this.refunds = refunds;
        this.settlement = settlement;
        this.refundService = refundService;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** What one run resolved and what is still waiting for the processor. */
    public record Result(int settled, int stillPending) {}

    @Scheduled(every = "${thrizer.charges.recovery.every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        recover();
    }

    public Result recover() {
        Instant now = Clocks.now(clock);
        Instant cutoff = now.minus(staleAfter).plusNanos(1);
        List<UUID> chargeIds =
                QuarkusTransaction.requiringNew().call(() -> charges.claimStalePending(cutoff, now, BATCH));
        List<UUID> refundIds =
                QuarkusTransaction.requiringNew().call(() -> refunds.claimStalePending(cutoff, now, BATCH));
        int settled = 0;
        int pending = 0;
        for (UUID id : chargeIds) {
            if (settlement.recover(id)) {
                settled++;
            } else {
                pending++;
            }
        }
        for (UUID id : refundIds) {
            if (refundService.recover(id)) {
                settled++;
            } else {
                pending++;
            }
        }
        return new Result(settled, pending);
    }
}
