/**
 * Rate limiting of the Cypher console: token buckets in this process's memory (one server
 * process; a fleet behind a load balancer would share them in a store instead).
 *
 * Each client may send `limit` queries per window, in bursts of up to `limit`; all clients
 * together `total` per window. The client is the last address of X-Forwarded-For: the one the
 * nearest proxy appended, which a client cannot forge (Next.js fills the header from the socket
 * when nothing in front of it did). A client that talks to the server directly can still send a
 * header of its own and vary it; the total ceiling bounds what that buys, so one client can
 * never keep Neo4j busier than `total` queries per window.
 */
import { getConfig } from "@/graph/config";
import { GraphError } from "@/graph/errors";

export type RateLimit = { limit: number; windowMs: number };
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

type Bucket = { tokens: number; at: number };

/** Most clients remembered at once; idle (full) buckets go first, then the least recently used. */
const MAX_CLIENTS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(private readonly rate: RateLimit, private readonly maxKeys = MAX_CLIENTS) {
    this.perMs = rate.limit / rate.windowMs;
  }

  private refill(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.rate.limit, at: now };
    bucket.tokens = Math.min(this.rate.limit, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    // Re-inserted on every use, so the Map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    return bucket;
  }

  take(key: string, now: number): RateDecision {
    const bucket = this.refill(key, now);
    this.evict(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.perMs) };
  }

  /** Gives back a token taken for a request that was refused by another limit after all. */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.rate.limit, bucket.tokens + 1);
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(now: number): void {
    if (this.buckets.size <= this.maxKeys) return;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.rate.limit) this.buckets.delete(key);
      if (this.buckets.size <= this.maxKeys) return;
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(key);
    }
  }
}

/** The client's address: the last X-Forwarded-For entry, else X-Real-IP, else "unknown". */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const address = forwarded ?? headers.get("x-real-ip")?.trim() ?? "";
  // Bounded, so that a forged header cannot make the bucket map hold long keys.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64) || "unknown";
}

export type ConsoleRateLimiter = { check(request: Request, now?: number): void };

/** Per-client and total buckets; `check` throws GraphError("rate-limited") with a Retry-After. */
export function createConsoleRateLimiter(perClient: RateLimit, total: RateLimit): ConsoleRateLimiter {
  const clients = new TokenBuckets(perClient);
  const everyone = new TokenBuckets(total, 1);
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  const window = `${perClient.windowMs / 1000} s`;
  return {
    check(request, now = Date.now()) {
      const client = clientAddress(request.headers);
      const mine = clients.take(client, now);
      if (!mine.ok) {
        throw new GraphError("rate-limited", `Too many console queries: at most ${perClient.limit} per ${window} from one address. Try again in ${seconds(mine.retryAfterMs)} s.`, { retryAfterSeconds: seconds(mine.retryAfterMs) });
      }
      const all = everyone.take("*", now);
      if (!all.ok) {
        clients.refund(client);
        throw new GraphError("rate-limited", `The console is busy: too many queries from all clients together. Try again in ${seconds(all.retryAfterMs)} s.`, { retryAfterSeconds: seconds(all.retryAfterMs) });
      }
    },
  };
}

let consoleLimiter: ConsoleRateLimiter | undefined;

/** The process's console limiter, configured from CONSOLE_RATE_* (graph/config.ts) on first use. */
export function checkConsoleRateLimit(request: Request): void {
  if (!consoleLimiter) {
    const config = getConfig();
    consoleLimiter = createConsoleRateLimiter(
      { limit: config.CONSOLE_RATE_LIMIT, windowMs: config.CONSOLE_RATE_WINDOW_MS },
      { limit: config.CONSOLE_RATE_LIMIT_TOTAL, windowMs: config.CONSOLE_RATE_WINDOW_MS },
    );
  }
  consoleLimiter.check(request);
}
