/**
 * The reliability suites write the figures of their run (attacks tried, inputs refused, memory
 * under load...) to test-results/reliability/<name>.json; RELIABILITY.md quotes the last run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The test runners run from the project folder. (Not import.meta: Playwright loads this file as CommonJS.)
export const FIGURES_DIR = join(process.cwd(), "test-results", "reliability");

export function recordFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${name}.json`), `${JSON.stringify({ recordedAt: new Date().toISOString(), ...figures }, null, 2)}\n`);
}
