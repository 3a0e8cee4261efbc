import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const TSX = resolve(ROOT, "node_modules", ".bin", "tsx");
const CLI = resolve(ROOT, "ingest", "cli.ts");

export type IngestChild = {
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  exited: Promise<number>;
  output(): string;
};

/** Starts the real ingest CLI as its own process, as a user would. */
export function startIngest(args: string[], env: Record<string, string> = {}): IngestChild {
  // Its own process group: tsx runs the CLI in a child process, and a kill must reach both,
  // as when a user's terminal or machine goes away.
  const child = spawn(TSX, ["--conditions=react-server", CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(output)) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number>((done) => child.on("exit", (code, signal) => done(code ?? (signal ? 137 : 0))));
  return {
    exited,
    output: () => output,
    kill: (signal) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch (error) {
        // Already gone (ESRCH): it may exit on its own when its database goes away.
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
    },
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise<void>((done, fail) => {
        if (pattern.test(output)) return done();
        const timer = setTimeout(() => fail(new Error(`timed out waiting for ${String(pattern)}; output:\n${output}`)), timeoutMs);
        waiters.push({ pattern, resolve: () => { clearTimeout(timer); done(); } });
        void exited.then(() => { clearTimeout(timer); if (!pattern.test(output)) fail(new Error(`ingest exited before ${String(pattern)}; output:\n${output}`)); });
      }),
  };
}

/** Runs the CLI to completion and returns its exit code and combined output. */
export async function runIngest(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const child = startIngest(args, env);
  const code = await child.exited;
  return { code, output: child.output() };
}
