/**
 * `npm run enrich -- --roadmap ID [--provider semantic-scholar|openalex] [--offline] [--dry-run] [--min-citers K] [--max-suggestions N]`
 *
 * Adds citation data to a loaded roadmap: CITES between its papers and the graph's, BUILDS_ON
 * candidates {source: "citation"} with their evidence, what its papers lack, and suggested
 * prerequisites. One transaction: a failed run writes nothing.
 */
import { parseArgs } from "node:util";
import { closeDriver } from "../../graph/driver";
import { ConfigError, getConfig } from "../../graph/config";
import { GraphError } from "../../graph/errors";
import { createProgress } from "./create-progress";
import { EnrichError } from "./enrich-error";
import { formatEnrichSummary, runEnrichment } from "./run-enrichment";

const USAGE = `usage: npm run enrich -- --roadmap ID [--provider semantic-scholar|openalex] [--offline] [--dry-run] [--min-citers K] [--max-suggestions N]
  --roadmap ID    the loaded roadmap to enrich (npm run ingest -- FILE --enrich does both)
  --provider      semantic-scholar (default; OpenAlex for the papers it does not know) or openalex
  --offline       answer from the cache alone (a request not cached is an error)
  --min-citers K  a paper outside the list is suggested when at least K of its papers cite it, one
                  of them influentially (default 3)
  --max-suggestions N  at most N suggested prerequisites, the most cited first (default 25)
  --dry-run       fetch and plan, print the summary, write nothing`;

/** Runs enrichment with the CLI's options and prints the summary; used by `npm run ingest -- FILE --enrich` too. */
export async function enrichRoadmap(roadmapId: string, flags: { provider?: string | undefined; offline?: boolean; dryRun?: boolean; minCiters?: string | undefined; maxSuggestions?: string | undefined }): Promise<void> {
  const provider = flags.provider ?? "semantic-scholar";
  if (provider !== "semantic-scholar" && provider !== "openalex") throw new EnrichError(`--provider must be semantic-scholar or openalex, not "${provider}"`);
  const minCiters = Number(flags.minCiters ?? "3");
  if (!Number.isInteger(minCiters) || minCiters < 1 || minCiters > 1000) throw new EnrichError("--min-citers must be an integer from 1 to 1000");
  const maxSuggestions = Number(flags.maxSuggestions ?? "25");
  if (!Number.isInteger(maxSuggestions) || maxSuggestions < 0 || maxSuggestions > 10_000) throw new EnrichError("--max-suggestions must be an integer from 0 to 10000");
  const failAfter = Number(process.env.ENRICH_TEST_FAIL_AFTER_STATEMENT ?? Number.NaN);
  const started = Date.now();
  const summary = await runEnrichment(getConfig(), {
    roadmapId,
    provider,
    offline: flags.offline ?? false,
    dryRun: flags.dryRun ?? false,
    minCiters,
    maxSuggestions,
    progress: createProgress(),
    // Test hook: the integration tests fail a run mid-transaction to prove nothing lands.
    write: { afterStatement: (index) => { if (index === failAfter) throw new Error(`ENRICH_TEST_FAIL_AFTER_STATEMENT reached (${index})`); } },
  });
  console.log(formatEnrichSummary(summary, (Date.now() - started) / 1000));
}

/** The message for a failed run: what went wrong, and that nothing was written. */
export function describeEnrichFailure(error: unknown): string {
  if (error instanceof EnrichError || error instanceof ConfigError) return `enrich failed, nothing was written:\n${error.message}`;
  if (error instanceof GraphError) return `enrich failed, nothing was written (the transaction was rolled back): ${error.message}`;
  return `enrich failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      roadmap: { type: "string" },
      provider: { type: "string" },
      offline: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      "min-citers": { type: "string" },
      "max-suggestions": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  getConfig();
  if (!values.roadmap) throw new EnrichError(`--roadmap ID is required\n${USAGE}`);
  await enrichRoadmap(values.roadmap, { provider: values.provider, offline: values.offline, dryRun: values["dry-run"], minCiters: values["min-citers"], maxSuggestions: values["max-suggestions"] });
  return 0;
}

if (process.argv[1] && /enrich[\\/]cli\.ts$/.test(process.argv[1])) {
  void main()
    .catch((error: unknown) => {
      console.error(describeEnrichFailure(error));
      return 1;
    })
    .then(async (code) => {
      await closeDriver().catch(() => undefined);
      process.exit(code);
    });
}
