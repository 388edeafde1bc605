#!/usr/bin/env python3
"""Throughput of estimates (POST /v1/quotes) and benefit checks (POST /v1/clients/{id}/benefit-checks).

Runs against a service started with `./mvnw quarkus:dev` (dev seed and /dev/token), or any instance with the
demo data: `python3 bench/benefits.py [--base http://localhost:8080] [--requests 1000] [--concurrency 8]`.
Prints requests/s and latency percentiles. A benchmark, not a test: figures depend on the machine.
"""
import argparse
import json
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

DEDMET_CLIENT = "c0000000-0000-4000-8000-000000000002"      # dedmet@demo.test (SBX-DEDMET-)
THRIZER_PAY_CLIENT = "c0000000-0000-4000-8000-000000000009"  # thrizerpay@demo.test
CLINICIAN = "7a1c2e3d-4b5f-4a6e-8c7d-9e0f1a2b3c4d"


def call(base, token, method, path, body):
    data = json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        status = response.status
    return status, time.perf_counter() - started


def run(name, base, token, count, concurrency, path, body, expected):
    call(base, token, "POST", path, body)  # warm-up
    latencies = []
    failures = 0
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for status, seconds in pool.map(lambda _: call(base, token, "POST", path, body), range(count)):
            latencies.append(seconds)
            failures += status != expected
    elapsed = time.perf_counter() - started
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"{name}: {count} requests, concurrency {concurrency}: {count / elapsed:.0f} requests/s;"
          f" latency p50 {p(0.50):.1f} ms, p95 {p(0.95):.1f} ms, p99 {p(0.99):.1f} ms,"
          f" mean {statistics.mean(latencies) * 1000:.1f} ms; failures {failures}")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with urllib.request.urlopen(args.base + "/dev/token?email=admin@demo.test") as response:
        token = json.load(response)["accessToken"]
    failures = run("estimates (quotes)", args.base, token, args.requests, args.concurrency, "/v1/quotes",
                   {"clientId": THRIZER_PAY_CLIENT, "clinicianId": CLINICIAN, "paymentType": "THRIZER_PAY",
                    "kind": "SESSION", "sessionFeeAmount": 20000, "cptCode": "90837"}, 200)
    failures += run("benefit checks", args.base, token, args.requests, args.concurrency,
                    f"/v1/clients/{DEDMET_CLIENT}/benefit-checks", {"cptCode": "90837", "sessionFeeAmount": 20000}, 201)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
