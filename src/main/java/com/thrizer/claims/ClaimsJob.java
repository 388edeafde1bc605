package com.thrizer.claims;

import com.thrizer.clearinghouse.ClaimStatusAnswer;
import com.thrizer.clearinghouse.ClaimSubmission;
import com.thrizer.clearinghouse.Clearinghouse;
import com.thrizer.clearinghouse.ClearinghouseUnavailableException;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes claims to their decision and their money to the client: submits new claims to the clearinghouse, asks about
 * submitted ones until the payer decides (then {@link ClaimDecisions} routes the money), moves claims still
 * processing on their expected decision date to investigating, and sends pending reimbursements. Each claim or
 * reimbursement is worked on in its own transaction under a row lock taken with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances running the job at once never work on the same row. The clearinghouse is idempotent by claim id.
 */
@ApplicationScoped
public class ClaimsJob {
    private static final Logger LOG = Logger.getLogger(ClaimsJob.class);
    static final int BATCH = 500;

    private final ClaimRepository claims;
    private final ClaimService service;
    private final ClaimDecisions decisions;
    private final ReimbursementService reimbursements;
    private final Clearinghouse clearinghouse;
    private final DataEncryptor encryptor;
    private final Clock clock;
    private final Duration pollInterval;

    ClaimsJob(
            ClaimRepository claims,
            ClaimService service,
            ClaimDecisions decisions,
            ReimbursementService reimbursements,
            Clearinghouse clearinghouse,
            DataEncryptor encryptor,
            Clock clock,
            @ConfigProperty(name = "thrizer.claims.poll-interval", defaultValue = "PT1M") Duration pollInterval) {
        this.claims = claims;
        this.service = service;
        this.decisions = decisions;
        this.reimbursements = reimbursements;
        this.clearinghouse = clearinghouse;
        this.encryptor = encryptor;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /** What one run did. */
    public record Result(int advanced, int flaggedOverdue, int reimbursementsWorked) {}

    @Scheduled(every = "${thrizer.claims.job.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Clocks.now(clock));
    }

    /** One run as of {@code now} (tests pass a later instant to see the 42-day rule). */
    public Result run(Instant now) {
        return new Result(advance(now), flagOverdue(now), sendReimbursements());
    }

    /** Submits or polls every claim due by {@code now}; returns how many were worked on. */
    public int advance(Instant now) {
        int worked = 0;
        while (worked < BATCH
                && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> advanceOne(now)))) {
            worked++;
        }
        return worked;
    }

    private boolean advanceOne(Instant now) {
        Optional<UUID> due = claims.claimDue(now);
        if (due.isEmpty()) {
            return false;
        }
        Claim claim = claims.lockAcrossPractices(due.get());
        try {
            if (claim.submittedAt == null) {
                clearinghouse.submitClaim(submission(claim));
                claim.submittedAt = Clocks.now(clock);
                claim.nextAttemptAt = now; // ask about it at once: the sandbox may decide without delay
            } else {
                ClaimStatusAnswer answer = clearinghouse.claimStatus(claim.id);
                if (!answer.decided() || !decisions.recordPayerDecision(claim, answer)) {
                    claim.nextAttemptAt = now.plus(pollInterval);
                }
            }
        } catch (ClearinghouseUnavailableException e) {
            LOG.warnf("claim %s: clearinghouse unavailable; retried later", claim.id);
            claim.nextAttemptAt = now.plus(pollInterval);
        }
        claim.updatedAt = Clocks.now(clock);
        return true;
    }

    private ClaimSubmission submission(Claim c) {
        return new ClaimSubmission(
                c.id,
                c.insurerId,
                encryptor.decrypt(c.memberIdEncrypted),
                c.patientFirstName,
                c.patientLastName,
                c.patientDateOfBirth,
                c.providerName,
                c.providerNpi,
                c.providerTin,
                c.serviceDate,
                c.cptCode,
                c.diagnosisCodes(),
                c.billedCents);
    }

    /** Claims still processing on their expected decision date (as of {@code now}) go to investigating. */
    public int flagOverdue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int flagged = 0;
        while (flagged < BATCH
                && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> {
                    Optional<UUID> overdue = claims.claimOverdue(today);
                    overdue.ifPresent(id -> service.flagOverdue(claims.lockAcrossPractices(id)));
                    return overdue.isPresent();
                }))) {
            flagged++;
        }
        return flagged;
    }

    /** Sends the pending reimbursements; returns how many were worked on. */
    public int sendReimbursements() {
        Instant startedAt = Clocks.now(clock);
        int worked = 0;
        while (worked < BATCH
                && Boolean.TRUE.equals(
                        QuarkusTransaction.requiringNew().call(() -> reimbursements.sendOne(startedAt)))) {
            worked++;
        }
        return worked;
    }
}
