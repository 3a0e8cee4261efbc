import { describe, expect, it } from "vitest";
import { createRateLimiter, parseRetryAfter, type Clock } from "./create-rate-limiter";

/** A clock that only moves when someone sleeps: the limiter's waits are read off it exactly. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 1_000;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: (ms) => { slept.push(ms); now += ms; return Promise.resolve(); } };
}

describe("createRateLimiter", () => {
  it("spaces requests by the interval, in order", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(1_000, clock);
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(clock.slept).toEqual([1_000, 1_000]);
  });

  it("holds every request back during a pause (Retry-After)", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(100, clock);
    await limiter.acquire();
    limiter.pauseFor(5_000);
    await limiter.acquire();
    expect(clock.slept).toEqual([5_000]);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", 0)).toBe(3_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});
