#!/usr/bin/env python3
"""Charge creation (POST /v1/charges): throughput and latency, against the same SQL run by pgbench as the ceiling.

Runs against `./mvnw quarkus:dev` (dev seed, /dev/token, embedded PostgreSQL on port 54329):
`python3 bench/charges.py [--base http://localhost:8080] [--requests 1000] [--concurrency 8] [--db-port 54329]`.

1. The service: Self-Pay $200 charges of the demo client's card, each with its own Idempotency-Key; prints
   charges/s and p50/p95/p99 latency.
2. The ceiling: pgbench runs, per transaction, the SQL one charge performs (idempotency claim, validation reads,
   the referral-credit read, the charge and its attempt, the settlement with its ledger posting, four entries
   and their balance triggers, the audit event, the stored answer), as one script, with the same concurrency.
3. Prints the ratio service / pgbench: how much of the database's ceiling the HTTP service reaches.

A benchmark, not a test: figures depend on the machine. Needs `pgbench` on the PATH for step 2.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

PRACTICE = "11111111-1111-4111-8111-111111111111"
CLIENT = "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"      # client@demo.test
CARD = "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a81"        # their Visa
CLINICIAN = "7a1c2e3d-4b5f-4a6e-8c7d-9e0f1a2b3c4d"   # clinician@demo.test (NPI on file)

# What one charge does in the database (see ChargeService, ChargeSettlement, LedgerService), in one script.
PGBENCH_SCRIPT = """
CREATE TEMP TABLE IF NOT EXISTS bench_ids (charge_id uuid, posting_id uuid);
DELETE FROM bench_ids;
INSERT INTO bench_ids VALUES (gen_random_uuid(), gen_random_uuid());
BEGIN;
INSERT INTO idempotency_keys (id, scope, idempotency_key, fingerprint, state, locked_until, created_at, expires_at)
  SELECT gen_random_uuid(), 'bench', charge_id::text, repeat('a', 64), 'IN_FLIGHT', now() + interval '60 seconds',
    now(), now() + interval '1 day' FROM bench_ids;
COMMIT;
BEGIN;
SELECT c.id FROM charges c JOIN bench_ids b ON c.idempotency_scope = 'bench' AND c.idempotency_key = b.charge_id::text;
SELECT * FROM clients WHERE id = '{client}' AND practice_id = '{practice}';
SELECT * FROM team_members WHERE id = '{clinician}' AND practice_id = '{practice}';
SELECT * FROM payment_methods WHERE id = '{card}' AND practice_id = '{practice}';
SELECT * FROM cpt_codes WHERE code = '90837';
SELECT fee_waiver_remaining_cents FROM practices WHERE id = '{practice}';
SELECT * FROM insurance_policies WHERE client_id = '{client}' AND practice_id = '{practice}';
SELECT * FROM benefit_checks WHERE client_id = '{client}' ORDER BY created_at DESC LIMIT 1;
INSERT INTO charges (id, practice_id, client_id, clinician_id, created_by, payment_method_id, payment_type, kind, status,
  currency, session_fee_cents, card_amount_cents, client_fee_cents, advance_cents, processing_fee_cents, net_cents,
  waiver_applied_cents, estimated_reimbursement_cents, estimated_client_cost_cents, appointment_date, cpt_code,
  duration_minutes, place_of_service, modifiers, diagnoses, attempts, idempotency_scope, idempotency_key, created_at,
  updated_at)
  SELECT charge_id, '{practice}', '{client}', '{clinician}', NULL, '{card}', 'SELF_PAY', 'SESSION', 'PENDING', 'USD',
    20000, 20000, 0, 0, 600, 19400, 0, 0, 20000, current_date - 1, '90837', 53, '10', '95', 'F41.1', 1,
    'bench', charge_id::text, now(), now() FROM bench_ids;
INSERT INTO charge_attempts (charge_id, attempt, payment_method_id, status, processor_key, created_at)
  SELECT charge_id, 1, '{card}', 'PENDING', 'chg_' || charge_id, now() FROM bench_ids;
COMMIT;
BEGIN;
SELECT c.* FROM charges c JOIN bench_ids b ON c.id = b.charge_id;
SELECT processor_ref FROM payment_methods WHERE id = '{card}';
SELECT a.processor_key FROM charge_attempts a JOIN bench_ids b ON a.charge_id = b.charge_id AND a.attempt = 1;
COMMIT;
BEGIN;
SELECT c.* FROM charges c JOIN bench_ids b ON c.id = b.charge_id FOR UPDATE OF c;
UPDATE charge_attempts SET status = 'SUCCEEDED', processor_charge_id = 'ch_bench'
  WHERE charge_id = (SELECT charge_id FROM bench_ids) AND attempt = 1;
INSERT INTO ledger_postings (id, practice_id, kind, charge_id, description, created_at)
  SELECT posting_id, '{practice}', 'CHARGE', charge_id, 'SELF_PAY SESSION charge', now() FROM bench_ids;
INSERT INTO ledger_accounts (id, practice_id, code, currency, created_at) VALUES (gen_random_uuid(), NULL, 'PROCESSOR_CLEARING', 'USD', now())
  ON CONFLICT (COALESCE(practice_id, '00000000-0000-0000-0000-000000000000'::uuid), code, currency) DO NOTHING;
INSERT INTO ledger_accounts (id, practice_id, code, currency, created_at) VALUES (gen_random_uuid(), '{practice}', 'PRACTICE_BALANCE', 'USD', now())
  ON CONFLICT (COALESCE(practice_id, '00000000-0000-0000-0000-000000000000'::uuid), code, currency) DO NOTHING;
INSERT INTO ledger_accounts (id, practice_id, code, currency, created_at) VALUES (gen_random_uuid(), NULL, 'PLATFORM_FEE_REVENUE', 'USD', now())
  ON CONFLICT (COALESCE(practice_id, '00000000-0000-0000-0000-000000000000'::uuid), code, currency) DO NOTHING;
INSERT INTO ledger_entries (id, posting_id, account_id, amount_cents, available_on, created_at)
  SELECT gen_random_uuid(), b.posting_id, a.id, CASE a.code WHEN 'PROCESSOR_CLEARING' THEN 20000
    WHEN 'PRACTICE_BALANCE' THEN -19400 ELSE -600 END, current_date + 2, now()
  FROM bench_ids b, ledger_accounts a
  WHERE (a.practice_id IS NULL AND a.code IN ('PROCESSOR_CLEARING', 'PLATFORM_FEE_REVENUE') OR a.practice_id = '{practice}'
    AND a.code = 'PRACTICE_BALANCE') AND a.currency = 'USD';
INSERT INTO audit_events (id, practice_id, created_at, actor_type, actor_id, actor_roles, action, resource_type, resource_id)
  SELECT gen_random_uuid(), '{practice}', now(), 'USER', NULL, 'practice_admin', 'CREATE', 'CHARGE', charge_id::text FROM bench_ids;
UPDATE charges SET status = 'SUCCEEDED', processor_charge_id = 'ch_bench', updated_at = now(), version = version + 1
  WHERE id = (SELECT charge_id FROM bench_ids);
COMMIT;
BEGIN;
SELECT c.*, p.brand, p.last4 FROM charges c JOIN payment_methods p ON p.id = c.payment_method_id JOIN bench_ids b ON c.id = b.charge_id;
SELECT id FROM claims WHERE charge_id = (SELECT charge_id FROM bench_ids);
UPDATE idempotency_keys SET state = 'COMPLETED', locked_until = NULL, response_status = 201, response_body = repeat('x', 1600)
  WHERE scope = 'bench' AND idempotency_key = (SELECT charge_id::text FROM bench_ids);
COMMIT;
"""


def post(base, token, body):
    request = urllib.request.Request(base + "/v1/charges", data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json",
        "Idempotency-Key": str(uuid.uuid4())})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, time.perf_counter() - started


def service(base, count, concurrency):
    with urllib.request.urlopen(base + "/dev/token?email=admin@demo.test") as response:
        token = json.load(response)["accessToken"]
    body = {"clientId": CLIENT, "clinicianId": CLINICIAN, "paymentMethodId": CARD, "paymentType": "SELF_PAY",
            "kind": "SESSION", "sessionFeeAmount": 20000,
            "appointmentDate": time.strftime("%Y-%m-%d", time.gmtime(time.time() - 86400)),
            "cptCode": "90837", "durationMinutes": 53, "placeOfService": "10", "modifiers": ["95"]}
    for _ in range(20):
        post(base, token, body)  # warm-up
    latencies, failures = [], 0
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for status, seconds in pool.map(lambda _: post(base, token, body), range(count)):
            latencies.append(seconds)
            failures += status != 201
    elapsed = time.perf_counter() - started
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    rate = count / elapsed
    print(f"service: {count} charges, concurrency {concurrency}: {rate:.0f} charges/s;"
          f" latency p50 {p(0.50):.1f} ms, p95 {p(0.95):.1f} ms, p99 {p(0.99):.1f} ms; failures {failures}")
    return rate, failures


def ceiling(port, count, concurrency):
    if shutil.which("pgbench") is None:
        print("pgbench: not on the PATH; no ceiling measured")
        return None
    script = PGBENCH_SCRIPT.format(practice=PRACTICE, client=CLIENT, clinician=CLINICIAN, card=CARD)
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write(script)
    env = dict(os.environ, PGPASSWORD=os.environ.get("PGPASSWORD", "postgres"))
    command = ["pgbench", "-n", "-h", "localhost", "-p", str(port), "-U", "postgres", "-c", str(concurrency),
               "-j", str(min(concurrency, 4)), "-t", str(max(1, count // concurrency)), "-f", f.name, "postgres"]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    os.unlink(f.name)
    match = re.search(r"tps = ([0-9.]+)", result.stdout)
    if result.returncode != 0 or match is None:
        print("pgbench failed:", result.stderr.strip()[-500:])
        return None
    tps = float(match.group(1))
    latency = re.search(r"latency average = ([0-9.]+) ms", result.stdout)
    print(f"pgbench ceiling: the same SQL per charge, {concurrency} clients: {tps:.0f} charges/s"
          + (f"; latency average {latency.group(1)} ms" if latency else ""))
    return tps


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--db-port", type=int, default=int(os.environ.get("DEV_DB_PORT", "54329")))
    args = parser.parse_args()
    rate, failures = service(args.base, args.requests, args.concurrency)
    tps = ceiling(args.db_port, args.requests, args.concurrency)
    if tps:
        print(f"ratio service / pgbench: {rate / tps:.2f}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
