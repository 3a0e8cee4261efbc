/**
 * Spaces requests to one provider at least `intervalMs` apart, and holds every request back
 * while the provider has asked us to wait (a 429's Retry-After). Requests are served in order.
 */
export type Clock = { now(): number; sleep(ms: number): Promise<void> };
export const systemClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((done) => setTimeout(done, ms)) };

export type RateLimiter = {
  /** Resolves when the next request may go out, and reserves that slot. */
  acquire(): Promise<void>;
  /** No request goes out before `ms` from now (a provider's Retry-After). */
  pauseFor(ms: number): void;
};

export function createRateLimiter(intervalMs: number, clock: Clock = systemClock): RateLimiter {
  let nextSlot = 0;
  let pausedUntil = 0;
  let queue: Promise<void> = Promise.resolve();
  return {
    acquire() {
      const turn = queue.then(async () => {
        // Re-read after every wait: a pause may be announced while we sleep.
        for (;;) {
          const start = Math.max(nextSlot, pausedUntil);
          const wait = start - clock.now();
          if (wait <= 0) break;
          await clock.sleep(wait);
        }
        nextSlot = clock.now() + intervalMs;
      });
      queue = turn;
      return turn;
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
  };
}

/** Seconds or an HTTP date, as Retry-After allows; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
