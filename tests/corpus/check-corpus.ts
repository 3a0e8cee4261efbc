/**
 * `npm run corpus`: the Markdown ingest against real awesome-lists. Loads every file of the
 * corpus folder (CORPUS_DIR, default ../shared/corpus/awesome-lists beside the clone) with the
 * real CLI into a throw-away Neo4j, one after another into the same database, and prints per
 * file: the arXiv ids it links (find-linked-arxiv-ids.ts, independent of the ingest), how many
 * of them became papers of its sections, generic titles, warnings, whether a second run changed
 * anything and whether --strict refuses it; then the papers the lists share.
 * Exit code 1 when a file is below 95%, has a generic title, changes on a second run, or has
 * flaws that --strict does not refuse. Without the folder it says so and exits 0.
 * CORPUS_NEO4J_URI: use that database instead of starting one (it should be empty).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { closeDriver, getDatabase, getDriver } from "../../graph/driver";
import { isGenericTitle } from "../../ingest/readers/markdown/read-entry-facts";
import { buildLauncher, findFreePort, startNeo4j, stopNeo4j } from "../../neo4j/control";
import { findLinkedArxivIds } from "./find-linked-arxiv-ids";

const ROOT = resolve(import.meta.dirname, "..", "..");
const DIR = resolve(ROOT, process.env.CORPUS_DIR ?? join("..", "shared", "corpus", "awesome-lists"));
const MIN_SHARE = 0.95;

type Expected = Record<string, { sha256?: string; arxivIdsLinked?: number }>;
type Row = { file: string; linked: number; loaded: number; papers: number; generic: string[]; warnings: number; changesOnRerun: number | null; strict: string };

function runCli(args: string[], uri: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", join(ROOT, "ingest", "cli.ts"), ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: uri }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => done({ code: code ?? 1, output }));
  });
}

const slug = (file: string) => `corpus-${file.replace(/\.md$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

async function check(uri: string, files: string[], expected: Expected): Promise<boolean> {
  // graph/ reads its configuration once, from the environment: point it at this database first.
  process.env.NEO4J_URI = uri;
  const driver = getDriver();
  const database = { database: getDatabase() };
  const rows: Row[] = [];
  try {
    for (const file of files) {
      const path = join(DIR, file);
      const text = readFileSync(path, "utf8");
      const ids = findLinkedArxivIds(text);
      const known = expected[file];
      const sha = createHash("sha256").update(readFileSync(path)).digest("hex");
      if (known?.sha256 && known.sha256 !== sha) console.log(`note: ${file} differs from the snapshot EXPECTED.json describes`);
      if (known?.arxivIdsLinked !== undefined && known.arxivIdsLinked !== ids.size) console.log(`note: ${file}: ${ids.size} linked arXiv ids counted here, EXPECTED.json says ${known.arxivIdsLinked}`);
      const roadmap = slug(file);
      const first = await runCli([path, "--roadmap", roadmap], uri);
      if (first.code !== 0) {
        console.log(`${file}: the ingest failed\n${first.output}`);
        rows.push({ file, linked: ids.size, loaded: 0, papers: 0, generic: [], warnings: 0, changesOnRerun: null, strict: "-" });
        continue;
      }
      const warnings = Number(/^warnings \((\d+)/m.exec(first.output)?.[1] ?? 0);
      const second = await runCli([path, "--roadmap", roadmap], uri);
      const changes = second.code === 0 ? Number(/total changes: (\d+)/.exec(second.output)?.[1] ?? Number.NaN) : Number.NaN;
      const strict = await runCli([path, "--roadmap", roadmap, "--strict", "--dry-run"], uri);
      const refusedAt = strict.code !== 0 ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+): `, "m").exec(strict.output)?.[1] : undefined;
      const { records } = await driver.executeQuery(
        `MATCH (:Roadmap {id: $roadmap})<-[:PART_OF]-(:Section)<-[:SUBSECTION_OF*0..]-(:Section)<-[:IN_SECTION]-(p:Paper)
         RETURN DISTINCT p.arxivId AS arxivId, p.title AS title`,
        { roadmap },
        database,
      );
      const loadedIds = new Set(records.map((r) => r.get("arxivId") as string | null).filter((id): id is string => id !== null));
      const generic = records.map((r) => String(r.get("title"))).filter((title) => isGenericTitle(title) || /^\s*\[?\s*(?:\w+ )?(?:19|20)\d{2}\s*\]?\s*$/.test(title));
      rows.push({
        file, linked: ids.size, loaded: [...ids].filter((id) => loadedIds.has(id)).length, papers: records.length, generic, warnings,
        changesOnRerun: changes, strict: refusedAt ? `refused at line ${refusedAt}` : strict.code === 0 ? "accepted" : "refused (no line)",
      });
    }
    const { records: shared } = await driver.executeQuery(
      `MATCH (p:Paper)-[:IN_SECTION]->(:Section)-[:SUBSECTION_OF*0..]->(:Section)-[:PART_OF]->(r:Roadmap)
       WITH p, count(DISTINCT r) AS lists WHERE lists > 1
       RETURN count(p) AS shared, max(lists) AS most`,
      {},
      database,
    );
    return report(rows, Number(shared[0]?.get("shared") ?? 0), Number(shared[0]?.get("most") ?? 0));
  } finally {
    await closeDriver();
  }
}

function report(rows: Row[], shared: number, most: number): boolean {
  const table = [["file", "linked", "loaded", "%", "papers", "generic", "warnings", "2nd run", "--strict"]];
  let ok = true;
  for (const row of rows) {
    const share = row.linked === 0 ? 1 : row.loaded / row.linked;
    // A file with flaws must be refused by --strict; a file without may pass it.
    const strictOk = row.warnings === 0 || row.strict.startsWith("refused at");
    const rowOk = share >= MIN_SHARE && row.generic.length === 0 && row.changesOnRerun === 0 && strictOk;
    ok &&= rowOk;
    table.push([`${rowOk ? "" : "FAIL "}${row.file}`, String(row.linked), String(row.loaded), (100 * share).toFixed(1), String(row.papers), String(row.generic.length), String(row.warnings), row.changesOnRerun === 0 ? "no change" : `${row.changesOnRerun ?? "failed"} changes`, row.strict]);
    for (const title of row.generic) console.log(`generic title in ${row.file}: "${title}"`);
  }
  const widths = table[0]?.map((_, col) => Math.max(...table.map((line) => (line[col] ?? "").length))) ?? [];
  for (const line of table) console.log(line.map((cell, col) => (col === 0 || col === line.length - 1 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  "));
  console.log(`all ${rows.length} files in one database: ${shared} papers are listed by more than one file (at most ${most} files)`);
  console.log(ok ? "corpus check passed" : `corpus check FAILED (each file needs >= ${MIN_SHARE * 100}% of its linked arXiv ids as papers, no generic title, no change on a second run, and --strict refusing its flaws)`);
  return ok;
}

async function main(): Promise<number> {
  if (!existsSync(DIR)) {
    console.log(`corpus check skipped: ${DIR} not found (set CORPUS_DIR to the folder of awesome-list READMEs)`);
    return 0;
  }
  const files = readdirSync(DIR).filter((name) => name.endsWith(".md") && name !== "SOURCES.md").sort();
  const expectedPath = join(DIR, "EXPECTED.json");
  const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, "utf8")) as Expected) : {};
  if (process.env.CORPUS_NEO4J_URI) return (await check(process.env.CORPUS_NEO4J_URI, files, expected)) ? 0 : 1;
  await buildLauncher();
  const port = await findFreePort();
  const dataDir = join(ROOT, ".neo4j-test", `corpus-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startNeo4j({ port, dataDir, detached: true, heap: process.env.NEO4J_HEAP ?? "1g" });
  console.log(`throw-away Neo4j for the corpus: ${db.uri}; corpus: ${DIR} (${files.length} files)`);
  try {
    return (await check(db.uri, files, expected)) ? 0 : 1;
  } finally {
    await stopNeo4j(dataDir).catch((error: unknown) => console.error("could not stop the corpus Neo4j:", error));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
