/**
 * `npx tsx bench/enrich-bench.ts [--papers 1000] [--inside 3] [--seed 7]`
 *
 * The cost of citation enrichment against the replay server (tests/support/replay-server.ts)
 * serving a synthetic list in Semantic Scholar's shapes: each paper cites `--inside` earlier
 * papers of the list on average (Poisson) and ~25 of a pool of outside papers (a few of them
 * popular). Compares
 *  - ours: batch resolution (500 ids a request, reference ids included), then /references only
 *    for papers that cite another list paper or a possible suggestion; then the same run again
 *    with the warm cache;
 *  - naive: one GET /paper/{id} per paper, then its /references pages (100 a page, the API's
 *    default), for every paper.
 * Requests are what a provider bills and paces (1 request/s with a key): the figure that
 * matters. Wall times here are over 127.0.0.1 with no pacing, for scale only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fetchCitationData } from "../ingest/enrich/fetch-citation-data";
import type { EnrichmentScope, GraphPaper } from "../graph/enrichment-rows";
import { createApiClient, type ApiClient } from "../ingest/enrich/http/create-api-client";
import { createRateLimiter } from "../ingest/enrich/http/create-rate-limiter";
import { createRequestCache } from "../ingest/enrich/http/create-request-cache";
import { planEnrichment } from "../ingest/enrich/plan-enrichment";
import { startReplayServer } from "./replay-server";
import { formatTable, writeResults } from "./bench-stats";
import { createRandom } from "./prng";

const arxivOf = (i: number) => `24${String(1 + (i % 12)).padStart(2, "0")}.${String(10000 + i).padStart(5, "0")}`;
const outsideArxiv = (j: number) => `19${String(1 + (j % 12)).padStart(2, "0")}.${String(10000 + j).padStart(5, "0")}`;
const s2Of = (key: string) => key.replace(/\W/g, "").padStart(40, "0");

/** Writes replay fixtures for `papers` list papers and returns their folder. */
function writeSyntheticFixtures(dir: string, papers: number, inside: number, seed: number): void {
  const random = createRandom(seed);
  const pool = papers * 3;
  const list = [];
  const references: Record<string, unknown[]> = {};
  for (let i = 0; i < papers; i++) {
    const cited = new Set<string>();
    for (let k = Math.min(i, random.poisson(inside)); k > 0; k--) cited.add(`in:${random.int(i)}`);
    // Outside papers: a skewed pick, so that some are cited by many list papers.
    for (let k = random.poisson(25); k > 0; k--) cited.add(`out:${Math.floor(pool * random.next() ** 3)}`);
    const refs = [...cited].map((key) => {
      const [kind, n] = key.split(":") as [string, string];
      const arxiv = kind === "in" ? arxivOf(Number(n)) : outsideArxiv(Number(n));
      return { paperId: s2Of(arxiv), externalIds: { ArXiv: arxiv }, title: `${kind === "in" ? "List" : "Outside"} paper ${n}`, year: kind === "in" ? 2024 : 2019 };
    });
    const arxiv = arxivOf(i);
    list.push({ paperId: s2Of(arxiv), externalIds: { ArXiv: arxiv, CorpusId: i }, title: `List paper ${i}`, year: 2024, venue: "", authors: [{ authorId: String(i), name: `Author ${i}` }], abstract: null, citationCount: random.int(500), references: refs });
    references[s2Of(arxiv)] = refs.map((ref) => {
      const intents = random.next() < 0.3 ? ["methodology"] : ["background"];
      const context = `We cite ${ref.title} here.`;
      return { contexts: [context], intents, contextsWithIntent: [{ context, intents }], isInfluential: random.next() < 0.1, citedPaper: { paperId: ref.paperId } };
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "semantic-scholar-papers.json"), JSON.stringify({ papers: list, unknown: [] }));
  writeFileSync(join(dir, "semantic-scholar-references.json"), JSON.stringify(references));
  writeFileSync(join(dir, "openalex-works.json"), JSON.stringify({ works: [] }));
}

const silent = { start: () => undefined, tick: () => undefined, stop: () => undefined };

function client(baseUrl: string, cacheDir: string): ApiClient {
  return createApiClient({ provider: "bench", baseUrl, cache: createRequestCache(cacheDir), limiter: createRateLimiter(0), timeoutMs: 60_000 });
}

/** The naive client: one request per paper for its metadata, then every page of its references. */
async function runNaive(c: ApiClient, arxivIds: string[]): Promise<void> {
  for (const arxiv of arxivIds) {
    const paper = (await c.request({ path: `/paper/ARXIV:${arxiv}`, query: { fields: "paperId,externalIds,title,year,venue,authors,abstract,citationCount" } })).json as { paperId: string };
    for (let offset: number | undefined = 0; offset !== undefined; ) {
      const page = (await c.request({ path: `/paper/${paper.paperId}/references`, query: { fields: "paperId,contexts,intents,isInfluential", offset, limit: 100 } })).json as { next?: number };
      offset = page.next;
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: "string", default: "1000" }, inside: { type: "string", default: "3" }, seed: { type: "string", default: "7" } } });
  const papers = Number(values.papers);
  const work = mkdtempSync(join(tmpdir(), "enrich-bench-"));
  try {
    writeSyntheticFixtures(join(work, "fixtures"), papers, Number(values.inside), Number(values.seed));
    const server = await startReplayServer({ fixturesDir: join(work, "fixtures"), pageSize: 1000 });
    const paper = (i: number): GraphPaper => ({ id: arxivOf(i), title: `List paper ${i}`, year: 2024, arxivId: arxivOf(i), doi: null, s2Id: null, openAlexId: null, venue: null, abstract: null, hasAuthors: false, suggested: false });
    const scope: EnrichmentScope = { roadmapId: "bench", papers: Array.from({ length: papers }, (_, i) => paper(i)), others: [], buildsOn: [] };
    const rows: (string | number)[][] = [];
    const results: Record<string, unknown> = { papers, insideCitationsPerPaper: Number(values.inside) };
    try {
      const cache = join(work, "cache-ours");
      for (const pass of ["ours (cold cache)", "ours (warm cache)"]) {
        const clients = { s2: client(server.s2Url, cache), openAlex: client(server.openAlexUrl, cache) };
        const started = performance.now();
        const data = await fetchCitationData(clients, scope, { provider: "semantic-scholar", minCiters: 3, maxSuggestions: 25, progress: silent });
        const plan = planEnrichment(scope, data.found, data.matched, data.details, { minCiters: 3, maxSuggestions: 25 });
        const ms = performance.now() - started;
        const batches = server.requests.filter((r) => r.startsWith("POST")).length;
        const requests = clients.s2.stats.requests + clients.openAlex.stats.requests;
        rows.push([pass, String(requests), String(batches), String(server.requests.length - batches), String(Math.round(ms)), `${plan.cites.length} CITES, ${plan.candidates.length} candidates, ${plan.suggestions.length} suggestions`]);
        results[pass] = { requests, batchRequests: batches, ms: Math.round(ms), cites: plan.cites.length, candidates: plan.candidates.length, suggestions: plan.suggestions.length };
        server.requests.length = 0;
      }
      const naive = client(server.s2Url, join(work, "cache-naive"));
      const started = performance.now();
      await runNaive(naive, scope.papers.map((p) => p.id));
      const ms = performance.now() - started;
      rows.push(["naive (one per paper)", String(naive.stats.requests), "0", String(naive.stats.requests), String(Math.round(ms)), "metadata and every reference page of every paper"]);
      results.naive = { requests: naive.stats.requests, ms: Math.round(ms) };
    } finally {
      await server.close();
    }
    console.log(`citation enrichment of ${papers} papers (${values.inside} citations to other list papers per paper on average) over the replay server\n`);
    console.log(formatTable(["client", "requests", "batch", "single", "ms (local)", "result"], rows));
    const ours = (results["ours (cold cache)"] as { requests: number }).requests;
    const naiveRequests = (results.naive as { requests: number }).requests;
    console.log(`\nat 1 request/s (Semantic Scholar with a key): ours ${ours} s, naive ${naiveRequests} s (${(naiveRequests / ours).toFixed(1)}x)`);
    console.log(`results: ${writeResults(`enrich-inside-${values.inside}`, results)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
