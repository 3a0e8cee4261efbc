/**
 * The provider client against the local replay server (tests/support/replay-server.ts): real
 * HTTP on 127.0.0.1, real cache files, faults served by the server, never a stubbed client.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startReplayServer, type ReplayServer } from "@/bench/replay-server";
import { EnrichError } from "@/ingest/enrich/enrich-error";
import { fetchS2Citations } from "@/ingest/enrich/semantic-scholar/fetch-s2-citations";
import { fetchS2Papers } from "@/ingest/enrich/semantic-scholar/fetch-s2-papers";
import { fetchOpenAlexWorks, readInvertedAbstract } from "@/ingest/enrich/openalex/fetch-openalex-works";
import { createApiClient } from "@/ingest/enrich/http/create-api-client";
import { createRateLimiter, type RateLimiter } from "@/ingest/enrich/http/create-rate-limiter";
import { createRequestCache } from "@/ingest/enrich/http/create-request-cache";

let server: ReplayServer;
const dirs: string[] = [];
const pauses: number[] = [];
const limiter = (): RateLimiter => {
  const inner = createRateLimiter(0);
  return { acquire: () => inner.acquire(), pauseFor: (ms) => (pauses.push(ms), inner.pauseFor(ms)) };
};
// A short timeout only where a hang is served: a loaded machine may be slow to answer at all.
const client = (options: { offline?: boolean; dir?: string; base?: string; timeoutMs?: number } = {}) => {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "enrich-client-"));
  dirs.push(dir);
  return createApiClient({ provider: "Replay", baseUrl: options.base ?? server.s2Url, cache: createRequestCache(dir), limiter: limiter(), timeoutMs: options.timeoutMs ?? 5_000, backoffMs: 5, offline: options.offline ?? false });
};

beforeAll(async () => {
  server = await startReplayServer({ pageSize: 2 });
});
afterEach(() => server.clearFaults());
afterAll(async () => {
  await server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("createApiClient", () => {
  it("answers a repeated request from the cache, also offline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enrich-client-"));
    const online = client({ dir });
    await online.request({ path: "/paper/ARXIV:2202.05262" });
    await online.request({ path: "/paper/ARXIV:2202.05262" });
    expect(online.stats).toMatchObject({ requests: 1, cacheHits: 1 });
    const offline = client({ dir, offline: true });
    expect((await offline.request({ path: "/paper/ARXIV:2202.05262" })).status).toBe(200);
    await expect(offline.request({ path: "/paper/ARXIV:2210.07229" })).rejects.toThrow(/--offline, and no cached answer for GET .*2210\.07229/);
  });

  it("honours a 429's Retry-After, and retries a 500 and a hanging request", async () => {
    server.addFault({ path: /2202\.05262$/, kind: "429", times: 1, retryAfterSeconds: 2 });
    server.addFault({ path: /2202\.05262$/, kind: "500", times: 1 });
    server.addFault({ path: /2202\.05262$/, kind: "hang", times: 1 });
    pauses.length = 0;
    const c = client({ timeoutMs: 300 });
    expect((await c.request({ path: "/paper/ARXIV:2202.05262" })).status).toBe(200);
    expect(pauses).toEqual([2_000]);
    expect(c.stats).toMatchObject({ requests: 4, retries: 3, rateLimited: 1 });
  });

  it("ends on malformed JSON without caching it", async () => {
    server.addFault({ path: /2202\.05262$/, kind: "malformed", times: 1 });
    const c = client();
    await expect(c.request({ path: "/paper/ARXIV:2202.05262" })).rejects.toThrow(EnrichError);
    expect((await c.request({ path: "/paper/ARXIV:2202.05262" })).status).toBe(200);
    expect(c.stats.requests).toBe(2);
  });

  it("gives up after its attempts, naming the request and the last problem", async () => {
    server.addFault({ path: /./, kind: "500", times: 5 });
    await expect(client().request({ path: "/paper/ARXIV:2202.05262" })).rejects.toThrow(/GET http:\/\/127\.0\.0\.1:\d+\/s2\/paper\/ARXIV:2202\.05262 failed after 5 attempts: HTTP 500/);
  });
});

describe("Semantic Scholar and OpenAlex readers", () => {
  it("resolves a batch, leaving out ids the provider answers null for, and splits batches at 500 ids", async () => {
    const c = client();
    const queries = [{ id: "rome", arxivId: "2202.05262", title: "x" }, { id: "serac", arxivId: "2206.06520", title: "x" }];
    const filler = Array.from({ length: 499 }, (_, i) => ({ id: `f${i}`, arxivId: `2401.${String(i).padStart(5, "0")}`, title: "x" }));
    const found = await fetchS2Papers(c, [...queries, ...filler]);
    expect([...found.keys()]).toEqual(["rome"]);
    expect(found.get("rome")).toMatchObject({ title: "Locating and Editing Factual Associations in GPT", year: 2022, arxivId: "2202.05262" });
    expect(found.get("rome")?.references.every((r) => r.providerId !== "")).toBe(true); // the null-id reference is dropped
    expect(server.requests.filter((r) => r.startsWith("POST")).length).toBeGreaterThanOrEqual(2);
  });

  it("follows /references pages through next, and says null for an unknown paper", async () => {
    const c = client();
    const [rome] = (await fetchS2Papers(c, [{ id: "rome", arxivId: "2202.05262", title: "x" }])).values();
    const citations = await fetchS2Citations(c, rome?.providerId ?? "");
    expect(citations?.size).toBe(5); // over 3 pages of 2
    expect(await fetchS2Citations(c, "0".repeat(40))).toBeNull();
  });

  it("reads OpenAlex works by DOI, and their inverted abstracts", async () => {
    const works = await fetchOpenAlexWorks(client({ base: server.openAlexUrl }), "doi", ["10.48550/arxiv.2206.06520", "10.1/none"]);
    expect(works).toHaveLength(1);
    expect(works[0]).toMatchObject({ provider: "openalex", arxivId: "2206.06520", title: "Memory-Based Model Editing at Scale", year: 2022 });
    expect(readInvertedAbstract({ Editing: [0], models: [2], large: [1] })).toBe("Editing large models");
    expect(readInvertedAbstract(null)).toBeUndefined();
  });
});
