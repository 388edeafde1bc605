-- Issue 14, item 14: a benefit check keeps the status the payer answered with; a manual verification has its own
-- status and links to the check it was requested for (benefit_check_id) and to the check it created
-- (result_benefit_check_id).
--
-- Until now a verification rewrote its check: FAILED or INCOMPLETE became MANUAL_REVIEW when it was requested,
-- INCOMPLETE when it completed, and FAILED with failure_reason UNABLE_TO_VERIFY when it could not verify.
-- Putting the answers back:
--
-- 1. MANUAL_REVIEW and INCOMPLETE checks still hold the failure_reason of the payer's answer, which tells its status
--    exactly: MISSING_BENEFIT_DETAILS is the reason of every INCOMPLETE answer and of no FAILED one (PAYER_TIMEOUT,
--    PAYER_ERROR, INSURER_UNDER_REVIEW). Only the checks that a verification rewrote change here.
UPDATE benefit_checks
SET status = CASE WHEN failure_reason = 'MISSING_BENEFIT_DETAILS' THEN 'INCOMPLETE' ELSE 'FAILED' END
WHERE status = 'MANUAL_REVIEW'
   OR (status = 'INCOMPLETE'
       AND failure_reason IN ('PAYER_TIMEOUT', 'PAYER_ERROR', 'INSURER_UNDER_REVIEW', 'UNABLE_TO_VERIFY'));

-- 2. A check that a verification could not verify lost its reason (FAILED, UNABLE_TO_VERIFY). A FAILED answer carries
--    no coverage flag and no plan year; a check with any of them was an INCOMPLETE answer, whose reason is known.
UPDATE benefit_checks
SET status = 'INCOMPLETE', failure_reason = 'MISSING_BENEFIT_DETAILS'
WHERE status = 'FAILED' AND failure_reason = 'UNABLE_TO_VERIFY'
  AND (coverage_active IS NOT NULL OR plan_year_start IS NOT NULL OR plan_year_end IS NOT NULL);

-- 3. The others cannot be recovered exactly (FAILED for a timeout, an error or an insurer under review, or an
--    INCOMPLETE answer without coverage or plan year; the payer's raw answer is encrypted): they stay FAILED with
--    UNABLE_TO_VERIFY, documented as the mark of such legacy rows. No check gets that reason from now on: the
--    verification's own status (UNABLE_TO_VERIFY, with its reason) tells the outcome.

ALTER TABLE benefit_checks DROP CONSTRAINT benefit_checks_status_check;
ALTER TABLE benefit_checks ADD CONSTRAINT benefit_checks_status_check
    CHECK (status IN ('COMPLETE', 'INCOMPLETE', 'FAILED'));

-- What the payer answered is written once: the database refuses any later change of it.
CREATE FUNCTION benefit_checks_answer_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a benefit check keeps the status the payer answered with'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'benefit_checks_answer_kept';
END;
$$;
CREATE TRIGGER benefit_checks_answer_kept
    BEFORE UPDATE OF status, failure_reason ON benefit_checks
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.failure_reason IS DISTINCT FROM NEW.failure_reason)
    EXECUTE FUNCTION benefit_checks_answer_kept();

-- a check's latest verification (BenefitCheck.latestManualVerification)
CREATE INDEX manual_verifications_check_idx ON manual_verifications (benefit_check_id, created_at DESC, id DESC);
