/**
 * The production app for the API and UI benchmarks: `next build` into the default .next when
 * there is no build yet (or when asked), never while another `next build` runs, then
 * `next start` on a free port with NEO4J_URI pointing at the benchmark's database.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "../neo4j/control";
import { log, ROOT } from "./bench-stats";

const NEXT = join(ROOT, "node_modules", ".bin", "next");

function otherBuildRunning(): boolean {
  try {
    return execFileSync("pgrep", ["-f", "next build"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false; // pgrep exits 1 when nothing matches
  }
}

/** Builds the app unless a build exists (`force` rebuilds); waits for someone else's build first. */
export async function ensureBuild(force: boolean): Promise<void> {
  for (let waited = 0; otherBuildRunning(); waited += 5) {
    if (waited % 60 === 0) log("another `next build` is running; waiting for it to finish");
    await new Promise((done) => setTimeout(done, 5_000));
  }
  if (!force && existsSync(join(ROOT, ".next", "BUILD_ID"))) return;
  log("building the app (next build)...");
  const build = spawnSync(NEXT, ["build"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`next build failed:\n${`${build.stdout}${build.stderr}`.slice(-3000)}`);
}

export type NextServer = { url: string; stop(): Promise<void> };

export async function startNext(neo4jUri: string): Promise<NextServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(NEXT, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: neo4jUri, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.pid === undefined) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
  process.once("exit", () => child.kill("SIGKILL"));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output.slice(-2000)}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 60 s:\n${output.slice(-2000)}`);
}
