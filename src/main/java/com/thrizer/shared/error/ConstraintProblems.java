package com.thrizer.shared.error;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to a unique constraint the database enforced because a concurrent request won the race: the same problem
 * a sequential duplicate gets from its service's own check. One table for the whole service, keyed by constraint (or
 * unique index) name; {@code ConstraintProblemsTest} checks that every unique constraint in the migrations is either
 * here or listed in {@link #INTERNAL} (rows only the service itself writes, under its own locks or keys).
 */
public final class ConstraintProblems {
    private ConstraintProblems() {}

    /** A problem a constraint stands for. */
    public record Problem(int status, String code, String detail) {
        public DomainException exception() {
            return new ConflictException(code, detail);
        }
    }

    public static final Problem CLIENT_EXISTS =
            new Problem(409, "client_exists", "A client with this email already exists in the practice.");
    public static final Problem TEAM_MEMBER_EXISTS =
            new Problem(409, "team_member_exists", "A team member with this email already exists.");
    public static final Problem ALREADY_IN_PRACTICE =
            new Problem(409, "already_in_practice", "You are already a member of a practice.");
    public static final Problem ALREADY_LINKED =
            new Problem(409, "already_linked", "Your account is already linked to a client record.");
    public static final Problem WIDGET_SLUG_TAKEN =
            new Problem(409, "widget_slug_taken", "Another widget already uses this slug.");
    public static final Problem CONNECTION_EXISTS =
            new Problem(409, "connection_exists", "This client is already connected with this clinician.");
    public static final Problem MANUAL_VERIFICATION_OPEN =
            new Problem(409, "manual_verification_open", "A manual verification of this check is already under way.");

    static final Map<String, Problem> BY_CONSTRAINT = Map.of(
            "clients_practice_email_uq", CLIENT_EXISTS,
            "team_members_practice_email_uq", TEAM_MEMBER_EXISTS,
            "team_members_user_uq", ALREADY_IN_PRACTICE,
            "clients_user_uq", ALREADY_LINKED,
            "widgets_slug_uq", WIDGET_SLUG_TAKEN,
            "connections_client_clinician_uq", CONNECTION_EXISTS,
            "manual_verifications_open_uq", MANUAL_VERIFICATION_OPEN);

    /**
     * Unique constraints no caller's request can violate: their rows are written under a lock, with
     * {@code ON CONFLICT}, by a job, or keyed by random or idempotency values claimed first. A violation of one of them
     * is a bug and stays a 500.
     */
    static final Set<String> INTERNAL = Set.of(
            "users_oidc_subject_uq", // insertIfAbsent (ON CONFLICT DO NOTHING)
            "users_email_uq", // insertIfAbsent
            "api_keys_hash_uq", // random secrets
            "idempotency_keys_scope_key_uq", // the idempotency store's claim (ON CONFLICT)
            "charges_request_uq", // under the claimed Idempotency-Key
            "refunds_request_uq", // under the claimed Idempotency-Key
            "claims_request_uq", // under the claimed Idempotency-Key
            "claims_charge_uq", // one claim filed by the charge's settlement
            "reimbursements_claim_kind_uq", // under the claim's row lock
            "payouts_practice_day_uq", // the payouts job
            "referral_codes_code_uq", // seeded by operators, no API writes codes
            "client_invitations_token_uq", // random tokens
            "insurance_policies_client_uq", // under the client's insurance lock
            "payment_methods_one_default_uq", // under the client's cards lock
            "bank_accounts_payout_uq", // under the practice's payout-account lock
            "bank_accounts_reimbursement_uq", // under the client's reimbursement-account lock
            "ledger_accounts_uq", // ON CONFLICT
            "webhook_deliveries_once"); // ON CONFLICT in the events fan-out

    /** The problem a failure stands for when it is a known unique constraint's violation. */
    public static Optional<Problem> of(Throwable e) {
        return DatabaseFailures.violatedUniqueConstraint(e).map(BY_CONSTRAINT::get);
    }
}
