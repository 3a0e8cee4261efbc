/**
 * Finds Java and Maven and builds neo4j/launcher/ (a small Maven project that embeds Neo4j
 * Community) into target/classes + target/lib/, so that running it needs Java only.
 * Used through neo4j/control.ts.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";

/**
 * neo4j/launcher/ of the project the working directory is in (npm scripts and the test runners
 * run from the project folder). Not import.meta: Playwright loads this file as CommonJS
 * (tests/e2e/outage.spec.ts), and Node 20.19+ then takes import.meta for an ES module and fails.
 */
function findLauncherDir(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, "neo4j", "launcher");
    if (existsSync(join(candidate, "pom.xml"))) return candidate;
    if (dirname(dir) === dir) return join(process.cwd(), "neo4j", "launcher");
  }
}

export const LAUNCHER_DIR = findLauncherDir();
export const LAUNCHER_MAIN_CLASS = "org.roadmapexplorer.neo4j.Launcher";
const TARGET_DIR = join(LAUNCHER_DIR, "target");
const STAMP_FILE = join(TARGET_DIR, "launcher.stamp");

/**
 * JVM flags. The --add-opens/--enable-native-access set is what Neo4j 5.26's own
 * server config adds: without it the page cache and transaction-log channels fall back to
 * slower paths (WARNs in logs/debug.log: "Reflection access to java.nio.DirectByteBuffer
 * is not available", "Incorrect file descriptor"). Neo4j starts without them, but slower.
 */
export const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
] as const;

export class LauncherSetupError extends Error {
  override readonly name = "LauncherSetupError";
}

/** The Neo4j version pinned in launcher/pom.xml (the one place it is written down). */
export function pinnedNeo4jVersion(): string {
  const pom = readFileSync(join(LAUNCHER_DIR, "pom.xml"), "utf8");
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new LauncherSetupError("neo4j/launcher/pom.xml has no <neo4j.version>");
  return match[1];
}

export type JavaInfo = { command: string; major: number; version: string };

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, otherwise `java` from PATH; must be 17 or newer. */
export function findJava(): JavaInfo {
  const javaHome = process.env.JAVA_HOME;
  const command = javaHome ? join(javaHome, "bin", "java") : "java";
  const probe = spawnSync(command, ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    const where = javaHome ? `JAVA_HOME=${javaHome} has no working bin/java` : "no `java` on PATH";
    throw new LauncherSetupError(
      `Java not found (${where}): install a JDK 17+ (Neo4j 5.26 supports Java 17 and 21), ` +
        "e.g. `apt-get install openjdk-17-jdk-headless`, then put `java` on PATH or set JAVA_HOME.",
    );
  }
  const match = /version "([^"]+)"/.exec(`${probe.stderr}${probe.stdout}`);
  const version = match?.[1] ?? "unknown";
  const parts = version.split(/[.+-]/);
  const major = Number(parts[0] === "1" ? parts[1] : parts[0]);
  if (!Number.isFinite(major) || major < 17) {
    throw new LauncherSetupError(
      `Java ${version} at ${command} is too old: Neo4j 5.26 needs Java 17 or 21. Install a JDK 17+ and set JAVA_HOME.`,
    );
  }
  return { command, major, version };
}

/** Neo4j 5.26 runs on newer JVMs too but calls them unsupported; say so once, do not refuse. */
export function javaSupportWarning(java: JavaInfo): string | undefined {
  if (java.major === 17 || java.major === 21) return undefined;
  return `warning: Java ${java.version} is not a version Neo4j 5.26 supports (17 or 21); it usually works, but set JAVA_HOME to a JDK 17 or 21 if it misbehaves.`;
}

function findMaven(): string {
  const probe = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new LauncherSetupError(
      "Maven not found: install Apache Maven 3.6+ (e.g. `apt-get install maven`) and put `mvn` on PATH. " +
        "It is needed once, to fetch Neo4j from Maven Central and build neo4j/launcher/.",
    );
  }
  return "mvn";
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A hash of everything the build reads: pom.xml and the Java sources. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [join(LAUNCHER_DIR, "pom.xml"), ...listFiles(join(LAUNCHER_DIR, "src")).sort()];
  for (const file of files) {
    hash.update(file.slice(LAUNCHER_DIR.length));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function launcherClasspath(): string {
  return [join(TARGET_DIR, "classes"), join(TARGET_DIR, "lib", "*")].join(delimiter);
}

export function isLauncherBuilt(): boolean {
  const mainClass = join(TARGET_DIR, "classes", ...LAUNCHER_MAIN_CLASS.split(".")) + ".class";
  const lib = join(TARGET_DIR, "lib");
  if (!existsSync(mainClass) || !existsSync(lib) || !statSync(lib).isDirectory()) return false;
  if (!readdirSync(lib).some((name) => name.startsWith("neo4j-bolt-"))) return false;
  return existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, "utf8").trim() === sourceHash();
}

/** Pids of launcher JVMs on this machine that run from this checkout's target/. */
function runningLaunchers(): number[] {
  const listing = spawnSync("ps", ["-A", "-ww", "-o", "pid=,args="], { encoding: "utf8" });
  if (listing.status !== 0) return [];
  return listing.stdout
    .split("\n")
    .filter((line) => line.includes(LAUNCHER_MAIN_CLASS) && line.includes(TARGET_DIR))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
}

function runMaven(mvn: string, offline: boolean): { ok: boolean; output: string } {
  const args = ["-B", "-q", ...(offline ? ["-o"] : []), "package"];
  const result = spawnSync(mvn, args, { cwd: LAUNCHER_DIR, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

/**
 * Builds the launcher unless target/ is already up to date with pom.xml and the sources.
 * Tries Maven offline first (works once ~/.m2 holds the jars), then online.
 */
export function buildLauncherSync(options: { force?: boolean; log?: (line: string) => void } = {}): void {
  const log = options.log ?? ((line: string) => console.error(line));
  findJava();
  if (!options.force && isLauncherBuilt()) return;
  const mvn = findMaven();
  const version = pinnedNeo4jVersion();
  const running = runningLaunchers();
  if (running.length > 0) {
    // Rebuilding replaces the jars under a live JVM, which then fails on its next class load.
    throw new LauncherSetupError(
      `neo4j/launcher needs a (re)build, but Neo4j still runs from it (pid ${running.join(", ")}). ` +
        "Stop it first (`npm run db:stop`, or end the test run that started it).",
    );
  }
  log(`Building the Neo4j ${version} launcher with Maven (the first build downloads about 125 MB from Maven Central; later builds run offline)...`);
  // A stale target/lib (say, after a version bump) would put two Neo4j versions on the classpath.
  rmSync(TARGET_DIR, { recursive: true, force: true });
  const started = Date.now();
  let result = runMaven(mvn, true);
  if (!result.ok) {
    log("Offline build not possible (jars missing from ~/.m2); building online...");
    result = runMaven(mvn, false);
  }
  if (!result.ok) {
    const tail = result.output.split("\n").slice(-30).join("\n");
    throw new LauncherSetupError(
      `Building neo4j/launcher failed (mvn -B package in ${LAUNCHER_DIR}). Maven Central must be reachable on the first build.\n${tail}`,
    );
  }
  writeFileSync(STAMP_FILE, `${sourceHash()}\n`);
  log(`Launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
