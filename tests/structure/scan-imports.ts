/**
 * The project's import graph, read with TypeScript's own pre-processor (static imports,
 * re-exports, `import()` and `require`, type-only imports included: a type loop is still a
 * loop for a reader). Only our own files count: "@/..." and relative specifiers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** repo-relative file -> the repo-relative files it imports */
export type ImportGraph = Map<string, string[]>;

const SKIPPED = new Set(["node_modules", ".next", "launcher", "data", "results", "test-results", "playwright-report"]);
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function listSources(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return /\.tsx?$/.test(dir) ? [dir] : [];
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory() && (SKIPPED.has(entry.name) || entry.name.startsWith("."))) return [];
    const child = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? listSources(root, child) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [child] : [];
  });
}

/** The file a specifier names, or null for a package. */
export function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    const absolute = path.join(root, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

export function scanImports(root: string, dirs: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((dir) => listSources(root, dir))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true);
    const targets = importedFiles.map(({ fileName }) => resolveSpecifier(root, file, fileName)).filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}
