import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ROOT } from "./run-ingest";

const TSX = resolve(ROOT, "node_modules", ".bin", "tsx");
const CLI = resolve(ROOT, "ingest", "enrich", "cli.ts");

const tempDirs: string[] = [];

/** A fresh folder for a test's own files (a cache, an edited list); `removeTempDirs` deletes them all. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The enrich CLI's settings for a replay server: no pacing, short backoff, a cache of its own. */
export function replayEnv(server: { s2Url: string; openAlexUrl: string }, timeoutMs: number): Record<string, string> {
  return {
    S2_API_URL: server.s2Url,
    OPENALEX_API_URL: server.openAlexUrl,
    ENRICH_CACHE_DIR: makeTempDir("enrich-cache-"),
    ENRICH_INTERVAL_MS: "0",
    ENRICH_TIMEOUT_MS: String(timeoutMs),
    ENRICH_BACKOFF_MS: "20",
  };
}

/** Runs `npm run enrich -- ARGS` as its own process, as a user would; returns its exit code and output. */
export function runEnrich(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const child = spawn(TSX, ["--conditions=react-server", CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.on("exit", (code, signal) => done({ code: code ?? (signal ? 137 : 0), output })));
}

/** The figures of an enrichment summary, read back from its text. */
export function readSummary(output: string): { requests: number; cacheHits: number; retries: number; rateLimited: number; cites: number; written: number; refused: number; cycle: number; forward: number; suggestions: number; newSuggestions: number; changes: number | null } {
  const num = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match?.[1]) throw new Error(`no ${String(pattern)} in:\n${output}`);
    return Number(match[1]);
  };
  const changes = /changes:\s+(\d+)/.exec(output);
  return {
    requests: num(/requests:\s+(\d+)/),
    cacheHits: num(/cache hits (\d+)/),
    retries: num(/retries (\d+)/),
    rateLimited: num(/rate-limited (\d+)/),
    cites: num(/CITES:\s+(\d+)/),
    written: num(/candidates: (\d+) written/),
    refused: num(/(\d+) refused/),
    cycle: num(/(\d+) would close a cycle/),
    forward: num(/(\d+) point forward in time/),
    suggestions: num(/suggested prerequisites: (\d+)/),
    newSuggestions: num(/suggested prerequisites: \d+ \((\d+) new\)/),
    changes: changes?.[1] ? Number(changes[1]) : null,
  };
}
