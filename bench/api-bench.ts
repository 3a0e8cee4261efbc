/**
 * API latency benchmark on the synthetic graph the ingest benchmark loaded (100k papers by
 * default): search, node details, neighbourhood (depth 2), reading path and shortest path over
 * HTTP with autocannon, at each concurrency; and the same Cypher through the bare driver
 * (bench/api-baseline-child.ts), so that the API's own overhead shows as a ratio; and the bytes
 * of each endpoint's answers (bench/api-sizes.ts).
 * Standalone: `npx tsx --conditions=react-server bench/api-bench.ts --uri bolt://127.0.0.1:PORT --papers 100000`.
 */
import autocannon from "autocannon";
import { parseArgs } from "node:util";
import { spawn } from "node:child_process";
import { buildVariants, ENDPOINTS, toHttp, type Endpoint, type HttpRequest } from "./api-requests";
import { measureSizes, sizesTable, type SizeTable } from "./api-sizes";
import { runTsx } from "./bench-neo4j";
import { formatTable, log, ROOT, writeResults } from "./bench-stats";
import { medianSummary, summarizeLatencies, type LatencySummary } from "./latency";
import { ensureBuild, startNext } from "./next-server";

export type ApiOptions = { uri: string; papers: number; seed: number; count: number; duration: number; concurrency: number[]; runs: number; build: boolean };
type Table = Record<Endpoint, Record<string, LatencySummary>>;
/** Requests answered without Neo4j: by a plain node:http server (a constant), and by Next.js (a 400 for a missing id). */
type Floors = { node: LatencySummary; next: LatencySummary };
/** At concurrency 1, in the baseline's process: the graph/ functions themselves (no HTTP). */
type InProcess = { graph: Record<Endpoint, LatencySummary> };
type Run = { api: Table; bare: Table; bareHttp: Table; floors: Floors; inProcess: InProcess };
export type ApiResult = { api: Table; bare: Table; bareHttp: Table; floors: Floors; inProcess: InProcess; runs: Run[]; sizes: SizeTable };

async function loadTest(url: string, endpoint: Endpoint, variants: ReturnType<typeof buildVariants>, connections: number, duration: number): Promise<LatencySummary> {
  return load(url, variants[endpoint].map(toHttp), connections, duration);
}

/** autocannon over `requests` (cycled); latencies of answers with the `expected` status class (2xx by default). */
async function load(url: string, requests: HttpRequest[], connections: number, duration: number, expected = 200): Promise<LatencySummary> {
  const latencies: number[] = [];
  let unexpected = 0;
  const instance = autocannon({ url, connections, duration, timeout: 30, requests });
  instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
    if (Math.floor(status / 100) === Math.floor(expected / 100)) latencies.push(time);
    else unexpected++;
  });
  const result = await instance;
  return summarizeLatencies(latencies, result.duration, result.errors + result.timeouts + unexpected);
}

/** The bare driver's replay answered over plain HTTP (bench/api-bare-http-child.ts), and the two floors. */
async function measureBareHttp(options: ApiOptions, serverUrl: string): Promise<{ bareHttp: Table; floors: Floors }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/api-bare-http-child.ts", "--papers", String(options.papers), "--seed", String(options.seed), "--count", String(options.count)], {
    cwd: ROOT, env: { ...process.env, NEO4J_URI: options.uri }, stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      let err = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
      child.on("exit", (code) => reject(new Error(`the bare HTTP baseline exited (${code}): ${err.slice(-2000)}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const bareHttp = {} as Table;
    for (const endpoint of ENDPOINTS) {
      bareHttp[endpoint] = {};
      const requests = Array.from({ length: options.count }, (_, i): HttpRequest => ({ method: "GET", path: `/bare/${endpoint}/${i}` }));
      await load(url, requests, 4, 2); // warm-up
      for (const c of options.concurrency) bareHttp[endpoint][String(c)] = await load(url, requests, c, options.duration);
    }
    const node = await load(url, [{ method: "GET", path: "/floor" }], 1, options.duration);
    const next = await load(serverUrl, [{ method: "GET", path: "/api/node" }], 1, options.duration, 400);
    return { bareHttp, floors: { node, next } };
  } finally {
    child.kill("SIGTERM");
  }
}

export async function runApiBench(options: ApiOptions): Promise<ApiResult> {
  await ensureBuild(options.build);
  const server = await startNext(options.uri);
  const variants = buildVariants(options.papers, options.seed, options.count);
  const runs: Run[] = [];
  let sizes: SizeTable = {};
  try {
    log("api: bytes per answer");
    sizes = await measureSizes(server.url, variants);
    // Warm-up: compiled routes, the driver pool, query plans, page cache; every variant more than once.
    for (const endpoint of ENDPOINTS) await loadTest(server.url, endpoint, variants, 8, 4);
    for (let run = 0; run < options.runs; run++) {
      const api = {} as Table;
      const measureApi = async () => {
        for (const endpoint of ENDPOINTS) {
          api[endpoint] = {};
          for (const c of options.concurrency) {
            log(`api run ${run + 1}/${options.runs}: ${endpoint}, ${c} connection(s)`);
            api[endpoint][String(c)] = await loadTest(server.url, endpoint, variants, c, options.duration);
          }
        }
      };
      const measureBare = async (): Promise<Table & { profile: InProcess }> => {
        log(`api run ${run + 1}/${options.runs}: bare driver baseline`);
        const child = await runTsx("bench/api-baseline-child.ts", ["--papers", String(options.papers), "--seed", String(options.seed), "--count", String(options.count), "--duration", String(options.duration), "--concurrency", options.concurrency.join(",")], { NEO4J_URI: options.uri });
        if (child.code !== 0) throw new Error(`baseline failed: ${child.stderr.slice(-2000)}`);
        return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as Table & { profile: InProcess };
      };
      let bare: Table & { profile: InProcess };
      if (run % 2 === 0) {
        await measureApi();
        bare = await measureBare();
      } else {
        bare = await measureBare();
        await measureApi();
      }
      log(`api run ${run + 1}/${options.runs}: bare driver over plain HTTP, and the floors`);
      const { profile: inProcess, ...bareTable } = bare;
      runs.push({ api, bare: bareTable, inProcess, ...(await measureBareHttp(options, server.url)) });
    }
  } finally {
    await server.stop();
  }
  const merge = (side: "api" | "bare" | "bareHttp"): Table =>
    Object.fromEntries(ENDPOINTS.map((e) => [e, Object.fromEntries(options.concurrency.map((c) => [String(c), medianSummary(runs.map((r) => r[side][e][String(c)] ?? summarizeLatencies([], 1, 0)))]))])) as Table;
  const floors: Floors = { node: medianSummary(runs.map((r) => r.floors.node)), next: medianSummary(runs.map((r) => r.floors.next)) };
  const mergeInProcess = (side: keyof InProcess) => Object.fromEntries(ENDPOINTS.map((e) => [e, medianSummary(runs.map((r) => r.inProcess[side][e]))])) as Record<Endpoint, LatencySummary>;
  return { api: merge("api"), bare: merge("bare"), bareHttp: merge("bareHttp"), floors, inProcess: { graph: mergeInProcess("graph") }, runs, sizes };
}

export function apiTable(result: ApiResult, concurrency: number[]): string {
  const rows = ENDPOINTS.flatMap((e) =>
    concurrency.map((c) => {
      const a = result.api[e][String(c)];
      const b = result.bare[e][String(c)];
      return [`${e} c=${c}`, a?.p50 ?? NaN, a?.p95 ?? NaN, a?.p99 ?? NaN, a?.rps ?? NaN, a?.errors ?? NaN, b?.p50 ?? NaN, b?.p95 ?? NaN, (a?.p50 ?? NaN) / (b?.p50 ?? NaN), (a?.p50 ?? NaN) - (b?.p50 ?? NaN)];
    }),
  );
  return formatTable(["endpoint", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors", "bare p50", "bare p95", "p50 ratio", "p50 +ms"], rows);
}

/**
 * Where each request's time goes at concurrency 1 (p50), layer by layer: the bare driver (the
 * API's Cypher replayed), our graph/ function in-process (the same Cypher plus the conversion of
 * driver values and the validation of rows), the bare replay answered over plain node:http with
 * JSON, and the API through Next.js; then requests answered without Neo4j, the HTTP floors.
 */
export function apiProfileTable(result: ApiResult): string {
  const rows: (string | number)[][] = ENDPOINTS.map((e) => {
    const ours = result.api[e]["1"]?.p50 ?? NaN;
    const bare = result.bare[e]["1"]?.p50 ?? NaN;
    const graph = result.inProcess.graph[e].p50;
    const http = result.bareHttp[e]["1"]?.p50 ?? NaN;
    return [e, bare, graph, http, ours, graph - bare, http - bare, ours - graph, ours / bare];
  });
  rows.push(["no Neo4j: node:http constant / Next.js 400", "-", "-", result.floors.node.p50, result.floors.next.p50, "-", "-", result.floors.next.p50 - result.floors.node.p50, "-"]);
  return formatTable(["c=1, p50 ms", "bare driver", "graph/ in-process", "bare + node:http", "ours (Next.js)", "our graph code", "plain HTTP+JSON", "HTTP + Next.js", "ours/bare"], rows);
}

const P95_TARGET: Record<Endpoint, number> = { search: 50, details: 50, neighbourhood: 50, readingPath: 150, shortestPath: 150 };

export function apiTargets(result: ApiResult, concurrency: number[]): string[] {
  const lines = ENDPOINTS.map((e) => {
    const a = result.api[e]["1"];
    const b = result.bare[e]["1"];
    if (!a || !b) return `${e}: not measured at concurrency 1`;
    const ratio = a.p50 / b.p50;
    return `${e} at c=1: p95 ${a.p95.toFixed(1)} ms (target < ${P95_TARGET[e]}): ${a.p95 < P95_TARGET[e] ? "MET" : "NOT MET"}; overhead x${ratio.toFixed(2)} at p50 (target < 1.3): ${ratio < 1.3 ? "MET" : "NOT MET"}`;
  });
  const most = Math.max(...concurrency);
  const errors = ENDPOINTS.reduce((sum, e) => sum + (result.api[e][String(most)]?.errors ?? 0), 0);
  return [...lines, `errors at concurrency ${most}: ${errors}: ${errors === 0 ? "MET" : "NOT MET"}`];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { uri: { type: "string" }, papers: { type: "string", default: "100000" }, runs: { type: "string", default: "3" }, duration: { type: "string", default: "6" }, build: { type: "boolean", default: false } } });
  if (!values.uri) throw new Error("--uri bolt://127.0.0.1:PORT of a database holding the synthetic roadmap (see bench/ingest-bench.ts) is required");
  const options: ApiOptions = { uri: values.uri, papers: Number(values.papers), seed: 1, count: 40, duration: Number(values.duration), concurrency: [1, 32], runs: Number(values.runs), build: values.build };
  const result = await runApiBench(options);
  console.log(apiTable(result, options.concurrency));
  console.log(apiProfileTable(result));
  console.log(sizesTable(result.sizes));
  for (const line of apiTargets(result, options.concurrency)) console.log(line);
  console.log(`results: ${writeResults("api", { options, ...result })}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
