/**
 * Per-client rate limiting of POST /api/cypher, through the route handler, with low limits set
 * the way an operator would (CONSOLE_RATE_* in the environment, read once by graph/config.ts):
 * 5 queries per 10 s per address, 8 for everyone together. Requests are sent in one burst, so
 * which of them pass does not depend on timing; recovery is polled, not slept for.
 */
import { afterAll, describe, expect, it } from "vitest";
import { POST as cypherRoute } from "../../app/api/cypher/route";
import { closeDriver } from "../../graph/driver";
import { findLeaks } from "./support/find-leaks";

// This file's modules are its own (vitest isolates files), so the config is read from these.
Object.assign(process.env, { CONSOLE_RATE_LIMIT: "5", CONSOLE_RATE_WINDOW_MS: "10000", CONSOLE_RATE_LIMIT_TOTAL: "8" });

type Answer = { status: number; retryAfter: string | null; text: string };

async function query(address: string, cypher = "RETURN 1 AS one"): Promise<Answer> {
  const response = await cypherRoute(
    new Request("http://localhost/api/cypher", {
      method: "POST",
      body: JSON.stringify({ query: cypher }),
      headers: { "content-type": "application/json", "x-forwarded-for": address },
    }),
  );
  return { status: response.status, retryAfter: response.headers.get("retry-after"), text: await response.text() };
}

afterAll(async () => {
  await closeDriver();
});

describe("the console's rate limit", () => {
  it("lets a client burst up to its limit, then answers 429 with Retry-After; others are unaffected", async () => {
    const answers = await Promise.all([...Array.from({ length: 6 }, () => query("198.51.100.1")), query("198.51.100.2")]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const limited = answers.find((a) => a.status === 429);
    expect(Number(limited?.retryAfter)).toBeGreaterThanOrEqual(1);
    const body = JSON.parse(limited?.text ?? "{}") as { error: { kind: string; message: string } };
    expect(body.error).toMatchObject({ kind: "rate-limited" });
    expect(body.error.message).toMatch(/at most 5 per 10 s from one address/);
    expect(findLeaks(limited?.text ?? "")).toEqual([]);
  });

  it("keys clients by the last X-Forwarded-For hop, which a client cannot forge in front of a proxy", async () => {
    // The proxy appended 198.51.100.1 (limited above); the forged first hop changes nothing.
    expect((await query("203.0.113.99, 198.51.100.1")).status).toBe(429);
  });

  it("caps all clients together, so changing addresses buys nothing past the total", async () => {
    // 6 of the total's 8 are spent; two new addresses pass, the third is refused as "busy".
    const answers = await Promise.all(["192.0.2.1", "192.0.2.2", "192.0.2.3"].map((address) => query(address)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429]);
    expect(answers.find((a) => a.status === 429)?.text).toMatch(/too many queries from all clients/);
  });

  it("refuses a limited client before reading its body, whatever it asks", async () => {
    const answer = await query("198.51.100.1", "MATCH (n) DETACH DELETE n");
    expect(answer.status).toBe(429);
  });

  it("lets the client in again once its bucket refills, without a restart", async () => {
    await expect.poll(async () => (await query("198.51.100.1")).status, { timeout: 10_000, interval: 250 }).toBe(200);
  });
});
