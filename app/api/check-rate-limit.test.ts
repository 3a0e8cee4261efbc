import { describe, expect, it } from "vitest";
import { GraphError } from "@/graph/errors";
import { clientAddress, createConsoleRateLimiter, TokenBuckets } from "./check-rate-limit";

const from = (address?: string) => new Request("http://localhost/api/cypher", { method: "POST", headers: address ? { "x-forwarded-for": address } : {} });

function refusal(run: () => void): GraphError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as GraphError;
  }
}

describe("token buckets", () => {
  it("allows a burst of `limit`, then refills at limit/window", () => {
    const buckets = new TokenBuckets({ limit: 3, windowMs: 3_000 });
    expect([1, 2, 3].map(() => buckets.take("a", 0).ok)).toEqual([true, true, true]);
    expect(buckets.take("a", 0)).toEqual({ ok: false, retryAfterMs: 1_000 });
    expect(buckets.take("a", 999).ok).toBe(false);
    expect(buckets.take("a", 1_000).ok).toBe(true);
    expect(buckets.take("b", 1_000).ok).toBe(true);
  });

  it("never holds more than maxKeys clients, dropping idle ones first", () => {
    const buckets = new TokenBuckets({ limit: 2, windowMs: 1_000 }, 3);
    buckets.take("busy", 0);
    buckets.take("busy", 0);
    for (const key of ["a", "b", "c", "d", "e"]) buckets.take(key, 10_000);
    expect(buckets.size).toBe(3);
  });
});

describe("client addresses", () => {
  it("takes the last X-Forwarded-For hop, the one a proxy appended", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-real-ip": "10.1.1.1" }))).toBe("10.1.1.1");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "x".repeat(5_000) }))).toHaveLength(64);
  });
});

describe("the console limiter", () => {
  it("answers 429-style refusals per client with a Retry-After, leaving other clients alone", () => {
    const limiter = createConsoleRateLimiter({ limit: 2, windowMs: 10_000 }, { limit: 100, windowMs: 10_000 });
    limiter.check(from("1.1.1.1"), 0);
    limiter.check(from("1.1.1.1"), 0);
    const refused = refusal(() => limiter.check(from("1.1.1.1"), 0));
    expect(refused).toBeInstanceOf(GraphError);
    expect(refused).toMatchObject({ kind: "rate-limited", details: { retryAfterSeconds: 5 } });
    expect(refused?.message).toMatch(/at most 2 per 10 s/);
    expect(refusal(() => limiter.check(from("2.2.2.2"), 0))).toBeUndefined();
    expect(refusal(() => limiter.check(from("1.1.1.1"), 5_000))).toBeUndefined();
  });

  it("caps all clients together, so forged addresses buy no more than the total", () => {
    const limiter = createConsoleRateLimiter({ limit: 2, windowMs: 10_000 }, { limit: 5, windowMs: 10_000 });
    const outcomes = Array.from({ length: 8 }, (_, i) => refusal(() => limiter.check(from(`203.0.113.${i}`), 0))?.kind ?? "ok");
    expect(outcomes).toEqual(["ok", "ok", "ok", "ok", "ok", "rate-limited", "rate-limited", "rate-limited"]);
    // A refusal by the total does not cost the client its own token.
    expect(refusal(() => limiter.check(from("203.0.113.5"), 2_000))).toBeUndefined();
  });
});
