-- Idempotency keys are scoped to the caller (the user or API key, within their practice or client record), no longer
-- to the whole practice: a stored answer is replayed only to the caller who made the request. The scope now reads
-- 'practice:<id>/user:<id>', 'practice:<id>/api_key:<id>', 'client:<id>/user:<id>' or 'user:<id>'.
ALTER TABLE idempotency_keys ALTER COLUMN scope TYPE VARCHAR(120);
ALTER TABLE charges ALTER COLUMN idempotency_scope TYPE VARCHAR(120);
ALTER TABLE refunds ALTER COLUMN idempotency_scope TYPE VARCHAR(120);
ALTER TABLE claims ALTER COLUMN idempotency_scope TYPE VARCHAR(120);

-- Charges, refunds and client-filed claims are unique by their request's key, so that a retry finds what the first
-- run made: move the ones made so far into the scope of the caller who made them, so a retry still finds them.
UPDATE charges c
   SET idempotency_scope = c.idempotency_scope
       || CASE WHEN EXISTS (SELECT 1 FROM api_keys k WHERE k.id = c.created_by) THEN '/api_key:' ELSE '/user:' END
       || c.created_by
 WHERE c.created_by IS NOT NULL AND position('/' IN c.idempotency_scope) = 0;
UPDATE refunds r
   SET idempotency_scope = r.idempotency_scope
       || CASE WHEN EXISTS (SELECT 1 FROM api_keys k WHERE k.id = r.created_by) THEN '/api_key:' ELSE '/user:' END
       || r.created_by
 WHERE r.created_by IS NOT NULL AND position('/' IN r.idempotency_scope) = 0;
UPDATE claims cl
   SET idempotency_scope = cl.idempotency_scope || '/user:' || c.user_id
  FROM clients c
 WHERE c.id = cl.client_id AND c.user_id IS NOT NULL
   AND cl.idempotency_scope IS NOT NULL AND position('/' IN cl.idempotency_scope) = 0;

-- Stored answers of the old practice-wide scope are no caller's: they are no longer found and expire within 24 hours.
