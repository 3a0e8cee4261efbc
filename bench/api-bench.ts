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
import { buildVariants, ENDPOINTS, toHttp, type Endpoint } from "./api-requests";
import { measureSizes, sizesTable, type SizeTable } from "./api-sizes";
import { runTsx } from "./bench-neo4j";
import { formatTable, log, writeResults } from "./bench-stats";
import { medianSummary, summarizeLatencies, type LatencySummary } from "./latency";
import { ensureBuild, startNext } from "./next-server";

export type ApiOptions = { uri: string; papers: number; seed: number; count: number; duration: number; concurrency: number[]; runs: number; build: boolean };
type Table = Record<Endpoint, Record<string, LatencySummary>>;
export type ApiResult = { api: Table; bare: Table; runs: { api: Table; bare: Table }[]; sizes: SizeTable };

async function loadTest(url: string, endpoint: Endpoint, variants: ReturnType<typeof buildVariants>, connections: number, duration: number): Promise<LatencySummary> {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections, duration, timeout: 30, requests: variants[endpoint].map(toHttp) });
  instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
    if (status >= 200 && status < 300) latencies.push(time);
  });
  const result = await instance;
  return summarizeLatencies(latencies, result.duration, result.errors + result.timeouts + result.non2xx);
}

export async function runApiBench(options: ApiOptions): Promise<ApiResult> {
  await ensureBuild(options.build);
  const server = await startNext(options.uri);
  const variants = buildVariants(options.papers, options.seed, options.count);
  const runs: { api: Table; bare: Table }[] = [];
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
      const measureBare = async (): Promise<Table> => {
        log(`api run ${run + 1}/${options.runs}: bare driver baseline`);
        const child = await runTsx("bench/api-baseline-child.ts", ["--papers", String(options.papers), "--seed", String(options.seed), "--count", String(options.count), "--duration", String(options.duration), "--concurrency", options.concurrency.join(",")], { NEO4J_URI: options.uri });
        if (child.code !== 0) throw new Error(`baseline failed: ${child.stderr.slice(-2000)}`);
        return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as Table;
      };
      let bare: Table;
      if (run % 2 === 0) {
        await measureApi();
        bare = await measureBare();
      } else {
        bare = await measureBare();
        await measureApi();
      }
      runs.push({ api, bare });
    }
  } finally {
    await server.stop();
  }
  const merge = (side: "api" | "bare"): Table =>
    Object.fromEntries(ENDPOINTS.map((e) => [e, Object.fromEntries(options.concurrency.map((c) => [String(c), medianSummary(runs.map((r) => r[side][e][String(c)] ?? summarizeLatencies([], 1, 0)))]))])) as Table;
  return { api: merge("api"), bare: merge("bare"), runs, sizes };
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
  console.log(sizesTable(result.sizes));
  for (const line of apiTargets(result, options.concurrency)) console.log(line);
  console.log(`results: ${writeResults("api", { options, ...result })}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
