import { expect, test } from "@playwright/test";
import { VALID_REQUESTS, type ApiRequest } from "../support/api-requests";
import { recordFigures } from "../support/record-figures";
import { findListeningPid, residentMiB } from "../support/server-process";

// A bounded load test of the built app: CLIENTS concurrent clients on loopback send a mix of
// every endpoint's requests (and some intended 4xx) for a fixed SECONDS. No answer may be a 5xx
// or a network error, nor a status other than the one intended; health must keep answering
// (the Neo4j pool is never exhausted); the server's resident memory must stay within a
// generous bound of where it started. Latencies are recorded, never asserted.
const SECONDS = Number(process.env.LOAD_TEST_SECONDS ?? 45);
const CLIENTS = Number(process.env.LOAD_TEST_CLIENTS ?? 32);

type Load = ApiRequest & { expect: number[] };

const MIX: Load[] = [
  ...VALID_REQUESTS.map((request) => ({ ...request, expect: request.name === "cypher" ? [200, 429] : [200] })),
  { name: "search without q", method: "GET", path: "/api/search", needsDb: false, expect: [400] },
  { name: "unknown node", method: "GET", path: "/api/node?id=no-such-node", needsDb: true, expect: [404] },
  { name: "body not JSON", method: "POST", path: "/api/neighbourhood", body: "{not json", needsDb: false, expect: [400] },
  { name: "refused write", method: "POST", path: "/api/cypher", body: { query: "MATCH (n) DETACH DELETE n" }, needsDb: false, expect: [403, 429] },
];

type Outcome = { status: number; ms: number } | { error: string };

/** `client` is the address the client claims (X-Forwarded-For): each load client is its own, as real ones would be. */
async function send(base: string, request: ApiRequest, client?: string): Promise<Outcome> {
  const started = performance.now();
  const headers: Record<string, string> = { ...(request.body !== undefined ? { "content-type": "application/json" } : {}), ...(client ? { "x-forwarded-for": client } : {}) };
  try {
    const response = await fetch(new URL(request.path, base), {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: typeof request.body === "string" ? request.body : JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

test.describe("load", () => {
  test(`${CLIENTS} clients for ${SECONDS} s: no 5xx, no network error, health answering, memory bounded`, async ({ baseURL }) => {
    test.setTimeout((SECONDS + 180) * 1000);
    const base = new URL(baseURL ?? "http://127.0.0.1:3100");
    expect(["127.0.0.1", "localhost", "[::1]"], "loopback only").toContain(base.hostname);
    const pid = findListeningPid(Number(base.port));
    expect(pid, "the app server's pid, found by its port").toBeGreaterThan(0);

    // Every request once first: a 5xx on a cold path would show here, before the load.
    for (const request of MIX) expect((await send(base.href, request)) as { status?: number }).toHaveProperty("status");
    const began = Date.now();
    // RSS samples (MiB) with the second of the run they were taken at.
    const memory: { at: number; mib: number }[] = [{ at: 0, mib: residentMiB(pid ?? 0) }];
    const unexpected = new Map<string, number>();
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const health: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const note = (key: string) => unexpected.set(key, (unexpected.get(key) ?? 0) + 1);

    const client = async (offset: number) => {
      for (let i = offset; Date.now() < deadline; i++) {
        const request = MIX[i % MIX.length] as Load;
        const outcome = await send(base.href, request, `198.51.100.${offset + 1}`);
        if ("error" in outcome) {
          note(`${request.name}: ${outcome.error}`);
          continue;
        }
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        latencies.push(outcome.ms);
        if (!request.expect.includes(outcome.status)) note(`${request.name}: ${outcome.status}`);
      }
    };
    const monitor = async () => {
      while (Date.now() < deadline) {
        const answer = await send(base.href, VALID_REQUESTS[0] as ApiRequest);
        health.push("status" in answer ? answer.status : 0);
        memory.push({ at: (Date.now() - began) / 1000, mib: residentMiB(pid ?? 0) });
        await new Promise((done) => setTimeout(done, 1_000));
      }
    };
    await Promise.all([...Array.from({ length: CLIENTS }, (_, c) => client(c)), monitor()]);
    memory.push({ at: (Date.now() - began) / 1000, mib: residentMiB(pid ?? 0) });

    // The first quarter of the run is the warm-up: the heap grows to the working set of
    // CLIENTS concurrent requests. Growth is measured from there, at the middle and at the end.
    const sampleAt = (fraction: number) => memory.find((sample) => sample.at >= SECONDS * fraction)?.mib ?? Number.NaN;
    const [idle, start, middle, end] = [memory[0]?.mib ?? Number.NaN, sampleAt(0.25), sampleAt(0.6), memory.at(-1)?.mib ?? Number.NaN];
    const sorted = [...latencies].sort((a, b) => a - b);
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    recordFigures("load", {
      seconds: SECONDS,
      clients: CLIENTS,
      requests: total,
      byStatus: Object.fromEntries(statuses),
      unexpected: Object.fromEntries(unexpected),
      healthChecks: health.length,
      healthNot200: health.filter((status) => status !== 200).length,
      rssMiB: { beforeLoad: Math.round(idle), afterWarmUp: Math.round(start), middle: Math.round(middle), end: Math.round(end), max: Math.round(Math.max(...memory.map((sample) => sample.mib))) },
      latencyMs: { p50: Math.round(sorted[Math.floor(sorted.length * 0.5)] ?? 0), p99: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0) },
    });

    expect(Object.fromEntries(unexpected)).toEqual({});
    expect(total).toBeGreaterThan(CLIENTS);
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((status) => status !== 200)).toEqual([]);
    expect(start).toBeGreaterThan(0);
    const trend = `RSS ${idle.toFixed(0)} (idle) -> ${start.toFixed(0)} (warm) -> ${middle.toFixed(0)} -> ${end.toFixed(0)} MiB`;
    expect(middle, trend).toBeLessThan(Math.min(start * 2, start + 300));
    expect(end, trend).toBeLessThan(Math.min(start * 2, start + 300));

    // The console's total rate limit refills: the other specs' console queries are not refused.
    const consoleStatus = async () => {
      const outcome = await send(base.href, VALID_REQUESTS.at(-1) as ApiRequest);
      return "status" in outcome ? outcome.status : 0;
    };
    await expect.poll(consoleStatus, { timeout: 30_000 }).toBe(200);
  });
});
