package com.thrizer.claims.domain;

import com.thrizer.claims.persistence.Claim;
import com.thrizer.claims.persistence.ClaimRepository;
import com.thrizer.clearinghouse.ClaimStatusAnswer;
import com.thrizer.clearinghouse.ClaimSubmission;
import com.thrizer.clearinghouse.Clearinghouse;
import com.thrizer.clearinghouse.ClearinghouseUnavailableException;
import com.thrizer.shared.crypto.DataEncryptor;
import com.thrizer.shared.outbound.OutsideCalls;
import com.thrizer.shared.outbound.ProviderOperation;
import com.thrizer.shared.outbound.RetrySchedule;
import com.thrizer.shared.outbound.RunClock;
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
 * processing on their expected decision date to investigating, and sends pending reimbursements. Each call to the
 * clearinghouse is one {@link OutsideCalls#run}: the claim is claimed with {@code FOR UPDATE SKIP LOCKED} and leased in
 * a short transaction (several instances running the job at once never work on the same claim), the clearinghouse is
 * asked with no transaction open, and the answer is recorded in a new transaction under the claim's row lock. The
 * clearinghouse is idempotent by claim id.
 */
@ApplicationScoped
public class ClaimsJob {
    private static final Logger LOG = Logger.getLogger(ClaimsJob.class);
    static final int BATCH = 500;
    /** How long a claim taken for a clearinghouse call stays out of other instances' reach (then it is due again). */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final ClaimRepository claims;
    private final ClaimService service;
    private final ClaimDecisions decisions;
    private final ReimbursementService reimbursements;
    private final Clearinghouse clearinghouse;
    private final DataEncryptor encryptor;
    private final Clock clock;
    private final RetrySchedule polls;

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
        this.polls = RetrySchedule.fixed(pollInterval);
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
        RunClock run = RunClock.startingAt(now);
        return OutsideCalls.runDue(BATCH, () -> new ClaimStep(run)).size();
    }

    /** A claim's step with the clearinghouse: its submission (when not yet submitted) or a status poll. */
    private record ClaimAttempt(UUID claimId, Instant lease, ClaimSubmission submission) {}

    /**
     * One due claim, leased (its next attempt moves past {@link #LEASE}, from the time of the claim) in a short
     * transaction, the clearinghouse
     * asked with no transaction open, and the answer recorded under the claim's row lock, only while the lease is
     * still this run's (a repeat, or a run that lost its lease, records nothing).
     */
    private final class ClaimStep implements ProviderOperation<ClaimAttempt, Optional<ClaimStatusAnswer>, Void> {
        private final RunClock run;
        private final Instant now;

        ClaimStep(RunClock run) {
            this.run = run;
            this.now = run.start();
        }

        @Override
        public Optional<ClaimAttempt> begin() {
            Instant lease = run.leaseFor(LEASE);
            return claims.claimDue(now, lease).map(id -> {
                Claim claim = claims.findAcrossPractices(id);
                return new ClaimAttempt(id, lease, claim.submittedAt == null ? submission(claim) : null);
            });
        }

        @Override
        public Optional<ClaimStatusAnswer> call(ClaimAttempt a) {
            if (a.submission() != null) {
                clearinghouse.submitClaim(a.submission());
                return Optional.empty();
            }
            return Optional.of(clearinghouse.claimStatus(a.claimId()));
        }

        @Override
        public Void settle(ClaimAttempt a, Optional<ClaimStatusAnswer> answer) {
            Claim claim = leased(a);
            if (claim == null) {
                return null;
            }
            if (answer.isEmpty()) {
                claim.submittedAt = Clocks.now(clock);
                claim.nextAttemptAt = now; // ask about it at once: the sandbox may decide without delay
            } else if (!answer.get().decided() || !decisions.recordPayerDecision(claim, answer.get())) {
                claim.nextAttemptAt = polls.next(now);
            }
            claim.updatedAt = Clocks.now(clock);
            return null;
        }

        @Override
        public Failure classify(RuntimeException e) {
            return e instanceof ClearinghouseUnavailableException ? Failure.REFUSED : null;
        }

        @Override
        public Void refused(ClaimAttempt a, RuntimeException refusal) {
            LOG.warnf("claim %s: clearinghouse unavailable; retried later", a.claimId());
            Claim claim = leased(a);
            if (claim != null) {
                claim.nextAttemptAt = polls.next(now);
                claim.updatedAt = Clocks.now(clock);
            }
            return null;
        }

        @Override
        public Void lost(ClaimAttempt a, RuntimeException e) {
            return null; // the clearinghouse has no lost answers: its outages are refusals
        }
    }

    /** The claim, row-locked, while still undecided and leased by this attempt; null otherwise. */
    private Claim leased(ClaimAttempt a) {
        Claim claim = claims.lockAcrossPractices(a.claimId());
        boolean open = claim.status == Claim.Status.PROCESSING || claim.status == Claim.Status.INVESTIGATING;
        return open && a.lease().equals(claim.nextAttemptAt) ? claim : null;
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
        return reimbursements.sendDue(Clocks.now(clock), BATCH);
    }
}
