/**
 * A JSON client for one provider that is a good API citizen: every answer goes through the
 * on-disk cache (a second run is free and works offline), requests are paced by a rate
 * limiter, a 429 pauses every request for its Retry-After, and 5xx answers, network errors and
 * timeouts are retried with exponential backoff and jitter. A malformed body or a client error
 * is not retried: it ends the run with a message naming the request.
 */
import { EnrichError } from "../enrich-error";
import { toCacheKey, type RequestCache } from "./create-request-cache";
import { parseRetryAfter, systemClock, type Clock, type RateLimiter } from "./create-rate-limiter";

export type ApiClientOptions = {
  provider: string;
  baseUrl: string;
  cache: RequestCache;
  limiter: RateLimiter;
  /** answer from the cache alone; a miss is an error */
  offline?: boolean;
  headers?: Record<string, string>;
  /** query parameters sent with every request but left out of the cache key (a contact address) */
  privateQuery?: Record<string, string>;
  timeoutMs?: number;
  maxAttempts?: number;
  /** first backoff step; doubled per attempt, with jitter */
  backoffMs?: number;
  /** longest single Retry-After we accept before giving up on the provider */
  maxRetryAfterMs?: number;
  clock?: Clock;
  random?: () => number;
};

export type ClientStats = { requests: number; cacheHits: number; retries: number; rateLimited: number };
export type JsonRequest = { method?: "GET" | "POST"; path: string; query?: Record<string, string | number>; body?: unknown };
/** 404 answers come back as `{ status: 404, json: null }` (an id the provider does not know). */
export type JsonResponse = { status: number; json: unknown };

export type ApiClient = { request(request: JsonRequest): Promise<JsonResponse>; stats: ClientStats };

const RETRYABLE = (status: number) => status >= 500 || status === 408;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 5 * 60_000;
  const stats: ClientStats = { requests: 0, cacheHits: 0, retries: 0, rateLimited: 0 };
  const base = options.baseUrl.replace(/\/+$/, "");

  const backoff = (attempt: number) => Math.min(60_000, backoffMs * 2 ** attempt) * (0.5 + random());

  async function send(url: string, method: string, body: string | undefined): Promise<{ status: number; body: string }> {
    const sent = new URL(url);
    for (const [name, value] of Object.entries(options.privateQuery ?? {})) sent.searchParams.set(name, value);
    let lastProblem = "";
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      if (attempt > 0) stats.retries++;
      await options.limiter.acquire();
      stats.requests++;
      let response: Response;
      let text: string;
      try {
        response = await fetch(sent, {
          method,
          headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }), ...options.headers },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        lastProblem = timedOut ? `no answer within ${timeoutMs} ms` : `network error (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`;
        await clock.sleep(backoff(attempt));
        continue;
      }
      if (response.status === 429) {
        stats.rateLimited++;
        const wait = parseRetryAfter(response.headers.get("retry-after"), clock.now()) ?? backoff(attempt);
        if (wait > maxRetryAfterMs) {
          throw new EnrichError(`${options.provider}: rate limited on ${method} ${url}; the provider asks to wait ${Math.round(wait / 1000)} s. Try again later (the cache keeps what was fetched).`);
        }
        options.limiter.pauseFor(wait);
        lastProblem = "rate limited (429)";
        continue;
      }
      if (RETRYABLE(response.status)) {
        lastProblem = `HTTP ${response.status}`;
        await clock.sleep(backoff(attempt));
        continue;
      }
      return { status: response.status, body: text };
    }
    throw new EnrichError(`${options.provider}: ${method} ${url} failed after ${maxAttempts} attempts: ${lastProblem}. Run again later; what was fetched is cached.`);
  }

  async function request(req: JsonRequest): Promise<JsonResponse> {
    const method = req.method ?? "GET";
    const url = new URL(`${base}${req.path}`);
    for (const [name, value] of Object.entries(req.query ?? {})) url.searchParams.set(name, String(value));
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const key = toCacheKey(method, url.toString(), body);
    let answer = await options.cache.get(key);
    if (answer) {
      stats.cacheHits++;
    } else {
      if (options.offline) {
        throw new EnrichError(`${options.provider}: --offline, and no cached answer for ${method} ${url.toString()}. Run once online to fill the cache.`);
      }
      answer = await send(url.toString(), method, body);
      if (answer.status !== 200 && answer.status !== 404) {
        throw new EnrichError(`${options.provider}: ${method} ${url.toString()} answered HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
      }
      const parsed = parseJson(answer.body, method, url.toString(), options.provider, answer.status);
      await options.cache.put(key, answer);
      return { status: answer.status, json: parsed };
    }
    return { status: answer.status, json: parseJson(answer.body, method, url.toString(), options.provider, answer.status) };
  }

  return { request, stats };
}

function parseJson(text: string, method: string, url: string, provider: string, status: number): unknown {
  if (status === 404) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.slice(0, 80).replace(/\s+/g, " ");
    throw new EnrichError(`${provider}: ${method} ${url} answered malformed JSON (${text.length} bytes, starting "${start}")`);
  }
}
