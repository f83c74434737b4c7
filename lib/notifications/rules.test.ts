import { describe, expect, it } from "vitest";
import {
  afterFailure,
  backoffSeconds,
  BACKOFF_MAX_SECONDS,
  canChangeManually,
  chunk,
  computeVerdict,
  MAX_ATTEMPTS,
  PROVIDER_MAILS_PER_SECOND,
  parseRetryAfter,
  STATUS_THRESHOLDS,
  leaseExpiredBefore,
  type VerdictInput,
} from "./rules";

describe("attempts and backoff", () => {
  it("retries up to the 5th attempt, then fails", () => {
    expect(MAX_ATTEMPTS).toBe(5);
    expect(afterFailure(1)).toBe("retry");
    expect(afterFailure(4)).toBe("retry");
    expect(afterFailure(5)).toBe("failed");
    expect(afterFailure(6)).toBe("failed");
  });

  it("doubles the wait with each failure and caps it", () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n))).toEqual([30, 60, 120, 240]);
    expect(backoffSeconds(0)).toBe(30);
    expect(backoffSeconds(50)).toBe(BACKOFF_MAX_SECONDS);
  });

  it("waits at least the provider's Retry-After, capped too", () => {
    expect(backoffSeconds(1, 90)).toBe(90);
    expect(backoffSeconds(3, 10)).toBe(120);
    expect(backoffSeconds(1, 0.2)).toBe(30);
    expect(backoffSeconds(1, 99_999)).toBe(BACKOFF_MAX_SECONDS);
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    expect(parseRetryAfter("2", now)).toBe(2);
    expect(parseRetryAfter("0.5", now)).toBe(1);
    expect(parseRetryAfter("Wed, 25 Nov 2026 12:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("Wed, 25 Nov 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("returns a row whose lease has had no heartbeat for 30 s", () => {
    expect(leaseExpiredBefore(new Date("2026-11-25T12:05:00Z")).toISOString()).toBe("2026-11-25T12:04:30.000Z");
  });
});

describe("batches", () => {
  it("cuts 250 rows into 100 + 100 + 50, keeping the order", () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    const parts = chunk(rows, 100);
    expect(parts.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(parts[2][0]).toBe(200);
    expect(chunk([], 100)).toEqual([]);
    expect(chunk([1, 2], 0)).toEqual([[1], [2]]);
  });

  it("the provider's ceiling is 100 mails × 2 requests a second", () => {
    expect(PROVIDER_MAILS_PER_SECOND).toBe(200);
  });
});

describe("service status verdict", () => {
  const healthy: VerdictInput = {
    providerConfigured: true,
    attemptsLastHour: 100,
    failedAttemptsLastHour: 0,
    attemptsLast24h: 1000,
    failedAttemptsLast24h: 0,
    oldestPendingAgeSeconds: null,
    secondsSinceLastRun: 3,
    pendingCount: 0,
  };

  it("is ok when nothing crosses a threshold", () => {
    expect(computeVerdict(healthy)).toEqual({ verdict: "ok", reasons: [] });
  });

  it("is down without a configured provider", () => {
    expect(computeVerdict({ ...healthy, providerConfigured: false }).verdict).toBe("down");
  });

  it("judges the failure rate at its edges", () => {
    expect(computeVerdict({ ...healthy, failedAttemptsLastHour: 9 }).verdict).toBe("ok");
    expect(computeVerdict({ ...healthy, failedAttemptsLastHour: 10 }).verdict).toBe("degraded");
    expect(computeVerdict({ ...healthy, failedAttemptsLastHour: 49 }).verdict).toBe("degraded");
    expect(computeVerdict({ ...healthy, failedAttemptsLastHour: 50 }).verdict).toBe("down");
    // Too few attempts to judge: 4 of 4 failing is not yet a verdict.
    expect(computeVerdict({ ...healthy, attemptsLastHour: 4, failedAttemptsLastHour: 4 }).verdict).toBe("ok");
  });

  it("weighs the 24-hour failure rate: a bad day degrades, never downs, a quiet hour", () => {
    const day = (failed: number) => computeVerdict({ ...healthy, failedAttemptsLast24h: failed });
    expect(day(99).verdict).toBe("ok");
    expect(day(100)).toEqual({ verdict: "degraded", reasons: ["24-hour failure rate 10.0% ≥ 10%"] });
    expect(day(615).verdict).toBe("degraded");
    expect(computeVerdict({ ...healthy, attemptsLast24h: 4, failedAttemptsLast24h: 4 }).verdict).toBe("ok");
  });

  it("judges the lag of the oldest pending row at its edges", () => {
    const lag = (s: number) => computeVerdict({ ...healthy, pendingCount: 1, oldestPendingAgeSeconds: s }).verdict;
    expect(lag(STATUS_THRESHOLDS.degraded.lagSeconds - 1)).toBe("ok");
    expect(lag(STATUS_THRESHOLDS.degraded.lagSeconds)).toBe("degraded");
    expect(lag(STATUS_THRESHOLDS.down.lagSeconds)).toBe("down");
  });

  it("flags a silent dispatcher only while work waits", () => {
    expect(computeVerdict({ ...healthy, secondsSinceLastRun: 10_000 }).verdict).toBe("ok");
    expect(
      computeVerdict({ ...healthy, pendingCount: 3, oldestPendingAgeSeconds: 1, secondsSinceLastRun: 60 }).verdict,
    ).toBe("degraded");
    expect(
      computeVerdict({ ...healthy, pendingCount: 3, oldestPendingAgeSeconds: 1, secondsSinceLastRun: 300 }).verdict,
    ).toBe("down");
    expect(
      computeVerdict({ ...healthy, pendingCount: 3, oldestPendingAgeSeconds: 1, secondsSinceLastRun: null }).verdict,
    ).toBe("down");
  });
});

describe("manual changes", () => {
  it("are allowed from pending or failed only", () => {
    expect(canChangeManually("pending")).toBe(true);
    expect(canChangeManually("failed")).toBe(true);
    for (const s of ["sending", "sent", "deleted"]) expect(canChangeManually(s)).toBe(false);
  });
});
